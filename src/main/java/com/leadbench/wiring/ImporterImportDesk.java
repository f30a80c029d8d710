package com.leadbench.wiring;

import com.leadbench.gui.importing.ImportDesk;
import com.leadbench.importing.CsvSource;
import com.leadbench.importing.ImportException;
import com.leadbench.importing.ImportMapping;
import com.leadbench.importing.ImportProgress;
import com.leadbench.importing.ImportSummary;
import com.leadbench.scoring.Scorecard;
import com.leadbench.workflow.Importer;
import com.leadbench.workflow.Workspace;
import java.util.Optional;

/** The import wizard's desk: the scorecard its checks speak of, and running the import. */
public final class ImporterImportDesk implements ImportDesk {

    private final Workspace workspace;
    private final Importer importer;

    public ImporterImportDesk(Workspace workspace, Importer importer) {
        this.workspace = workspace;
        this.importer = importer;
    }

    @Override
    public Optional<Scorecard> publishedScorecard() {
        // version 0 (nothing published) is not "the published scorecard" the checks speak of
        return workspace.published().number() > 0 ? Optional.of(workspace.published().scorecard()) : Optional.empty();
    }

    @Override
    public ImportSummary run(CsvSource source, ImportMapping mapping, boolean dryRun, ImportProgress progress) throws ImportException {
        return importer.run(source, mapping, dryRun, progress);
    }

    @Override
    public void refresh() {
        workspace.refresh();
    }
}
