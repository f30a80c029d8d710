package com.leadbench.gui.tuning;

import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;

/** A contact in the selected matrix cell: its published and draft scores. */
record CellRow(int index, long contactId, String name, String company, double publishedTotal, double draftTotal,
               Tier publishedTier, Tier draftTier, LifecycleStage publishedStage, LifecycleStage draftStage) {
}
