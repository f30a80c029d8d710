package com.leadbench.scoring.rules;

/** How repeated matching activities count. */
public enum Repeat {
    /** Every occurrence adds points, up to the rule's cap. */
    EACH,
    /** Only the latest occurrence counts. */
    ONCE
}
