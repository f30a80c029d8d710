package com.leadbench.demo;

/** How much the demo generator wrote. */
public record DemoSummary(long accounts, long contacts, long activities, long followUps) {
}
