package com.leadbench.scoring.analysis;

import java.util.List;
import java.util.Optional;

/** The median the figures report: the middle value, or the mean of the two middle ones; none of nothing. */
public final class Median {

    private Median() {
    }

    public static Optional<Double> of(List<Double> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return Optional.of(n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
    }
}
