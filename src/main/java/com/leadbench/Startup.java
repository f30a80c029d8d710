package com.leadbench;

import java.lang.management.ManagementFactory;
import java.time.Instant;

/** Start-up milestones on stderr when LEADBENCH_DEBUG is set: how long after the JVM started each was reached. */
final class Startup {

    private static final boolean ON = System.getenv("LEADBENCH_DEBUG") != null;

    /** When the JVM started, in epoch milliseconds; read once. */
    private static final long JVM_START = jvmStartMillis();

    private Startup() {
    }

    static long sinceJvmStart() {
        return System.currentTimeMillis() - JVM_START;
    }

    static void mark(String milestone) {
        if (ON) {
            System.err.printf("startup: %s at %d ms%n", milestone, sinceJvmStart());
        }
    }

    /**
     * The JVM's own start time (java.management). A runtime without that module must still open the window (a
     * jlink runtime that lacked it threw NoClassDefFoundError on the FX thread and the window stayed "Loading…"), so
     * then the process start time the system reports (java.base: on Linux a few hundred ms earlier, in whole-second
     * steps of the boot time), and as a last resort the time this class was loaded.
     */
    private static long jvmStartMillis() {
        try {
            return ManagementFactory.getRuntimeMXBean().getStartTime();
        } catch (LinkageError | RuntimeException noManagement) {
            return ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli)
                    .orElseGet(System::currentTimeMillis);
        }
    }
}
