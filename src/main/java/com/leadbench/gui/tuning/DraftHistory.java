package com.leadbench.gui.tuning;

import com.leadbench.scoring.Scorecard;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * The draft scorecard with undo and redo. Every edit has a name ("Tier B threshold 75 → 80") that
 * the menu shows. A drag is one edit: {@link #preview} moves the draft without recording, and
 * {@link #commit} records the whole drag as a single step.
 */
final class DraftHistory {

    /** One undoable step. */
    record Edit(String name, Scorecard before, Scorecard after) {
    }

    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private Scorecard current;
    private Scorecard dragStart;

    DraftHistory(Scorecard start) {
        this.current = Objects.requireNonNull(start);
    }

    Scorecard current() {
        return current;
    }

    /** The draft before the drag in progress, or the current draft when none is. */
    Scorecard base() {
        return dragStart != null ? dragStart : current;
    }

    /** Applies and records an edit; an edit that changes nothing is not recorded. */
    boolean apply(String name, Scorecard next) {
        Scorecard before = dragStart != null ? dragStart : current;
        dragStart = null;
        current = next;
        if (next.equals(before)) {
            return false;
        }
        undo.push(new Edit(name, before, next));
        redo.clear();
        return true;
    }

    /** Moves the draft during a drag without recording a step. */
    void preview(Scorecard next) {
        if (dragStart == null) {
            dragStart = current;
        }
        current = next;
    }

    /** Ends a drag: records it as one edit named {@code name}. */
    boolean commit(String name) {
        if (dragStart == null) {
            return false;
        }
        return apply(name, current);
    }

    Optional<String> undoName() {
        return Optional.ofNullable(undo.peek()).map(Edit::name);
    }

    Optional<String> redoName() {
        return Optional.ofNullable(redo.peek()).map(Edit::name);
    }

    boolean undo() {
        Edit edit = undo.poll();
        if (edit == null) {
            return false;
        }
        dragStart = null;
        current = edit.before();
        redo.push(edit);
        return true;
    }

    boolean redo() {
        Edit edit = redo.poll();
        if (edit == null) {
            return false;
        }
        dragStart = null;
        current = edit.after();
        undo.push(edit);
        return true;
    }

    /** Starts over from {@code start}, forgetting every step (after a publish). */
    void reset(Scorecard start) {
        undo.clear();
        redo.clear();
        dragStart = null;
        current = start;
    }
}
