package com.leadbench.gui.window;

import com.leadbench.gui.Styles;
import com.leadbench.gui.dashboard.DashboardView;
import com.leadbench.gui.dashboard.DashboardViewModel;
import com.leadbench.gui.hotleads.HotLeadsView;
import com.leadbench.gui.hotleads.HotLeadsViewModel;
import com.leadbench.gui.hygiene.HygieneView;
import com.leadbench.gui.hygiene.HygieneViewModel;
import com.leadbench.gui.importing.ImportView;
import com.leadbench.gui.importing.ImportViewModel;
import com.leadbench.gui.leads.LeadsView;
import com.leadbench.gui.leads.LeadsViewModel;
import com.leadbench.gui.recovery.RecoveryBanner;
import com.leadbench.gui.start.HealthBanner;
import com.leadbench.gui.start.HealthViewModel;
import com.leadbench.gui.start.StartBanner;
import com.leadbench.gui.start.StartViewModel;
import com.leadbench.gui.tuning.TuningView;
import com.leadbench.gui.tuning.TuningViewModel;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The main window's content: one tab per screen, each built over the models {@link ScreenModels} gives. */
public final class MainWindow {

    private MainWindow() {
    }

    /**
     * The import wizard in its own window; after an import the leads reload. Mappings a person saves
     * are remembered in the user's data folder and offered again for files with the same columns.
     * Closing the window while an import runs cancels the import instead.
     */
    private static void openImport(ScreenModels screens, LeadsViewModel leads) {
        ImportViewModel model = screens.importing();
        model.setOnImported(leads::load);
        Stage stage = new Stage();
        stage.setTitle("Import CSV — Leadbench");
        Scene scene = new Scene(ImportView.create(model, stage::close), 1120, 820);
        scene.getStylesheets().add(MainWindow.class.getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (!model.requestClose()) {
                e.consume();
            }
        });
        stage.setOnHidden(e -> model.close());
        stage.show();
    }

    /** Builds the screens and starts loading the leads. */
    public static Parent create(ScreenModels screens, LeadsViewModel leads) {
        Tab leadsTab = new Tab("Leads", LeadsView.create(leads, () -> openImport(screens, leads)));
        leadsTab.setId("leadsTab");
        Tab hotTab = new Tab("Hot leads");
        hotTab.setId("hotLeadsTab");
        // built when first opened; a review, an override or an export reloads the leads too
        hotTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && hotTab.getContent() == null) {
                HotLeadsViewModel hot = screens.hotLeads();
                hot.setOnChanged(leads::load);
                hotTab.setContent(HotLeadsView.create(hot, HotLeadsView::askFolder));
                hot.load();
            }
        });
        Tab accountsTab = new Tab("Accounts");
        accountsTab.setId("accountsTab");
        // built and scored when first opened; after an import, a merge or a publish the leads reload, and the accounts with
        // them: at once when the tab is on view, else when it is next opened (a million leads take seconds to roll up)
        com.leadbench.gui.accounts.AccountsViewModel[] accounts = new com.leadbench.gui.accounts.AccountsViewModel[1];
        boolean[] accountsStale = new boolean[1];
        accountsTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && accountsTab.getContent() == null) {
                accounts[0] = screens.accounts();
                accounts[0].detail().setOnChanged(leads::load);
                accountsTab.setContent(com.leadbench.gui.accounts.AccountsView.create(accounts[0]));
                accounts[0].load();
            } else if (selected && accountsStale[0]) {
                accounts[0].load();
            }
            accountsStale[0] &= !selected;
        });
        leads.loadingProperty().addListener((obs, was, loading) -> {
            if (was && !loading && accounts[0] != null) {
                if (accountsTab.isSelected()) {
                    accounts[0].load();
                } else {
                    accountsStale[0] = true;
                }
            }
        });
        Tab dashboardTab = new Tab("Dashboard");
        dashboardTab.setId("dashboardTab");
        // built and computed when first opened: the figures read the whole database; Refresh computes them again
        dashboardTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && dashboardTab.getContent() == null) {
                DashboardViewModel dashboard = screens.dashboard();
                dashboardTab.setContent(DashboardView.create(dashboard, DashboardView::askFile));
                dashboard.load();
            }
        });
        Tab tuningTab = new Tab("Tuning");
        tuningTab.setId("tuningTab");
        // built when first opened: the leads come first, and the studio's draft starts from the latest version
        Runnable buildTuning = () -> {
            TuningViewModel tuning = screens.tuning();
            tuning.setOnPublished(leads::load);
            // what the draft's live preview shuts out, above the studio
            javafx.scene.layout.BorderPane studio = new javafx.scene.layout.BorderPane(TuningView.create(tuning,
                    screens.analysis(tuning), screens.learn(tuning)));
            studio.setTop(HealthBanner.create("draftHealthBanner", new javafx.beans.property.SimpleStringProperty(
                    "The draft needs a look before it is published"), tuning.healthProperty()));
            tuningTab.setContent(studio);
        };
        tuningTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && tuningTab.getContent() == null) {
                buildTuning.run();
            }
        });
        Tab hygieneTab = new Tab("Data hygiene");
        hygieneTab.setId("hygieneTab");
        // built and checked when first opened; a merge or an undo reloads the leads
        hygieneTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && hygieneTab.getContent() == null) {
                HygieneViewModel hygiene = screens.hygiene();
                hygiene.setOnChanged(leads::load);
                hygieneTab.setContent(HygieneView.create(hygiene));
                hygiene.load();
            }
        });
        TabPane tabs = new TabPane(leadsTab, hotTab, accountsTab, dashboardTab, tuningTab, hygieneTab);
        tabs.setId("mainTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        VBox banners = new VBox();
        // the published scorecard cannot be used: say so above every screen, with the ways out
        screens.recovery(leads::load).ifPresent(recovery -> banners.getChildren().add(RecoveryBanner.create(recovery)));
        // nothing published yet: the general preset is shown; choose where to start
        StartViewModel start = screens.start(() -> {
            if (tuningTab.getContent() != null) {
                // the studio's draft started from version 0: start it again from what was just published
                tuningTab.setContent(null);
                if (tuningTab.isSelected()) {
                    buildTuning.run();
                }
            }
            leads.load();
        });
        // the hook for learning a scorecard from outcomes (see StartViewModel): for now it opens the Tuning tab
        // on its "Learn from outcomes" panel, where the manager runs the learner and publishes the result
        start.setOnLearn(() -> {
            tabs.getSelectionModel().select(tuningTab);
            Node studio = tuningTab.getContent();
            if (studio != null) {
                studio.applyCss(); // a studio built just now has no skins yet, so its inner tabs are not children to look up
            }
            if (studio != null && studio.lookup("#tuningTabs") instanceof TabPane studioTabs) {
                studioTabs.getTabs().stream().filter(t -> "learnTab".equals(t.getId())).findFirst()
                        .ifPresent(t -> studioTabs.getSelectionModel().select(t));
            }
        });
        banners.getChildren().add(StartBanner.create(start));
        // what the scorecard in use shuts out, checked at open and whenever the leads were reloaded (import, merge, publish)
        HealthViewModel health = screens.health();
        banners.getChildren().add(HealthBanner.create("healthBanner", health.titleProperty(), health.warningsProperty()));
        leads.loadingProperty().addListener((obs, was, loading) -> {
            if (was && !loading) {
                start.refresh();
                health.refresh();
            }
        });
        start.refresh();
        health.refresh();
        javafx.scene.layout.BorderPane window = new javafx.scene.layout.BorderPane(tabs);
        window.setTop(banners);
        return window;
    }
}
