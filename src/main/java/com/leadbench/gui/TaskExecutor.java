package com.leadbench.gui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way the screens run blocking work: off the FX thread, with the result (or the failure)
 * delivered back on it. Tests swap in {@link #direct()}, which runs everything on the calling thread.
 */
public interface TaskExecutor extends AutoCloseable {

    <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    @Override
    default void close() {
    }

    /** Runs work and callbacks at once on the calling thread. */
    static TaskExecutor direct() {
        return new TaskExecutor() {
            @Override
            public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | Error e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
