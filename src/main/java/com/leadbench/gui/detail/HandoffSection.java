package com.leadbench.gui.detail;

import com.leadbench.handoff.LeadHandoff;
import com.leadbench.gui.Formats;
import com.leadbench.gui.Styles;
import com.leadbench.model.ReviewNote;
import com.leadbench.model.StageTransition;
import com.leadbench.model.Tier;
import com.leadbench.scoring.routing.Deadlines.Deadline;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The handoff part of the detail pane: route and the rule that chose it, the response deadline
 * (overdue marked), review state and actions, the tier override, the editable handoff note and
 * the review notes. Text from the data is shown cut ({@link Formats#cut(String)}).
 */
public final class HandoffSection {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ENGLISH);
    /** Characters of the handoff note the editor shows; a note is a page or two, unless a field in it is huge. */
    public static final int NOTE_SHOWN_CHARS = 20_000;

    private HandoffSection() {
    }

    static Node create(ShownLead view, LeadDetailViewModel model) {
        LeadHandoff h = view.handoff();
        Label heading = new Label("Handoff to sales");
        heading.getStyleClass().add(Styles.SECTION_TITLE);

        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(6);
        int row = 0;
        Label queue = value(Formats.cut(h.route().queue()), "routeQueue");
        Label routeWhy = value(Formats.cut(h.route().reason()), "routeReason");
        routeWhy.getStyleClass().add(Styles.MUTED);
        facts.addRow(row++, label("Route"), new VBox(2, queue, routeWhy));
        facts.addRow(row++, label("Deadline"), deadline(h));
        facts.addRow(row++, label("Review"), review(h));
        facts.addRow(row++, label("Handed off"), handedOff(h.handoff()));

        Button reviewed = new Button(h.reviewed() ? "Mark not reviewed" : "Mark reviewed");
        reviewed.setId("markReviewed");
        reviewed.setDisable(!h.stage().isQualified());
        reviewed.setOnAction(e -> {
            if (h.reviewed()) {
                model.withdrawReview();
            } else {
                model.markReviewed();
            }
        });
        Button override = new Button("Override tier…");
        override.setId("overrideTier");
        override.setDisable(h.breakdown().excluded());
        override.setOnAction(e -> askOverride(h).ifPresent(o -> model.overrideTier(o.tier(), o.reason())));
        Button removeOverride = new Button("Remove override");
        removeOverride.setId("removeOverride");
        removeOverride.setDisable(h.marks().override().isEmpty());
        removeOverride.setOnAction(e -> model.removeOverride("override removed from the detail pane"));
        Button addNote = new Button("Add note…");
        addNote.setId("addReviewNote");
        addNote.setOnAction(e -> {
            TextInputDialog dialog = new TextInputDialog();
            dialog.setTitle("Review note");
            dialog.setHeaderText("A note on " + Formats.cut(view.detail().contact().displayName(), 200));
            dialog.getEditor().setPromptText("What you found or decided");
            dialog.showAndWait().filter(t -> !t.isBlank()).ifPresent(model::addNote);
        });
        HBox actions = new HBox(8, reviewed, override, removeOverride, addNote);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label noteTitle = new Label("Handoff note");
        noteTitle.getStyleClass().add(Styles.SECTION_TITLE);
        String shownNote = shownNote(h.noteText());
        boolean noteCut = !shownNote.equals(h.noteText());
        Label noteState = new Label((h.marks().editedNote().isPresent()
                ? "Edited by hand on " + Formats.dateTime(h.marks().noteEditedAt()) + " — this text is what sales gets"
                : "Generated from the breakdown and the data")
                + (noteCut ? "; shown shortened (" + Formats.count(h.noteText().length()) + " characters): saving keeps what is shown" : ""));
        noteState.setId("noteState");
        noteState.setWrapText(true);
        noteState.getStyleClass().add(h.marks().editedNote().isPresent() || noteCut ? Styles.FLAG_OVERRIDE : Styles.MUTED);
        TextArea note = new TextArea(shownNote);
        note.setId("handoffNote");
        note.getStyleClass().add(Styles.NOTE_EDITOR);
        note.setWrapText(true);
        note.setPrefRowCount(16);
        Button save = new Button("Save edit");
        save.setId("saveNote");
        save.disableProperty().bind(note.textProperty().isEqualTo(h.noteText()).or(note.textProperty().isEmpty()));
        save.setOnAction(e -> model.saveNote(note.getText()));
        Button reset = new Button("Reset to generated");
        reset.setId("resetNote");
        reset.setDisable(h.marks().editedNote().isEmpty());
        reset.setOnAction(e -> model.resetNote());
        HBox noteHeader = new HBox(10, noteTitle, noteState);
        noteHeader.setAlignment(Pos.BASELINE_LEFT);
        HBox noteActions = new HBox(8, save, reset);

        VBox box = view.inHandoff() ? new VBox(8, heading, facts, actions, noteHeader, note, noteActions)
                : new VBox(8, heading, notQualified(), actions);
        if (!view.notes().isEmpty()) {
            Label notesTitle = new Label("Review notes");
            notesTitle.getStyleClass().add(Styles.SECTION_TITLE);
            VBox lines = new VBox(2);
            lines.setId("reviewNotes");
            for (ReviewNote n : view.notes()) {
                Label l = new Label(Formats.cut(Formats.dateTime(n.writtenAt()) + "  " + n.author() + ": " + n.text()));
                l.setWrapText(true);
                lines.getChildren().add(l);
            }
            box.getChildren().addAll(notesTitle, lines);
        }
        box.getStyleClass().add(Styles.SECTION);
        box.setId("handoffSection");
        return box;
    }

    private static Label notQualified() {
        Label l = new Label("Not an MQL or SQL: no route, deadline or handoff note yet. Override the tier if you know better.");
        l.setId("notInHandoff");
        l.getStyleClass().add(Styles.MUTED);
        l.setWrapText(true);
        return l;
    }

    private static Node deadline(LeadHandoff h) {
        if (h.deadline().isEmpty()) {
            return value("No deadline: not an MQL or SQL", "deadlineText");
        }
        Deadline d = h.deadline().get();
        Label text = value("Contact by " + DUE.format(d.due()) + " — " + d.businessDays() + " business day"
                + (d.businessDays() == 1 ? "" : "s") + " after qualifying on " + Formats.dateTime(d.qualifiedAt()), "deadlineText");
        text.setWrapText(true);
        Label chip = new Label(h.contacted() ? "Contacted" : h.overdue() ? "Overdue" : "Due");
        chip.setId("deadlineState");
        chip.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        chip.getStyleClass().add(Styles.STATUS_CHIP);
        if (h.overdue()) {
            chip.getStyleClass().add(Styles.OVERDUE);
        } else if (h.contacted()) {
            chip.getStyleClass().add(Styles.DONE);
        }
        HBox box = new HBox(8, chip, text);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Node review(LeadHandoff h) {
        if (h.handedOff()) {
            return value("Handed off (review no longer needed)", "reviewState");
        }
        return value(h.reviewed() ? "Reviewed" : "Not reviewed yet", "reviewState");
    }

    private static Node handedOff(Optional<StageTransition> handoff) {
        return value(handoff.map(t -> "In packet " + t.packetId() + " on " + Formats.dateTime(t.at())).orElse("Not yet"), "handoffState");
    }

    private record TierChoice(Tier tier, String reason) {
    }

    /** Asks for the tier and the reason; OK stays disabled until a reason is written. */
    private static Optional<TierChoice> askOverride(LeadHandoff h) {
        Dialog<TierChoice> dialog = new Dialog<>();
        dialog.setTitle("Override tier");
        dialog.setHeaderText("Set the tier of " + Formats.cut(h.facts().contact().displayName(), 200) + " by hand (the scorecard gives "
                + h.scoredTier().label() + "). It holds through rescoring until you remove it.");
        ComboBox<Tier> tier = new ComboBox<>();
        tier.setId("overrideTierChoice");
        tier.getItems().addAll(List.of(Tier.A, Tier.B, Tier.C, Tier.NOT_QUALIFIED));
        tier.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Tier t) {
                return t == null ? "" : t.label();
            }

            @Override
            public Tier fromString(String s) {
                return null;
            }
        });
        tier.setValue(h.breakdown().tier() == Tier.A ? Tier.B : Tier.A);
        TextArea reason = new TextArea();
        reason.setId("overrideReason");
        reason.setPromptText("Why (required): e.g. known project from the trade show, budget approved");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Tier"), tier);
        grid.addRow(1, new Label("Reason"), reason);
        GridPane.setHgrow(reason, Priority.ALWAYS);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(reason.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == ButtonType.OK && !reason.getText().isBlank() ? new TierChoice(tier.getValue(), reason.getText()) : null);
        return dialog.showAndWait();
    }

    /**
     * The note as the editor shows it: each line cut ({@link Formats#cut(String)}: a 5 MB job title
     * is one line of the generated note), the whole cut to {@link #NOTE_SHOWN_CHARS}.
     */
    static String shownNote(String note) {
        if (note.length() <= Formats.SHOWN_CHARS) {
            return note;
        }
        StringBuilder shown = new StringBuilder();
        for (String line : note.split("\n", -1)) {
            if (!shown.isEmpty()) {
                shown.append('\n');
            }
            shown.append(Formats.cut(line));
        }
        return Formats.cut(shown.toString(), NOTE_SHOWN_CHARS);
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.FACT_LABEL);
        l.setMinWidth(90);
        return l;
    }

    private static Label value(String text, String id) {
        Label l = new Label(text);
        l.setId(id);
        l.getStyleClass().add(Styles.FACT_VALUE);
        l.setWrapText(true);
        return l;
    }
}
