package com.leadbench.scoring;

import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;
import com.leadbench.scoring.rules.Points;

/**
 * Scores to tiers and stages, as a pure function shared by the reference engine and the preview:
 * an excluded contact stays a Contact; a lead below the fit gate is not qualified; otherwise the
 * best tier whose threshold the total reaches. A lead at or above the MQL tier is an MQL, and an
 * SQL from the SQL threshold on; a fast-track request from a lead past the fit gate is an SQL at once.
 */
public final class TierPolicy {

    private TierPolicy() {
    }

    public static Tier tier(Thresholds t, boolean excluded, double fit, double total) {
        if (excluded) {
            return Tier.EXCLUDED;
        }
        if (fit < t.fitGate()) {
            return Tier.NOT_QUALIFIED;
        }
        if (total >= t.a().minScore()) {
            return Tier.A;
        }
        if (total >= t.b().minScore()) {
            return Tier.B;
        }
        if (total >= t.c().minScore()) {
            return Tier.C;
        }
        return Tier.NOT_QUALIFIED;
    }

    /** {@code requested}: the lead made a fast-track request inside the window. */
    public static LifecycleStage stage(Thresholds t, Tier tier, boolean excluded, double fit, double total, boolean requested) {
        if (excluded) {
            return LifecycleStage.CONTACT;
        }
        if (fastTracked(t, excluded, fit, requested)) {
            return LifecycleStage.SQL;
        }
        if (tier.atLeast(t.mqlTier())) {
            return total >= t.sqlThreshold() ? LifecycleStage.SQL : LifecycleStage.MQL;
        }
        return LifecycleStage.LEAD;
    }

    /**
     * The stage of a lead whose tier the manager set by hand: an excluded contact stays a Contact;
     * a tier below the MQL tier makes a Lead (even a fast-tracked one: the manager decided);
     * otherwise an SQL when fast-tracked or at the SQL threshold, else an MQL. The fit gate does not
     * apply: the override is the manager's judgement of fit.
     */
    public static LifecycleStage overriddenStage(Thresholds t, Tier tier, boolean excluded, boolean fastTracked, double total) {
        if (excluded) {
            return LifecycleStage.CONTACT;
        }
        if (!tier.atLeast(t.mqlTier())) {
            return LifecycleStage.LEAD;
        }
        return fastTracked || total >= t.sqlThreshold() ? LifecycleStage.SQL : LifecycleStage.MQL;
    }

    public static boolean fastTracked(Thresholds t, boolean excluded, double fit, boolean requested) {
        return requested && !excluded && fit >= t.fitGate();
    }

    /** Why a lead is (not) an MQL or SQL, in a sentence. */
    public static String explain(Thresholds t, Tier tier, LifecycleStage stage, double fit, double total,
                                 String exclusion, String request) {
        if (exclusion != null) {
            return "Excluded: " + exclusion + ". The contact is kept but never becomes a lead.";
        }
        String score = Points.format(total);
        String fitText = "fit " + Points.format(fit);
        if (stage == LifecycleStage.SQL && request != null && fit >= t.fitGate()) {
            return "SQL at once (fast-track): " + request + " from a lead whose " + fitText + " passes the fit gate of "
                    + Points.format(t.fitGate()) + ".";
        }
        if (fit < t.fitGate()) {
            return "Not an MQL: " + fitText + " is below the fit gate of " + Points.format(t.fitGate())
                    + (request != null ? " (so the " + request + " does not fast-track it)" : "") + ".";
        }
        TierSpec mql = t.spec(t.mqlTier());
        if (stage == LifecycleStage.SQL) {
            return "SQL: score " + score + " reaches the SQL threshold of " + Points.format(t.sqlThreshold())
                    + " (" + tier.label() + ", " + fitText + ").";
        }
        if (stage == LifecycleStage.MQL) {
            return "MQL: " + tier.label() + " (score " + score + " ≥ " + Points.format(t.spec(tier).minScore())
                    + ") and " + fitText + " ≥ gate " + Points.format(t.fitGate()) + "; SQL from "
                    + Points.format(t.sqlThreshold()) + ".";
        }
        return "Not an MQL: score " + score + " is below " + mql.name() + " (" + Points.format(mql.minScore()) + ")"
                + (tier.isTier() ? "; " + tier.label() + " means marketing nurture" : "") + ".";
    }
}
