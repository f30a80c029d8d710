package com.leadbench.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.demo.DemoSettings;
import com.leadbench.scoring.lead.LeadFacts;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.store.Database;
import com.leadbench.store.DemoWriter;
import com.leadbench.store.FollowUpRepository;
import com.leadbench.store.LeadColumnsLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo history replays the records as generated: they must be exactly what reading them back gives. */
class DemoCaptureTest {

    @TempDir
    Path dir;

    @Test
    void theCapturedLeadsAndFollowUpsEqualWhatTheDatabaseReadsBack() throws Exception {
        try (Database db = Database.open(dir.resolve("demo.db"))) {
            List<LeadFacts> handed = new ArrayList<>();
            DemoCapture captured = new DemoCapture(handed::add);
            new DemoWriter(db).write(new DemoSettings(600, 7, LocalDate.of(2026, 11, 1)), captured);
            LeadColumns built = captured.columns();
            LeadColumns loaded = new LeadColumnsLoader(db).load();

            assertEquals(loaded.size(), built.size());
            assertEquals(loaded.size(), handed.size(), "every lead handed over once");
            assertEquals(loaded.activityCount(), built.activityCount());
            assertEquals(loaded.distinctActivities(), built.distinctActivities(), "the same signatures, in the same order");
            assertTrue(built.activityCount() > 10 * built.size(), "a demo with real histories: " + built.activityCount());
            for (int i = 0; i < loaded.size(); i++) {
                assertEquals(loaded.contact(i), built.contact(i), "contact " + i);
                assertEquals(loaded.account(i), built.account(i), "account of contact " + i);
                assertEquals(loaded.facts(i), built.facts(i), "activities of contact " + i);
                assertEquals(loaded.facts(i), handed.get(i), "lead " + i + " as handed to the replay");
                assertEquals(loaded.profile(i), built.profile(i));
                assertEquals(i, built.indexOf(built.contact(i).id()));
            }
            assertEquals(loaded.newestActivity(), built.newestActivity());
            assertEquals(new FollowUpRepository(db).all(), captured.followUps(), "follow-ups by contact, oldest first");
        }
    }
}
