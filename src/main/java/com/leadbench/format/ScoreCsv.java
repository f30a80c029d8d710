package com.leadbench.format;

import com.leadbench.handoff.SpreadsheetCells;
import com.leadbench.handoff.WholeFile;
import com.leadbench.model.Contact;
import com.leadbench.scoring.Breakdown;
import com.leadbench.scoring.Contribution;
import com.leadbench.scoring.rules.Points;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The scores CSV of the {@code score} command: one row per contact with its id in the source
 * system ({@code external_id}, so scores join back to the CRM), the three largest reasons last. Every cell is neutralised as in the handoff CSV ({@link SpreadsheetCells}): an email such
 * as {@code =HYPERLINK(...)} arrives as text, and so does a negative number ({@code '-5}).
 */
public final class ScoreCsv implements AutoCloseable {

    public static final List<String> HEADER = List.of("contact_id", "external_id", "email", "fit", "intent", "total", "tier", "stage",
            "fast_track", "urgent", "excluded_reason", "top_reasons");

    /** Writes the rows of a scores CSV. */
    @FunctionalInterface
    public interface Rows {
        void writeTo(ScoreCsv csv) throws IOException;
    }

    private final CSVPrinter printer;

    public ScoreCsv(Writer out) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get());
    }

    /**
     * Writes a scores CSV to {@code file} whole ({@link WholeFile}): through a hidden part file beside
     * it, moved over it only when every row is written. When {@code rows} fails, {@code file} keeps
     * what it held and the part is deleted.
     */
    public static void write(Path file, Rows rows) throws IOException {
        try (WholeFile whole = WholeFile.create(file)) {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(whole.stream(), StandardCharsets.UTF_8), 1 << 16);
                 ScoreCsv csv = new ScoreCsv(out)) {
                rows.writeTo(csv);
            }
            whole.moveIntoPlace();
        }
    }

    public void write(Contact contact, Breakdown b) throws IOException {
        printer.printRecord(Stream.of(String.valueOf(contact.id()), contact.externalId(), contact.email(), Points.format(b.fit()),
                        Points.format(b.intent()), Points.format(b.total()), b.tier().name(), b.stage().name(), String.valueOf(b.fastTrack()),
                        String.valueOf(b.urgent()), b.exclusion().orElse(""), topReasons(b))
                .map(SpreadsheetCells::neutralise));
    }

    /** "Spec sheet downloads (+16); Persona: Reliability Engineer (+20); ...". */
    public static String topReasons(Breakdown b) {
        return b.top(3).stream().map(Contribution::summary).collect(Collectors.joining("; "));
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
