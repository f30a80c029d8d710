package com.leadbench.scoring.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.leadbench.model.ActivityType;
import com.leadbench.model.Contact;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A splice by hand: which rows it keeps as they were (revision, row for the table), replaces, adds and drops. */
class LeadColumnsSpliceTest {

    private static final long DAY = 86_400_000L;

    private static Contact contact(long id, String first) {
        return new Contact(id, null, "c" + id + "@plant.example", first, "Doe", "Engineer", null, "US", null, null, null,
                Instant.parse("2026-01-01T00:00:00Z"), null, null, Map.of());
    }

    private static LeadColumns columns(long... ids) {
        LeadColumns.Builder b = LeadColumns.builder();
        for (long id : ids) {
            b.contact(contact(id, "N" + id), null);
        }
        for (long id : ids) {
            b.activity(id, ActivityType.DOWNLOAD, "guide-" + id, "guide", null, id * DAY, null);
        }
        return b.build();
    }

    private static List<Long> ids(LeadColumns c) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            out.add(c.contact(i).id());
        }
        return out;
    }

    @Test
    void keptRowsKeepTheirRevisionAndTableRowChangedOnesAreNewAddedOnesFallInIdOrder() {
        LeadColumns before = columns(10, 20, 30, 40, 50);
        var rowOf20 = before.summary(1);
        var rowOf50 = before.summary(4);
        LeadColumns.Builder changedBuilder = LeadColumns.builder();
        changedBuilder.contact(contact(30, "Renamed"), null);
        changedBuilder.contact(contact(25, "New"), null);
        changedBuilder.activity(30, ActivityType.WEBINAR_ATTENDANCE, "webinar", "webinar", null, 99 * DAY, null);
        LeadColumns changed = changedBuilder.build();

        LeadColumns.Spliced spliced = before.splice(changed, Set.of(40L, 30L, 999L));
        LeadColumns after = spliced.columns();

        assertEquals(List.of(10L, 20L, 25L, 30L, 50L), ids(after), "40 dropped, 25 added in id order, 30 kept though named removed: it changed");
        assertEquals(List.of(2, 3), java.util.Arrays.stream(spliced.changed()).boxed().toList(), "25 and 30 are the changed rows");
        assertEquals(before.revision(0), after.revision(0));
        assertEquals(before.revision(1), after.revision(1));
        assertEquals(before.revision(4), after.revision(4), "50 moved up a row and kept its revision");
        assertNotEquals(before.revision(2), after.revision(3), "30 changed: a new revision");
        assertSame(rowOf20, after.summary(1), "an unchanged row is not made again");
        assertSame(rowOf50, after.summary(4));
        assertEquals("Renamed Doe", after.summary(3).name());
        assertEquals(List.of(ActivityType.WEBINAR_ATTENDANCE), after.facts(3).activities().stream().map(a -> a.type()).toList(),
                "30's activities are the changed ones");
        assertEquals(Instant.ofEpochMilli(50 * DAY), after.summary(4).lastActivity());
        assertEquals(3, after.indexOf(30));
        assertEquals(-1, after.indexOf(40));
        assertEquals(2, after.indexOf(25));
    }

    @Test
    void columnsBuiltOutOfIdOrderAreStillFoundById() {
        LeadColumns c = columns(30, 10, 20);
        assertEquals(0, c.indexOf(30));
        assertEquals(1, c.indexOf(10));
        assertEquals(2, c.indexOf(20));
        assertEquals(-1, c.indexOf(15));
    }

    @Test
    void aContactStoredTwiceIsRefused() {
        LeadColumns c = columns(1, 2);
        Contact[] twice = {c.contact(0), c.contact(0)};
        assertThrows(IllegalArgumentException.class, () -> LeadColumns.of(twice, new com.leadbench.model.Account[2], new int[] {0, 0, 0},
                new long[0], new int[0], new com.leadbench.model.Activity[0]));
    }
}
