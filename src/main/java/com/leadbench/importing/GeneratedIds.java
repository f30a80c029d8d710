package com.leadbench.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Whether rows with neither an external id nor an email get a stable generated id, and from what:
 * the named columns' values (the same values give the same id on every import), or, when none are
 * named, the file's name and the row's position. An id is {@value #PREFIX} and 16 hex digits: the
 * first 64 bits of the SHA-256 of what it is made from.
 */
public record GeneratedIds(boolean enabled, List<String> fromColumns) {

    public static final GeneratedIds OFF = new GeneratedIds(false, List.of());
    public static final String PREFIX = "gen-";

    public GeneratedIds {
        fromColumns = List.copyOf(Objects.requireNonNullElse(fromColumns, List.of()));
    }

    /** The id of a row whose named columns hold {@code values} (null for an empty cell), in the order named. */
    public static String ofValues(List<String> values) {
        StringBuilder b = new StringBuilder("values");
        for (String v : values) {
            // length-prefixed, so that ("ab", "c") and ("a", "bc") differ; an empty cell is "-"
            b.append('\n').append(v == null ? "-" : v.length() + ":" + v);
        }
        return hash(b.toString());
    }

    /** The id of the {@code row}-th data row (1-based) of a file named {@code fileName}. */
    public static String ofPosition(String fileName, long row) {
        return hash("position\n" + fileName.length() + ":" + fileName + "\n" + row);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
