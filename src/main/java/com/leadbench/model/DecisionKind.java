package com.leadbench.model;

/** What the manager decided about a lead while reviewing it (the lead_decision log). */
public enum DecisionKind {
    /** The qualification (a stage transition to MQL or SQL) was reviewed. */
    REVIEWED,
    /** A review taken back (a mis-click, or a second look needed); names the same transition. */
    REVIEW_WITHDRAWN,
    /** The tier was set by hand, with a reason; it holds through rescoring until removed. */
    TIER_OVERRIDE,
    OVERRIDE_REMOVED,
    /** The handoff note's text was edited; the row holds the whole text. */
    NOTE_EDITED,
    /** The edited note was dropped: the generated note is used again. */
    NOTE_RESET
}
