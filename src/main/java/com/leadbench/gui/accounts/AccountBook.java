package com.leadbench.gui.accounts;

import com.leadbench.model.LifecycleStage;
import com.leadbench.scoring.account.AccountScore;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewScores;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The accounts as the Accounts screen shows them: scored under the published scorecard (best first),
 * the leads they were rolled up from with their scores and current stages, when each MQA was first
 * recorded, and what scored them ("version 3").
 */
public record AccountBook(List<AccountScore> accounts, LeadColumns leads, PreviewScores scores, Map<Long, LifecycleStage> stages,
                          Map<Long, Instant> mqaSince, String scorecardLabel) {

    public AccountBook {
        accounts = List.copyOf(accounts);
        stages = Map.copyOf(stages);
        mqaSince = Map.copyOf(mqaSince);
    }
}
