package com.leadbench.format;

import com.leadbench.model.Contact;
import com.leadbench.scoring.Breakdown;
import com.leadbench.scoring.Contribution;
import com.leadbench.scoring.Points;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The scores CSV of the {@code score} command: one row per contact, the three largest reasons last. */
public final class ScoreCsv implements AutoCloseable {

    public static final List<String> HEADER = List.of("contact_id", "email", "fit", "intent", "total", "tier", "stage",
            "fast_track", "urgent", "excluded_reason", "top_reasons");

    private final CSVPrinter printer;

    public ScoreCsv(Writer out) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get());
    }

    public void write(Contact contact, Breakdown b) throws IOException {
        printer.printRecord(contact.id(), contact.email(), Points.format(b.fit()), Points.format(b.intent()),
                Points.format(b.total()), b.tier().name(), b.stage().name(), b.fastTrack(), b.urgent(),
                b.exclusion().orElse(""), topReasons(b));
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
