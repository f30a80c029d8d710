package com.leadbench.demo;

import static com.leadbench.demo.DemoCatalog.*;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws from the demo's one seeded random, shared by the generator and the parts it hands work to:
 * they all draw from the same random in the same order, so a seed gives the same demo.
 */
class DemoDraws {

    final SplittableRandom random;

    DemoDraws(SplittableRandom random) {
        this.random = random;
    }

    Asset pickLine(List<Asset> assets, String line) {
        List<Asset> matching = assets.stream().filter(a -> line.equals(a.productLine())).toList();
        return matching.isEmpty() ? pick(assets) : pick(matching);
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    long between(long from, long to) {
        return to <= from ? from : from + (long) (random.nextDouble() * (to - from));
    }

    int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= random.nextDouble();
            n++;
        }
        return n;
    }

    static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }
}
