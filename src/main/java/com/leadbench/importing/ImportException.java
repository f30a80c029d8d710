package com.leadbench.importing;

import java.util.List;

/**
 * A file that cannot be imported at all (empty, binary, unreadable) or an import that was
 * cancelled; the message names the file, the problems say where.
 */
public final class ImportException extends Exception {

    private final transient List<ImportProblem> problems;

    public ImportException(String message, List<ImportProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public ImportException(String message, List<ImportProblem> problems, Throwable cause) {
        super(message, cause);
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
