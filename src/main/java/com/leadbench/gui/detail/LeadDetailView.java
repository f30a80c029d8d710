package com.leadbench.gui.detail;

import com.leadbench.gui.Formats;
import com.leadbench.gui.Styles;
import com.leadbench.gui.TierChip;
import com.leadbench.scoring.Breakdown;
import com.leadbench.scoring.Contribution;
import com.leadbench.scoring.rules.Points;
import java.time.Instant;
import com.leadbench.model.Account;
import com.leadbench.model.Activity;
import com.leadbench.model.Contact;
import com.leadbench.model.LeadDetail;
import com.leadbench.model.SalesFollowUp;
import com.leadbench.model.StageTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The detail pane: contact and account facts, sales follow-up, stage history and the activity
 * timeline. Every text from the data is shown cut ({@link Formats#cut(String)}) and labels wrap, so a
 * lead imported with a 50 MB job title still shows at once.
 */
public final class LeadDetailView {

    private final StackPane root = new StackPane();
    private final Label empty = new Label("Select a lead to see who they are, their company and what they did.");
    private final VBox content = new VBox(14);
    private final ScrollPane scroll = new ScrollPane(content);
    private final TableView<Activity> timeline = timeline();
    private final TableView<Contribution> breakdown = breakdownTable();

    private LeadDetailView() {
    }

    private LeadDetailViewModel model;

    public static Node create(LeadDetailViewModel model) {
        LeadDetailView view = new LeadDetailView();
        view.model = model;
        view.root.setId("leadDetail");
        view.root.getStyleClass().add(Styles.DETAIL);
        view.empty.setId("detailEmpty");
        view.empty.getStyleClass().add(Styles.EMPTY_STATE);
        view.empty.setWrapText(true);
        view.content.setPadding(new Insets(16));
        view.scroll.setFitToWidth(true);
        view.root.getChildren().addAll(view.scroll, view.empty);
        model.detailProperty().addListener((obs, old, detail) -> view.show(detail));
        view.show(Optional.empty());
        return view.root;
    }

    private void show(Optional<ShownLead> maybe) {
        empty.setVisible(maybe.isEmpty());
        scroll.setVisible(maybe.isPresent());
        if (maybe.isEmpty()) {
            content.getChildren().clear();
            timeline.getItems().clear();
            breakdown.getItems().clear();
            return;
        }
        LeadDetail d = maybe.get().detail();
        Breakdown b = maybe.get().breakdown();
        Contact c = d.contact();
        Label name = new Label(Formats.cut(c.displayName()));
        name.setId("detailName");
        name.getStyleClass().add(Styles.TITLE);
        name.setWrapText(true);
        String company = d.account().map(Account::name).orElse(null);
        Label subtitle = new Label(joinNonBlank(" · ", Formats.cut(c.jobTitle()), Formats.cut(company)));
        subtitle.setId("detailSubtitle");
        subtitle.getStyleClass().add(Styles.SUBTITLE);
        subtitle.setWrapText(true);

        GridPane contactFacts = facts(List.of(
                fact("Email", c.email()), fact("Phone", c.phone()),
                fact("Country", Formats.country(c.country())), fact("IP country", Formats.country(c.ipCountry())),
                fact("Source", c.source()), fact("Campaign", c.campaign()),
                fact("Created", Formats.dateTime(c.createdAt())), fact("Owner", c.owner()),
                fact("External id", c.externalId())));
        contactFacts.setId("contactFacts");
        Node accountFacts = d.account().<Node>map(a -> {
            GridPane grid = facts(List.of(
                    fact("Company", a.name()), fact("Domain", a.domain()), fact("Industry", a.industry()),
                    fact("Employees", a.employees() == null ? null : Formats.count(a.employees())),
                    fact("Revenue", Formats.compactMoney(a.annualRevenue())),
                    fact("Country", Formats.country(a.country())), fact("Region", a.region()),
                    fact("Customer", a.customer() ? "Yes, account manager " + Formats.orDash(a.accountManager()) : "No"),
                    fact("Competitor", a.competitor() ? "Yes" : "No")));
            grid.setId("accountFacts");
            return grid;
        }).orElseGet(() -> muted("No company on record (data-fix candidate)."));

        HBox factsRow = new HBox(24, section("Contact", contactFacts), section("Company", accountFacts));
        HBox.setHgrow(factsRow.getChildren().get(0), Priority.ALWAYS);
        HBox.setHgrow(factsRow.getChildren().get(1), Priority.ALWAYS);

        breakdown.getItems().setAll(b.contributions());
        Label breakdownTitle = new Label("Score breakdown (" + maybe.get().scorecardLabel() + ")");
        breakdownTitle.getStyleClass().add(Styles.SECTION_TITLE);
        VBox breakdownBox = new VBox(6, breakdownTitle, breakdown);
        breakdownBox.getStyleClass().add(Styles.SECTION);

        List<Node> sections = new ArrayList<>(List.of(name, subtitle, scoreSummary(b)));
        if (!b.excluded()) {
            sections.add(HandoffSection.create(maybe.get(), model));
        }
        sections.addAll(List.of(breakdownBox, factsRow));
        Map<String, String> custom = new java.util.TreeMap<>(c.customFields());
        d.account().ifPresent(a -> a.customFields().forEach((k, v) -> custom.putIfAbsent("company." + k, v)));
        if (!custom.isEmpty()) {
            sections.add(section("Custom fields", facts(custom.entrySet().stream().map(e -> fact(e.getKey(), e.getValue())).toList())));
        }
        sections.add(section("Sales follow-up", lines(d.followUps(), LeadDetailView::followUpLine,
                "Sales has not reported anything on this lead.")));
        sections.add(section("Stage history", lines(d.transitions(), LeadDetailView::transitionLine,
                "No stage changes recorded yet.")));
        timeline.getItems().setAll(d.activities());
        Label timelineTitle = new Label("Activity timeline (" + Formats.count(d.activities().size()) + ", newest first)");
        timelineTitle.getStyleClass().add(Styles.SECTION_TITLE);
        VBox timelineBox = new VBox(6, timelineTitle, timeline);
        timelineBox.getStyleClass().add(Styles.SECTION);
        sections.add(timelineBox);
        content.getChildren().setAll(sections);
        scroll.setVvalue(0);
    }

    /** Fit, intent and total side by side with the tier chip and stage, then why, in a sentence. */
    private static Node scoreSummary(Breakdown b) {
        HBox numbers = new HBox(28,
                score("Fit", Points.format(b.fit()), "scoreFit"),
                score("Intent", Points.format(b.intent()), "scoreIntent"),
                score("Total", Points.format(b.total()), "scoreTotal"));
        TierChip chip = new TierChip(b.tier());
        chip.setId("detailTier");
        Label stage = new Label(b.stage().label());
        stage.setId("detailStage");
        stage.getStyleClass().add(Styles.SCORE_VALUE);
        VBox tierBox = new VBox(4, caption("Tier"), chip);
        VBox stageBox = new VBox(4, caption("Stage"), stage);
        numbers.getChildren().addAll(tierBox, stageBox);
        List<Label> flags = new ArrayList<>();
        if (b.fastTrack()) {
            flags.add(flag("Fast-track: " + Formats.cut(b.fastTrackRequest().orElse("request")), Styles.FLAG));
        }
        if (b.urgent()) {
            flags.add(flag("Urgent: urgency words in a recent form", Styles.FLAG_URGENT));
        }
        b.override().ifPresent(o -> {
            Label overridden = flag("Tier set by hand to " + o.tier().label() + " by " + Formats.cut(o.author()) + " on "
                    + Formats.date(o.at()) + ": " + Formats.cut(o.reason()), Styles.FLAG_OVERRIDE);
            overridden.setId("overrideFlag");
            overridden.setWrapText(true);
            flags.add(overridden);
        });
        Label reason = new Label(Formats.cut(b.reason()));
        reason.setId("detailReason");
        reason.setWrapText(true);
        reason.getStyleClass().add(Styles.REASON);
        VBox box = new VBox(8, numbers, reason);
        box.getChildren().addAll(flags);
        box.getStyleClass().add(Styles.SECTION);
        return box;
    }

    private static Label flag(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        return l;
    }

    private static VBox score(String caption, String value, String id) {
        Label v = new Label(value);
        v.setId(id);
        v.getStyleClass().add(Styles.SCORE_VALUE);
        return new VBox(4, caption(caption), v);
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SCORE_LABEL);
        return l;
    }

    private static TableView<Contribution> breakdownTable() {
        TableView<Contribution> table = new TableView<>();
        table.setId("breakdownTable");
        table.setPrefHeight(240);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Contribution, String> rule = new TableColumn<>("Rule");
        rule.setPrefWidth(170);
        rule.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Formats.cut(c.getValue().label())));
        TableColumn<Contribution, String> part = new TableColumn<>("Part");
        part.setPrefWidth(52);
        part.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().part().label()));
        TableColumn<Contribution, Double> points = new TableColumn<>("Points");
        points.setPrefWidth(64);
        points.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().points()));
        points.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Points.signed(item));
            }
        });
        TableColumn<Contribution, Double> raw = new TableColumn<>("Raw");
        raw.setPrefWidth(50);
        raw.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rawPoints()));
        raw.setCellFactory(points.getCellFactory());
        TableColumn<Contribution, Instant> when = new TableColumn<>("Latest");
        when.setPrefWidth(92);
        when.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().at()));
        when.setComparator(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        when.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Instant item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Formats.date(item));
            }
        });
        TableColumn<Contribution, String> evidence = new TableColumn<>("Evidence");
        evidence.setPrefWidth(300);
        evidence.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Formats.cut(c.getValue().evidence())));
        table.getColumns().addAll(List.of(rule, part, points, raw, when, evidence));
        table.setPlaceholder(new Label("No rule fires for this lead."));
        return table;
    }

    private static String followUpLine(SalesFollowUp f) {
        return Formats.dateTime(f.at()) + "  " + f.kind().label()
                + (f.amount() == null ? "" : "  " + Formats.money(f.amount()))
                + (f.note() == null ? "" : "  — " + f.note());
    }

    private static String transitionLine(StageTransition t) {
        return Formats.dateTime(t.at()) + "  " + (t.from() == null ? "—" : t.from().label()) + " → " + t.to().label()
                + "  (" + t.cause() + (t.scorecardVersion() == null ? "" : ", scorecard v" + t.scorecardVersion()) + ")";
    }

    private static <T> Node lines(List<T> items, Function<T, String> line, String whenEmpty) {
        if (items.isEmpty()) {
            return muted(whenEmpty);
        }
        VBox box = new VBox(2);
        items.forEach(item -> {
            Label label = new Label(Formats.cut(line.apply(item)));
            label.setWrapText(true);
            box.getChildren().add(label);
        });
        return box;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.EMPTY_STATE);
        return label;
    }

    private record Fact(String label, String value) {
    }

    private static Fact fact(String label, String value) {
        return new Fact(label, value);
    }

    private static GridPane facts(List<Fact> facts) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(90);
        labels.setMaxWidth(220);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        int row = 0;
        for (Fact f : facts) {
            Label label = new Label(Formats.cut(f.label(), 200));
            label.getStyleClass().add(Styles.FACT_LABEL);
            label.setWrapText(true);
            Label value = new Label(Formats.orDash(Formats.cut(f.value())));
            value.getStyleClass().add(Styles.FACT_VALUE);
            value.setWrapText(true);
            grid.addRow(row++, label, value);
        }
        return grid;
    }

    private static VBox section(String title, Node body) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        VBox box = new VBox(6, heading, body);
        box.getStyleClass().add(Styles.SECTION);
        return box;
    }

    private static TableView<Activity> timeline() {
        TableView<Activity> table = new TableView<>();
        table.setId("activityTimeline");
        table.setPrefHeight(320);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("When", a -> Formats.dateTime(a.occurredAt()), 120));
        table.getColumns().add(column("Activity", a -> a.type().label(), 150));
        table.getColumns().add(column("Page or asset", Activity::asset, 240));
        table.getColumns().add(column("Line", Activity::productLine, 90));
        table.getColumns().add(column("Form text / campaign", a -> a.formText() != null ? a.formText() : a.campaign(), 260));
        table.setPlaceholder(new Label("No activity recorded."));
        table.setSortPolicy(t -> false);
        return table;
    }

    private static TableColumn<Activity, String> column(String title, Function<Activity, String> value, double width) {
        TableColumn<Activity, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Formats.cut(value.apply(c.getValue()))));
        return column;
    }

    private static String joinNonBlank(String separator, String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                kept.add(p);
            }
        }
        return kept.isEmpty() ? "No job title or company on record" : String.join(separator, kept);
    }
}
