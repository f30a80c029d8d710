package com.leadbench.gui.detail;

import com.leadbench.model.LeadMarks;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.StageTransition;
import com.leadbench.model.Tier;
import com.leadbench.scoring.Breakdown;
import com.leadbench.scoring.lead.LeadFacts;
import com.leadbench.scoring.routing.Deadlines.Deadline;
import com.leadbench.scoring.routing.Route;
import java.util.Optional;

/**
 * One lead as the handoff sees it, as the screens show it: the handoff desk's answer copied into a
 * record the screens own, so that no view or view model holds a use-case type. The decisions
 * ({@code reviewed}, {@code hot}, the note's text) are the desk's, computed there, never here.
 *
 * @param stage the recorded stage
 * @param qualifiedStage the MQL or SQL it is qualified at (for a handed-off lead, the stage it was handed off at), or empty
 * @param handoff the transition that handed it off, or empty
 * @param noteText the note sales gets: the manager's edit, else the generated one
 * @param hot a new SQL or a tier-A MQL not handed off yet and not contacted since it qualified
 */
public record LeadInHandoff(LeadFacts facts, Breakdown breakdown, LifecycleStage stage, Optional<LifecycleStage> qualifiedStage,
                            Optional<Deadline> deadline, boolean contacted, boolean overdue, Route route, LeadMarks marks,
                            Optional<StageTransition> handoff, String scorecardLabel, Tier scoredTier, boolean reviewed,
                            String noteText, boolean handedOff, boolean hot) {

    public long contactId() {
        return facts.contact().id();
    }
}
