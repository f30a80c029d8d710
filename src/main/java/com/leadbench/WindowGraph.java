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
import com.leadbench.handoff.CrmFormat;
import com.leadbench.ingest.CsvSource;
import com.leadbench.ingest.ImportException;
import com.leadbench.ingest.ImportMapping;
import com.leadbench.ingest.ImportProgress;
import com.leadbench.ingest.ImportSummary;
import com.leadbench.model.ContactFacts;
import com.leadbench.model.DatabaseCounts;
import com.leadbench.model.LeadDetail;
import com.leadbench.model.LeadSummary;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.MergeRecord;
import com.leadbench.model.ReviewNote;
import com.leadbench.model.ScorecardVersion;
import com.leadbench.model.Tier;
import com.leadbench.model.TierOverride;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.analysis.Outcomes;
import com.leadbench.scoring.health.ScorecardHealth;
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewScores;
import com.leadbench.store.ContactFactsLoader;
import com.leadbench.workflow.ContactMerger;
import com.leadbench.workflow.HandoffDesk;
import com.leadbench.workflow.HandoffDesk.Export;
import com.leadbench.workflow.HandoffDesk.LeadHandoff;
import com.leadbench.gui.detail.LeadInHandoff;
import com.leadbench.workflow.HandoffDesk.Selection;
import com.leadbench.workflow.Importer;
import com.leadbench.store.LeadDecisionRepository;
import com.leadbench.store.OutcomesLoader;
import com.leadbench.workflow.ProcessFigures;
import com.leadbench.workflow.ScorecardPublisher;
import com.leadbench.workflow.StartingPoints;
import com.leadbench.workflow.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The window's object graph, built once over one open workspace: the desks, repositories and use
 * cases, and the narrow interfaces each view model is given, implemented here by delegating to
 * them. The only place in the window that holds store classes.
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

    // ------------------------------------------------------------------ the narrow interfaces, over the store

    LeadList leadList() {
        return new LeadList() {
            @Override
            public List<LeadSummary> summaries() {
                return workspace.leads().summaries();
            }

            @Override
            public LeadColumns columns() {
                return workspace.columns();
            }

            @Override
            public PreviewScores publishedScores() {
                return workspace.publishedScores();
            }

            @Override
            public Map<Long, LifecycleStage> currentStages() {
                return workspace.stages().currentStages();
            }

            @Override
            public Map<Long, TierOverride> overrides() {
                return decisions.overrides();
            }

            @Override
            public DatabaseCounts counts() {
                return workspace.leads().counts();
            }

            @Override
            public String scorecardLabel() {
                return workspace.published().scorecard().name() + " v" + workspace.published().number();
            }
        };
    }

    LeadDesk leadDesk() {
        return new LeadDesk() {
            @Override
            public Optional<LeadDetail> detail(long contactId) {
                return workspace.details().load(contactId);
            }

            @Override
            public Optional<LeadInHandoff> handoff(long contactId) {
                return handoff.lead(contactId).map(WindowGraph::shown);
            }

            @Override
            public List<ReviewNote> notes(long contactId) {
                return handoff.notes(contactId);
            }

            @Override
            public void markReviewed(long contactId) {
                handoff.markReviewed(contactId);
            }

            @Override
            public void withdrawReview(long contactId) {
                handoff.withdrawReview(contactId);
            }

            @Override
            public void addNote(long contactId, String text) {
                handoff.addNote(contactId, text);
            }

            @Override
            public void overrideTier(long contactId, Tier tier, String reason) {
                handoff.overrideTier(contactId, tier, reason);
            }

            @Override
            public void removeOverride(long contactId, String reason) {
                handoff.removeOverride(contactId, reason);
            }

            @Override
            public void editNote(long contactId, String text) {
                handoff.editNote(contactId, text);
            }

            @Override
            public void resetNote(long contactId) {
                handoff.resetNote(contactId);
            }
        };
    }

    HotLeadDesk hotLeadDesk() {
        return new HotLeadDesk() {
            @Override
            public List<LeadInHandoff> hotLeads() {
                return handoff.hotLeads().stream().map(WindowGraph::shown).toList();
            }

            @Override
            public Optional<LeadInHandoff> lead(long contactId) {
                return handoff.lead(contactId).map(WindowGraph::shown);
            }

            @Override
            public void markReviewed(long contactId) {
                handoff.markReviewed(contactId);
            }

            @Override
            public PacketWritten exportLeads(List<Long> ids, CrmFormat format, Path dir) {
                return written(handoff.export(Selection.ids(ids), format, dir));
            }

            @Override
            public PacketWritten exportReviewed(CrmFormat format, Path dir) {
                return written(handoff.export(Selection.reviewedNotHandedOff(), format, dir));
            }
        };
    }

    /** The desk's answer as the screens hold it: its decisions (reviewed, hot, the note's text) computed by the desk. */
    static LeadInHandoff shown(LeadHandoff h) {
        return new LeadInHandoff(h.facts(), h.breakdown(), h.stage(), h.qualifiedStage(), h.deadline(), h.contacted(), h.overdue(),
                h.route(), h.marks(), h.handoff(), h.scorecardLabel(), h.scoredTier(), h.reviewed(), h.noteText(), h.handedOff(), h.hot());
    }

    private static HotLeadDesk.PacketWritten written(Export export) {
        return new HotLeadDesk.PacketWritten(export.packet().id(), export.packet().leads().size(), export.handedOffNow(),
                export.handedOffBefore());
    }

    TuningSource tuningSource() {
        return new TuningSource() {
            @Override
            public Scorecard publishedScorecard() {
                return workspace.published().scorecard();
            }

            @Override
            public int publishedVersion() {
                return workspace.published().number();
            }

            @Override
            public FeatureMatrix publishedMatrix() {
                return workspace.publishedMatrix();
            }

            @Override
            public PreviewScores publishedScores() {
                return workspace.publishedScores();
            }

            @Override
            public LeadColumns columns() {
                return workspace.columns();
            }

            @Override
            public Instant now() {
                return workspace.clock().instant();
            }

            @Override
            public List<ScorecardVersion> versions() {
                return workspace.scorecards().history();
            }

            @Override
            public Outcomes outcomes() {
                return outcomes.load(workspace.columns());
            }

            @Override
            public Publication publish(Scorecard draft, String note) {
                ScorecardPublisher.Applied applied = workspace.publish(draft, note);
                return new Publication(applied.version().version(), applied.transitions());
            }
        };
    }

    HygieneDesk hygieneDesk() {
        return new HygieneDesk() {
            @Override
            public List<ContactFacts> contacts() {
                return contactFacts.load();
            }

            @Override
            public Scorecard publishedScorecard() {
                return workspace.published().scorecard();
            }

            @Override
            public List<MergeRecord> mergeHistory() {
                return merger.history();
            }

            @Override
            public Optional<LeadDetail> detail(long contactId) {
                return workspace.details().load(contactId);
            }

            @Override
            public MergeRecord merge(long keptId, long mergedId, String reason, String actor, Instant at) {
                return merger.merge(keptId, mergedId, reason, actor, at);
            }

            @Override
            public MergeRecord undo(long mergeAuditId, String actor, Instant at) {
                return merger.undo(mergeAuditId, actor, at);
            }

            @Override
            public void refresh() {
                workspace.refresh();
            }

            @Override
            public Instant now() {
                return workspace.clock().instant();
            }
        };
    }

    ImportDesk importDesk() {
        return new ImportDesk() {
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
        };
    }

    RecoveryDesk recoveryDesk() {
        return new RecoveryDesk() {
            @Override
            public Optional<Unusable> unusable() {
                return workspace.unusableScorecard().map(e -> new Unusable(e.version().version(), e.version().name(), e.reason()));
            }

            @Override
            public int publishedNumber() {
                return workspace.published().number();
            }

            @Override
            public Scorecard publishedScorecard() {
                return workspace.published().scorecard();
            }

            @Override
            public void publish(Scorecard card, String note) {
                workspace.publish(card, note);
            }
        };
    }

    StartDesk startDesk() {
        return new StartDesk() {
            @Override
            public boolean nothingPublished() {
                return workspace.nothingPublished();
            }

            @Override
            public boolean scorecardUnusable() {
                return workspace.unusableScorecard().isPresent();
            }

            @Override
            public int leadCount() {
                return workspace.columns().size();
            }

            @Override
            public boolean anyWon() {
                return outcomes.load(workspace.columns()).wins() > 0;
            }

            @Override
            public void publishGeneralPreset() {
                workspace.publishStart(StartingPoints.Preset.GENERAL);
            }

            @Override
            public void publishIndustrialPreset() {
                workspace.publishStart(StartingPoints.Preset.INDUSTRIAL);
            }

            @Override
            public int publishedNumber() {
                return workspace.published().number();
            }

            @Override
            public String publishedName() {
                return workspace.published().scorecard().name();
            }

            @Override
            public List<ScorecardHealth.Warning> health() {
                return workspace.health();
            }
        };
    }
}
