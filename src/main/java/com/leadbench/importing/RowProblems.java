package com.leadbench.importing;

import java.util.ArrayList;
import java.util.List;

/** The problems of one row, collected while its values are read. */
final class RowProblems {

    private final long line;
    private final List<ImportProblem> problems = new ArrayList<>(2);

    RowProblems(long line) {
        this.line = line;
    }

    void problem(String column, String value, String reason) {
        problems.add(new ImportProblem(line, column, value, reason));
    }

    boolean ok() {
        return problems.isEmpty();
    }

    List<ImportProblem> problems() {
        return problems;
    }

    long line() {
        return line;
    }
}
