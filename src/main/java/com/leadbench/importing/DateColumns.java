package com.leadbench.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * Decides, before an import, how each date column of a file writes its dates when the mapping leaves it
 * open (day order AUTO, no format for the column): one read of the file, through the mapping (null
 * values and value maps applied), feeding every value of those columns to a {@link DateColumn.Detector}.
 */
public final class DateColumns {

    private DateColumns() {
    }

    /**
     * What the values of each date column of {@code source} say, for the columns whose day order
     * {@code mapping} leaves to them (none when it states one): the whole file is read. Columns the
     * file lacks are left out (the import reports them).
     *
     * @throws ImportException when the file cannot be read
     */
    public static List<DateColumn> detect(CsvSource source, ImportMapping mapping) throws ImportException {
        return scan(source, BoundMapping.bind(mapping, source.headers()), false);
    }

    /**
     * The date columns whose day order no value decides, each with an example value: the import of
     * {@code source} through {@code mapping} would be refused until the day order is chosen.
     *
     * @throws ImportException when the file cannot be read
     */
    public static List<DateColumn.AmbiguousDayOrder> ambiguous(CsvSource source, ImportMapping mapping) throws ImportException {
        return detect(source, mapping).stream().filter(DateColumn.AmbiguousDayOrder.class::isInstance)
                .map(DateColumn.AmbiguousDayOrder.class::cast).toList();
    }

    /**
     * Reads the undecided date columns of {@code bound} and decides them; with {@code untilDecided},
     * reading stops once every one of them has a value that decides its day order (an import needs no
     * more). Rows the import would reject for their shape are passed over; a syntax error ends the scan.
     */
    static List<DateColumn> scan(CsvSource source, BoundMapping bound, boolean untilDecided) throws ImportException {
        List<DateSource> open = bound.undecidedDates();
        if (open.isEmpty()) {
            return List.of();
        }
        List<DateColumn.Detector> detectors = open.stream().map(s -> new DateColumn.Detector(s.label())).toList();
        int width = bound.headers().size();
        try (Rows rows = source.rowsReadAhead()) {
            while (true) {
                CSVRecord r;
                try {
                    r = rows.next();
                } catch (CsvRows.Malformed e) {
                    break;
                }
                if (r == null) {
                    break;
                }
                if (r.size() != width) {
                    continue;
                }
                boolean allDecided = true;
                for (int i = 0; i < open.size(); i++) {
                    DateColumn.Detector d = detectors.get(i);
                    if (!d.decided() || !untilDecided) {
                        d.add(bound.dateText(r, open.get(i)), rows.line());
                    }
                    allDecided &= d.decided();
                }
                if (untilDecided && allDecided) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw CsvSource.problem(source.file(), "cannot be read (" + e.getMessage() + ")");
        }
        List<DateColumn> out = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            DateColumn found = detectors.get(i).result();
            bound.decide(open.get(i), found);
            out.add(found);
        }
        return out;
    }
}
