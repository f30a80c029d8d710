package com.leadbench.store;

import com.leadbench.model.LifecycleStage;
import com.leadbench.model.StageTransition;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every lead's current stage (the target of its newest transition), read once and then kept up to
 * date from the stage change log (migration V4): each call re-reads only the contacts logged since
 * the last entry it applied. When entries it had not applied were trimmed (another window closed),
 * or when more contacts were logged than a catch-up should look up one by one, it reads every stage
 * again. Readers only read; a writer trims what it applied when it closes.
 */
public final class CurrentStages {

    /** Above this many logged contacts, reading every stage is cheaper than looking them up. */
    static final int MOST_LOOKED_UP = 5_000;

    private final Database database;
    private final StageTransitionRepository transitions;
    private volatile Map<Long, LifecycleStage> stages = new ConcurrentHashMap<>();
    /** The last log entry applied, or -1 before the first read. */
    private long appliedUpTo = -1;
    private int fullReads;

    public CurrentStages(Database database) {
        this.database = database;
        this.transitions = new StageTransitionRepository(database);
    }

    /** Every contact's current stage, as of now (contacts without a transition are absent); a live, unmodifiable view. */
    public synchronized Map<Long, LifecycleStage> current() {
        database.transaction(() -> {
            catchUp();
            return null;
        });
        return Collections.unmodifiableMap(stages);
    }

    private void catchUp() {
        long assigned = transitions.lastLoggedChange();
        if (appliedUpTo >= 0 && assigned == appliedUpTo) {
            return;
        }
        if (appliedUpTo >= 0) {
            List<Long> entries = transitions.changesAfter(appliedUpTo);
            Set<Long> logged = new HashSet<>(entries);
            // every entry since the last one applied is still there (none trimmed), and few enough to look up
            if (entries.size() == assigned - appliedUpTo && logged.size() <= MOST_LOOKED_UP) {
                Map<Long, StageTransition> latest = transitions.latest(logged);
                for (long id : logged) {
                    StageTransition t = latest.get(id);
                    if (t == null) {
                        stages.remove(id);
                    } else {
                        stages.put(id, t.to());
                    }
                }
                appliedUpTo = assigned;
                return;
            }
        }
        stages = new ConcurrentHashMap<>(transitions.currentStages());
        appliedUpTo = assigned;
        fullReads++;
    }

    /** Drops the log entries this reader applied (a writer, when it closes): the log stays as long as what is read from it. */
    public synchronized void trim() {
        if (appliedUpTo > 0 && !database.readOnly()) {
            transitions.forgetChangesUpTo(appliedUpTo);
        }
    }

    /** How many times every stage was read (for tests). */
    synchronized int fullReads() {
        return fullReads;
    }
}
