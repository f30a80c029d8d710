package com.leadbench.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import org.sqlite.SQLiteException;

/**
 * What SQLite reports, in words a marketer understands and naming the file: "is damaged", "is busy",
 * "the disk is full". Queries, transactions, commands and the window all translate through here.
 */
public final class DatabaseErrors {

    /** How a damaged file is described, on opening and at any later query. */
    static final String DAMAGED = "is damaged and cannot be read";

    private static final int CORRUPT = 11;
    private static final int NOTADB = 26;
    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int FULL = 13;
    private static final int READONLY = 8;
    private static final int IOERR = 10;
    private static final int CANTOPEN = 14;
    private static final int PERM = 3;

    private DatabaseErrors() {
    }

    /** The first SQL failure in {@code failure}'s causes, described for {@code file}; empty when there is none. */
    public static Optional<String> describe(Path file, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return Optional.of(file + " " + reason(sql));
            }
        }
        return Optional.empty();
    }

    /** A failed write of {@code doing} ("import write failed"), its reason in words; the caller adds the file. */
    static StoreException failed(String doing, SQLException sql) {
        return new StoreException(doing + ": the database " + reason(sql), sql);
    }

    /** The reason alone, worded to follow the file's name ("is busy: ..."). */
    static String reason(SQLException sql) {
        int code = sql instanceof SQLiteException lite ? lite.getResultCode().code & 0xff : sql.getErrorCode() & 0xff;
        return switch (code) {
            case CORRUPT, NOTADB -> DAMAGED + " (SQLite: " + detail(sql) + "). Nothing more was written to it;"
                    + " restore it from a backup (Leadbench keeps a .bak copy beside it before each upgrade)";
            case BUSY, LOCKED -> "is busy: another program is writing to it. Nothing was changed; try again when it has finished";
            case FULL -> "could not be written: the disk is full. Nothing was changed; free some space and try again";
            case READONLY -> "is read-only here, so nothing could be written to it";
            case IOERR -> "could not be read or written (a disk error: " + detail(sql) + "). Nothing was changed";
            case CANTOPEN, PERM -> "cannot be opened (permission denied or the folder is gone)";
            default -> "the database reported a problem (" + detail(sql) + ")";
        };
    }

    private static String detail(SQLException sql) {
        String message = sql.getMessage() == null ? "no details" : sql.getMessage();
        int nl = message.indexOf('\n');
        message = nl < 0 ? message : message.substring(0, nl);
        // sqlite-jdbc writes "[SQLITE_CORRUPT] The database disk image is malformed (database disk image is malformed)"
        int close = message.indexOf("] ");
        if (message.startsWith("[") && close > 0) {
            message = message.substring(close + 2);
        }
        return message.length() > 160 ? message.substring(0, 159) + "…" : message;
    }
}
