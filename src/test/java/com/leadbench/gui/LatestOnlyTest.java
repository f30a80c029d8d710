package com.leadbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Bursts are coalesced into the newest request, and a superseded result never reaches the screen. */
class LatestOnlyTest {

    /** Runs each task only when the test says so, like a slow background thread. */
    private static final class ManualExecutor implements TaskExecutor {
        final Deque<Runnable> queued = new ArrayDeque<>();

        @Override
        public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            queued.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
        }

        void finishNext() {
            queued.poll().run();
        }
    }

    @Test
    void aBurstRunsTheFirstAndTheLastOnly() {
        ManualExecutor executor = new ManualExecutor();
        List<Integer> computed = new ArrayList<>();
        List<Integer> shown = new ArrayList<>();
        LatestOnly<Integer, Integer> runner = new LatestOnly<>(executor, x -> {
            computed.add(x);
            return x * 10;
        }, shown::add, e -> { });

        for (int i = 1; i <= 5; i++) {
            runner.submit(i);
        }
        assertEquals(1, executor.queued.size(), "one computation at a time");
        executor.finishNext();
        // 1 was superseded by 2..5 while it ran: its result is dropped, and only 5 runs next
        assertEquals(List.of(), shown);
        assertEquals(1, executor.queued.size());
        executor.finishNext();
        assertEquals(List.of(1, 5), computed);
        assertEquals(List.of(50), shown);
        assertEquals(0, executor.queued.size());
    }

    @Test
    void aLoneRequestIsShown() {
        ManualExecutor executor = new ManualExecutor();
        List<Integer> shown = new ArrayList<>();
        LatestOnly<Integer, Integer> runner = new LatestOnly<>(executor, x -> x + 1, shown::add, e -> { });
        runner.submit(7);
        executor.finishNext();
        assertEquals(List.of(8), shown);
    }

    @Test
    void aFailureDoesNotStopLaterRequests() {
        ManualExecutor executor = new ManualExecutor();
        List<Integer> shown = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        LatestOnly<Integer, Integer> runner = new LatestOnly<>(executor, x -> {
            if (x < 0) {
                throw new IllegalArgumentException("negative");
            }
            return x;
        }, shown::add, e -> failures.add(e.getMessage()));
        runner.submit(-1);
        runner.submit(3);
        executor.finishNext();
        executor.finishNext();
        assertEquals(List.of("negative"), failures);
        assertEquals(List.of(3), shown);
    }
}
