package com.leadbench.store;

import java.nio.file.Files;
import java.nio.file.Path;

/** A consistent copy of an open database in another file (SQLite's VACUUM INTO), e.g. to benchmark on. */
public final class DatabaseCopy {

    private DatabaseCopy() {
    }

    /** Writes a copy of {@code database} to {@code target}, which must not exist yet. */
    public static void write(Database database, Path target) {
        if (Files.exists(target)) {
            throw new IllegalArgumentException(target + " exists already");
        }
        database.dsl().execute("VACUUM INTO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
    }
}
