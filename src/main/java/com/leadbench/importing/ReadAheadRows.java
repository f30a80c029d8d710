package com.leadbench.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVRecord;

/**
 * {@link CsvRows} parsed on a second thread, a chunk of rows ahead of the reader: for large files
 * parsing then overlaps with checking and writing. Rows, their lines and syntax errors arrive in
 * file order, exactly as {@link CsvRows} gives them. At most 16 chunks wait, each of at most 1,024
 * rows or about 1 Mi characters.
 */
final class ReadAheadRows implements Rows {

    private static final int CHUNK = 1_024;
    /** A chunk also ends after this many characters, so that rows with long cells queue a bounded amount of text. */
    private static final long CHUNK_CHARS = 1 << 20;

    /** A parsed row and the line it starts on; or, in place of a row, what stopped the parser. */
    private record Item(CSVRecord record, long line, RuntimeException failure) {
    }

    private static final List<Item> END = List.of();

    private final CsvRows rows;
    private final BlockingQueue<List<Item>> queue = new ArrayBlockingQueue<>(16);
    private final Thread parser;
    private volatile boolean closed;
    private List<Item> chunk = new ArrayList<>();
    private int next;
    private long line;

    ReadAheadRows(CsvRows rows) {
        this.rows = rows;
        this.parser = Thread.ofPlatform().daemon().name("leadbench-csv-read-ahead").unstarted(this::parse);
        parser.start();
    }

    private void parse() {
        List<Item> batch = new ArrayList<>(CHUNK);
        long batchStart = rows.charsRead();
        try {
            while (!closed) {
                CSVRecord r;
                try {
                    r = rows.next();
                } catch (CsvRows.Malformed | UncheckedIOException e) {
                    batch.add(new Item(null, rows.line(), e));
                    break;
                }
                if (r == null) {
                    break;
                }
                batch.add(new Item(r, rows.line(), null));
                if (batch.size() == CHUNK || rows.charsRead() - batchStart >= CHUNK_CHARS) {
                    put(batch);
                    batch = new ArrayList<>(CHUNK);
                    batchStart = rows.charsRead();
                }
            }
            if (!batch.isEmpty()) {
                put(batch);
            }
            put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void put(List<Item> batch) throws InterruptedException {
        while (!closed && !queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
            // the reader is busy; wait unless it closed
        }
    }

    @Override
    public CSVRecord next() {
        if (next == chunk.size()) {
            if (chunk == END) {
                return null;
            }
            try {
                chunk = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UncheckedIOException(new IOException("interrupted while reading", e));
            }
            next = 0;
            if (chunk == END) {
                return null;
            }
        }
        Item item = chunk.get(next++);
        line = item.line();
        if (item.failure() != null) {
            chunk = END;
            next = 0;
            throw item.failure();
        }
        return item.record();
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        queue.clear();
        try {
            parser.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        rows.close();
    }
}
