package com.leadbench.handoff;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * handoff.csv: the file a CRM imports, one row per lead in packet order, with the columns of the
 * packet's {@link CrmFormat} ({@link CrmColumns}). RFC 4180 with CRLF line ends, a cell quoted
 * only when it needs it (a multi-line note stays one quoted cell), and every cell, the header and
 * numbers included, passed through {@link SpreadsheetCells#neutralise}. The caller's writer decides
 * the encoding: {@link PacketFiles} writes UTF-8 without a byte-order mark.
 */
public final class PacketCsv {

    /** RFC 4180 (comma, double quotes, CRLF, minimal quoting); the header is printed as a record. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private PacketCsv() {
    }

    public static void write(HandoffPacket packet, Writer out) throws IOException {
        List<CsvColumn> columns = CrmColumns.of(packet.format());
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        printer.printRecord(columns.stream().map(c -> SpreadsheetCells.neutralise(c.header())).toList());
        for (HandoffLead lead : packet.leads()) {
            List<String> cells = new ArrayList<>(columns.size());
            for (CsvColumn column : columns) {
                cells.add(SpreadsheetCells.neutralise(column.of(lead)));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }
}
