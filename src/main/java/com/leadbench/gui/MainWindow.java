package com.leadbench.gui;

import com.leadbench.gui.leads.LeadsView;
import com.leadbench.gui.leads.LeadsViewModel;
import com.leadbench.gui.tuning.TuningView;
import com.leadbench.gui.tuning.TuningViewModel;
import com.leadbench.store.Workspace;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The main window's content: one tab per screen, over one workspace. */
public final class MainWindow {

    private MainWindow() {
    }

    /** Builds the screens and starts loading the leads. */
    public static Parent create(Workspace workspace, TaskExecutor executor, LeadsViewModel leads) {
        TuningViewModel tuning = new TuningViewModel(workspace, executor);
        tuning.setOnPublished(leads::load);
        Tab leadsTab = new Tab("Leads", LeadsView.create(leads));
        leadsTab.setId("leadsTab");
        Tab tuningTab = new Tab("Tuning", TuningView.create(tuning));
        tuningTab.setId("tuningTab");
        TabPane tabs = new TabPane(leadsTab, tuningTab);
        tabs.setId("mainTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }
}
