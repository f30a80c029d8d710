package com.leadbench.importing;

import java.io.IOException;
import org.apache.commons.csv.CSVRecord;

/** The records of a CSV file in order, each with the line it starts on. */
interface Rows extends AutoCloseable {

    /** The next record, or null at the end; throws {@link CsvRows.Malformed} where the file breaks CSV syntax. */
    CSVRecord next();

    /** The line the last record (or the malformed one) starts on. */
    long line();

    @Override
    void close() throws IOException;
}
