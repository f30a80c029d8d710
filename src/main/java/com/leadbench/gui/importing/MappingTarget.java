package com.leadbench.gui.importing;

import com.leadbench.importing.ImportFields;
import com.leadbench.importing.ImportKind;
import com.leadbench.importing.matching.ColumnMatch;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a column of the file can go, as the mapping table offers it: a target field of the kind, a
 * custom field (kept under the column's name), the outcome (contacts only), or nowhere.
 */
public record MappingTarget(Kind kind, String field, String description) {

    public enum Kind { FIELD, CUSTOM, OUTCOME, LEAVE_OUT }

    public static final MappingTarget CUSTOM = new MappingTarget(Kind.CUSTOM, null, "kept as a custom field under the column's name");
    public static final MappingTarget OUTCOME = new MappingTarget(Kind.OUTCOME, null, "won or lost: becomes a follow-up of the contact");
    public static final MappingTarget LEAVE_OUT = new MappingTarget(Kind.LEAVE_OUT, null, "not imported");

    /** What a file of {@code kind} can map a column to, fields first. */
    public static List<MappingTarget> choices(ImportKind kind) {
        List<MappingTarget> out = new ArrayList<>();
        for (ImportFields.Field f : ImportFields.of(kind)) {
            out.add(new MappingTarget(Kind.FIELD, f.name(), f.description()));
        }
        out.add(CUSTOM);
        if (kind == ImportKind.CONTACTS) {
            out.add(OUTCOME);
        }
        out.add(LEAVE_OUT);
        return List.copyOf(out);
    }

    /** The choice a matcher line's target stands for ({@code custom:<any name>} is a custom field). */
    public static MappingTarget of(ImportKind kind, String target) {
        if (target == null) {
            return LEAVE_OUT;
        }
        if (target.equals(ColumnMatch.OUTCOME)) {
            return OUTCOME;
        }
        if (target.startsWith(ImportFields.CUSTOM_PREFIX)) {
            return CUSTOM;
        }
        return ImportFields.find(kind, target).map(f -> new MappingTarget(Kind.FIELD, f.name(), f.description()))
                .orElse(new MappingTarget(Kind.FIELD, target, ""));
    }

    /** The matcher's target for {@code column}: the field, {@code custom:<column>}, {@code outcome}, or null. */
    public String valueFor(String column) {
        return switch (kind) {
            case FIELD -> field;
            case CUSTOM -> ImportFields.CUSTOM_PREFIX + column;
            case OUTCOME -> ColumnMatch.OUTCOME;
            case LEAVE_OUT -> null;
        };
    }

    /** As the choice is shown: the field's name, "Custom field", "Outcome (won/lost)", "Leave out". */
    public String label() {
        return switch (kind) {
            case FIELD -> field;
            case CUSTOM -> "Custom field";
            case OUTCOME -> "Outcome (won/lost)";
            case LEAVE_OUT -> "Leave out";
        };
    }
}
