package com.leadbench.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.model.ScorecardVersion;
import com.leadbench.store.Database;
import com.leadbench.store.TestDsl;
import com.leadbench.store.UnusableScorecardException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #11: a published scorecard that cannot be used never stops the database from opening. */
class UnusableScorecardTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** The reader refused this once published form: a fastTrack block written empty (the old round-trip bug). */
    static int plant(Path db, String document) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement insert = c.prepareStatement("INSERT INTO scorecard_version (version, name, document, note, published_at)"
                     + " SELECT max(version) + 1, 'Broken', ?, 'planted', 1 FROM scorecard_version");
             Statement st = c.createStatement()) {
            insert.setString(1, document);
            insert.executeUpdate();
            ResultSet rs = st.executeQuery("SELECT max(version) FROM scorecard_version");
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int transitions(Workspace w) {
        return TestDsl.of(w.database()).fetchOne("SELECT count(*) FROM stage_transition").get(0, Integer.class);
    }

    @Test
    void theDatabaseOpensOnTheLastUsableVersionRecordsNothingAndIsRepairedByPublishing() throws Exception {
        Path db = dir.resolve("w.db");
        int good;
        int before;
        try (Workspace w = Workspace.open(db, 200, CLOCK)) {
            good = w.published().number();
            before = transitions(w);
        }
        int broken = plant(db, "{\"name\": \"Broken\", \"fastTrack\": {\"types\": [], \"enabled\": false}}");

        try (Workspace w = Workspace.open(db, false, Database.Access.EXISTING)) {
            UnusableScorecardException unusable = w.unusableScorecard().orElseThrow();
            assertEquals(broken, unusable.version().version());
            assertTrue(unusable.reason().contains("does not read"), unusable.reason());
            assertEquals(good, w.published().number(), "scored with the last usable version");
            assertEquals(w.columns().size(), w.publishedScores().size(), "every lead has a score to show");
            assertEquals(before, transitions(w), "nothing recorded under an unusable scorecard");

            var applied = w.publish(w.published().scorecard(), "repair");
            assertEquals(broken + 1, applied.version().version());
            assertTrue(w.unusableScorecard().isEmpty());
        }
        try (Workspace w = Workspace.open(db, false, Database.Access.EXISTING)) {
            assertTrue(w.unusableScorecard().isEmpty());
            assertEquals(broken + 1, w.published().number());
        }
    }

    @Test
    void withNoUsableVersionAtAllTheGeneralPresetIsShownAsVersionZero() throws Exception {
        Path db = dir.resolve("none.db");
        Database.open(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO scorecard_version (version, name, document, note, published_at) VALUES (1, 'x', '{', 'n', 1)");
        }
        try (Workspace w = Workspace.open(db, false, Database.Access.EXISTING)) {
            assertEquals(1, w.unusableScorecard().orElseThrow().version().version());
            assertEquals(0, w.published().number());
            // version 0 is the general B2B preset since #13 (it was the industrial one)
            assertEquals(com.leadbench.scoring.start.GeneralPreset.NAME, w.published().scorecard().name());
            assertEquals(1, w.scorecards().history().size(), "the preset was not published behind the user's back");
            assertFalse(w.nothingPublished(), "a version was published, it is only unusable: the recovery banner's case");
        }
    }

    @Test
    void aFailureWhileScoringBecomesAnUnusableScorecardInWords() {
        ScorecardVersion v = new ScorecardVersion(4, "Deep", "{}", "n", Instant.EPOCH);
        UnusableScorecardException overflow = assertThrows(UnusableScorecardException.class,
                () -> UnusableScorecardException.whileScoring(v, () -> {
                    throw new StackOverflowError();
                }));
        assertEquals(4, overflow.version().version());
        assertTrue(overflow.getMessage().contains("version 4") && overflow.getMessage().contains("too deep"), overflow.getMessage());
        UnusableScorecardException failed = assertThrows(UnusableScorecardException.class,
                () -> UnusableScorecardException.whileScoring(v, () -> {
                    throw new IllegalStateException("no tier for 7");
                }));
        assertTrue(failed.reason().contains("no tier for 7"), failed.reason());
        assertFalse(failed.getMessage().contains("IllegalState"), failed.getMessage());
        assertEquals(12, UnusableScorecardException.whileScoring(v, () -> 12));
    }
}
