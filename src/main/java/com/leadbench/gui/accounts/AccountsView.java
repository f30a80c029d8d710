package com.leadbench.gui.accounts;

import com.leadbench.gui.Formats;
import com.leadbench.gui.Styles;
import com.leadbench.gui.TableColumns;
import com.leadbench.gui.detail.LeadDetailView;
import com.leadbench.model.Tier;
import com.leadbench.scoring.account.AccountPoints;
import com.leadbench.scoring.account.AccountScore;
import com.leadbench.scoring.rules.Points;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Accounts screen: the accounts table over the selected account's score and contacts, beside the
 * selected contact's detail pane.
 */
public final class AccountsView {

    private AccountsView() {
    }

    public static Node create(AccountsViewModel model) {
        Label title = new Label("Accounts");
        title.getStyleClass().add(Styles.TITLE);
        TextField filter = new TextField();
        filter.setId("accountFilter");
        filter.setPromptText("Filter by company, domain, industry, role, or a contact's name, email or title  (Ctrl+F)");
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        filter.setMaxWidth(560);
        ComboBox<String> tiers = new ComboBox<>();
        tiers.setId("accountTierFilter");
        tiers.getItems().addAll("All account tiers", Tier.A.label(), Tier.B.label(), Tier.C.label(), Tier.NOT_QUALIFIED.label(), Tier.EXCLUDED.label());
        tiers.getSelectionModel().selectFirst();
        tiers.valueProperty().addListener((obs, old, label) -> model.tierFilterProperty().set(
                java.util.Arrays.stream(Tier.values()).filter(t -> t.label().equals(label)).findFirst().orElse(null)));
        CheckBox mqas = new CheckBox("MQAs only");
        mqas.setId("mqasOnly");
        mqas.selectedProperty().bindBidirectional(model.mqasOnlyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label error = new Label();
        error.setId("accountsError");
        error.getStyleClass().add(Styles.ERROR_TEXT);
        error.textProperty().bind(model.errorProperty());
        HBox toolbar = new HBox(12, title, filter, tiers, mqas, spacer, error);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add(Styles.TOOLBAR);

        TableView<AccountScore> accounts = accountsTable(model);
        Label empty = new Label("No account yet: contacts are grouped into accounts by their company. Import contacts with a company name or "
                + "domain to score accounts.");
        empty.getStyleClass().add(Styles.EMPTY_STATE);
        empty.setWrapText(true);
        accounts.setPlaceholder(empty);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(48, 48);
        progress.visibleProperty().bind(model.loadingProperty());

        // left: the accounts over the selected account's contacts; right: why it scores so, over the chosen contact
        SplitPane left = new SplitPane(new StackPane(accounts, progress), contactsTable(model));
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.56);
        SplitPane right = new SplitPane(accountPanel(model), LeadDetailView.create(model.detail()));
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.42);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.56);

        Label status = new Label();
        status.setId("accountsStatus");
        status.textProperty().bind(model.statusProperty());
        HBox statusBar = new HBox(status);
        statusBar.getStyleClass().add(Styles.STATUS_BAR);
        statusBar.setPadding(new Insets(4, 12, 4, 12));

        BorderPane root = new BorderPane(split);
        root.setId("accountsScreen");
        root.setTop(toolbar);
        root.setBottom(statusBar);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(javafx.scene.input.KeyCombination.keyCombination("Shortcut+F"), () -> {
                    if (root.isVisible() && root.getParent() != null) {
                        filter.requestFocus();
                    }
                });
            }
        });
        return root;
    }

    private static TableView<AccountScore> accountsTable(AccountsViewModel model) {
        TableView<AccountScore> table = new TableView<>();
        table.setId("accountsTable");
        SortedList<AccountScore> sorted = new SortedList<>(model.visibleAccounts());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().add(TableColumns.text("Account", "accountName", AccountScore::displayName, 200));
        table.getColumns().add(TableColumns.tier("Tier", "accountTier", AccountScore::tier, (a, t) -> a.mqa() ? "MQA" : null, 120));
        table.getColumns().add(number("Score", "accountScore", AccountScore::score, 64));
        table.getColumns().add(number("Fit", "accountFit", AccountScore::fit, 52));
        table.getColumns().add(number("Engagement", "accountEngagement", AccountScore::engagement, 86));
        table.getColumns().add(number("Buying group", "accountBreadth", AccountScore::breadth, 92));
        table.getColumns().add(number("Engaged", "accountEngaged", a -> a.engaged().size(), 66));
        table.getColumns().add(number("Contacts", "accountContacts", AccountScore::contactCount, 70));
        table.getColumns().add(TableColumns.text("Roles engaged", "accountRoles", a -> String.join(", ", a.roles()), 220));
        table.getColumns().add(TableColumns.text("Roles missing", "accountMissing", a -> String.join(", ", a.missingRoles()), 200));
        table.getColumns().add(TableColumns.text("Industry", "accountIndustry", a -> a.account().industry(), 150));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, a) -> model.selectedProperty().set(a));
        model.selectedProperty().addListener((obs, old, a) -> {
            if (a != table.getSelectionModel().getSelectedItem()) {
                if (a == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(a);
                }
            }
        });
        return table;
    }

    /** The selected account: what its score is made of and which roles are missing. */
    private static Node accountPanel(AccountsViewModel model) {
        Label heading = new Label();
        heading.setId("accountHeading");
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        heading.textProperty().bind(model.headingProperty());
        heading.setWrapText(true);
        Label missing = new Label();
        missing.setId("accountMissingRoles");
        missing.getStyleClass().add(Styles.REASON);
        missing.textProperty().bind(model.missingProperty());
        missing.setWrapText(true);

        TableView<AccountPoints> lines = new TableView<>(model.lines());
        lines.setId("accountBreakdown");
        lines.setPlaceholder(new Label("Select an account to see what its score is made of."));
        lines.getColumns().add(plain("Part", p -> p.part().label(), 96));
        lines.getColumns().add(plain("What", AccountPoints::label, 190));
        lines.getColumns().add(plain("Points", p -> Points.signed(p.points()), 56));
        lines.getColumns().add(plain("Evidence", AccountPoints::evidence, 220));
        lines.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(lines, Priority.ALWAYS);
        VBox panel = new VBox(6, heading, missing, lines);
        panel.setId("accountPanel");
        panel.setPadding(new Insets(8, 8, 8, 8));
        return panel;
    }

    /** The selected account's contacts, engaged first; choosing one shows it in the detail pane. */
    private static Node contactsTable(AccountsViewModel model) {
        TableView<AccountContact> contacts = new TableView<>(model.contacts());
        contacts.setId("accountContactsTable");
        contacts.setPlaceholder(new Label("Select an account to see its contacts."));
        contacts.getColumns().add(plain("Contact", AccountContact::name, 150));
        contacts.getColumns().add(plain("Job title", AccountContact::jobTitle, 170));
        contacts.getColumns().add(plain("Buying-group role", AccountContact::roles, 150));
        contacts.getColumns().add(TableColumns.tier("Lead tier", "contactTier", AccountContact::tier, (c, t) -> null, 110));
        contacts.getColumns().add(plain("Score", c -> Points.format(c.score()), 56));
        contacts.getColumns().add(plain("Intent", c -> Points.format(c.intent()), 56));
        contacts.getColumns().add(plain("Counted", c -> c.engaged() ? Points.format(c.counted()) : "not engaged", 90));
        contacts.getColumns().add(plain("Stage", c -> c.stage().label(), 80));
        contacts.getSelectionModel().selectedItemProperty().addListener((obs, old, c) -> model.selectedContactProperty().set(c));
        return contacts;
    }

    private static <T> TableColumn<T, String> plain(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Formats.cut(value.apply(c.getValue()), 200)));
        return column;
    }

    private static <T> TableColumn<T, Number> number(String title, String id, Function<T, Number> value, double width) {
        TableColumn<T, Number> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item instanceof Double d ? Points.format(d) : Formats.count(item.longValue()));
            }
        });
        column.getStyleClass().add(Styles.NUMBER_CELL);
        return column;
    }
}
