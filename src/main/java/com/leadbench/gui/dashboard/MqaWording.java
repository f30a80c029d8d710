package com.leadbench.gui.dashboard;

import com.leadbench.gui.Formats;
import com.leadbench.report.ProcessReport.MqaView;
import java.util.ArrayList;
import java.util.List;

/**
 * The MQA figures in a marketer's words, for the account panel: one line of shares
 * ("MQAs: 84 · 31.0% became opportunities · 11.9% won · 46.2% of MQLs were in MQAs") and one of
 * the counts behind them. Before sales reports any outcome the opportunity and won shares are left
 * out rather than shown as 0%.
 */
final class MqaWording {

    static final String NONE = "No account has become an MQA in this period.";
    static final String NO_OUTCOMES = "opportunities and wins not reported yet";

    private MqaWording() {
    }

    static String line(MqaView m, boolean outcomes) {
        if (m.none()) {
            return NONE;
        }
        List<String> parts = new ArrayList<>();
        parts.add("MQAs: " + Formats.count(m.mqas()));
        if (outcomes) {
            parts.add(FigureTables.percent(m.toOpportunity()) + " became opportunities");
            parts.add(FigureTables.percent(m.toWon()) + " won");
        } else {
            parts.add(NO_OUTCOMES);
        }
        if (m.mqlsInMqas().n() > 0) {
            parts.add(FigureTables.percent(m.mqlsInMqas()) + " of MQLs were in MQAs");
        }
        return String.join(" · ", parts);
    }

    /** "26 of 84 became opportunities, 10 of 84 won · 120 of 260 MQLs with a company were in MQAs"; empty when there is nothing to count. */
    static String counts(MqaView m, boolean outcomes) {
        List<String> parts = new ArrayList<>();
        if (!m.none() && outcomes) {
            parts.add(Formats.count(m.toOpportunity().hits()) + " of " + Formats.count(m.mqas()) + " became opportunities, "
                    + Formats.count(m.toWon().hits()) + " of " + Formats.count(m.mqas()) + " won");
        }
        // with no MQA in the period, MQLs can still be in accounts that became MQAs before it
        if (m.mqlsInMqas().n() > 0 && (!m.none() || m.mqlsInMqas().hits() > 0)) {
            parts.add(Formats.count(m.mqlsInMqas().hits()) + " of " + Formats.count(m.mqlsInMqas().n())
                    + " MQLs with a company were in MQAs");
        }
        return String.join(" · ", parts);
    }
}
