package com.leadbench.scoring.rules;

/** Something wrong with a scorecard, at a JSON path such as {@code $.intent[3].cap}. */
public record ScorecardProblem(String path, String message) {

    /** A required text or list that is blank or empty. */
    public static ScorecardProblem empty(String path) {
        return new ScorecardProblem(path, "must not be empty");
    }

    /** A number that is NaN or infinite, which no document can hold. */
    public static ScorecardProblem notANumber(String path) {
        return new ScorecardProblem(path, "must be a number");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
