package com.leadbench.gui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.WindowGraph;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.gui.hotleads.HotLeadsViewModel;
import com.leadbench.gui.leads.LeadRow;
import com.leadbench.gui.leads.LeadsViewModel;
import com.leadbench.model.Tier;
import com.leadbench.workflow.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One detail pane model serves the Leads and the Hot leads screens: same lead, same pane, decisions seen by both. */
class LeadDetailViewModelTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private LeadsViewModel leads;
    private HotLeadsViewModel hot;

    @BeforeEach
    void open() throws Exception {
        workspace = Workspace.open(dir.resolve("detail.db"), 300, Clock.fixed(Instant.parse("2026-11-20T15:00:00Z"), ZoneOffset.UTC));
        WindowGraph graph = new WindowGraph(workspace, TaskExecutor.direct());
        leads = graph.leads();
        hot = graph.hotLeads();
        leads.load();
        hot.load();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static long shownId(LeadDetailViewModel pane) {
        return pane.detailProperty().get().orElseThrow().contactId();
    }

    @Test
    void bothScreensShowTheSameLeadInTheirOwnPane() {
        assertNotSame(leads.detail(), hot.detail(), "each screen has its own pane");
        var first = hot.visibleLeads().getFirst();
        hot.show(first);
        LeadRow row = leads.visibleLeads().stream().filter(r -> r.contactId() == first.contactId()).findFirst().orElseThrow();
        leads.selectedProperty().set(row);

        assertEquals(first.contactId(), shownId(hot.detail()));
        assertEquals(first.contactId(), shownId(leads.detail()));
        ShownLead fromHot = hot.detail().detailProperty().get().orElseThrow();
        ShownLead fromLeads = leads.detail().detailProperty().get().orElseThrow();
        assertEquals(fromHot.detail(), fromLeads.detail());
        assertEquals(fromHot.breakdown().total(), fromLeads.breakdown().total());
        assertEquals(fromHot.handoff().noteText(), fromLeads.handoff().noteText());
        assertTrue(fromHot.inHandoff(), "a hot lead is in the handoff");

        hot.show(null);
        assertEquals(Optional.empty(), hot.detail().detailProperty().get(), "clearing one pane");
        assertEquals(first.contactId(), shownId(leads.detail()), "leaves the other");
    }

    @Test
    void aReviewInTheHotLeadsPaneReloadsTheQueueAndTheLeadsPaneSeesIt() {
        List<String> changes = new ArrayList<>();
        hot.setOnChanged(() -> changes.add("hot changed"));
        var first = hot.visibleLeads().getFirst();
        int waiting = hot.visibleLeads().size();
        hot.show(first);
        assertFalse(hot.detail().detailProperty().get().orElseThrow().handoff().reviewed());

        hot.detail().markReviewed();

        assertTrue(hot.detail().detailProperty().get().orElseThrow().handoff().reviewed(), "the pane shows the review at once");
        assertTrue(hot.detail().messageProperty().get().startsWith("Marked reviewed · "), hot.detail().messageProperty().get());
        assertEquals(List.of("hot changed"), changes, "the window hears of it (the leads reload)");
        assertEquals(waiting - 1, hot.visibleLeads().size(), "the queue reloaded and hides the reviewed lead");
        assertTrue(hot.visibleLeads().stream().noneMatch(h -> h.contactId() == first.contactId()));

        leads.detail().show(first.contactId());
        assertTrue(leads.detail().detailProperty().get().orElseThrow().handoff().reviewed(), "the leads screen's pane reads the same desk");
    }

    @Test
    void aTierOverrideInTheLeadsPaneReloadsTheLeadsTable() {
        LeadRow row = leads.visibleLeads().stream().filter(r -> r.tier() != Tier.A && r.tier().isTier()).findFirst().orElseThrow();
        leads.selectedProperty().set(row);
        leads.detail().overrideTier(Tier.A, "met them at the fair");

        String name = leads.detail().detailProperty().get().orElseThrow().detail().contact().displayName();
        assertEquals("Tier set to " + Tier.A.label() + " · " + name, leads.messageProperty().get());
        LeadRow after = leads.visibleLeads().stream().filter(r -> r.contactId() == row.contactId()).findFirst().orElseThrow();
        assertEquals(Tier.A, after.tier(), "the table reloaded with the override");
        assertEquals(Tier.A, leads.detail().detailProperty().get().orElseThrow().breakdown().tier(), "the pane shows the overridden tier");
    }
}
