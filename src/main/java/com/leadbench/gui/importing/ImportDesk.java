package com.leadbench.gui.importing;

import com.leadbench.importing.CsvSource;
import com.leadbench.importing.ImportException;
import com.leadbench.importing.ImportMapping;
import com.leadbench.importing.ImportProgress;
import com.leadbench.importing.ImportSummary;
import com.leadbench.scoring.Scorecard;
import java.util.Optional;

/** What the import wizard writes to; the app implements it over the workspace and the importer. Blocks: off the FX thread only. */
public interface ImportDesk {

    /** The published scorecard the import checks speak of; empty while nothing is published (version 0). */
    Optional<Scorecard> publishedScorecard();

    /** Imports {@code source} mapped by {@code mapping} in one transaction (or only counts, on a dry run). */
    ImportSummary run(CsvSource source, ImportMapping mapping, boolean dryRun, ImportProgress progress) throws ImportException;

    /** Reloads and rescores the leads after an import landed. */
    void refresh();
}
