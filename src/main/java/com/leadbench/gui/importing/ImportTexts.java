package com.leadbench.gui.importing;

import com.leadbench.importing.DateColumn;
import com.leadbench.gui.Formats;
import com.leadbench.importing.ImportSummary;
import com.leadbench.importing.SourceFacts;
import com.leadbench.importing.matching.ColumnMatch;
import com.leadbench.importing.matching.MappingGuess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the import wizard says in words: the file's facts, an import's summary. */
final class ImportTexts {

    private ImportTexts() {
    }

    /** {@code leads.csv · CSV · UTF-8 · delimiter ',' · 21 columns · header on line 1 · 300 rows · ...}. */
    static String describe(Path file, int columns, SourceFacts f) {
        List<String> parts = new ArrayList<>();
        parts.add(file.getFileName().toString());
        parts.add(f.sheet() == null ? f.format() : f.format() + ", sheet \"" + f.sheet() + "\" of " + f.sheets().size());
        parts.add(f.encoding());
        if (f.sheet() == null) {
            parts.add("delimiter " + printable(f.delimiter()));
        }
        parts.add(columns + " columns");
        parts.add("header on line " + f.headerLine());
        parts.add("about " + f.rows() + (f.rows() == 1 ? " row" : " rows"));
        parts.add(f.skippedLines().isEmpty() ? "no lines skipped"
                : f.skippedLines().size() + (f.skippedLines().size() == 1 ? " line" : " lines") + " skipped (title or footer)");
        if (f.recodedLines() > 0) {
            parts.add(f.recodedLines() + " lines recoded from Windows-1252");
        }
        if (f.nulBytes() > 0) {
            parts.add(f.nulBytes() + " NUL bytes removed");
        }
        return String.join("  ·  ", parts);
    }

    static String describe(ImportSummary s) {
        String what = s.dryRun() ? "Dry run (nothing written): " : "Imported: ";
        return what + s.read() + " rows read, " + s.inserted() + " inserted, " + s.updated() + " updated, " + s.skipped()
                + " skipped, " + s.rejected() + " rejected" + (s.accepted() ? "." : " — the file was rejected, nothing was imported.");
    }

    /** The summary, then what was mapped, recoded, generated and skipped. */
    static String describe(ImportSummary s, SourceFacts f, MappingGuess g) {
        StringBuilder b = new StringBuilder(describe(s));
        if (g != null) {
            long fields = g.columns().stream().filter(ColumnMatch::placed).count();
            long custom = g.columns().stream().filter(ColumnMatch::isCustom).count();
            long left = g.columns().stream().filter(ColumnMatch::dropped).count();
            b.append(" Mapped ").append(fields).append(fields == 1 ? " column" : " columns").append(" to fields, ")
                    .append(custom).append(" to custom fields, ").append(left).append(" left out");
            g.mapping().outcome().ifPresent(o -> b.append("; outcome from ").append(o.column()));
            b.append('.');
        }
        if (f != null && f.recodedLines() > 0) {
            b.append(' ').append(f.recodedLines()).append(" lines recoded from Windows-1252.");
        }
        if (s.generatedIds() > 0) {
            b.append(' ').append(s.generatedIds()).append(" ids generated.");
        }
        if (f != null && !f.skippedLines().isEmpty()) {
            b.append(' ').append(f.skippedLines().size()).append(" lines skipped above or below the data.");
        }
        if (s.outcomes().won() + s.outcomes().lost() > 0) {
            b.append(' ').append(s.outcomes().describe()).append('.');
        }
        return b.toString();
    }

    private static String printable(char c) {
        return switch (c) {
            case '\t' -> "tab";
            case ' ' -> "space";
            default -> "'" + c + "'";
        };
    }

    /** "Dates such as 3/5/2025 in Create Date can be read day first or month first: which is it?" */
    static String dayOrderQuestion(List<DateColumn.AmbiguousDayOrder> ambiguous) {
        if (ambiguous.isEmpty()) {
            return "";
        }
        DateColumn.AmbiguousDayOrder first = ambiguous.getFirst();
        String columns = ambiguous.size() == 1 ? "in \"" + first.column() + "\"" : "in \"" + first.column() + "\" and " + (ambiguous.size() - 1) + " more";
        return "Dates such as " + Formats.cut(first.example(), 24) + " " + columns + " can be read either way, and no value decides.";
    }
}
