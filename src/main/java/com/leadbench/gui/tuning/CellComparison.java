package com.leadbench.gui.tuning;

import com.leadbench.gui.LatestOnly;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.gui.tuning.TuningViewModel.Cell;
import com.leadbench.scoring.Breakdown;
import com.leadbench.scoring.Contribution;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.ScoringEngine;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewScores;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The studio's matrix cell and lead comparison: the leads of the selected cell (published tier ×
 * draft tier) and, for the lead picked among them, its breakdown under both scorecards rule by rule,
 * scored off the FX thread (the newest request wins). Part of {@link TuningViewModel}'s state.
 */
final class CellComparison {

    private final TuningSource source;
    private final Supplier<Scorecard> draft;
    private final Supplier<Scorecard> published;
    private final LatestOnly<Comparing, Compared> comparisons;
    private final ObservableList<CellRow> cellContacts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Cell> selectedCell = new ReadOnlyObjectWrapper<>(this, "selectedCell");
    private final ObservableList<CompareRow> comparison = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper comparisonTitle = new ReadOnlyStringWrapper(this, "comparisonTitle", "");

    CellComparison(TuningSource source, TaskExecutor executor, Supplier<Scorecard> draft, Supplier<Scorecard> published,
                   Consumer<Throwable> onFailure) {
        this.source = source;
        this.draft = draft;
        this.published = published;
        this.comparisons = new LatestOnly<>(executor, this::compareOff, this::showComparison, onFailure);
    }

    void select(Cell cell, PreviewResult result) {
        selectedCell.set(cell);
        fillCell(cell, result);
    }

    /** After a new preview: the selected cell's leads again. */
    void refill(PreviewResult result) {
        if (selectedCell.get() != null) {
            fillCell(selectedCell.get(), result);
        }
    }

    private void fillCell(Cell cell, PreviewResult result) {
        if (result == null) {
            cellContacts.clear();
            return;
        }
        LeadColumns leads = source.columns();
        PreviewScores published = source.publishedScores();
        List<CellRow> rows = new ArrayList<>();
        for (int i : result.transitions().contacts(cell.published(), cell.draft())) {
            var c = leads.contact(i);
            rows.add(new CellRow(i, c.id(), c.displayName(), leads.account(i).map(a -> a.name()).orElse(null),
                    published.total(i), result.scores().total(i), published.tier(i), result.scores().tier(i),
                    published.stage(i), result.scores().stage(i)));
        }
        rows.sort((a, b) -> Double.compare(b.draftTotal(), a.draftTotal()));
        cellContacts.setAll(rows);
    }

    /** Scores one contact under both scorecards with the reference engine and lines the rules up; the newest request wins. */
    void compare(CellRow row) {
        if (row == null) {
            comparisons.submit(null);
            return;
        }
        comparisons.submit(new Comparing(row, draft.get(), published.get(), source.now()));
    }

    /** What a comparison needs, read on the FX thread; the scoring runs off it. */
    private record Comparing(CellRow row, Scorecard draft, Scorecard published, Instant now) {
    }

    private record Compared(Comparing asked, Breakdown before, Breakdown after) {
    }

    private Compared compareOff(Comparing asked) {
        if (asked == null) {
            return null;
        }
        var facts = source.columns().facts(asked.row().index());
        return new Compared(asked, ScoringEngine.score(asked.published(), facts, asked.now()), ScoringEngine.score(asked.draft(), facts, asked.now()));
    }

    private void showComparison(Compared compared) {
        if (compared == null) {
            comparison.clear();
            comparisonTitle.set("");
            return;
        }
        Breakdown before = compared.before();
        Breakdown after = compared.after();
        Map<String, Contribution> was = index(before);
        Map<String, Contribution> is = index(after);
        Map<String, CompareRow> rows = new LinkedHashMap<>();
        for (var rule : compared.asked().draft().rules()) {
            addRow(rows, rule.id(), was.get(rule.id()), is.get(rule.id()));
        }
        for (var c : before.contributions()) {
            addRow(rows, c.ruleId(), c, is.get(c.ruleId()));
        }
        comparison.setAll(rows.values());
        comparisonTitle.set(compared.asked().row().name() + ": published " + before.tier().label() + " (" + fmt(before.total()) + ", "
                + before.stage().label() + ") → draft " + after.tier().label() + " (" + fmt(after.total()) + ", "
                + after.stage().label() + ")");
    }

    private static void addRow(Map<String, CompareRow> rows, String id, Contribution was, Contribution is) {
        if (rows.containsKey(id) || (was == null && is == null)) {
            return;
        }
        Contribution any = is != null ? is : was;
        rows.put(id, new CompareRow(any.label(), any.evidence(), was == null ? null : was.points(), is == null ? null : is.points()));
    }

    private static Map<String, Contribution> index(Breakdown b) {
        Map<String, Contribution> out = new LinkedHashMap<>();
        b.contributions().forEach(c -> out.put(c.ruleId(), c));
        return out;
    }

    private static String fmt(double points) {
        return com.leadbench.scoring.rules.Points.format(points);
    }


    ObservableList<CellRow> contacts() {
        return cellContacts;
    }

    ReadOnlyObjectProperty<Cell> selectedProperty() {
        return selectedCell.getReadOnlyProperty();
    }

    ObservableList<CompareRow> comparison() {
        return comparison;
    }

    ReadOnlyStringProperty titleProperty() {
        return comparisonTitle.getReadOnlyProperty();
    }
}
