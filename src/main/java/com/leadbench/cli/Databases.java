package com.leadbench.cli;

import com.leadbench.store.Database;
import com.leadbench.store.DatabaseOpenException;
import com.leadbench.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

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

    /** Opens a workspace (the leads in memory, the published scorecard applied as of now) without demo data. */
    static Workspace workspace(Path file) throws CliFailure {
        if (!Files.exists(file)) {
            throw new CliFailure(file + " does not exist");
        }
        try {
            return Workspace.open(file, 0, Clock.systemUTC());
        } catch (DatabaseOpenException e) {
            throw new CliFailure(e.getMessage(), e);
        }
    }
}
