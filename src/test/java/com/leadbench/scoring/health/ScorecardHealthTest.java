package com.leadbench.scoring.health;

import static com.leadbench.model.ActivityType.DOWNLOAD;
import static com.leadbench.scoring.start.HandBuilt.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.leadbench.model.Tier;
import com.leadbench.scoring.FastTrack;
import com.leadbench.scoring.rules.Keywords;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.Thresholds;
import com.leadbench.scoring.TierSpec;
import com.leadbench.scoring.health.ScorecardHealth.Kind;
import com.leadbench.scoring.health.ScorecardHealth.Warning;
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewEngine;
import com.leadbench.scoring.rules.DomainExclusion;
import com.leadbench.scoring.rules.EmailValidityExclusion;
import com.leadbench.scoring.rules.PersonaRule;
import com.leadbench.scoring.rules.Rule;
import com.leadbench.scoring.rules.SignalRule;
import com.leadbench.scoring.start.HandBuilt;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A scorecard that excludes most leads, or qualifies none, is told which rule or threshold does it. */
class ScorecardHealthTest {

    private static final PersonaRule BUYER = new PersonaRule("buyer", "Buyer", "Buyer", new Keywords(List.of("buyer")), 30, true);
    private static final SignalRule DOWNLOADS = new SignalRule("downloads", "Downloads", Set.of(DOWNLOAD), Set.of(), null, Set.of(), 10,
            40.0, null, com.leadbench.scoring.rules.Decay.NONE, com.leadbench.scoring.rules.Repeat.EACH, true);

    private static Scorecard card(double fitGate, double tierB, Rule... rules) {
        return new Scorecard("test", 90, List.of(
                new DomainExclusion("personal-domain", "Personal email domain", List.of("gmail.com"), true),
                new EmailValidityExclusion("invalid-email", "Invalid or disposable email", List.of("mailinator.com"), true)),
                List.of(rules), new Thresholds(fitGate, new TierSpec("Tier A", tierB + 20, ""), new TierSpec("Tier B", tierB, ""),
                new TierSpec("Tier C", tierB - 20, ""), Tier.B, tierB + 40), FastTrack.OFF);
    }

    private static List<Warning> check(Scorecard card, LeadColumns leads) {
        return ScorecardHealth.check(card, leads, PreviewEngine.score(FeatureMatrix.build(leads, card, AS_OF.toEpochMilli())));
    }

    /** Four buyers at business addresses who each downloaded three times, then the given contacts. */
    private static LeadColumns leads(String... emails) {
        HandBuilt b = HandBuilt.leads();
        for (int i = 0; i < 4; i++) {
            long id = b.contact("buyer" + i + "@acme.com", "Buyer", null);
            b.did(id, DOWNLOAD, "a", null, 1).did(id, DOWNLOAD, "b", null, 2).did(id, DOWNLOAD, "c", null, 3);
        }
        for (String email : emails) {
            b.contact(email.equals("-") ? null : email, "Buyer", null);
        }
        return b.build();
    }

    @Test
    void aHealthyScorecardGetsNoWarning() {
        LeadColumns leads = leads("x@mailinator.com", "-", "y@gmail.com");
        assertEquals(List.of(), check(card(25, 50, BUYER, DOWNLOADS), leads));
    }

    @Test
    void excludingMoreThanHalfNamesTheRuleThatExcludesTheMost() {
        LeadColumns leads = leads("a@mailinator.com", "b@mailinator.com", "c@@broken", "d@mailinator.com", "e@gmail.com");
        List<Warning> warnings = check(card(25, 50, BUYER, DOWNLOADS), leads);
        assertEquals(List.of(new Warning(Kind.EXCLUDES_MOST, "invalid-email", "Invalid or disposable email (invalid-email) excludes"
                + " 4 of 9 leads (44%); with the other exclusions 5 of 9 leads (56%) are excluded")), warnings);
    }

    @Test
    void excludingEveryLeadNamesTheRuleAndSaysNoneQualifies() {
        HandBuilt b = HandBuilt.leads();
        for (int i = 0; i < 3; i++) {
            b.contact("x" + i + "@mailinator.com", "Buyer", null);
        }
        List<Warning> warnings = check(card(25, 50, BUYER), b.build());
        assertEquals(List.of(
                new Warning(Kind.EXCLUDES_MOST, "invalid-email", "Invalid or disposable email (invalid-email) excludes 3 of 3 leads (100%)"),
                new Warning(Kind.QUALIFIES_NONE, "exclusions", "No lead qualifies (no MQL or SQL): every lead is excluded.")), warnings);
    }

    @Test
    void halfIsNotMost() {
        assertEquals(List.of(), check(card(25, 50, BUYER, DOWNLOADS), leads("a@mailinator.com", "b@mailinator.com", "c@mailinator.com",
                "d@mailinator.com")));
    }

    @Test
    void qualifyingNoneBecauseOfTheFitGateNamesTheGate() {
        // nobody is a buyer under this card: fit 0 everywhere, below a gate of 25
        List<Warning> warnings = check(card(25, 20, DOWNLOADS), leads("-", "-"));
        assertEquals(List.of(new Warning(Kind.QUALIFIES_NONE, "fitGate", "No lead qualifies (no MQL or SQL): the fit gate of 25 stops"
                + " 6 of 6 leads that are not excluded (100%); the highest fit seen is 0.")), warnings);
    }

    @ParameterizedTest(name = "Tier B at {0}: highest score {1}")
    @CsvSource({"100, 60", "61, 60"})
    void qualifyingNoneBecauseOfTheThresholdNamesTheMqlTierAndTheHighestScore(double tierB, String highest) {
        List<Warning> warnings = check(card(0, tierB, BUYER, DOWNLOADS), leads("-"));
        assertEquals(List.of(new Warning(Kind.QUALIFIES_NONE, "tiers.B", "No lead qualifies (no MQL or SQL): Tier B, the MQL tier, starts at "
                + com.leadbench.scoring.rules.Points.format(tierB) + ", above the highest score seen (" + highest + ").")), warnings);
    }

    @Test
    void aThresholdJustReachedQualifies() {
        assertEquals(List.of(), check(card(0, 60, BUYER, DOWNLOADS), leads("-")));
    }

    @Test
    void noLeadsNoWarning() {
        assertEquals(List.of(), check(card(25, 50, BUYER), LeadColumns.builder().build()));
    }
}
