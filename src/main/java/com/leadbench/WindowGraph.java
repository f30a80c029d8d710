package com.leadbench;

import com.leadbench.format.MappingMemory;
import com.leadbench.gui.window.ScreenModels;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.gui.dashboard.DashboardViewModel;
import com.leadbench.gui.detail.LeadDesk;
import com.leadbench.gui.detail.LeadDetailViewModel;
import com.leadbench.gui.hotleads.HotLeadDesk;
import com.leadbench.gui.hotleads.HotLeadsViewModel;
import com.leadbench.gui.hygiene.HygieneDesk;
import com.leadbench.gui.hygiene.HygieneViewModel;
import com.leadbench.gui.importing.ImportDesk;
import com.leadbench.gui.importing.ImportViewModel;
import com.leadbench.gui.leads.LeadList;
import com.leadbench.gui.leads.LeadsViewModel;
import com.leadbench.gui.recovery.RecoveryDesk;
import com.leadbench.gui.recovery.RecoveryViewModel;
import com.leadbench.gui.start.HealthViewModel;
import com.leadbench.gui.start.StartDesk;
import com.leadbench.gui.start.StartViewModel;
import com.leadbench.gui.tuning.AnalysisViewModel;
import com.leadbench.gui.tuning.LearnViewModel;
import com.leadbench.gui.tuning.TuningSource;
import com.leadbench.gui.tuning.TuningViewModel;
import com.leadbench.store.ContactFactsLoader;
import com.leadbench.store.LeadDecisionRepository;
import com.leadbench.store.OutcomesLoader;
import com.leadbench.wiring.HandoffHotLeadDesk;
import com.leadbench.wiring.HandoffLeadDesk;
import com.leadbench.wiring.ImporterImportDesk;
import com.leadbench.wiring.MergingHygieneDesk;
import com.leadbench.wiring.WorkspaceLeadList;
import com.leadbench.wiring.WorkspaceRecoveryDesk;
import com.leadbench.wiring.WorkspaceStartDesk;
import com.leadbench.wiring.WorkspaceTuningSource;
import com.leadbench.workflow.ContactMerger;
import com.leadbench.workflow.HandoffDesk;
import com.leadbench.workflow.Importer;
import com.leadbench.workflow.ProcessFigures;
import com.leadbench.workflow.Workspace;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The window's object graph, built once over one open workspace: the desks, repositories and use
 * cases, and the narrow interfaces each view model is given, implemented in {@code com.leadbench.wiring}
 * by delegating to them. The only place in the window that builds store classes.
 */
public final class WindowGraph implements ScreenModels {

    private final Workspace workspace;
    private final TaskExecutor executor;
    private final HandoffDesk handoff;
    private final ContactMerger merger;
    private final ContactFactsLoader contactFacts;
    private final OutcomesLoader outcomes;
    private final LeadDecisionRepository decisions;
    private final Importer importer;
    private final ProcessFigures figures;
    private final Path mappings;

    /** Mappings chosen in the import wizard are remembered in the user's data folder. */
    public WindowGraph(Workspace workspace, TaskExecutor executor) {
        this(workspace, executor, AppPaths.dataDirectory().resolve("mappings"));
    }

    /** @param mappings where the import wizard remembers mappings (null: nowhere) */
    public WindowGraph(Workspace workspace, TaskExecutor executor, Path mappings) {
        this.workspace = workspace;
        this.executor = executor;
        this.handoff = new HandoffDesk(workspace);
        this.merger = new ContactMerger(workspace.database());
        this.contactFacts = new ContactFactsLoader(workspace.database());
        this.outcomes = new OutcomesLoader(workspace.database());
        this.decisions = new LeadDecisionRepository(workspace.database());
        this.importer = new Importer(workspace.database());
        this.figures = new ProcessFigures(workspace);
        this.mappings = mappings;
    }

    // ------------------------------------------------------------------ view models

    /** The leads screen with its detail pane. */
    public LeadsViewModel leads() {
        return new LeadsViewModel(leadList(), leadDetail(), executor);
    }

    /** A detail pane of its own (the Leads and the Hot leads screens each have one). */
    public LeadDetailViewModel leadDetail() {
        return new LeadDetailViewModel(leadDesk(), executor);
    }

    @Override
    public HotLeadsViewModel hotLeads() {
        return new HotLeadsViewModel(hotLeadDesk(), leadDetail(), executor);
    }

    @Override
    public com.leadbench.gui.accounts.AccountsViewModel accounts() {
        return new com.leadbench.gui.accounts.AccountsViewModel(new com.leadbench.wiring.WorkspaceAccountDesk(workspace,
                new com.leadbench.store.AccountQualificationRepository(workspace.database())), leadDetail(), executor);
    }

    @Override
    public DashboardViewModel dashboard() {
        return new DashboardViewModel(figures, executor);
    }

    @Override
    public TuningViewModel tuning() {
        return new TuningViewModel(tuningSource(), executor);
    }

    @Override
    public AnalysisViewModel analysis(TuningViewModel tuning) {
        return new AnalysisViewModel(tuningSource(), tuning, executor);
    }

    @Override
    public LearnViewModel learn(TuningViewModel tuning) {
        return new LearnViewModel(tuningSource(), tuning, executor);
    }

    @Override
    public HygieneViewModel hygiene() {
        return new HygieneViewModel(hygieneDesk(), executor);
    }

    @Override
    public ImportViewModel importing() {
        return new ImportViewModel(importDesk(), executor, mappings == null ? null : new MappingMemory(mappings));
    }

    /** A wizard that remembers no mappings. */
    public ImportViewModel importingWithoutMemory() {
        return new ImportViewModel(importDesk(), executor);
    }

    @Override
    public Optional<RecoveryViewModel> recovery(Runnable onRecovered) {
        return workspace.unusableScorecard().isPresent()
                ? Optional.of(new RecoveryViewModel(recoveryDesk(), executor, onRecovered)) : Optional.empty();
    }

    /** The recovery banner's model whether or not it is needed (it says so itself). */
    public RecoveryViewModel recoveryModel(Runnable onRecovered) {
        return new RecoveryViewModel(recoveryDesk(), executor, onRecovered);
    }

    @Override
    public StartViewModel start(Runnable onPublished) {
        return new StartViewModel(startDesk(), executor, onPublished);
    }

    @Override
    public HealthViewModel health() {
        return new HealthViewModel(startDesk(), executor);
    }

    // ------------------------------------------------------------------ the narrow interfaces, over the store (com.leadbench.wiring)

    LeadList leadList() {
        return new WorkspaceLeadList(workspace, decisions);
    }

    LeadDesk leadDesk() {
        return new HandoffLeadDesk(workspace, handoff);
    }

    HotLeadDesk hotLeadDesk() {
        return new HandoffHotLeadDesk(handoff);
    }

    TuningSource tuningSource() {
        return new WorkspaceTuningSource(workspace, outcomes);
    }

    HygieneDesk hygieneDesk() {
        return new MergingHygieneDesk(workspace, contactFacts, merger);
    }

    ImportDesk importDesk() {
        return new ImporterImportDesk(workspace, importer);
    }

    RecoveryDesk recoveryDesk() {
        return new WorkspaceRecoveryDesk(workspace);
    }

    StartDesk startDesk() {
        return new WorkspaceStartDesk(workspace, outcomes);
    }
}
