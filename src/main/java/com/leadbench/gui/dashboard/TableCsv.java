package com.leadbench.gui.dashboard;

import com.leadbench.handoff.SpreadsheetCells;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table as a spreadsheet reads it: the column titles, then one record per row with the cell
 * texts as shown. RFC 4180 (CRLF, quoted only when needed), UTF-8 without a byte-order mark like
 * the handoff files, and every cell, the header included, neutralised by {@link SpreadsheetCells}
 * so that a campaign called "=HYPERLINK(…)" opens as text.
 */
final class TableCsv {

    private TableCsv() {
    }

    /** The shown table's header and cells; call on the FX thread. */
    record Cells(List<String> header, List<List<String>> rows) {

        Cells {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** What {@code table} shows now: the titles of its leaf columns and the text of each cell, in display order. */
    static Cells of(TableView<?> table) {
        return cells(table);
    }

    private static <R> Cells cells(TableView<R> table) {
        List<TableColumn<R, ?>> columns = table.getVisibleLeafColumns();
        List<String> header = columns.stream().map(TableColumn::getText).toList();
        List<List<String>> rows = new ArrayList<>();
        for (R item : table.getItems()) {
            List<String> row = new ArrayList<>(columns.size());
            for (TableColumn<R, ?> column : columns) {
                Object value = column.getCellObservableValue(item) == null ? null : column.getCellObservableValue(item).getValue();
                row.add(value == null ? "" : value.toString());
            }
            rows.add(row);
        }
        return new Cells(header, rows);
    }

    /** The CSV file's bytes; runs on any thread. */
    static byte[] bytes(Cells cells) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(cells.header().stream().map(SpreadsheetCells::neutralise).toList());
            for (List<String> row : cells.rows()) {
                printer.printRecord(row.stream().map(SpreadsheetCells::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
