package com.leadbench;

import java.lang.management.ManagementFactory;

/** Start-up milestones on stderr when LEADBENCH_DEBUG is set: how long after the JVM started each was reached. */
final class Startup {

    private static final boolean ON = System.getenv("LEADBENCH_DEBUG") != null;

    private Startup() {
    }

    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    static void mark(String milestone) {
        if (ON) {
            System.err.printf("startup: %s at %d ms%n", milestone, sinceJvmStart());
        }
    }
}
