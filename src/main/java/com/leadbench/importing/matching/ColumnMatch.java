package com.leadbench.importing.matching;

import com.leadbench.importing.ImportFields;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the matcher suggests for one column, and why.
 *
 * <ul>
 *   <li>{@code target}: a target field ({@link ImportFields}), {@code custom:<name>} to keep the column
 *       as a custom field, {@value #OUTCOME} for the column that carries the row's outcome, or null to
 *       leave the column out;</li>
 *   <li>{@code confidence}: how sure the matcher is, 0 to 1: at least 0.9 for a vendor's name
 *       confirmed by the values, around 0.6 to 0.85 for a common synonym or the values alone,
 *       below 0.5 for a guess;</li>
 *   <li>{@code reason}: the evidence in words ({@code "header is Salesforce's API name for email"},
 *       {@code "92% of values are email addresses"});</li>
 *   <li>{@code samples}: a few of the column's values, to show beside it.</li>
 * </ul>
 */
public record ColumnMatch(String column, String target, double confidence, String reason, List<String> samples) {

    /** The target of the column that carries the row's outcome ({@link com.leadbench.importing.OutcomeColumn}). */
    public static final String OUTCOME = "outcome";

    public ColumnMatch {
        Objects.requireNonNull(column, "column");
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, was " + confidence);
        }
        reason = Objects.requireNonNullElse(reason, "");
        samples = List.copyOf(Objects.requireNonNullElse(samples, List.of()));
    }

    /** True when the column goes into a target field (not a custom field, the outcome, or nowhere). */
    public boolean placed() {
        return target != null && !isCustom() && !target.equals(OUTCOME);
    }

    /** True when the column is kept as a custom field. */
    public boolean isCustom() {
        return target != null && target.startsWith(ImportFields.CUSTOM_PREFIX);
    }

    /** True when the column is left out of the import. */
    public boolean dropped() {
        return target == null;
    }

    /** The same column with another target, chosen by a person: sure, and saying so. */
    public ColumnMatch chosen(String newTarget) {
        return new ColumnMatch(column, newTarget, 1.0, "chosen by you", samples);
    }

    /** {@code Email Address -> email (0.97)}; a column left out shows {@code (left out)}. */
    public String line() {
        return column + " -> " + (target == null ? "(left out)" : target) + " (" + String.format(Locale.ROOT, "%.2f", confidence) + ")";
    }
}
