package com.leadbench.scoring.account;

import com.leadbench.model.AccountQualification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Which accounts become marketing-qualified now: those at the MQA tier not recorded as MQAs before. */
public final class MqaRecords {

    private MqaRecords() {
    }

    /** A record for every MQA among {@code scores} whose account is not in {@code recorded}, as of {@code at}. */
    public static List<AccountQualification> newly(Collection<AccountScore> scores, Set<Long> recorded, Instant at, Integer version) {
        List<AccountQualification> out = new ArrayList<>();
        for (AccountScore s : scores) {
            if (s.mqa() && !recorded.contains(s.accountId())) {
                out.add(new AccountQualification(0, s.accountId(), at, s.score(), s.tier(), s.cause(), version));
            }
        }
        return out;
    }
}
