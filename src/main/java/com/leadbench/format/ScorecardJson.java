package com.leadbench.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadbench.model.Tier;
import com.leadbench.scoring.FastTrack;
import com.leadbench.scoring.rules.RulePart;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.rules.ScorecardProblem;
import com.leadbench.scoring.Thresholds;
import com.leadbench.scoring.TierSpec;
import com.leadbench.scoring.routing.Deadlines;
import com.leadbench.scoring.routing.Routing;
import com.leadbench.scoring.rules.CompetitorExclusion;
import com.leadbench.scoring.rules.CountryExclusion;
import com.leadbench.scoring.rules.DomainExclusion;
import com.leadbench.scoring.rules.EmailValidityExclusion;
import com.leadbench.scoring.rules.ExclusionRule;
import com.leadbench.scoring.rules.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The scorecard document (format in {@code docs/scorecard.md}): reading validates everything and
 * names the JSON path of every problem; writing gives the same document back.
 */
public final class ScorecardJson {

    public static final String DEFAULT_PRESET = "/scorecards/industrial-default.json";

    /** Pretty-prints, and refuses text after the document (a second document, or half of one pasted twice). */
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ScorecardJson() {
    }

    /** The preset shipped for an industrial company. */
    public static Scorecard defaultPreset() {
        try (InputStream in = ScorecardJson.class.getResourceAsStream(DEFAULT_PRESET)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_PRESET);
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULT_PRESET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ScorecardFormatException e) {
            throw new IllegalStateException("the shipped preset is invalid: " + e.getMessage(), e);
        }
    }

    public static Scorecard read(Path file) throws IOException, ScorecardFormatException {
        return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Parses and validates a document; {@code source} names it in messages. */
    public static Scorecard read(String json, String source) throws ScorecardFormatException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new ScorecardFormatException(source, List.of(new ScorecardProblem("$", "not valid JSON" + where + ": " + e.getOriginalMessage())));
        }
        List<ScorecardProblem> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new ScorecardFormatException(source, List.of(new ScorecardProblem("$", "must be a JSON object")));
        }
        JsonObject doc = new JsonObject(root, "$", problems);
        String name = doc.requiredText("name");
        doc.text("description", null);
        int window = doc.integer("windowDays", 90);
        List<ExclusionRule> exclusions = new ArrayList<>();
        for (JsonObject o : doc.objects("exclusions")) {
            ExclusionRule r = RuleJson.exclusion(o);
            if (r != null) {
                exclusions.add(r);
            }
            o.rejectUnknown();
        }
        List<Rule> rules = new ArrayList<>();
        for (JsonObject o : doc.objects("fit")) {
            Rule r = RuleJson.rule(o, RulePart.FIT);
            if (r != null) {
                rules.add(r);
            }
            o.rejectUnknown();
        }
        for (JsonObject o : doc.objects("intent")) {
            Rule r = RuleJson.rule(o, RulePart.INTENT);
            if (r != null) {
                rules.add(r);
            }
            o.rejectUnknown();
        }
        Thresholds thresholds = thresholds(doc);
        FastTrack fastTrack = RoutingJson.fastTrack(doc);
        Routing routing = RoutingJson.routing(doc);
        Deadlines deadlines = RoutingJson.deadlines(doc);
        var accounts = AccountsJson.accounts(doc);
        doc.rejectUnknown();
        if (problems.isEmpty()) {
            Scorecard card = new Scorecard(name, window, exclusions, rules, thresholds, fastTrack, routing, deadlines, accounts);
            List<ScorecardProblem> invalid = card.problems();
            if (invalid.isEmpty()) {
                return card;
            }
            problems.addAll(invalid);
        }
        throw new ScorecardFormatException(source, problems);
    }

    private static Thresholds thresholds(JsonObject doc) {
        double gate = doc.number("fitGate", 0.0);
        JsonObject tiers = doc.object("tiers");
        TierSpec a = tierSpec(tiers, "A", doc);
        TierSpec b = tierSpec(tiers, "B", doc);
        TierSpec c = tierSpec(tiers, "C", doc);
        if (tiers != null) {
            tiers.rejectUnknown();
        }
        String mql = doc.text("mqlTier", "B");
        Tier mqlTier = Tier.B;
        if (Set.of("A", "B", "C").contains(mql)) {
            mqlTier = Tier.valueOf(mql);
        } else {
            doc.problem("mqlTier", "must be \"A\", \"B\" or \"C\"");
        }
        double sql = doc.requiredNumber("sqlThreshold");
        return new Thresholds(gate, a, b, c, mqlTier, sql);
    }

    private static TierSpec tierSpec(JsonObject tiers, String key, JsonObject doc) {
        if (tiers == null) {
            doc.problem("tiers", "is required, with A, B and C");
            return new TierSpec(key, 0, "");
        }
        JsonObject t = tiers.object(key);
        if (t == null) {
            tiers.problem(key, "is required");
            return new TierSpec(key, 0, "");
        }
        TierSpec spec = new TierSpec(t.text("name", "Tier " + key), t.requiredNumber("minScore"), t.text("action", ""));
        t.rejectUnknown();
        return spec;
    }

    /** The document for a scorecard, pretty-printed; reading it back gives an equal scorecard. */
    public static String write(Scorecard card) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("name", card.name());
        root.put("windowDays", card.windowDays());
        ArrayNode exclusions = root.putArray("exclusions");
        for (ExclusionRule r : card.exclusions()) {
            ObjectNode o = exclusions.addObject();
            o.put("id", r.id());
            o.put("kind", r.kind());
            o.put("label", r.label());
            if (!r.enabled()) {
                o.put("enabled", false);
            }
            switch (r) {
                case DomainExclusion d -> RuleJson.strings(o, "domains", d.domains());
                case CompetitorExclusion c -> RuleJson.strings(o, "domains", c.domains());
                case CountryExclusion c -> RuleJson.strings(o, "countries", c.countries());
                case EmailValidityExclusion e -> RuleJson.strings(o, "disposableDomains", e.disposableDomains());
            }
        }
        ArrayNode fit = root.putArray("fit");
        ArrayNode intent = root.putArray("intent");
        for (Rule r : card.rules()) {
            ObjectNode o = (r.part() == RulePart.FIT ? fit : intent).addObject();
            o.put("id", r.id());
            o.put("kind", r.kind());
            o.put("label", r.label());
            o.put("points", r.points());
            if (!r.enabled()) {
                o.put("enabled", false);
            }
            RuleJson.writeRule(o, r);
        }
        Thresholds t = card.thresholds();
        root.put("fitGate", t.fitGate());
        ObjectNode tiers = root.putObject("tiers");
        for (Tier tier : List.of(Tier.A, Tier.B, Tier.C)) {
            TierSpec s = t.spec(tier);
            ObjectNode o = tiers.putObject(tier.name());
            o.put("name", s.name());
            o.put("minScore", s.minScore());
            o.put("action", s.action());
        }
        root.put("mqlTier", t.mqlTier().name());
        root.put("sqlThreshold", t.sqlThreshold());
        if (!card.fastTrack().equals(FastTrack.OFF)) {
            // no block for no fast-track, as the document had none
            ObjectNode ft = root.putObject("fastTrack");
            RuleJson.strings(ft, "types", card.fastTrack().types().stream().map(Enum::name).sorted().toList());
            if (card.fastTrack().windowDays() != null) {
                ft.put("windowDays", card.fastTrack().windowDays());
            }
            if (!card.fastTrack().enabled()) {
                ft.put("enabled", false);
            }
        }
        RoutingJson.writeRouting(root.putObject("routing"), card.routing());
        RoutingJson.writeDeadlines(root.putObject("deadlines"), card.deadlines());
        AccountsJson.write(root.putObject("accounts"), card.accounts());
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
