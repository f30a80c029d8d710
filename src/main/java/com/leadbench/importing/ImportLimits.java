package com.leadbench.importing;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * How much an import reads, in one place (docs/import.md, "Limits"): a cell, a column name, the
 * number of columns and a whole row have a maximum length, so that a broken or hostile file is
 * rejected with its line and column instead of filling the database and the heap. Also the one
 * function that cuts input quoted in a message, so that no message echoes a 4 KB header.
 */
public final class ImportLimits {

    /** Characters a text field can hold (a name, a job title, a company, ...; also a column kept as a custom field). */
    public static final int TEXT_CHARS = 32_768;
    /** Characters a free text can hold: an activity's form text, an outcome's note. */
    public static final int LONG_TEXT_CHARS = 262_144;
    /** Columns a file can have. */
    public static final int COLUMNS = 1_000;
    /** Characters a column name can have. */
    public static final int COLUMN_NAME_CHARS = 256;
    /**
     * Characters one row can have as written in the file, every field together. Commons CSV holds a
     * whole row in memory; past this the row is refused while it is read, so that one 50 MB line or a
     * quote never closed cannot fill the heap.
     */
    public static final int ROW_CHARS = 4_194_304;
    /** Characters of a value or name that a message quotes; longer ones are cut with "…". */
    public static final int QUOTED_CHARS = 80;

    private ImportLimits() {
    }

    /** {@code text} cut to {@link #QUOTED_CHARS} characters with "…": for input quoted in a message (null stays null). */
    public static String cut(String text) {
        return cut(text, QUOTED_CHARS);
    }

    /** {@code text} cut to {@code max} characters (a surrogate pair is not split) with "…" appended; null stays null. */
    public static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "…";
    }

    /** The most characters a cell feeding a field of this type can have. */
    static int maxChars(ImportFields.Type type) {
        return switch (type) {
            case LONG_TEXT -> LONG_TEXT_CHARS;
            case TEXT, DATE, INTEGER, DECIMAL, BOOLEAN, ACTIVITY_TYPE, FOLLOW_UP_KIND, DOMAIN -> TEXT_CHARS;
        };
    }

    /** What a field of this type is called in a message: "a text field", "a form text or note". */
    static String holder(ImportFields.Type type) {
        return switch (type) {
            case LONG_TEXT -> "a form text or note";
            case TEXT, DATE, INTEGER, DECIMAL, BOOLEAN, ACTIVITY_TYPE, FOLLOW_UP_KIND, DOMAIN -> "a text field";
        };
    }

    /** 2097152 -> "2,097,152". */
    static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(n);
    }
}
