package com.leadbench.scoring.preview;

import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;

/** Every contact's fit, intent, tier and stage under one scorecard, as primitive columns indexed like {@link LeadColumns}. */
public final class PreviewScores {

    private static final Tier[] TIERS = Tier.values();
    private static final LifecycleStage[] STAGES = LifecycleStage.values();

    private final double[] fit;
    private final double[] intent;
    private final byte[] tier;
    private final byte[] stage;

    PreviewScores(double[] fit, double[] intent, byte[] tier, byte[] stage) {
        this.fit = fit;
        this.intent = intent;
        this.tier = tier;
        this.stage = stage;
    }

    public int size() {
        return fit.length;
    }

    public double fit(int i) {
        return fit[i];
    }

    public double intent(int i) {
        return intent[i];
    }

    public double total(int i) {
        return fit[i] + intent[i];
    }

    public Tier tier(int i) {
        return TIERS[tier[i]];
    }

    public LifecycleStage stage(int i) {
        return STAGES[stage[i]];
    }

    int tierOrdinal(int i) {
        return tier[i];
    }

    int stageOrdinal(int i) {
        return stage[i];
    }

    /** How many contacts fall in each tier, indexed by {@link Tier#ordinal()}. */
    public int[] tierCounts() {
        int[] counts = new int[TIERS.length];
        for (byte t : tier) {
            counts[t]++;
        }
        return counts;
    }

    /** How many contacts are at each stage, indexed by {@link LifecycleStage#ordinal()}. */
    public int[] stageCounts() {
        int[] counts = new int[STAGES.length];
        for (byte s : stage) {
            counts[s]++;
        }
        return counts;
    }
}
