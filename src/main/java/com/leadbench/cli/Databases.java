package com.leadbench.cli;

import com.leadbench.store.Database;
import com.leadbench.store.DatabaseOpenException;
import java.nio.file.Path;

/** Opens a database for a command, turning a refusal into a one-line failure. */
final class Databases {

    private Databases() {
    }

    static Database open(Path file) throws CliFailure {
        try {
            return Database.open(file);
        } catch (DatabaseOpenException e) {
            throw new CliFailure(e.getMessage(), e);
        }
    }
}
