package com.leadbench.importing.matching;

import com.leadbench.importing.ImportFields;
import com.leadbench.importing.ImportWarning;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Columns that look important but would land as custom fields: a column whose name is a field's
 * name in some product, or whose values are email addresses, while the mapping keeps it aside.
 * Said before anything is written, so a person can place it.
 */
public final class MappingWarnings {

    /** Fields whose absence changes what Leadbench can do with a contact. */
    private static final Set<String> IMPORTANT = Set.of("external_id", "email", "first_name", "last_name", "company", "job_title",
            "created_at", "domain", "country");

    private MappingWarnings() {
    }

    public static List<ImportWarning> of(MappingGuess guess) {
        List<ImportWarning> warnings = new ArrayList<>();
        for (ColumnMatch m : guess.columns()) {
            if (!m.isCustom()) {
                continue;
            }
            String placedBy = null;
            for (HeaderNames.Reading r : HeaderNames.readings(m.column())) {
                for (Vocabulary.Name name : Vocabulary.shipped().lookup(r.key())) {
                    if (IMPORTANT.contains(name.target()) && ImportFields.find(guess.mapping().kind(), name.target()).isPresent()) {
                        placedBy = name.target();
                        break;
                    }
                }
                if (placedBy != null) {
                    break;
                }
            }
            ValueProfile values = ValueProfile.of(m.samples(), Set.of());
            if (placedBy == null && values.filled() > 0 && values.share(ValueProfile.Shape.EMAIL) >= 0.5) {
                placedBy = "email";
            }
            if (placedBy == null || guess.columnFor(placedBy).isPresent()) {
                // nothing important, or the field is filled from another column already
                continue;
            }
            warnings.add(new ImportWarning(0, m.column(), "looks like " + placedByText(placedBy) + ", which no column fills, but is kept"
                    + " as a custom field; place it in the mapping if it is " + placedByText(placedBy)));
        }
        return warnings;
    }

    private static String placedByText(String target) {
        return switch (target) {
            case "external_id" -> "the record id";
            case "email" -> "the email";
            case "first_name" -> "the first name";
            case "last_name" -> "the last name";
            case "company" -> "the company";
            case "job_title" -> "the job title";
            case "created_at" -> "the created date";
            case "domain" -> "the company's web domain";
            default -> "the " + target.replace('_', ' ');
        };
    }
}
