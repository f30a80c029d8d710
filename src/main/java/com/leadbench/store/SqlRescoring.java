package com.leadbench.store;

import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;
import com.leadbench.scoring.rules.Decay;
import com.leadbench.scoring.rules.Keywords;
import com.leadbench.scoring.rules.PagePattern;
import com.leadbench.scoring.rules.RulePart;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.Thresholds;
import com.leadbench.scoring.rules.Windows;
import com.leadbench.scoring.rules.ActivityBased;
import com.leadbench.scoring.rules.ActivityRule;
import com.leadbench.scoring.rules.CompanySizeRule;
import com.leadbench.scoring.rules.CompetitorExclusion;
import com.leadbench.scoring.rules.CountryExclusion;
import com.leadbench.scoring.rules.CustomerRule;
import com.leadbench.scoring.rules.DomainExclusion;
import com.leadbench.scoring.rules.EmailValidityExclusion;
import com.leadbench.scoring.rules.ExclusionRule;
import com.leadbench.scoring.rules.FieldAgeRule;
import com.leadbench.scoring.rules.FieldRule;
import com.leadbench.scoring.rules.FormKeywordRule;
import com.leadbench.scoring.rules.IndustryRule;
import com.leadbench.scoring.rules.PerUnitRule;
import com.leadbench.scoring.rules.PersonaRule;
import com.leadbench.scoring.rules.ProfileRule;
import com.leadbench.scoring.rules.RegionRule;
import com.leadbench.scoring.rules.Rule;
import com.leadbench.scoring.rules.SignalRule;
import com.leadbench.scoring.rules.UrgencyRule;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The baseline the preview engine is measured against: the whole rescoring done the way a
 * straightforward implementation would, as one SQL aggregation inside SQLite (rules turned into
 * CASE expressions over the activity table, grouped by contact). Keywords are matched with LIKE,
 * so word boundaries are looser than the engine's; it exists for the benchmark only.
 */
public final class SqlRescoring {

    private final Database database;

    public SqlRescoring(Database database) {
        this.database = database;
    }

    /** Per-contact tier counts from one full SQL rescoring; also returns the rows it scored. */
    public record Result(int contacts, int[] tierCounts, int[] stageCounts) {
    }

    public Result rescore(Scorecard card, long asOf) {
        String sql = sql(card, asOf);
        int[] tiers = new int[Tier.values().length];
        int[] stages = new int[LifecycleStage.values().length];
        int[] rows = {0};
        database.dsl().connection(connection -> {
            registerRegexp(connection);
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    tiers[rs.getInt(2)]++;
                    stages[rs.getInt(3)]++;
                    rows[0]++;
                }
            }
        });
        return new Result(rows[0], tiers, stages);
    }

    private static void registerRegexp(Connection connection) throws SQLException {
        org.sqlite.Function.create(connection, "REGEXP", new org.sqlite.Function() {
            // the scorecard's own patterns, compiled once each, matched as the engine matches them
            private final Map<String, PagePattern> compiled = new HashMap<>();

            @Override
            protected void xFunc() throws SQLException {
                String pattern = value_text(0);
                String text = value_text(1);
                result(text != null && compiled.computeIfAbsent(pattern, PagePattern::compile).find(text) ? 1 : 0);
            }
        });
    }

    /** The generated query: contact id, tier ordinal, stage ordinal. */
    static String sql(Scorecard card, long asOf) {
        List<String> sums = new ArrayList<>();
        List<String> fitTerms = new ArrayList<>();
        List<String> intentTerms = new ArrayList<>();
        List<Rule> rules = card.rules();
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            if (!rule.enabled()) {
                continue;
            }
            String term = switch (rule) {
                case ActivityRule a -> activityTerm(a, activityMatch(a), r, card.windowDays(), asOf, sums);
                case FormKeywordRule f -> activityTerm(f, like("act.form_text", f.keywords()), r, card.windowDays(), asOf, sums);
                case ProfileRule p -> "(CASE WHEN " + profileMatch(p) + " THEN " + num(p.points()) + " ELSE 0.0 END)";
            };
            (rule.part() == RulePart.FIT ? fitTerms : intentTerms).add(term);
        }
        String fastTrack = card.fastTrack().enabled() && !card.fastTrack().types().isEmpty()
                ? "MAX(CASE WHEN act.type IN (" + list(card.fastTrack().types().stream().map(Enum::name).toList())
                  + ") AND act.occurred_at <= " + asOf + " AND act.occurred_at >= "
                  + (asOf - card.fastTrack().effectiveWindowDays(card.windowDays()) * Windows.DAY_MS) + " THEN 1 ELSE 0 END) AS requested"
                : "0 AS requested";
        sums.add(fastTrack);
        String excluded = card.exclusions().stream().filter(ExclusionRule::enabled).map(SqlRescoring::exclusion)
                .collect(Collectors.joining(" OR "));
        Thresholds t = card.thresholds();
        String scored = "SELECT c.id AS id, (" + (excluded.isEmpty() ? "0" : excluded) + ") AS excluded, "
                + "(" + (fitTerms.isEmpty() ? "0.0" : String.join(" + ", fitTerms)) + ") AS fit, "
                + "(" + (intentTerms.isEmpty() ? "0.0" : String.join(" + ", intentTerms)) + ") AS intent, "
                + "COALESCE(agg.requested, 0) AS requested "
                + "FROM contact c LEFT JOIN account acc ON acc.id = c.account_id "
                + "LEFT JOIN (SELECT act.contact_id AS contact_id, " + String.join(", ", sums)
                + " FROM activity act GROUP BY act.contact_id) agg ON agg.contact_id = c.id";
        String tier = "CASE WHEN excluded THEN " + Tier.EXCLUDED.ordinal()
                + " WHEN fit < " + num(t.fitGate()) + " THEN " + Tier.NOT_QUALIFIED.ordinal()
                + " WHEN fit + intent >= " + num(t.a().minScore()) + " THEN " + Tier.A.ordinal()
                + " WHEN fit + intent >= " + num(t.b().minScore()) + " THEN " + Tier.B.ordinal()
                + " WHEN fit + intent >= " + num(t.c().minScore()) + " THEN " + Tier.C.ordinal()
                + " ELSE " + Tier.NOT_QUALIFIED.ordinal() + " END";
        String mqlTiers = List.of(Tier.A, Tier.B, Tier.C).stream().filter(x -> x.atLeast(t.mqlTier()))
                .map(x -> Integer.toString(x.ordinal())).collect(Collectors.joining(", "));
        String stage = "CASE WHEN excluded THEN " + LifecycleStage.CONTACT.ordinal()
                + " WHEN requested = 1 AND fit >= " + num(t.fitGate()) + " THEN " + LifecycleStage.SQL.ordinal()
                + " WHEN tier IN (" + mqlTiers + ") AND fit + intent >= " + num(t.sqlThreshold()) + " THEN " + LifecycleStage.SQL.ordinal()
                + " WHEN tier IN (" + mqlTiers + ") THEN " + LifecycleStage.MQL.ordinal()
                + " ELSE " + LifecycleStage.LEAD.ordinal() + " END";
        return "SELECT id, tier, " + stage + " AS stage FROM (SELECT id, excluded, fit, intent, requested, " + tier
                + " AS tier FROM (" + scored + "))";
    }

    private static String weight(Decay decay, int window, long asOf) {
        String age = "(" + asOf + " - act.occurred_at)";
        return switch (decay.kind()) {
            case NONE -> "1.0";
            case LINEAR -> "(1.0 - " + age + " / " + num(window * (double) Windows.DAY_MS) + ")";
            case HALF_LIFE -> "pow(0.5, " + age + " / " + num(decay.halfLifeDays() * Windows.DAY_MS) + ")";
        };
    }

    /**
     * Rule {@code r}'s term over activities (intent rules and form keywords alike): its decay-weighted sum (or
     * latest weight) in the window, added to {@code sums} as {@code agg.r<r>}, times the points, within the cap.
     */
    private static String activityTerm(ActivityBased a, String match, int r, int scorecardWindowDays, long asOf, List<String> sums) {
        int window = a.effectiveWindowDays(scorecardWindowDays);
        String inWindow = "act.occurred_at <= " + asOf + " AND act.occurred_at >= " + (asOf - window * Windows.DAY_MS);
        String weight = weight(a.decay(), window, asOf);
        sums.add(a.repeat() == com.leadbench.scoring.rules.Repeat.EACH
                ? "SUM(CASE WHEN " + match + " AND " + inWindow + " THEN " + weight + " ELSE 0.0 END) AS r" + r
                : "MAX(CASE WHEN " + match + " AND " + inWindow + " THEN " + weight + " ELSE 0.0 END) AS r" + r);
        String raw = num(a.points()) + " * COALESCE(agg.r" + r + ", 0.0)";
        return a.cap() == null ? raw : "MAX(" + num(-a.cap()) + ", MIN(" + num(a.cap()) + ", " + raw + "))";
    }

    private static String activityMatch(ActivityRule rule) {
        return switch (rule) {
            case SignalRule s -> {
                List<String> parts = new ArrayList<>();
                if (!s.types().isEmpty()) {
                    parts.add("act.type IN (" + list(s.typeNames()) + ")");
                }
                if (!s.assetKinds().isEmpty()) {
                    parts.add("lower(act.asset_kind) IN (" + list(s.assetKinds()) + ")");
                }
                if (s.pagePattern() != null) {
                    parts.add("act.asset REGEXP " + text(s.pagePattern().source()));
                }
                if (!s.productLines().isEmpty()) {
                    parts.add("lower(act.product_line) IN (" + list(s.productLines()) + ")");
                }
                yield parts.isEmpty() ? "1" : String.join(" AND ", parts);
            }
            case UrgencyRule u -> like("act.form_text", u.words());
        };
    }

    /** The rule's test as SQL. A kind with no SQL version is refused by name, never skipped. */
    private static String profileMatch(ProfileRule rule) {
        return switch (rule) {
            case IndustryRule i -> "lower(acc.industry) IN (" + list(i.industries().stream().map(s -> s.toLowerCase(Locale.ROOT)).toList()) + ")";
            case CompanySizeRule s -> {
                String column = s.metric() == CompanySizeRule.Metric.EMPLOYEES ? "acc.employees" : "acc.annual_revenue";
                yield column + " IS NOT NULL" + (s.min() == null ? "" : " AND " + column + " >= " + num(s.min()))
                        + (s.max() == null ? "" : " AND " + column + " <= " + num(s.max()));
            }
            case RegionRule g -> "(upper(COALESCE(c.country, acc.country)) IN (" + list(g.countries()) + ") OR lower(acc.region) IN ("
                    + list(g.regions()) + "))";
            case PersonaRule p -> like("c.job_title", p.keywords());
            case CustomerRule c -> "acc.is_customer = 1";
            case FieldRule f -> switch (f.operator()) {
                case EQUALS, IN -> "(SELECT field_value FROM contact_field cf WHERE cf.contact_id = c.id AND cf.field_name = "
                        + text(f.field()) + ") IN (" + list(f.values()) + ")";
                // the benchmark's SQL has no keyword, number or unanswered matching: refused rather than answered wrongly
                case CONTAINS, RANGE, EMPTY -> throw new IllegalArgumentException("no SQL for field op " + f.operator().name().toLowerCase(Locale.ROOT));
            };
            case PerUnitRule u -> throw new IllegalArgumentException("no SQL for " + u.kind());
            case FieldAgeRule a -> throw new IllegalArgumentException("no SQL for " + a.kind());
        };
    }

    private static String exclusion(ExclusionRule rule) {
        String domain = "lower(substr(c.email, instr(c.email, '@') + 1))";
        return switch (rule) {
            case DomainExclusion d -> "(" + d.domains().stream().map(x -> x.startsWith(".")
                    ? domain + " LIKE " + text("%" + x) : domain + " = " + text(x)).collect(Collectors.joining(" OR ")) + ")";
            case CompetitorExclusion c -> "(" + domain + " IN (" + list(c.domains()) + ") OR COALESCE(acc.is_competitor, 0) = 1)";
            case CountryExclusion c -> "(upper(COALESCE(c.country, c.ip_country)) IN (" + list(c.countries()) + "))";
            // no email is not a reason to exclude: only a malformed or disposable one is
            case EmailValidityExclusion e -> "(COALESCE(trim(c.email), '') <> '' AND (c.email NOT LIKE '%_@_%._%' OR c.email LIKE '%@%@%' OR "
                    + domain + " IN (" + list(e.disposableDomains()) + ")))";
        };
    }

    private static String like(String column, Keywords keywords) {
        if (keywords.words().isEmpty()) {
            return "0";
        }
        return "(" + keywords.words().stream().map(w -> "lower(" + column + ") LIKE " + text("%" + w + "%"))
                .collect(Collectors.joining(" OR ")) + ")";
    }

    private static String list(Collection<String> values) {
        return values.isEmpty() ? "NULL" : values.stream().map(SqlRescoring::text).collect(Collectors.joining(", "));
    }

    private static String text(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String num(double value) {
        return Double.toString(value);
    }
}
