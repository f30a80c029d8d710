package com.leadbench.gui.accounts;

/** What the Accounts screen reads: every account scored under the published scorecard. */
public interface AccountDesk {

    /** Reads and scores; may take a while at a million leads, so it is called off the FX thread. */
    AccountBook accounts();
}
