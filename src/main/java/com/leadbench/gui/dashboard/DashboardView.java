package com.leadbench.gui.dashboard;

import com.leadbench.gui.Styles;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The dashboard screen: the filter in the toolbar (dates, scorecard version, warning level), a line
 * saying which figures are shown, and below them the report's panels in one scrolling page.
 */
public final class DashboardView {

    private DashboardView() {
    }

    /**
     * {@code chooseFile} asks where to save an export: a suggested file name to the chosen path,
     * null when cancelled ({@link #askFile} in the app; tests pass their own).
     */
    public static Node create(DashboardViewModel model, Function<String, Path> chooseFile) {
        BorderPane root = new BorderPane();
        root.setId("dashboardScreen");
        root.setTop(new VBox(toolbar(model), filterBar(model)));

        VBox page = new VBox();
        page.getStyleClass().add(Styles.DASHBOARD_PAGE);
        page.setId("dashboardPage");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        // the panels fit the width down to about 1200 pixels; a narrower window scrolls sideways rather than clipping them
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.getStyleClass().add(Styles.DASHBOARD_SCROLL);
        scroll.setId("dashboardScroll");
        ExportButtons exports = new ExportButtons(model, chooseFile);
        model.reportProperty().addListener((obs, old, report) ->
                page.getChildren().setAll(report.map(r -> DashboardPage.panels(r, exports)).orElse(List.of())));
        model.reportProperty().get().ifPresent(r -> page.getChildren().setAll(DashboardPage.panels(r, exports)));
        root.setCenter(scroll);

        Label message = new Label();
        message.setId("dashboardMessage");
        message.textProperty().bind(model.messageProperty());
        HBox statusBar = new HBox(message);
        statusBar.getStyleClass().add(Styles.STATUS_BAR);
        statusBar.setPadding(new Insets(4, 12, 4, 12));
        root.setBottom(statusBar);
        return root;
    }

    private static HBox toolbar(DashboardViewModel model) {
        Label title = new Label("Dashboard");
        title.getStyleClass().add(Styles.TITLE);

        DatePicker from = new DatePicker();
        from.setId("fromDate");
        from.setPromptText("the start");
        from.setPrefWidth(135);
        from.setConverter(typedDate(from));
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("toDate");
        to.setPromptText("now");
        to.setPrefWidth(135);
        to.setConverter(typedDate(to));
        to.valueProperty().bindBidirectional(model.toProperty());

        ComboBox<VersionChoice> version = versions(model);

        Spinner<Integer> warn = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 100,
                (int) Math.round(100 * model.warnBelowProperty().get()), 5));
        warn.setId("warnBelow");
        warn.setEditable(true);
        warn.getValueFactory().setConverter(typedPercent(warn));
        warn.setPrefWidth(80);
        warn.setTooltip(new Tooltip("A tier whose latest month converts fewer MQLs to SQLs than this is warned about"));
        warn.valueProperty().addListener((obs, old, percent) -> {
            if (percent != null) {
                model.warnBelowProperty().set(percent / 100.0);
            }
        });
        model.warnBelowProperty().addListener((obs, old, share) -> warn.getValueFactory().setValue((int) Math.round(100 * share.doubleValue())));

        Button refresh = new Button("Refresh");
        refresh.setId("refreshDashboard");
        refresh.setOnAction(e -> model.load());
        refresh.setTooltip(new Tooltip("Compute the figures again from the database"));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("dashboardLoading");
        progress.setPrefSize(20, 20);
        progress.setMaxSize(20, 20);
        progress.visibleProperty().bind(model.loadingProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(10, title, spacer, new Label("From"), from, new Label("To"), to, version,
                new Label("Warn below"), warn, new Label("%"), refresh, progress);
        toolbar.getStyleClass().add(Styles.TOOLBAR);
        return toolbar;
    }

    /** Dates shown and typed as 2026-05-04, like the rest of the screen; text that is not a date keeps the date there was. */
    private static StringConverter<LocalDate> typedDate(DatePicker picker) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip());
                } catch (DateTimeParseException e) {
                    return picker.getValue();
                }
            }
        };
    }

    /** A whole percent; text that is not a number keeps the level there was. */
    private static StringConverter<Integer> typedPercent(Spinner<Integer> spinner) {
        return new StringConverter<>() {
            @Override
            public String toString(Integer percent) {
                return percent == null ? "" : percent.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.valueOf(text.strip().replace("%", ""));
                } catch (NumberFormatException | NullPointerException e) {
                    return spinner.getValue();
                }
            }
        };
    }

    /** One entry of the version drop-down: "All versions" (null) or "v2". */
    record VersionChoice(Integer version) {

        @Override
        public String toString() {
            return version == null ? "All versions" : "v" + version;
        }
    }

    private static ComboBox<VersionChoice> versions(DashboardViewModel model) {
        ComboBox<VersionChoice> box = new ComboBox<>();
        box.setId("versionChoice");
        box.setTooltip(new Tooltip("Only the MQLs a given published scorecard version qualified"));
        boolean[] filling = {false};
        Runnable fill = () -> {
            filling[0] = true;
            box.getItems().setAll(new VersionChoice(null));
            model.versions().forEach(v -> box.getItems().add(new VersionChoice(v)));
            box.setValue(new VersionChoice(model.versionProperty().get()));
            filling[0] = false;
        };
        fill.run();
        model.versions().addListener((ListChangeListener<Integer>) c -> fill.run());
        box.valueProperty().addListener((obs, old, choice) -> {
            if (!filling[0] && choice != null) {
                model.versionProperty().set(choice.version());
            }
        });
        model.versionProperty().addListener((obs, old, v) -> {
            if (!Objects.equals(box.getValue() == null ? null : box.getValue().version(), v)) {
                box.setValue(new VersionChoice(v));
            }
        });
        return box;
    }

    private static HBox filterBar(DashboardViewModel model) {
        Label summary = new Label();
        summary.setId("dashboardSummary");
        summary.textProperty().bind(model.summaryProperty());
        summary.getStyleClass().add(Styles.FACT_LABEL);
        Label error = new Label();
        error.setId("dashboardError");
        error.getStyleClass().add(Styles.ERROR_TEXT);
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, summary, spacer, error);
        bar.getStyleClass().add(Styles.FILTER_BAR);
        return bar;
    }

    /** The app's save dialog, over the focused window, for a file named {@code suggested} at first. */
    public static Path askFile(String suggested) {
        Window owner = Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + suggested);
        chooser.setInitialFileName(suggested);
        String extension = suggested.substring(suggested.lastIndexOf('.') + 1);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(Locale.ROOT), "*." + extension));
        File file = chooser.showSaveDialog(owner);
        return file == null ? null : file.toPath();
    }
}
