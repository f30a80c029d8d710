package com.leadbench.gui.dashboard;

import com.leadbench.gui.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Holds each task until the test runs it, in whatever order the test likes: a slow, unordered background. */
final class ManualExecutor implements TaskExecutor {

    private final List<Runnable> queued = new ArrayList<>();

    @Override
    public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        queued.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
    }

    int queued() {
        return queued.size();
    }

    /** Runs every queued task, the newest first. */
    void runNewestFirst() {
        while (!queued.isEmpty()) {
            queued.removeLast().run();
        }
    }

    /** Runs every queued task in the order it came. */
    void runInOrder() {
        while (!queued.isEmpty()) {
            queued.removeFirst().run();
        }
    }
}
