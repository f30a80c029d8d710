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
    private I pending;
    private boolean running;
    private long requested;

    public LatestOnly(TaskExecutor executor, Function<I, O> work, Consumer<O> onResult, Consumer<Throwable> onFailure) {
        this.executor = executor;
        this.work = work;
        this.onResult = onResult;
        this.onFailure = onFailure;
    }

    /** Asks for {@code input}'s result; an older request still waiting is dropped. */
    public void submit(I input) {
        requested++;
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
