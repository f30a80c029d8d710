package com.leadbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The fingerprint set an import tells new activities from stored ones with. */
class FingerprintsTest {

    @Test
    void theSetGrowsAndTellsWhatItHad() {
        Fingerprints set = new Fingerprints(4);
        for (long i = 1; i <= 10_000; i++) {
            assertTrue(set.add(Fingerprints.of(i, i * 7, "PAGE_VIEW", "/p/" + i)));
        }
        assertEquals(10_000, set.size());
        assertFalse(set.add(Fingerprints.of(5_000, 35_000, "PAGE_VIEW", "/p/5000")));
        assertTrue(set.contains(Fingerprints.of(5_000, 35_000, "PAGE_VIEW", "/p/5000")));
        assertFalse(set.contains(Fingerprints.of(5_000, 35_000, "DOWNLOAD", "/p/5000")));
        assertFalse(set.contains(Fingerprints.of(5_000, 35_000, "PAGE_VIEW", null)));
    }

    @Test
    void contactAndTimeAloneDifferFromTheFullIdentity() {
        assertTrue(Fingerprints.of(3, 1_000) != Fingerprints.of(3, 1_000, "PAGE_VIEW", "/p"));
        assertEquals(Fingerprints.of(3, 1_000), Fingerprints.of(3, 1_000));
        assertTrue(Fingerprints.of(3, 1_000) != Fingerprints.of(1_000, 3));
    }
}
