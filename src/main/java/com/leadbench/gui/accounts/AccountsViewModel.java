package com.leadbench.gui.accounts;

import com.leadbench.gui.Formats;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.gui.detail.LeadDetailViewModel;
import com.leadbench.model.Contact;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;
import com.leadbench.scoring.account.AccountPoints;
import com.leadbench.scoring.account.AccountScore;
import com.leadbench.scoring.account.EngagedContact;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Accounts screen: accounts best first with score, tier, engaged roles and the roles missing; a text,
 * tier and MQA filter; the selected account's score explained and its contacts; the selected contact in
 * the same detail pane as the Leads screen.
 */
public final class AccountsViewModel {

    private final AccountDesk desk;
    private final LeadDetailViewModel detail;
    private final TaskExecutor executor;
    private final ObservableList<AccountScore> all = FXCollections.observableArrayList();
    private final FilteredList<AccountScore> visible = new FilteredList<>(all, a -> true);
    private final ObservableList<AccountContact> contacts = FXCollections.observableArrayList();
    private final ObservableList<AccountPoints> lines = FXCollections.observableArrayList();
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<Tier> tierFilter = new SimpleObjectProperty<>();
    private final BooleanProperty mqasOnly = new SimpleBooleanProperty();
    private final ObjectProperty<AccountScore> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<AccountContact> selectedContact = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("Select an account to see its score and its contacts.");
    private final ReadOnlyStringWrapper missing = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private AccountBook book;
    /** Each account's contacts as the table shows them, made when the account is first selected. */
    private final Map<Long, List<AccountContact>> contactsOf = new HashMap<>();

    public AccountsViewModel(AccountDesk desk, LeadDetailViewModel detail, TaskExecutor executor) {
        this.desk = desk;
        this.detail = detail;
        this.executor = executor;
        filterText.addListener((obs, old, text) -> refilter());
        tierFilter.addListener((obs, old, tier) -> refilter());
        mqasOnly.addListener((obs, old, on) -> refilter());
        selected.addListener((obs, old, account) -> showAccount(account));
        selectedContact.addListener((obs, old, contact) -> {
            if (contact == null) {
                detail.clear();
            } else {
                detail.show(contact.contactId());
            }
        });
    }

    /** Reads and scores every account off the FX thread; the selection is kept when the account is still there. */
    public void load() {
        loading.set(true);
        error.set("");
        executor.execute(desk::accounts, loaded -> {
            long kept = selected.get() == null ? -1 : selected.get().accountId();
            book = loaded;
            contactsOf.clear();
            all.setAll(loaded.accounts());
            loading.set(false);
            refilter();
            all.stream().filter(a -> a.accountId() == kept).findFirst().ifPresentOrElse(a -> {
                selected.set(null);
                selected.set(a);
            }, () -> selected.set(null));
        }, failure -> {
            loading.set(false);
            error.set("Could not score the accounts: " + failure.getMessage());
        });
    }

    private void refilter() {
        String text = filterText.get() == null ? "" : filterText.get().strip().toLowerCase(Locale.ROOT);
        Tier tier = tierFilter.get();
        boolean mqas = mqasOnly.get();
        visible.setPredicate(a -> (tier == null || a.tier() == tier) && (!mqas || a.mqa()) && (text.isEmpty() || matches(a, text)));
        if (selected.get() != null) {
            showAccount(selected.get());
        }
        updateStatus();
    }

    private boolean matches(AccountScore a, String text) {
        if (accountMatches(a, text)) {
            return true;
        }
        for (int row : a.rows()) {
            if (contactMatches(book.leads().contact(row), text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean accountMatches(AccountScore a, String text) {
        var acc = a.account();
        return contains(acc.name(), text) || contains(acc.domain(), text) || contains(acc.industry(), text) || contains(acc.country(), text)
                || contains(acc.region(), text) || a.roles().stream().anyMatch(r -> contains(r, text));
    }

    private static boolean contactMatches(Contact c, String text) {
        return contains(c.displayName(), text) || contains(c.email(), text) || contains(c.jobTitle(), text);
    }

    private static boolean contains(String value, String text) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(text);
    }

    private void showAccount(AccountScore account) {
        if (account == null || book == null) {
            contacts.clear();
            lines.clear();
            heading.set("Select an account to see its score and its contacts.");
            missing.set("");
            selectedContact.set(null);
            return;
        }
        String text = filterText.get() == null ? "" : filterText.get().strip().toLowerCase(Locale.ROOT);
        List<AccountContact> rows = contactsOf.computeIfAbsent(account.accountId(), id -> contactsOf(account));
        boolean wholeAccount = text.isEmpty() || accountMatches(account, text);
        AccountContact keep = selectedContact.get();
        contacts.setAll(wholeAccount ? rows : rows.stream().filter(c -> contains(c.name(), text) || contains(c.email(), text)
                || contains(c.jobTitle(), text)).toList());
        if (keep != null && !contacts.contains(keep)) {
            selectedContact.set(null);
        }
        lines.setAll(account.lines());
        Instant since = book.mqaSince().get(account.accountId());
        heading.set(account.displayName() + " · " + account.tier().label() + " · " + com.leadbench.scoring.rules.Points.format(account.score()) + " points"
                + (account.mqa() ? " · MQA" + (since == null ? "" : " since " + Formats.date(since)) : "")
                + " · " + account.engaged().size() + " of " + account.contactCount() + " contacts engaged");
        missing.set(account.missingRoles().isEmpty() ? (account.roles().isEmpty() ? "" : "Every role of the buying group is engaged.")
                : "Missing: " + account.missingText() + ".");
    }

    private List<AccountContact> contactsOf(AccountScore account) {
        Map<Integer, EngagedContact> engaged = new HashMap<>();
        account.engaged().forEach(e -> engaged.put(e.row(), e));
        List<AccountContact> out = new ArrayList<>(account.rows().length);
        for (int row : account.rows()) {
            Contact c = book.leads().contact(row);
            EngagedContact e = engaged.get(row);
            LifecycleStage stage = book.stages().getOrDefault(c.id(), LifecycleStage.CONTACT);
            out.add(new AccountContact(c.id(), c.displayName(), c.email(), c.jobTitle(), e == null ? "" : String.join(", ", e.roles()),
                    book.scores().tier(row), book.scores().total(row), book.scores().intent(row), e == null ? 0 : e.counted(), e != null, stage));
        }
        out.sort(Comparator.comparing(AccountContact::engaged).reversed().thenComparing(Comparator.comparingDouble(AccountContact::counted).reversed())
                .thenComparing(Comparator.comparingDouble(AccountContact::score).reversed()).thenComparingLong(AccountContact::contactId));
        return out;
    }

    private void updateStatus() {
        if (book == null) {
            status.set("");
            return;
        }
        long mqas = visible.stream().filter(AccountScore::mqa).count();
        int engaged = visible.stream().mapToInt(a -> a.engaged().size()).sum();
        String shown = visible.size() == all.size() ? Formats.count(all.size()) + " accounts"
                : Formats.count(visible.size()) + " of " + Formats.count(all.size()) + " accounts";
        status.set(shown + " · " + Formats.count(mqas) + " MQAs · " + Formats.count(engaged) + " engaged contacts · scored under "
                + book.scorecardLabel());
    }

    /** The selected account, if any. */
    public Optional<AccountScore> selectedAccount() {
        return Optional.ofNullable(selected.get());
    }

    public ObservableList<AccountScore> visibleAccounts() {
        return visible;
    }

    public ObservableList<AccountContact> contacts() {
        return contacts;
    }

    public ObservableList<AccountPoints> lines() {
        return lines;
    }

    public LeadDetailViewModel detail() {
        return detail;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<Tier> tierFilterProperty() {
        return tierFilter;
    }

    public BooleanProperty mqasOnlyProperty() {
        return mqasOnly;
    }

    public ObjectProperty<AccountScore> selectedProperty() {
        return selected;
    }

    public ObjectProperty<AccountContact> selectedContactProperty() {
        return selectedContact;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty missingProperty() {
        return missing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
