package com.leadbench.importing;

import java.util.List;

/**
 * What opening a file found out, for the import wizard to show.
 *
 * @param format        "CSV" or "Excel workbook"
 * @param encoding      how the text was decoded: "UTF-8", "Windows-1252", "UTF-16LE", or
 *                      "UTF-8, some lines Windows-1252" (a workbook's text is UTF-8)
 * @param delimiter     the delimiter of a CSV file (a workbook's sheet is read as comma-separated)
 * @param headerLine    the line of the header (1 unless title rows are above it; a sheet's row)
 * @param rows          the lines between the header and the end of the data: the row count, or
 *                      more when quoted fields span lines
 * @param skippedLines  lines skipped as a title above the header or a footer below the data
 * @param recodedLines  lines read as Windows-1252 in a UTF-8 file
 * @param nulBytes      NUL bytes removed
 * @param sheet         the sheet read, or null for a CSV file
 * @param sheets        every sheet of the workbook, in order; empty for a CSV file
 */
public record SourceFacts(String format, String encoding, char delimiter, long headerLine, long rows,
                          List<Long> skippedLines, long recodedLines, long nulBytes, String sheet, List<String> sheets) {

    public SourceFacts {
        skippedLines = List.copyOf(skippedLines);
        sheets = List.copyOf(sheets);
    }
}
