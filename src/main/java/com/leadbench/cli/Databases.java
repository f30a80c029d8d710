package com.leadbench.cli;

import com.leadbench.store.Database;
import com.leadbench.store.DatabaseOpenException;
import com.leadbench.store.PublishedScorecard;
import com.leadbench.store.ScorecardRepository;
import com.leadbench.store.UnusableScorecardException;
import com.leadbench.workflow.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** Opens a database for a command, turning a refusal into a one-line failure. */
final class Databases {

    private Databases() {
    }

    /** Opens {@code file} for writing, creating it when missing or empty (demo, import). */
    static Database open(Path file) throws CliFailure {
        return open(file, Database.Access.CREATE);
    }

    /** Opens an existing database for writing: a missing or empty file is refused, nothing is created. */
    static Database openExisting(Path file) throws CliFailure {
        return open(file, Database.Access.EXISTING);
    }

    /** Opens an existing database read-only: nothing is created or changed, even where a window has it open. */
    static Database openReadOnly(Path file) throws CliFailure {
        return open(file, Database.Access.READ_ONLY);
    }

    private static Database open(Path file, Database.Access access) throws CliFailure {
        try {
            return Database.open(file, access);
        } catch (DatabaseOpenException e) {
            throw new CliFailure(e.getMessage(), e);
        }
    }

    /** Opens a workspace (the leads in memory, the published scorecard applied as of now) over an existing database. */
    static Workspace workspace(Path file) throws CliFailure {
        try {
            return Workspace.open(file, false, Database.Access.EXISTING);
        } catch (DatabaseOpenException e) {
            throw new CliFailure(e.getMessage(), e);
        }
    }

    /** Opens a workspace read-only: the published scorecard is applied in memory only. */
    static Workspace readOnlyWorkspace(Path file) throws CliFailure {
        try {
            return Workspace.openReadOnly(file, Clock.systemUTC());
        } catch (DatabaseOpenException e) {
            throw new CliFailure(e.getMessage(), e);
        }
    }

    /** The published scorecard, if any; one that cannot be used fails the command with the way out. */
    static Optional<PublishedScorecard> published(Database db) throws CliFailure {
        try {
            return new ScorecardRepository(db).publishedScorecard();
        } catch (UnusableScorecardException e) {
            throw unusable(db.file(), e);
        }
    }

    /** A workspace whose published scorecard cannot be used fails a command that would record with it. */
    static void requireUsable(Workspace workspace) throws CliFailure {
        Optional<UnusableScorecardException> unusable = workspace.unusableScorecard();
        if (unusable.isPresent()) {
            throw unusable(workspace.database().file(), unusable.get());
        }
    }

    static CliFailure unusable(Path file, UnusableScorecardException e) {
        return new CliFailure(file + ": " + e.getMessage().replace("(leadbench publish --help)",
                "with leadbench publish --db " + file + " (--version N | --preset | --scorecard FILE.json) --note TEXT"), e);
    }
}
