package com.leadbench.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Record;

/** Every table's row count and a SHA-256 over all its rows in rowid order: equal content, equal result. */
public final class DatabaseContent {

    private DatabaseContent() {
    }

    public static Map<String, String> of(Database db) {
        List<String> tables = db.dsl().fetch("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                .getValues(0, String.class);
        Map<String, String> out = new LinkedHashMap<>();
        for (String table : tables) {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                int rows = 0;
                for (Record r : db.dsl().fetch("SELECT * FROM \"" + table + "\" ORDER BY rowid")) {
                    rows++;
                    for (int i = 0; i < r.size(); i++) {
                        Object v = r.get(i);
                        sha.update((v == null ? "\u0000null" : v.getClass().getSimpleName() + ":" + v).getBytes(StandardCharsets.UTF_8));
                        sha.update((byte) 0x1F);
                    }
                    sha.update((byte) 0x1E);
                }
                out.put(table, rows + " rows, " + HexFormat.of().formatHex(sha.digest()));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }
}
