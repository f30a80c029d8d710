package com.leadbench.format;

import com.leadbench.scoring.rules.ScorecardProblem;
import java.util.List;
import java.util.stream.Collectors;

/** A scorecard document that cannot be used; lists every problem with its JSON path. */
public final class ScorecardFormatException extends Exception {

    private final transient List<ScorecardProblem> problems;

    public ScorecardFormatException(String source, List<ScorecardProblem> problems) {
        super(source + ": " + problems.size() + (problems.size() == 1 ? " problem: " : " problems: ")
                + problems.stream().map(ScorecardProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<ScorecardProblem> problems() {
        return problems;
    }
}
