package com.leadbench.gui;

/** Style-class names of the theme ({@code resources/theme/leadbench.css}); no inline styles anywhere. */
public final class Styles {

    public static final String STYLESHEET = "/theme/leadbench.css";

    public static final String TOOLBAR = "lb-toolbar";
    public static final String TITLE = "lb-title";
    public static final String SUBTITLE = "lb-subtitle";
    public static final String SECTION = "lb-section";
    public static final String SECTION_TITLE = "lb-section-title";
    public static final String FACT_LABEL = "lb-fact-label";
    public static final String FACT_VALUE = "lb-fact-value";
    public static final String EMPTY_STATE = "lb-empty-state";
    public static final String STATUS_BAR = "lb-status-bar";
    public static final String DETAIL = "lb-detail";
    public static final String BADGE = "lb-badge";
    public static final String ERROR_TEXT = "lb-error-text";
    /** A warning strip above the tabs (the published scorecard cannot be used). */
    public static final String BANNER = "lb-banner";
    /** The strip above the tabs while nothing is published: choose a starting point. */
    public static final String START_BANNER = "lb-start-banner";
    /** The strip that says a scorecard excludes most leads or qualifies none. */
    public static final String HEALTH_BANNER = "lb-health-banner";
    public static final String FORM_TEXT = "lb-form-text";
    public static final String TIER_CHIP = "lb-tier-chip";
    public static final String SCORE_VALUE = "lb-score-value";
    public static final String SCORE_LABEL = "lb-score-label";
    public static final String REASON = "lb-reason";
    public static final String FLAG = "lb-flag";
    public static final String FLAG_URGENT = "lb-flag-urgent";
    public static final String FLAG_OVERRIDE = "lb-flag-override";
    /** A small status label: "Overdue", "Due", "Contacted", "Reviewed". */
    public static final String STATUS_CHIP = "lb-status-chip";
    public static final String OVERDUE = "lb-overdue";
    public static final String DONE = "lb-done";
    public static final String NOTE_EDITOR = "lb-note-editor";
    public static final String NUMBER_CELL = "lb-number-cell";
    public static final String INVALID = "lb-invalid";
    public static final String PROBLEMS = "lb-problems";
    public static final String RULE_ROW = "lb-rule-row";
    public static final String RULE_LABEL = "lb-rule-label";
    public static final String MATRIX_CELL = "lb-matrix-cell";
    public static final String MATRIX_HEADER = "lb-matrix-header";
    public static final String KPI_VALUE = "lb-kpi-value";
    public static final String KPI_LABEL = "lb-kpi-label";
    public static final String MUTED = "lb-muted";
    public static final String COMPARE_GRID = "lb-compare-grid";
    public static final String COMPARE_HEADER = "lb-compare-header";
    /** A value of a side-by-side comparison that differs from the other side's. */
    public static final String DIFFERENT = "lb-different";
    /** A value of a side-by-side comparison that only this side has. */
    public static final String ONLY_HERE = "lb-only-here";
    public static final String ISSUES = "lb-issues";

    // Dashboard
    /** The scrolling column of dashboard panels. */
    public static final String DASHBOARD_PAGE = "lb-dashboard-page";
    public static final String DASHBOARD_SCROLL = "lb-dashboard-scroll";
    /** The line under the toolbar that says which figures are shown. */
    public static final String FILTER_BAR = "lb-filter-bar";
    /** A framed chart or table with its title, explanation and export buttons. */
    public static final String PANEL = "lb-panel";
    public static final String PANEL_TITLE = "lb-panel-title";
    public static final String PANEL_EXPLANATION = "lb-panel-explanation";
    public static final String KPI_CARD = "lb-kpi-card";
    public static final String KPI_DETAIL = "lb-kpi-detail";
    /** Something the manager must act on, such as a tier converting below the warning level. */
    public static final String ALERT = "lb-alert";
    public static final String ALERT_TITLE = "lb-alert-title";
    /** Figures that cannot be shown yet, and why. */
    public static final String NOTICE = "lb-notice";
    public static final String CONVERSION_CHART = "lb-conversion-chart";
    public static final String COHORT_CHART = "lb-cohort-chart";
    public static final String HISTOGRAM_CHART = "lb-histogram-chart";
    public static final String FIGURE_TABLE = "lb-figure-table";

    private Styles() {
    }
}
