package com.leadbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A migration that has landed never changes, not even a comment: Flyway checks every applied
 * migration against its file, and a database migrated with the old text would no longer open
 * ("Migrations have failed validation"). A change of schema is a new migration. The digests are of
 * the text with line endings made \n, as Flyway compares lines.
 */
class LandedMigrationsTest {

    private static final Map<String, String> LANDED = Map.of(
            "V1__initial_schema.sql", "f30ee59ecd505988840eda4cba66a7400f79537244164cb77c09ffdec6195b69",
            "V2__handoff.sql", "9ece6b622e992cd8fdf530dfaf52d26091eea61fa1b41e048337fba0ba1e3fd2",
            "V3__lead_changes.sql", "cded66c7ca75234190645718748c728b60f11dbe0e0ab9208e2353eefe4f65e6",
            "V4__stage_changes.sql", "b610e92f1ba4dea353ce031f39c9d40d9429e2d803f853cace376e92682198fd",
            "V5__account_qualifications.sql", "7ff8c5afe759086212451a5b92de9edb4f4ec6fb3a0eb581bdb3e40760319f86");

    @Test
    void noLandedMigrationChanged() throws Exception {
        Map<String, String> now = new TreeMap<>();
        for (String name : LANDED.keySet()) {
            try (InputStream in = getClass().getResourceAsStream("/db/migration/" + name)) {
                assertNotNull(in, name + " is gone: a landed migration is never removed");
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
                now.put(name, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))));
            }
        }
        assertEquals(new TreeMap<>(LANDED), now, "a landed migration changed: put the change in a new migration instead");
        assertEquals(Database.SCHEMA_VERSION, LANDED.size(), "every migration up to the current schema is listed here once it lands");
    }
}
