package com.leadbench.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.model.AuditEntry;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.StageTransition;
import com.leadbench.model.Tier;
import com.leadbench.scoring.Scorecard;
import com.leadbench.store.ActivityRepository;
import com.leadbench.store.AuditRepository;
import com.leadbench.store.PacketRepository;
import com.leadbench.store.StageTransitionRepository;
import com.leadbench.handoff.LeadHandoff;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The handoff desk on a small demo database: the queue, reviews, overrides through rescoring, edited notes. */
class HandoffDeskTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T15:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Workspace workspace;
    private HandoffDesk desk;

    @BeforeEach
    void open() throws Exception {
        workspace = Workspace.open(dir.resolve("desk.db"), 400, CLOCK);
        desk = new HandoffDesk(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Workspace reopen() throws Exception {
        workspace.close();
        workspace = Workspace.open(dir.resolve("desk.db"), 0, CLOCK);
        desk = new HandoffDesk(workspace);
        return workspace;
    }

    private LeadHandoff anyLead(LifecycleStage stage, Tier tier) {
        for (int i = 0; i < workspace.columns().size(); i++) {
            LeadHandoff h = desk.lead(workspace.columns().contact(i).id()).orElseThrow();
            if (h.stage() == stage && (tier == null || h.breakdown().tier() == tier)) {
                return h;
            }
        }
        throw new AssertionError("the demo has no " + stage + " " + tier);
    }

    @Test
    void theQueueHoldsNewSqlsAndTierAMqlsSoonestDeadlineFirst() {
        List<LeadHandoff> hot = desk.hotLeads();
        assertFalse(hot.isEmpty());
        for (LeadHandoff h : hot) {
            assertTrue(h.stage() == LifecycleStage.SQL || h.stage() == LifecycleStage.MQL && h.breakdown().tier() == Tier.A,
                    h.contactId() + " " + h.stage() + " " + h.breakdown().tier());
            assertFalse(h.contacted(), "sales has not called it since it qualified");
            assertTrue(h.deadline().isPresent(), "every hot lead has a deadline");
            assertEquals(h.qualification().orElseThrow().at(), h.deadline().get().qualifiedAt());
        }
        for (int i = 1; i < hot.size(); i++) {
            assertFalse(hot.get(i - 1).deadline().get().endsAt().isAfter(hot.get(i).deadline().get().endsAt()), "ordered by deadline");
        }
        long expected = desk.qualified().stream().filter(h -> !h.contacted() && (h.stage() == LifecycleStage.SQL
                || h.stage() == LifecycleStage.MQL && h.breakdown().tier() == Tier.A)).count();
        assertEquals(expected, hot.size());
        assertTrue(desk.qualified().stream().anyMatch(LeadHandoff::contacted), "the demo has qualified leads sales already called");
    }

    @Test
    void aReviewIsRecordedForTheQualificationAndTheLeadStaysReviewedAfterReopening() throws Exception {
        // an SQL in the queue: reviewing it marks it without taking it out (only a call does)
        LeadHandoff sql = desk.hotLeads().stream().filter(h -> h.stage() == LifecycleStage.SQL && !h.reviewed()).findFirst()
                .orElseThrow(() -> new AssertionError("the demo has an SQL not reviewed yet in the queue"));
        desk.markReviewed(sql.contactId());
        assertTrue(desk.lead(sql.contactId()).orElseThrow().reviewed());
        reopen();
        assertTrue(desk.lead(sql.contactId()).orElseThrow().reviewed());
        LeadHandoff queued = desk.hotLeads().stream().filter(h -> h.contactId() == sql.contactId()).findFirst()
                .orElseThrow(() -> new AssertionError("a reviewed lead stays in the queue until sales calls"));
        assertTrue(queued.reviewed());
        LeadHandoff lead = anyLead(LifecycleStage.LEAD, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> desk.markReviewed(lead.contactId()));
        assertTrue(e.getMessage().contains("not an MQL or SQL"), e.getMessage());

        desk.withdrawReview(sql.contactId());
        assertFalse(desk.lead(sql.contactId()).orElseThrow().reviewed(), "a review can be taken back");
        assertThrows(IllegalArgumentException.class, () -> desk.withdrawReview(sql.contactId()));
        assertEquals(List.of(com.leadbench.model.DecisionKind.REVIEWED, com.leadbench.model.DecisionKind.REVIEW_WITHDRAWN),
                desk.decisions(sql.contactId()).stream().map(d -> d.kind()).toList(), "both are in the log");
    }

    @Test
    void anOverrideNeedsAReasonMovesTheStageAndIsAudited() {
        LeadHandoff lead = anyLead(LifecycleStage.LEAD, Tier.C);
        assertThrows(IllegalArgumentException.class, () -> desk.overrideTier(lead.contactId(), Tier.A, "  "));
        desk.overrideTier(lead.contactId(), Tier.A, "Known project from the trade show");
        LeadHandoff after = desk.lead(lead.contactId()).orElseThrow();
        assertEquals(Tier.A, after.breakdown().tier());
        assertEquals(Tier.C, after.scoredTier());
        LifecycleStage expected = lead.breakdown().total() >= workspace.published().scorecard().thresholds().sqlThreshold()
                ? LifecycleStage.SQL : LifecycleStage.MQL;
        assertEquals(expected, after.stage(), "the override makes it qualified, and the transition is recorded");
        StageTransition last = workspace.stages().forContact(lead.contactId()).getLast();
        assertEquals(LifecycleStage.LEAD, last.from());
        assertTrue(last.cause().contains("Known project from the trade show"), last.cause());
        assertTrue(after.breakdown().reason().startsWith("Tier set by hand to Tier A"), after.breakdown().reason());
        List<AuditEntry> audit = new AuditRepository(workspace.database()).latest(5);
        assertTrue(audit.stream().anyMatch(a -> a.action().equals("override_tier") && a.entityId() == lead.contactId()
                && a.detail().contains("Tier A (scored Tier C)")), audit.toString());
    }

    @Test
    void anOverrideSurvivesRescoringAndPublishingUntilRemoved() throws Exception {
        LeadHandoff lead = anyLead(LifecycleStage.LEAD, Tier.C);
        desk.overrideTier(lead.contactId(), Tier.A, "Budget approved, call this week");
        LifecycleStage qualified = desk.lead(lead.contactId()).orElseThrow().stage();
        int transitions = workspace.stages().forContact(lead.contactId()).size();

        reopen(); // re-applies the published scorecard as of now
        Scorecard draft = workspace.published().scorecard().withThresholds(t -> t.withTierMin(Tier.C, t.c().minScore() + 1));
        workspace.publish(draft, "nudge tier C");
        reopen();

        LeadHandoff after = desk.lead(lead.contactId()).orElseThrow();
        assertEquals(Tier.A, after.breakdown().tier(), "the override holds through rescoring and a new version");
        assertEquals(qualified, after.stage());
        assertEquals(transitions, workspace.stages().forContact(lead.contactId()).size(), "no transition back and forth");
        assertTrue(after.breakdown().override().isPresent());

        desk.removeOverride(lead.contactId(), "project cancelled");
        LeadHandoff removed = desk.lead(lead.contactId()).orElseThrow();
        assertEquals(lead.breakdown().tier() == Tier.C ? removed.scoredTier() : Tier.C, removed.breakdown().tier());
        assertEquals(LifecycleStage.LEAD, removed.stage(), "removing the override gives the scorecard the word again");
        assertThrows(IllegalArgumentException.class, () -> desk.removeOverride(lead.contactId(), "twice"));
    }

    @Test
    void theDeadlineCountsBusinessDaysByTheTierAtQualificationOrTheTierSetByHand() {
        var deadlines = workspace.published().scorecard().deadlines();
        LeadHandoff sql = anyLead(LifecycleStage.SQL, null);
        assertEquals(deadlines.sqlBusinessDays(), sql.deadline().orElseThrow().businessDays());
        LeadHandoff mql = anyLead(LifecycleStage.MQL, null);
        Tier then = com.leadbench.scoring.ScoringEngine.score(workspace.published().scorecard(), mql.facts(),
                mql.qualification().orElseThrow().at()).tier();
        assertEquals(deadlines.businessDays(then, LifecycleStage.MQL), mql.deadline().orElseThrow().businessDays());
        desk.overrideTier(mql.contactId(), Tier.A, "Strategic account");
        LeadHandoff overridden = desk.lead(mql.contactId()).orElseThrow();
        assertEquals(deadlines.businessDays(Tier.A, LifecycleStage.MQL), overridden.deadline().orElseThrow().businessDays());
        assertEquals(1, overridden.deadline().orElseThrow().businessDays(), "the preset gives tier A one business day");
    }

    @Test
    void anExcludedLeadCannotBeOverridden() {
        LeadHandoff excluded = anyLead(LifecycleStage.CONTACT, Tier.EXCLUDED);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> desk.overrideTier(excluded.contactId(), Tier.A, "looks good"));
        assertTrue(e.getMessage().contains("is excluded"), e.getMessage());
    }

    @Test
    void anEditedNoteIsStoredMarkedAndCanBeReset() {
        LeadHandoff sql = anyLead(LifecycleStage.SQL, null);
        String generated = sql.noteText();
        assertFalse(sql.marks().editedNote().isPresent());
        desk.editNote(sql.contactId(), generated + "\nCalled reception: ask for the plant manager.");
        LeadHandoff edited = desk.lead(sql.contactId()).orElseThrow();
        assertTrue(edited.marks().editedNote().isPresent());
        assertTrue(edited.noteText().endsWith("ask for the plant manager."));
        assertEquals(generated, edited.note().text(), "the generated note is kept beside the edit");
        assertThrows(IllegalArgumentException.class, () -> desk.editNote(sql.contactId(), " "));
        desk.resetNote(sql.contactId());
        assertEquals(generated, desk.lead(sql.contactId()).orElseThrow().noteText());
        assertEquals(2, desk.decisions(sql.contactId()).size(), "both the edit and the reset are in the log");
    }

    @Test
    void anExportMarksLeadsHandedOffOnceAndRepeatsToTheSameFiles() throws Exception {
        List<LeadHandoff> sqls = desk.qualified().stream().filter(h -> h.stage() == LifecycleStage.SQL).toList();
        assertFalse(sqls.isEmpty());
        Path out = dir.resolve("packet");
        HandoffDesk.Export first = desk.export(HandoffDesk.Selection.stage(LifecycleStage.SQL), com.leadbench.handoff.CrmFormat.HUBSPOT, out);
        assertEquals(sqls.size(), first.handedOffNow());
        assertEquals(0, first.handedOffBefore());
        assertEquals("HP-20261120-001", first.packet().id());
        for (LeadHandoff h : sqls) {
            StageTransition last = workspace.stages().forContact(h.contactId()).getLast();
            assertEquals(LifecycleStage.SQL, last.from());
            assertEquals(LifecycleStage.HANDED_OFF, last.to());
            assertEquals("HP-20261120-001", last.packetId());
            assertEquals(CLOCK.instant(), last.at());
        }
        byte[] csv = java.nio.file.Files.readAllBytes(out.resolve("handoff.csv"));
        byte[] json = java.nio.file.Files.readAllBytes(out.resolve("handoff.json"));
        byte[] html = java.nio.file.Files.readAllBytes(out.resolve("handoff.html"));
        assertTrue(new String(csv, java.nio.charset.StandardCharsets.UTF_8).startsWith("First Name,Last Name,Email"));
        assertTrue(desk.hotLeads().stream().noneMatch(h -> h.stage() == LifecycleStage.SQL), "handed-off SQLs leave the queue");

        reopen(); // rescoring leaves handed-off leads with sales
        for (LeadHandoff h : sqls) {
            assertEquals(LifecycleStage.HANDED_OFF, workspace.stages().forContact(h.contactId()).getLast().to());
        }
        int transitions = new StageTransitionRepository(workspace.database()).latest().size();
        HandoffDesk.Export again = desk.export(HandoffDesk.Selection.stage(LifecycleStage.SQL), com.leadbench.handoff.CrmFormat.HUBSPOT, out);
        assertEquals(0, again.handedOffNow());
        assertEquals(sqls.size(), again.handedOffBefore());
        assertEquals(1, new PacketRepository(workspace.database()).count(), "no second packet");
        assertEquals(transitions, new StageTransitionRepository(workspace.database()).latest().size());
        assertTrue(java.util.Arrays.equals(csv, java.nio.file.Files.readAllBytes(out.resolve("handoff.csv"))), "same CSV");
        assertTrue(java.util.Arrays.equals(json, java.nio.file.Files.readAllBytes(out.resolve("handoff.json"))), "same JSON");
        assertTrue(java.util.Arrays.equals(html, java.nio.file.Files.readAllBytes(out.resolve("handoff.html"))), "same HTML");
    }

    private static List<String> listing(Path folder) {
        if (!java.nio.file.Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = java.nio.file.Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anExportThatDiesBeforeItsCommitLeavesNoFilesOfAPacketTheDatabaseDoesNotKnow() {
        Path out = dir.resolve("packet");
        List<String> onDiskAtCommit = new java.util.ArrayList<>();
        HandoffDesk dying = new HandoffDesk(workspace, () -> {
            onDiskAtCommit.addAll(listing(out)); // what a kill at this moment would leave
            throw new IllegalStateException("killed");
        });
        assertThrows(IllegalStateException.class,
                () -> dying.export(HandoffDesk.Selection.stage(LifecycleStage.SQL), com.leadbench.handoff.CrmFormat.GENERIC, out));
        assertEquals(List.of(".handoff.csv.part", ".handoff.html.part", ".handoff.json.part"), onDiskAtCommit,
                "before the commit the packet exists only as hidden parts, which the next export removes");
        assertEquals(List.of(), listing(out), "a failure removes the parts");
        assertEquals(0, new PacketRepository(workspace.database()).count(), "no packet recorded");
        assertTrue(desk.qualified().stream().noneMatch(LeadHandoff::handedOff), "nobody handed off");

        HandoffDesk.Export done = desk.export(HandoffDesk.Selection.stage(LifecycleStage.SQL), com.leadbench.handoff.CrmFormat.GENERIC, out);
        assertEquals(List.of("handoff.csv", "handoff.html", "handoff.json"), listing(out));
        assertEquals(java.util.Optional.of(done.packet().id()), com.leadbench.handoff.PacketFiles.packetIdIn(out));
        assertEquals(1, new PacketRepository(workspace.database()).count(), "the files are those of a recorded packet");
    }

    @Test
    void aPacketIdFoundInTheFolderIsNeverGivenAgain() throws Exception {
        // files of a packet the database never recorded (an export killed after its renames, before its commit, by an earlier version)
        Path out = dir.resolve("packet");
        java.nio.file.Files.createDirectories(out);
        java.nio.file.Files.writeString(out.resolve("handoff.json"),
                "{\n  \"schema\": \"leadbench-handoff/2\",\n  \"packet\": {\n    \"id\": \"HP-20261120-001\",\n");
        LeadHandoff mql = anyLead(LifecycleStage.MQL, null);
        HandoffDesk.Export first = desk.export(HandoffDesk.Selection.ids(List.of(mql.contactId())),
                com.leadbench.handoff.CrmFormat.GENERIC, out);
        assertEquals("HP-20261120-002", first.packet().id());
        HandoffDesk.Export second = desk.export(HandoffDesk.Selection.stage(LifecycleStage.SQL), com.leadbench.handoff.CrmFormat.GENERIC,
                dir.resolve("elsewhere"));
        assertEquals("HP-20261120-003", second.packet().id(), "numbered after the highest id, not the number of packets");
    }

    @Test
    void thePartsAKilledExportLeftAreRemovedByTheNextExportAndNothingElse() throws Exception {
        Path out = dir.resolve("packet");
        java.nio.file.Files.createDirectories(out);
        java.nio.file.Files.write(out.resolve(".handoff.csv.part"), new byte[1 << 20]);
        java.nio.file.Files.writeString(out.resolve(".handoff.json.part"), "{\"schema\": ");
        java.nio.file.Files.writeString(out.resolve(".notes.txt.part"), "not ours");
        java.nio.file.Files.writeString(out.resolve("notes.txt"), "not ours either");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> desk.export(
                HandoffDesk.Selection.ids(List.of(999_999L)), com.leadbench.handoff.CrmFormat.GENERIC, out));
        assertTrue(refused.getMessage().contains("#999999 does not exist"), refused.getMessage());
        assertEquals(List.of(".notes.txt.part", "notes.txt"), listing(out), "even an export that writes nothing removes them");
    }

    @Test
    void anExportNamingALeadThatIsNotQualifiedWritesAndMarksNothing() {
        LeadHandoff sql = anyLead(LifecycleStage.SQL, null);
        LeadHandoff lead = anyLead(LifecycleStage.LEAD, null);
        Path out = dir.resolve("refused");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> desk.export(
                HandoffDesk.Selection.ids(List.of(sql.contactId(), lead.contactId(), 999_999L)), com.leadbench.handoff.CrmFormat.GENERIC, out));
        assertTrue(e.getMessage().contains("#" + lead.contactId()) && e.getMessage().contains("is Lead, not an MQL or SQL"), e.getMessage());
        assertTrue(e.getMessage().contains("#999999 does not exist"), e.getMessage());
        assertFalse(java.nio.file.Files.exists(out));
        assertEquals(LifecycleStage.SQL, desk.lead(sql.contactId()).orElseThrow().stage());
    }

    @Test
    void theReviewedSelectionTakesReviewedLeadsNotHandedOff() {
        List<LeadHandoff> hot = desk.hotLeads();
        LeadHandoff one = hot.getFirst();
        desk.markReviewed(one.contactId());
        HandoffDesk.Export done = desk.export(HandoffDesk.Selection.reviewedNotHandedOff(), com.leadbench.handoff.CrmFormat.GENERIC,
                dir.resolve("reviewed"));
        assertEquals(List.of(one.contactId()), done.packet().leads().stream().map(l -> l.contactId()).toList());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> desk.export(
                HandoffDesk.Selection.reviewedNotHandedOff(), com.leadbench.handoff.CrmFormat.GENERIC, dir.resolve("again")));
        assertTrue(e.getMessage().contains("nothing to export"), e.getMessage());
    }

    @Test
    void aHandedOffMqlThatBecomesAnSqlIsRecordedAndHotAgainWhileADroppingOneStaysWithSales() throws Exception {
        LeadHandoff mql = anyLead(LifecycleStage.MQL, null);
        LeadHandoff other = desk.qualified().stream().filter(h -> h.stage() == LifecycleStage.SQL && h.contactId() != mql.contactId())
                .findFirst().orElseThrow();
        desk.export(HandoffDesk.Selection.ids(List.of(mql.contactId(), other.contactId())), com.leadbench.handoff.CrmFormat.GENERIC,
                dir.resolve("p"));
        // the MQL asks for a demo: fast-tracked to SQL at the next rescoring
        new ActivityRepository(workspace.database()).insert(new com.leadbench.model.Activity(0, mql.contactId(),
                com.leadbench.model.ActivityType.DEMO_REQUEST, "/products/demo", "product_page", "equipment",
                CLOCK.instant().minusSeconds(3600), null, null));
        reopen();
        StageTransition last = workspace.stages().forContact(mql.contactId()).getLast();
        assertEquals(LifecycleStage.HANDED_OFF, last.from());
        assertEquals(LifecycleStage.SQL, last.to());
        assertTrue(desk.hotLeads().stream().anyMatch(h -> h.contactId() == mql.contactId()), "an escalated lead is hot again");
        // the handed-off SQL, rescored a year later with every signal gone, stays handed off
        workspace.close();
        Clock later = Clock.offset(CLOCK, java.time.Duration.ofDays(365));
        workspace = Workspace.open(dir.resolve("desk.db"), 0, later);
        assertEquals(LifecycleStage.HANDED_OFF, workspace.stages().forContact(other.contactId()).getLast().to());
    }

    @Test
    void reviewNotesAreKept() {
        LeadHandoff sql = anyLead(LifecycleStage.SQL, null);
        desk.addNote(sql.contactId(), "Spoke to marketing events: met at the Houston show");
        assertEquals(List.of("Spoke to marketing events: met at the Houston show"),
                desk.notes(sql.contactId()).stream().map(n -> n.text()).toList());
    }
}
