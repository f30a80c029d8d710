package com.leadbench.scoring.account;

import com.leadbench.scoring.rules.Points;
import java.util.Objects;

/** One line of an account score's explanation: what gave points, what it saw, and how many. */
public record AccountPoints(Part part, String label, String evidence, double points) {

    /** The three parts of an account score. */
    public enum Part {
        FIT("Account fit"),
        ENGAGEMENT("Engagement"),
        BREADTH("Buying group");

        private final String label;

        Part(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public AccountPoints {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** "Target industry (+15): Industry: Chemicals". */
    public String line() {
        return label + " (" + Points.signed(points) + ")" + (evidence.isEmpty() ? "" : ": " + evidence);
    }
}
