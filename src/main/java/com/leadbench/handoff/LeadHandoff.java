package com.leadbench.handoff;

import com.leadbench.model.LeadMarks;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.StageTransition;
import com.leadbench.model.Tier;
import com.leadbench.scoring.Breakdown;
import com.leadbench.scoring.lead.LeadFacts;
import com.leadbench.scoring.routing.Deadlines.Deadline;
import com.leadbench.scoring.routing.Route;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One lead as the handoff sees it. {@code stage} is the recorded stage; {@code qualifiedStage}
 * the MQL or SQL it is qualified at (for a handed-off lead, the stage it was handed off at), or
 * empty; {@code qualification} the transition that qualified it; {@code handoff} the transition
 * that handed it off. The handoff desk (workflow) builds it; the screens show it as it is.
 */
public record LeadHandoff(LeadFacts facts, Breakdown breakdown, LifecycleStage stage, Optional<LifecycleStage> qualifiedStage,
                          Optional<StageTransition> qualification, Optional<Deadline> deadline, boolean contacted,
                          boolean overdue, Route route, Supplier<HandoffNote> writtenNote, LeadMarks marks, Optional<StageTransition> handoff,
                          String scorecardLabel, Tier scoredTier, String persona, String productLine) {

    /**
     * The generated note. Written when first asked for, then kept: a queue of thousands of leads
     * shows one note at a time, and writing them all cost the Hot leads reload more than scoring.
     */
    public HandoffNote note() {
        return writtenNote.get();
    }

    /** {@code write}, run once when the note is first asked for (from any thread), then kept. */
    public static Supplier<HandoffNote> writtenWhenAsked(Supplier<HandoffNote> write) {
        return new Supplier<>() {
            private HandoffNote note;

            @Override
            public synchronized HandoffNote get() {
                if (note == null) {
                    note = java.util.Objects.requireNonNull(write.get(), "note");
                }
                return note;
            }
        };
    }

    public long contactId() {
        return facts.contact().id();
    }

    public boolean reviewed() {
        return qualification.isPresent() && marks.reviewed(qualification.get().id());
    }

    /** The note sales gets: the manager's edit, else the generated one. */
    public String noteText() {
        return marks.editedNote().orElseGet(() -> note().text());
    }

    public boolean handedOff() {
        return stage == LifecycleStage.HANDED_OFF;
    }

    /** A new SQL or a tier-A MQL: not handed off yet, and sales has not contacted it since it qualified. */
    public boolean hot() {
        return !contacted && (stage == LifecycleStage.SQL || stage == LifecycleStage.MQL && breakdown.tier() == Tier.A);
    }
}
