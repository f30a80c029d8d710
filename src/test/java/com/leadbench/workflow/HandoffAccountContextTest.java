package com.leadbench.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadbench.handoff.CrmFormat;
import com.leadbench.handoff.LeadHandoff;
import com.leadbench.scoring.account.AccountRollupTest;
import com.leadbench.store.Database;
import com.leadbench.store.LeadSnapshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The handoff note and packet carry the account around the lead, on {@link AccountRollupTest}'s
 * fixture: Dana (maintenance manager, Tier A) at Acme, an MQA of 130 points since the publish, with
 * Bo (buyer) and Sam (student) also engaged and no engineer engaged.
 */
class HandoffAccountContextTest {

    @TempDir
    Path dir;

    private static final List<String> EXPECTED = List.of(
            "Acme: account Tier A, 130 points, a marketing-qualified account since 2026-05-01 · 5 contacts on record",
            "Also engaged: C No2 — Procurement lead (Buyer), intent 20; C No5 — Student, intent 20",
            "No Engineer engaged yet");

    @Test
    void theNoteAndEveryPacketFileCarryTheOtherEngagedContactsAndTheMissingRoles() throws Exception {
        Path file = dir.resolve("handoff.db");
        try (Database db = AccountQualifierTest.fixture(file)) {
            new ScorecardPublisher(db).publish(AccountRollupTest.CARD, "accounts", AccountRollupTest.NOW, LeadSnapshots.columns(db), "test");
        }
        Clock clock = Clock.fixed(AccountRollupTest.NOW.plus(Duration.ofHours(1)), ZoneOffset.UTC);
        try (Workspace workspace = Workspace.open(file, 0, clock)) {
            HandoffDesk desk = new HandoffDesk(workspace);
            LeadHandoff dana = desk.lead(1).orElseThrow();
            assertTrue(dana.stage().isQualified(), "Dana is an MQL: " + dana.stage());
            assertEquals(EXPECTED, dana.note().account());
            String text = dana.noteText();
            assertTrue(text.contains("\nACCOUNT\n- " + String.join("\n- ", EXPECTED) + "\n"), text);

            LeadHandoff max = desk.lead(6).orElseThrow();
            assertEquals(List.of("Noisy: account Tier C, 40 points · 1 contact on record", "No other contact at Noisy is engaged",
                    "No Buyer, Engineer engaged yet"), max.note().account(), "an account that is not an MQA says no date");

            Path out = Files.createDirectories(dir.resolve("packet"));
            desk.export(HandoffDesk.Selection.ids(List.of(1L)), CrmFormat.GENERIC, out);
            JsonNode json = new ObjectMapper().readTree(out.resolve("handoff.json").toFile());
            JsonNode lead = json.get("leads").get(0);
            List<String> account = new ArrayList<>();
            lead.get("account").forEach(n -> account.add(n.asText()));
            assertEquals(EXPECTED, account);
            assertTrue(Files.readString(out.resolve("handoff.html")).contains("Also engaged: C No2 — Procurement lead (Buyer), intent 20"));
        }
    }
}
