package com.leadbench.gui.tuning;

import com.leadbench.gui.Styles;
import com.leadbench.model.ActivityType;
import com.leadbench.model.Tier;
import com.leadbench.scoring.rules.Decay;
import com.leadbench.scoring.rules.RulePart;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.rules.ScorecardProblem;
import com.leadbench.scoring.rules.ActivityRule;
import com.leadbench.scoring.rules.ExclusionRule;
import com.leadbench.scoring.rules.FormKeywordRule;
import com.leadbench.scoring.rules.ProfileRule;
import com.leadbench.scoring.rules.Rule;
import com.leadbench.scoring.rules.SignalRule;
import com.leadbench.scoring.rules.UrgencyRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The draft's controls: thresholds, exclusions, fit and intent rules, each number with a slider
 * and an exact field. Built once per set of rules and updated in place as the draft changes, so a
 * drag is never interrupted; problems are shown at the field they concern.
 */
final class DraftEditor {

    private final TuningViewModel model;
    private final VBox content = new VBox(10);
    private final ScrollPane root = new ScrollPane(content);
    private final Map<String, NumberEditor> editorsByPath = new HashMap<>();
    private final List<Runnable> updaters = new ArrayList<>();
    private List<String> structure = List.of();

    DraftEditor(TuningViewModel model) {
        this.model = model;
        root.setId("draftEditor");
        root.setFitToWidth(true);
        content.setPadding(new Insets(10));
        model.draftProperty().addListener((obs, old, draft) -> refresh(draft));
        refresh(model.draftProperty().get());
    }

    Node node() {
        return root;
    }

    private void refresh(Scorecard draft) {
        List<String> ids = new ArrayList<>();
        draft.exclusions().forEach(e -> ids.add(e.id()));
        draft.rules().forEach(r -> ids.add(r.id() + ":" + r.kind()));
        if (!ids.equals(structure)) {
            structure = ids;
            build(draft);
        }
        updaters.forEach(Runnable::run);
        editorsByPath.values().forEach(e -> e.problem(null));
        for (ScorecardProblem p : draft.problems()) {
            NumberEditor editor = editorsByPath.get(p.path());
            if (editor != null) {
                editor.problem(p.message());
            }
        }
    }

    private Scorecard draft() {
        return model.draftProperty().get();
    }

    private void build(Scorecard draft) {
        editorsByPath.clear();
        updaters.clear();
        content.getChildren().setAll(thresholds(), accounts(), exclusions(draft), rules(draft, RulePart.FIT, "Fit rules (who they are)"),
                rules(draft, RulePart.INTENT, "Intent rules (what they did, inside the window)"));
    }

    // ------------------------------------------------------------------ thresholds

    private Node thresholds() {
        GridPane grid = grid();
        int row = 0;
        row = thresholdRow(grid, row, "Tier A from", "tierA", "$.tiers.A.minScore", 0, 300,
                c -> c.thresholds().a().minScore(), (c, v) -> c.withThresholds(t -> t.withTierMin(Tier.A, v)));
        row = thresholdRow(grid, row, "Tier B from", "tierB", "$.tiers.B.minScore", 0, 300,
                c -> c.thresholds().b().minScore(), (c, v) -> c.withThresholds(t -> t.withTierMin(Tier.B, v)));
        row = thresholdRow(grid, row, "Tier C from", "tierC", "$.tiers.C.minScore", 0, 300,
                c -> c.thresholds().c().minScore(), (c, v) -> c.withThresholds(t -> t.withTierMin(Tier.C, v)));
        row = thresholdRow(grid, row, "SQL from", "sqlThreshold", "$.sqlThreshold", 0, 400,
                c -> c.thresholds().sqlThreshold(), (c, v) -> c.withThresholds(t -> t.withSqlThreshold(v)));
        row = thresholdRow(grid, row, "Fit gate", "fitGate", "$.fitGate", -50, 150,
                c -> c.thresholds().fitGate(), (c, v) -> c.withThresholds(t -> t.withFitGate(v)));
        row = thresholdRow(grid, row, "Window (days)", "windowDays", "$.windowDays", 1, 365,
                c -> c.windowDays(), (c, v) -> c.withWindowDays((int) Math.round(v)));
        ComboBox<Tier> mql = new ComboBox<>();
        mql.setId("mqlTier");
        mql.getItems().addAll(Tier.A, Tier.B, Tier.C);
        mql.setValue(draft().thresholds().mqlTier());
        mql.valueProperty().addListener((obs, old, tier) -> {
            if (tier != null && tier != draft().thresholds().mqlTier()) {
                model.edit("MQL from " + tier.label(), c -> c.withThresholds(t -> t.withMqlTier(tier)));
            }
        });
        updaters.add(() -> mql.setValue(draft().thresholds().mqlTier()));
        grid.addRow(row, label("MQL from tier"), mql);
        return section("Thresholds (agreed with sales)", grid);
    }

    /** How accounts are scored from their contacts (docs/scorecard.md, section 7c), previewed in the account matrix. */
    private Node accounts() {
        GridPane grid = grid();
        int row = 0;
        row = thresholdRow(grid, row, "Contact cap", "accountContactCap", "$.accounts.contactCap", 1, 200,
                c -> c.accounts().contactCap(), (c, v) -> c.withAccounts(c.accounts().withContactCap(v)));
        row = thresholdRow(grid, row, "Engaged from", "accountEngagedMinimum", "$.accounts.engagedMinimum", 1, 200,
                c -> c.accounts().engagedMinimum(), (c, v) -> c.withAccounts(c.accounts().withEngagedMinimum(v)));
        row = thresholdRow(grid, row, "Per role", "accountPointsPerRole", "$.accounts.pointsPerRole", 0, 100,
                c -> c.accounts().pointsPerRole(), (c, v) -> c.withAccounts(c.accounts().withPointsPerRole(v)));
        for (Tier tier : List.of(Tier.A, Tier.B, Tier.C)) {
            row = thresholdRow(grid, row, "Account " + tier.name() + " from", "account" + tier.name(), "$.accounts.tiers." + tier.name(), 0, 600,
                    c -> c.accounts().minimum(tier), (c, v) -> c.withAccounts(c.accounts().withMinimum(tier, v)));
        }
        ComboBox<Tier> mqa = new ComboBox<>();
        mqa.setId("mqaTier");
        mqa.getItems().addAll(Tier.A, Tier.B, Tier.C);
        mqa.setValue(draft().accounts().mqaTier());
        mqa.valueProperty().addListener((obs, old, tier) -> {
            if (tier != null && tier != draft().accounts().mqaTier()) {
                model.edit("MQA from account " + tier.label(), c -> c.withAccounts(c.accounts().withMqaTier(tier)));
            }
        });
        updaters.add(() -> mqa.setValue(draft().accounts().mqaTier()));
        grid.addRow(row, label("MQA from tier"), mqa);
        String roles = String.join(", ", draft().accounts().roles(draft().rules()));
        Label buyingGroup = new Label("Intent a contact adds to its account is capped at the contact cap; a contact counts as engaged "
                + "from the minimum; each buying-group role engaged adds its points. Buying group: "
                + (roles.isEmpty() ? "no persona rule gives points, so no role counts" : roles));
        buyingGroup.setWrapText(true);
        buyingGroup.getStyleClass().add(Styles.MUTED);
        return section("Accounts (company score from its contacts)", new VBox(6, grid, buyingGroup));
    }

    private int thresholdRow(GridPane grid, int row, String name, String id, String path, double min, double max,
                             java.util.function.ToDoubleFunction<Scorecard> get, BiFunction<Scorecard, Double, Scorecard> set) {
        NumberEditor editor = new NumberEditor(id, min, max, true);
        editor.show(get.applyAsDouble(draft()));
        editor.onDrag(v -> model.drag(c -> set.apply(c, v)));
        editor.onCommit(v -> model.commitNumber(name, get, c -> set.apply(c, v)));
        updaters.add(() -> editor.show(get.applyAsDouble(draft())));
        editorsByPath.put(path, editor);
        grid.addRow(row, label(name), editor);
        GridPane.setHgrow(editor, Priority.ALWAYS);
        return row + 1;
    }

    // ------------------------------------------------------------------ exclusions

    private Node exclusions(Scorecard draft) {
        VBox box = new VBox(4);
        for (ExclusionRule e : draft.exclusions()) {
            CheckBox check = new CheckBox(e.label());
            check.setId("exclusion-" + e.id());
            check.setSelected(e.enabled());
            check.selectedProperty().addListener((obs, was, on) -> {
                ExclusionRule current = current(e.id());
                if (current != null && current.enabled() != on) {
                    model.edit((on ? "Enable " : "Disable ") + "exclusion " + e.label(), c -> c.withExclusions(
                            c.exclusions().stream().map(x -> x.id().equals(e.id()) ? x.withEnabled(on) : x).toList()));
                }
            });
            updaters.add(() -> {
                ExclusionRule current = current(e.id());
                if (current != null) {
                    check.setSelected(current.enabled());
                }
            });
            box.getChildren().add(check);
        }
        return section("Exclusions (contacts that never become leads)", box);
    }

    private ExclusionRule current(String id) {
        return draft().exclusions().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
    }

    // ------------------------------------------------------------------ rules

    private Node rules(Scorecard draft, RulePart part, String title) {
        VBox box = new VBox(6);
        List<Rule> list = draft.rules(part);
        String base = part == RulePart.FIT ? "$.fit" : "$.intent";
        for (int i = 0; i < list.size(); i++) {
            box.getChildren().add(ruleRow(list.get(i), base + "[" + i + "]"));
        }
        MenuButton add = new MenuButton("Add rule");
        add.setId(part == RulePart.FIT ? "addFitRule" : "addIntentRule");
        if (part == RulePart.FIT) {
            MenuItem field = new MenuItem("Field equals a value…");
            field.setOnAction(e -> addFieldRule());
            add.getItems().add(field);
        } else {
            for (ActivityType type : ActivityType.values()) {
                MenuItem item = new MenuItem(type.label());
                item.setOnAction(e -> model.addSignalRule(type));
                add.getItems().add(item);
            }
        }
        box.getChildren().add(add);
        return section(title, box);
    }

    private Node ruleRow(Rule rule, String path) {
        String id = rule.id();
        CheckBox enabled = new CheckBox();
        enabled.setId("enabled-" + id);
        enabled.setSelected(rule.enabled());
        enabled.selectedProperty().addListener((obs, was, on) -> {
            Rule r = draft().rule(id).orElse(null);
            if (r != null && r.enabled() != on) {
                model.edit((on ? "Enable " : "Disable ") + r.label(), c -> c.withRule(c.rule(id).orElseThrow().withEnabled(on)));
            }
        });
        TextField label = new TextField(rule.label());
        label.setId("label-" + id);
        label.getStyleClass().add(Styles.RULE_LABEL);
        HBox.setHgrow(label, Priority.ALWAYS);
        label.setOnAction(e -> renameRule(id, label.getText()));
        label.focusedProperty().addListener((obs, was, focused) -> {
            if (was && !focused) {
                renameRule(id, label.getText());
            }
        });
        Button remove = new Button("✕");
        remove.setId("remove-" + id);
        remove.setOnAction(e -> model.edit("Remove " + draft().rule(id).map(Rule::label).orElse(id),
                c -> c.withRules(c.rules().stream().filter(r -> !r.id().equals(id)).toList())));
        Label kind = new Label(rule.kind().replace('_', ' '));
        kind.getStyleClass().add(Styles.MUTED);
        HBox head = new HBox(6, enabled, label, kind, remove);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        GridPane grid = grid();
        int row = 0;
        row = ruleNumber(grid, row, "Points", "points-" + id, path + ".points", -50, 100, false, id,
                Rule::points, (r, v) -> r.withPoints(v));
        // cap, window and decay are tuned on intent kinds only: form keywords count once over every form
        ActivityRule a = switch (rule) {
            case SignalRule s -> s;
            case UrgencyRule u -> u;
            case FormKeywordRule k -> null;
            case ProfileRule p -> null;
        };
        if (a != null) {
            row = ruleNumber(grid, row, "Cap", "cap-" + id, path + ".cap", 0, 200, false, id,
                    r -> ((ActivityRule) r).cap() == null ? 0 : ((ActivityRule) r).cap(),
                    (r, v) -> ((ActivityRule) r).withCap(v == 0 ? null : v));
            row = ruleNumber(grid, row, "Window", "window-" + id, path + ".windowDays", 1, 365, true, id,
                    r -> ((ActivityRule) r).effectiveWindowDays(draft().windowDays()),
                    (r, v) -> ((ActivityRule) r).withWindowDays((int) Math.round(v)));
            row = decayRow(grid, row, id, path, a);
        }
        VBox box = new VBox(4, head, grid);
        box.setId("rule-" + id);
        box.getStyleClass().add(Styles.RULE_ROW);
        updaters.add(() -> draft().rule(id).ifPresent(r -> {
            enabled.setSelected(r.enabled());
            if (!label.isFocused()) {
                label.setText(r.label());
            }
        }));
        return box;
    }

    private void renameRule(String id, String text) {
        Rule r = draft().rule(id).orElse(null);
        if (r == null || text == null || text.isBlank() || text.strip().equals(r.label())) {
            return;
        }
        model.edit("Rename " + r.label() + " → " + text.strip(), c -> c.withRule(c.rule(id).orElseThrow().withLabel(text.strip())));
    }

    private int ruleNumber(GridPane grid, int row, String name, String editorId, String path, double min, double max, boolean whole,
                           String ruleId, java.util.function.ToDoubleFunction<Rule> get, BiFunction<Rule, Double, Rule> set) {
        NumberEditor editor = new NumberEditor(editorId, min, max, whole);
        editor.show(get.applyAsDouble(draft().rule(ruleId).orElseThrow()));
        editor.onDrag(v -> model.drag(c -> c.withRule(set.apply(c.rule(ruleId).orElseThrow(), v))));
        editor.onCommit(v -> {
            String label = draft().rule(ruleId).map(Rule::label).orElse(ruleId);
            model.commitNumber(label + " " + name.toLowerCase(Locale.ROOT),
                    c -> c.rule(ruleId).map(get::applyAsDouble).orElse(0.0),
                    c -> c.withRule(set.apply(c.rule(ruleId).orElseThrow(), v)));
        });
        updaters.add(() -> draft().rule(ruleId).ifPresent(r -> editor.show(get.applyAsDouble(r))));
        editorsByPath.put(path, editor);
        grid.addRow(row, label(name), editor);
        GridPane.setHgrow(editor, Priority.ALWAYS);
        return row + 1;
    }

    private int decayRow(GridPane grid, int row, String id, String path, ActivityRule rule) {
        ComboBox<String> kind = new ComboBox<>();
        kind.setId("decay-" + id);
        kind.getItems().addAll("No decay", "Linear", "Half-life");
        NumberEditor halfLife = new NumberEditor("halfLife-" + id, 1, 180, true);
        Runnable show = () -> draft().rule(id).ifPresent(r -> {
            Decay d = ((ActivityRule) r).decay();
            kind.setValue(switch (d.kind()) {
                case NONE -> "No decay";
                case LINEAR -> "Linear";
                case HALF_LIFE -> "Half-life";
            });
            halfLife.setDisable(d.kind() != Decay.Kind.HALF_LIFE);
            halfLife.show(d.kind() == Decay.Kind.HALF_LIFE ? d.halfLifeDays() : 30);
        });
        show.run();
        kind.valueProperty().addListener((obs, old, value) -> {
            ActivityRule r = (ActivityRule) draft().rule(id).orElse(null);
            if (r == null || value == null) {
                return;
            }
            Decay next = switch (value) {
                case "Linear" -> Decay.linear();
                case "Half-life" -> Decay.halfLife(r.decay().kind() == Decay.Kind.HALF_LIFE ? r.decay().halfLifeDays() : 30);
                default -> Decay.NONE;
            };
            if (!next.equals(r.decay())) {
                model.edit(r.label() + " decay → " + next.describe(), c -> c.withRule(((ActivityRule) c.rule(id).orElseThrow()).withDecay(next)));
            }
        });
        halfLife.onDrag(v -> model.drag(c -> c.withRule(((ActivityRule) c.rule(id).orElseThrow()).withDecay(Decay.halfLife(v)))));
        halfLife.onCommit(v -> model.commitNumber(draft().rule(id).map(Rule::label).orElse(id) + " half-life (days)",
                c -> c.rule(id).map(r -> ((ActivityRule) r).decay().halfLifeDays()).orElse(0.0),
                c -> c.withRule(((ActivityRule) c.rule(id).orElseThrow()).withDecay(Decay.halfLife(v)))));
        editorsByPath.put(path + ".decay.halfLifeDays", halfLife);
        updaters.add(show);
        HBox decay = new HBox(8, kind, halfLife);
        HBox.setHgrow(halfLife, Priority.ALWAYS);
        grid.addRow(row, label("Decay"), decay);
        return row + 1;
    }

    // ------------------------------------------------------------------ adding rules

    private void addFieldRule() {
        TextInputDialog dialog = new TextInputDialog("account.industry = Mining");
        dialog.setTitle("Add a field rule");
        dialog.setHeaderText("A rule on any field, custom fields from imports included.\n"
                + "Write FIELD = VALUE, e.g. contact.source = Trade show, or lead_type = online_big.");
        dialog.showAndWait().ifPresent(model::addFieldRule);
    }

    // ------------------------------------------------------------------ layout helpers

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints(104);
        javafx.scene.layout.ColumnConstraints editors = new javafx.scene.layout.ColumnConstraints();
        editors.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, editors);
        return grid;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.FACT_LABEL);
        return l;
    }

    private static TitledPane section(String title, Node body) {
        TitledPane pane = new TitledPane(title, body);
        pane.setAnimated(false);
        return pane;
    }
}
