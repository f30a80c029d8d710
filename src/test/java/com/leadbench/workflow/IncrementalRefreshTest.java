package com.leadbench.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.importing.ImportMapping;
import com.leadbench.importing.ImportProgress;
import com.leadbench.importing.MappingPresets;
import com.leadbench.model.Activity;
import com.leadbench.model.ActivityType;
import com.leadbench.model.MergeRecord;
import com.leadbench.model.StageTransition;
import com.leadbench.handoff.LeadHandoff;
import com.leadbench.model.Tier;
import com.leadbench.report.ProcessReport;
import com.leadbench.report.ProcessReports;
import com.leadbench.report.ReportFilter;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.lead.LeadFacts;
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewEngine;
import com.leadbench.scoring.preview.PreviewScores;
import com.leadbench.store.ActivityRepository;
import com.leadbench.store.LeadColumnsLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * After random sequences of imports, activities, merges, undos, tier overrides, publishes and time
 * passing, each followed by the workspace's incremental refresh, the leads in memory are exactly
 * what reading the whole database gives, their scores are exactly a full rebuild's at the same
 * as-of times, and a full apply would record no stage change the incremental one missed.
 */
class IncrementalRefreshTest {

    private static final Instant START = Instant.parse("2026-06-01T09:00:00Z");

    @TempDir
    Path dir;

    /** A clock the test moves forward. */
    private static final class MovingClock extends Clock {
        private Instant now = START;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void incrementalRefreshEqualsAFullRebuild(long seed) throws Exception {
        Random random = new Random(seed);
        MovingClock clock = new MovingClock();
        try (Workspace workspace = Workspace.open(dir.resolve("incremental-" + seed + ".db"), 150, clock)) {
            ContactMerger merger = new ContactMerger(workspace.database());
            HandoffDesk desk = new HandoffDesk(workspace);
            ActivityRepository activities = new ActivityRepository(workspace.database());
            List<MergeRecord> merges = new ArrayList<>();
            ProcessFigures figures = new ProcessFigures(workspace);
            int rereadSeen = 0;
            int handoversKept = 0;
            int hotLeadsCompared = 0;
            for (int step = 0; step < 14; step++) {
                int op = random.nextInt(7);
                List<Long> ids = ids(workspace.columns());
                switch (op) {
                    case 0 -> importContacts(workspace, clock, random, step);
                    case 1 -> {
                        long id = ids.get(random.nextInt(ids.size()));
                        for (int k = 0; k < 1 + random.nextInt(4); k++) {
                            ActivityType type = ActivityType.values()[random.nextInt(ActivityType.values().length)];
                            activities.insert(new Activity(0, id, type, "/pricing/step-" + step, "page", null,
                                    clock.instant().minus(Duration.ofHours(random.nextInt(24 * 40))), null, null));
                        }
                    }
                    case 2 -> {
                        long kept = ids.get(random.nextInt(ids.size()));
                        long merged = ids.get(random.nextInt(ids.size()));
                        if (kept != merged) {
                            merges.add(merger.merge(kept, merged, "test", "manager", clock.instant()));
                        }
                    }
                    case 3 -> {
                        if (!merges.isEmpty()) {
                            MergeRecord last = merges.remove(merges.size() - 1);
                            merger.undo(last.auditId(), "manager", clock.instant());
                        }
                    }
                    case 4 -> {
                        try {
                            desk.overrideTier(ids.get(random.nextInt(ids.size())), Tier.values()[random.nextInt(3)], "seen at the fair");
                        } catch (IllegalArgumentException excludedLead) {
                            // the desk refuses to override an excluded lead's tier: nothing was written
                        }
                    }
                    case 5 -> {
                        Scorecard card = workspace.published().scorecard();
                        double a = card.thresholds().b().minScore() + 5 + random.nextInt(20);
                        workspace.publish(card.withThresholds(t -> t.withTierMin(Tier.A, a)), "step " + step);
                    }
                    default -> clock.now = clock.now.plus(Duration.ofMinutes(random.nextInt(60 * 30)));
                }
                rereadSeen += workspace.refresh();
                String where = "seed " + seed + ", step " + step + " (operation " + op + ")";
                assertSameAsFullRebuild(workspace, clock, where);
                assertEquals(workspace.stages().currentStages(), workspace.currentStages(), where + ": the current stages kept for the leads table");
                ProcessReport report = figures.report(ReportFilter.ALL, 0.2);
                assertEquals(ProcessReports.compute(figures.data(), ReportFilter.ALL, 0.2), report,
                        where + ": the dashboard's figures, with handovers kept from the report before, are those computed afresh");
                handoversKept += report.totals().mqls() - figures.handoversComputed();
                hotLeadsCompared += assertHotLeadsAsAFreshDeskHasThem(workspace, desk, where);
            }
            assertTrue(rereadSeen > 0, "some step changed contacts that the refresh re-read");
            assertTrue(handoversKept > 0, "some report reused the handovers of the one before");
            assertTrue(hotLeadsCompared > 0, "some step had hot leads to compare");
        }
    }

    /** The demo adopts the leads it wrote as the snapshot: they must be exactly what the database holds. */
    @org.junit.jupiter.api.Test
    void theDemoLeavesASnapshotOfExactlyWhatItWrote() throws Exception {
        try (com.leadbench.store.Database db = com.leadbench.store.Database.open(dir.resolve("demo.db"))) {
            new DemoFill(db).fill(new com.leadbench.demo.DemoSettings(200, 7, java.time.LocalDate.of(2026, 5, 31)), START);
            com.leadbench.store.LeadSnapshots.Opened opened;
            try (com.leadbench.store.LeadSnapshots snapshots = new com.leadbench.store.LeadSnapshots(db)) {
                opened = snapshots.open();
            }
            assertTrue(opened.fromSnapshot(), "the first open after the demo reads its snapshot");
            assertEquals(0, opened.contactsReread());
            LeadColumns full = new LeadColumnsLoader(db).load();
            assertEquals(200, full.size());
            assertEquals(ids(full), ids(opened.columns()));
            for (int i = 0; i < full.size(); i++) {
                assertEquals(comparable(full.facts(i)), comparable(opened.columns().facts(i)), "contact " + full.contact(i).id());
            }
        }
    }

    private void importContacts(Workspace workspace, Clock clock, Random random, int step) throws Exception {
        StringBuilder csv = new StringBuilder("Record ID,First Name,Last Name,Email,Job Title,Create Date,Company Name,Company Domain Name,Industry\r\n");
        int n = 1 + random.nextInt(3);
        for (int k = 0; k < n; k++) {
            csv.append("imp-").append(step).append('-').append(k).append(",Ida,Step").append(step).append(",ida").append(step).append('.')
                    .append(k).append("@plant").append(k).append(".example,")
                    .append(random.nextBoolean() ? "Maintenance Manager" : "Student").append(",2026-05-0").append(1 + k)
                    .append(" 10:00,Plant ").append(k).append(",plant").append(k).append(".example,")
                    .append(random.nextBoolean() ? "Chemicals" : "").append("\r\n");
        }
        Path file = dir.resolve("import-" + step + ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        ImportMapping mapping = MappingPresets.named("hubspot-contacts").orElseThrow()
                .fittedTo(com.leadbench.importing.CsvSource.open(file).headers());
        new Importer(workspace.database(), clock).run(file, mapping, false, ImportProgress.NONE);
    }

    private static List<Long> ids(LeadColumns columns) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            out.add(columns.contact(i).id());
        }
        return out;
    }

    private static void assertSameAsFullRebuild(Workspace workspace, Clock clock, String where) {
        LeadColumns kept = workspace.columns();
        LeadColumns full = new LeadColumnsLoader(workspace.database()).load();
        assertEquals(ids(full), ids(kept), where + ": the same contacts, in the same order");
        for (int i = 0; i < full.size(); i++) {
            assertEquals(comparable(full.facts(i)), comparable(kept.facts(i)), where + ": contact " + full.contact(i).id());
        }
        FeatureMatrix matrix = workspace.publishedMatrix();
        long[] asOf = new long[full.size()];
        for (int i = 0; i < asOf.length; i++) {
            asOf[i] = matrix.asOf(i);
        }
        Scorecard card = workspace.published().scorecard();
        PreviewScores rebuilt = PreviewEngine.score(FeatureMatrix.build(full, card, asOf));
        PreviewScores incremental = workspace.publishedScores();
        for (int i = 0; i < full.size(); i++) {
            String lead = where + ": contact " + full.contact(i).id();
            assertEquals(rebuilt.fit(i), incremental.fit(i), lead + " fit");
            assertEquals(rebuilt.intent(i), incremental.intent(i), lead + " intent");
            assertEquals(rebuilt.tier(i), incremental.tier(i), lead + " tier");
            assertEquals(rebuilt.stage(i), incremental.stage(i), lead + " stage");
        }
        List<StageTransition> missed = workspace.publisher().changes(card, workspace.published().number(), clock.instant(), full, rebuilt);
        assertEquals(List.of(), missed, where + ": stage changes a full apply would still record");
    }

    /**
     * The queue of a desk that kept its breakdowns from the loads before is the one a new desk
     * computes, and each queued lead's points are those the leads table shows for it.
     */
    private static int assertHotLeadsAsAFreshDeskHasThem(Workspace workspace, HandoffDesk desk, String where) {
        List<LeadHandoff> kept = desk.hotLeads();
        List<LeadHandoff> fresh = new HandoffDesk(workspace).hotLeads();
        assertEquals(fresh.stream().map(LeadHandoff::contactId).toList(), kept.stream().map(LeadHandoff::contactId).toList(),
                where + ": the Hot leads queue");
        PreviewScores table = workspace.publishedScores();
        LeadColumns columns = workspace.columns();
        for (int k = 0; k < fresh.size(); k++) {
            LeadHandoff a = fresh.get(k);
            LeadHandoff b = kept.get(k);
            String lead = where + ": hot lead " + a.contactId();
            assertEquals(a.breakdown(), b.breakdown(), lead + " breakdown");
            assertEquals(a.route(), b.route(), lead + " route");
            assertEquals(a.noteText(), b.noteText(), lead + " note");
            int i = columns.indexOf(a.contactId());
            assertEquals(table.total(i), b.breakdown().total(), 1e-9, lead + ": the points the leads table shows");
            assertEquals(b.breakdown(), desk.lead(a.contactId()).orElseThrow().breakdown(), lead + ": the lead alone, as the queue has it");
        }
        return fresh.size();
    }

    /** A lead's facts without the activity ids (positions in the columns, which a splice moves). */
    private static Map<String, Object> comparable(LeadFacts facts) {
        Map<String, Object> out = new HashMap<>();
        out.put("contact", facts.contact());
        out.put("account", facts.account());
        out.put("activities", facts.activities().stream()
                .map(a -> List.of(a.type(), String.valueOf(a.asset()), String.valueOf(a.assetKind()), String.valueOf(a.productLine()),
                        a.occurredAt(), String.valueOf(a.formText())))
                .toList());
        return out;
    }
}
