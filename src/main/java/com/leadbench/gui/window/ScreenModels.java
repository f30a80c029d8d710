package com.leadbench.gui.window;

import com.leadbench.gui.dashboard.DashboardViewModel;
import com.leadbench.gui.hotleads.HotLeadsViewModel;
import com.leadbench.gui.hygiene.HygieneViewModel;
import com.leadbench.gui.importing.ImportViewModel;
import com.leadbench.gui.recovery.RecoveryViewModel;
import com.leadbench.gui.start.HealthViewModel;
import com.leadbench.gui.start.StartViewModel;
import com.leadbench.gui.tuning.AnalysisViewModel;
import com.leadbench.gui.tuning.LearnViewModel;
import com.leadbench.gui.tuning.TuningViewModel;
import java.util.Optional;

/**
 * Builds the view models of the window's screens, each over the narrow interfaces it needs. The
 * app implements it where it wires the object graph ({@code com.leadbench.WindowGraph}); the
 * window asks for a screen's model when the screen is first opened.
 */
public interface ScreenModels {

    HotLeadsViewModel hotLeads();

    /** The Accounts screen, with a detail pane of its own. */
    com.leadbench.gui.accounts.AccountsViewModel accounts();

    DashboardViewModel dashboard();

    TuningViewModel tuning();

    AnalysisViewModel analysis(TuningViewModel tuning);

    LearnViewModel learn(TuningViewModel tuning);

    HygieneViewModel hygiene();

    /** A new import wizard, which remembers the mappings chosen. */
    ImportViewModel importing();

    /** The recovery banner's model when the published scorecard cannot be used; empty otherwise. */
    Optional<RecoveryViewModel> recovery(Runnable onRecovered);

    StartViewModel start(Runnable onPublished);

    HealthViewModel health();
}
