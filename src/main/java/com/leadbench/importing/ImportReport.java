package com.leadbench.importing;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The problem report of a rejected file: CSV with columns line, column, value, reason, next to the input. */
public final class ImportReport {

    public static final List<String> HEADER = List.of("line", "column", "value", "reason");

    private ImportReport() {
    }

    /** {@code FILE.csv.import-report.csv} beside {@code csv}. */
    public static Path pathFor(Path csv) {
        return csv.resolveSibling(csv.getFileName() + ".import-report.csv");
    }

    /** Writes {@code problems} (UTF-8, RFC 4180) to {@code target}, replacing it. */
    public static void write(Path target, List<ImportProblem> problems) throws IOException {
        try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get())) {
            for (ImportProblem p : problems) {
                printer.printRecord(p.line(), p.column(), p.value(), p.reason());
            }
        }
    }
}
