package com.leadbench.scoring.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * L2-regularised logistic regression fitted by Newton's method, the penalty chosen by cross-validation.
 * The penalty is on the coefficients in the features' own units ({@code lambda/2 * sum b_j^2}); the intercept
 * is not penalised.
 */
final class LogisticRegression {

    /** Penalties tried by {@link #crossValidated}. */
    static final double[] LAMBDAS = {0.1, 1, 10, 100};
    static final int FOLDS = 3;
    private static final int MAX_ITERATIONS = 100;
    /** Newton stops when no parameter moves by more than this (log-odds; the points are whole numbers anyway). */
    private static final double TOLERANCE = 1e-7;

    private LogisticRegression() {
    }

    /** The fitted model: an intercept and one coefficient per feature (NaN for a feature that never varied). */
    record Fit(double intercept, double[] coefficients, double lambda) {

        double predictor(double[][] x, int i) {
            double eta = intercept;
            for (int j = 0; j < coefficients.length; j++) {
                if (!Double.isNaN(coefficients[j])) {
                    eta += coefficients[j] * x[j][i];
                }
            }
            return eta;
        }
    }

    /**
     * Picks the penalty of {@link #LAMBDAS} with the lowest held-out deviance over {@link #FOLDS} folds of
     * {@code rows} (stratified by {@code y}, shuffled with {@code random}), then fits all of {@code rows} with it.
     */
    static Fit crossValidated(double[][] x, boolean[] y, int[] rows, SplittableRandom random) {
        List<List<Integer>> folds = new ArrayList<>();
        for (int k = 0; k < FOLDS; k++) {
            folds.add(new ArrayList<>());
        }
        int[] positives = Arrays.stream(rows).filter(i -> y[i]).toArray();
        int[] negatives = Arrays.stream(rows).filter(i -> !y[i]).toArray();
        shuffle(positives, random);
        shuffle(negatives, random);
        for (int k = 0; k < positives.length; k++) {
            folds.get(k % FOLDS).add(positives[k]);
        }
        for (int k = 0; k < negatives.length; k++) {
            folds.get(k % FOLDS).add(negatives[k]);
        }
        double[] deviance = new double[LAMBDAS.length];
        for (int k = 0; k < FOLDS; k++) {
            int[] held = folds.get(k).stream().mapToInt(Integer::intValue).toArray();
            List<Integer> rest = new ArrayList<>();
            for (int other = 0; other < FOLDS; other++) {
                if (other != k) {
                    rest.addAll(folds.get(other));
                }
            }
            Rows fitted = Rows.of(x, y, rest.stream().mapToInt(Integer::intValue).toArray());
            double[] start = null;
            for (int l = LAMBDAS.length - 1; l >= 0; l--) { // strongest penalty first, each fit starting from the last
                double[] w = newton(fitted, LAMBDAS[l], start);
                deviance[l] += deviance(fitted.fit(w, LAMBDAS[l]), x, y, held);
                start = w;
            }
        }
        int best = 0;
        for (int l = 1; l < LAMBDAS.length; l++) {
            if (deviance[l] < deviance[best]) {
                best = l;
            }
        }
        return fit(x, y, rows, LAMBDAS[best]);
    }

    /** Minus twice the log-likelihood of {@code fit} on {@code rows}. */
    static double deviance(Fit fit, double[][] x, boolean[] y, int[] rows) {
        double loss = 0;
        for (int i : rows) {
            loss += logLoss(fit.predictor(x, i), y[i] ? 1 : 0);
        }
        return 2 * loss;
    }

    /**
     * Fits {@code P(y) = sigmoid(b0 + sum_j b_j x[j][i])} on the rows {@code rows}, minimising
     * {@code -loglik + lambda/2 * sum_j b_j^2}.
     *
     * @param x feature columns, {@code x[j][i]} the value of feature j for row i
     */
    static Fit fit(double[][] x, boolean[] y, int[] rows, double lambda) {
        Rows data = Rows.of(x, y, rows);
        return data.fit(newton(data, lambda, null), lambda);
    }

    /**
     * The rows as a sparse matrix, row by row: most rule features are 0 for most leads, so a Newton step costs the
     * sum over rows of (features present)^2 instead of rows x features^2. Only features that vary are kept.
     */
    private record Rows(int features, int[] used, int[] start, int[] column, double[] value, double[] target) {

        static Rows of(double[][] x, boolean[] y, int[] rows) {
            int p = x.length;
            int n = rows.length;
            int[] used = new int[p];
            int m = 0;
            for (int j = 0; j < p; j++) {
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (int i : rows) {
                    min = Math.min(min, x[j][i]);
                    max = Math.max(max, x[j][i]);
                }
                if (max - min > 1e-12) {
                    used[m++] = j;
                }
            }
            int[] start = new int[n + 1];
            int nonZero = 0;
            for (int r = 0; r < n; r++) {
                for (int k = 0; k < m; k++) {
                    nonZero += x[used[k]][rows[r]] != 0 ? 1 : 0;
                }
                start[r + 1] = nonZero;
            }
            int[] column = new int[nonZero];
            double[] value = new double[nonZero];
            double[] target = new double[n];
            for (int r = 0, e = 0; r < n; r++) {
                for (int k = 0; k < m; k++) {
                    double v = x[used[k]][rows[r]];
                    if (v != 0) {
                        column[e] = k + 1; // parameter 0 is the intercept
                        value[e++] = v;
                    }
                }
                target[r] = y[rows[r]] ? 1.0 : 0.0;
            }
            return new Rows(p, Arrays.copyOf(used, m), start, column, value, target);
        }

        int size() {
            return target.length;
        }

        /** Parameters: the intercept, then one per used feature. */
        int parameters() {
            return used.length + 1;
        }

        double predictor(double[] w, int r) {
            double eta = w[0];
            for (int e = start[r]; e < start[r + 1]; e++) {
                eta += w[column[e]] * value[e];
            }
            return eta;
        }

        /** Negative log-likelihood plus the penalty. */
        double objective(double[] w, double lambda) {
            double loss = 0;
            for (int r = 0; r < size(); r++) {
                loss += logLoss(predictor(w, r), target[r]);
            }
            double penalty = 0;
            for (int a = 1; a < w.length; a++) {
                penalty += w[a] * w[a];
            }
            return loss + lambda / 2 * penalty;
        }

        Fit fit(double[] w, double lambda) {
            double[] coefficients = new double[features];
            Arrays.fill(coefficients, Double.NaN);
            for (int k = 0; k < used.length; k++) {
                coefficients[used[k]] = w[k + 1];
            }
            return new Fit(w[0], coefficients, lambda);
        }
    }

    /** Newton's method with step halving, from {@code start} (or the base rate) until the parameters settle. */
    private static double[] newton(Rows data, double lambda, double[] start) {
        int n = data.size();
        int d = data.parameters();
        double[] w = new double[d];
        if (start != null) {
            System.arraycopy(start, 0, w, 0, d);
        } else {
            double positives = 0;
            for (double t : data.target()) {
                positives += t;
            }
            w[0] = Math.log((positives + 0.5) / (n - positives + 0.5));
        }
        int[] rowStart = data.start();
        int[] column = data.column();
        double[] value = data.value();
        double[] target = data.target();
        double objective = data.objective(w, lambda);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d]; // lower triangle filled below, mirrored after
            for (int r = 0; r < n; r++) {
                double mu = sigmoid(data.predictor(w, r));
                double weight = Math.max(mu * (1 - mu), 1e-12);
                double residual = target[r] - mu;
                gradient[0] += residual;
                hessian[0][0] += weight;
                for (int e = rowStart[r]; e < rowStart[r + 1]; e++) {
                    int a = column[e];
                    double wa = weight * value[e];
                    gradient[a] += value[e] * residual;
                    hessian[a][0] += wa;
                    for (int f = rowStart[r]; f <= e; f++) {
                        hessian[a][column[f]] += wa * value[f];
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < a; b++) {
                    hessian[b][a] = hessian[a][b];
                }
                if (a > 0) {
                    gradient[a] -= lambda * w[a];
                    hessian[a][a] += lambda;
                }
            }
            double[] step = solve(hessian, gradient);
            double[] next = new double[d];
            double nextObjective;
            double scale = 1.0;
            do { // halve the Newton step until the objective does not get worse
                for (int a = 0; a < d; a++) {
                    next[a] = w[a] + scale * step[a];
                }
                nextObjective = data.objective(next, lambda);
                scale /= 2;
            } while (nextObjective > objective + 1e-12 && scale > 1e-10);
            double change = 0;
            for (int a = 0; a < d; a++) {
                change = Math.max(change, Math.abs(next[a] - w[a]));
            }
            w = next;
            objective = nextObjective;
            if (change < TOLERANCE) {
                break;
            }
        }
        return w;
    }

    /** {@code log(1 + e^eta) - t * eta}, without overflow. */
    private static double logLoss(double eta, double t) {
        return (eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta))) - t * eta;
    }

    static double sigmoid(double t) {
        return t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t));
    }

    private static void shuffle(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    /** Solves {@code a x = b} for a symmetric positive definite {@code a} (Cholesky). */
    private static double[] solve(double[][] a, double[] b) {
        int d = b.length;
        double[][] l = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    l[i][i] = Math.sqrt(Math.max(s, 1e-12));
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        double[] v = new double[d];
        for (int i = 0; i < d; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * v[k];
            }
            v[i] = s / l[i][i];
        }
        double[] x = new double[d];
        for (int i = d - 1; i >= 0; i--) {
            double s = v[i];
            for (int k = i + 1; k < d; k++) {
                s -= l[k][i] * x[k];
            }
            x[i] = s / l[i][i];
        }
        return x;
    }
}
