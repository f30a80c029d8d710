package com.leadbench.gui.leads;

import com.leadbench.model.LeadSummary;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;

/** One row of the leads table: who, and how the published scorecard scores them (or the tier the manager set). */
public record LeadRow(LeadSummary lead, double fit, double intent, Tier tier, LifecycleStage stage, boolean tierOverridden) {

    public LeadRow(LeadSummary lead, double fit, double intent, Tier tier, LifecycleStage stage) {
        this(lead, fit, intent, tier, stage, false);
    }

    public double total() {
        return fit + intent;
    }

    public long contactId() {
        return lead.contactId();
    }
}
