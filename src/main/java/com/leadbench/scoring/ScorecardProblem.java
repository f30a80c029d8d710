package com.leadbench.scoring;

/** Something wrong with a scorecard, at a JSON path such as {@code $.intent[3].cap}. */
public record ScorecardProblem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
