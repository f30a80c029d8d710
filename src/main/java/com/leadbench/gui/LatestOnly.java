package com.leadbench.gui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs the newest request only: while one computation runs, further requests are coalesced into
 * the latest, which runs when it finishes; a result that a newer request has superseded is
 * dropped. Called and answered on the FX thread; the computation runs on the executor. The one way
 * screens drop stale results: every view model whose requests can overtake each other uses it.
 */
public final class LatestOnly<I, O> {

    private final TaskExecutor executor;
    private final Function<I, O> work;
    private final Consumer<O> onResult;
    private final Consumer<Throwable> onFailure;
    private final boolean coalesce;
    private I pending;
    private boolean running;
    private long requested;

    /** Coalescing: one computation at a time, the requests made meanwhile folded into the latest. */
    public LatestOnly(TaskExecutor executor, Function<I, O> work, Consumer<O> onResult, Consumer<Throwable> onFailure) {
        this(executor, work, onResult, onFailure, true);
    }

    private LatestOnly(TaskExecutor executor, Function<I, O> work, Consumer<O> onResult, Consumer<Throwable> onFailure,
                       boolean coalesce) {
        this.executor = executor;
        this.work = work;
        this.onResult = onResult;
        this.onFailure = onFailure;
        this.coalesce = coalesce;
    }

    /**
     * Every request starts at once (for work where a request must not wait for an older one to end,
     * e.g. a report the person is waiting for); the result or failure of any request that a newer one
     * has superseded is dropped, whatever order they finish in.
     */
    public static <I, O> LatestOnly<I, O> everyRequest(TaskExecutor executor, Function<I, O> work, Consumer<O> onResult,
                                                       Consumer<Throwable> onFailure) {
        return new LatestOnly<>(executor, work, onResult, onFailure, false);
    }

    /** Asks for {@code input}'s result; an older request still waiting is dropped. */
    public void submit(I input) {
        requested++;
        if (!coalesce) {
            long sequence = requested;
            Callable<O> call = () -> work.apply(input);
            executor.execute(call, result -> {
                if (sequence == requested) {
                    onResult.accept(result);
                }
            }, failure -> {
                if (sequence == requested) {
                    onFailure.accept(failure);
                }
            });
            return;
        }
        pending = input;
        if (!running) {
            startNext();
        }
    }

    /** Drops every request asked so far: a result still computing is not shown, a waiting one does not run. */
    public void cancel() {
        requested++;
        pending = null;
    }

    private void startNext() {
        I input = pending;
        pending = null;
        long sequence = requested;
        running = true;
        Callable<O> call = () -> work.apply(input);
        executor.execute(call, result -> {
            running = false;
            if (sequence == requested) {
                onResult.accept(result);
            }
            if (pending != null) {
                startNext();
            }
        }, failure -> {
            running = false;
            onFailure.accept(failure);
            if (pending != null) {
                startNext();
            }
        });
    }
}
