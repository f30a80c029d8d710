package com.leadbench.model;

/** How much a database holds, for the status bar and the command line. */
public record DatabaseCounts(long accounts, long contacts, long activities, long followUps) {
}
