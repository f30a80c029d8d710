package com.leadbench.importing;

import com.leadbench.model.Activity;
import com.leadbench.model.ActivityType;
import com.leadbench.model.FollowUpKind;
import com.leadbench.model.SalesFollowUp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * One pass over an import file: every row is read through the mapping, checked, matched against the
 * {@link ContactDirectory} and handed to {@link ImportWrites}. After the first problem nothing more is
 * written but every row is still checked, so that the report is complete; the caller then throws
 * away what was written (the store does it by rolling back its transaction).
 */
public final class ImportRun {

    /** Rows between two progress reports (and cancellation checks). */
    static final int PROGRESS_EVERY = 4_096;

    private final CsvSource source;
    private final BoundMapping bound;
    private final ContactDirectory directory;
    private final ImportWrites writes;
    private final Instant now;
    private final boolean keepOnAccount;
    private final List<ImportProblem> problems = new ArrayList<>();
    private long read;
    private long inserted;
    private long updated;
    private long skipped;
    private long rejected;
    private final OutcomeColumn outcome;
    private long won;
    private long lost;
    private long outcomesAdded;
    private long datedByColumn;
    private long datedByFallback;
    private long datedByImportTime;
    private long generatedIds;
    /** Where each target field is read from. */
    private final ImportTargets t;


    private ImportRun(CsvSource source, BoundMapping bound, ContactDirectory directory, ImportWrites writes, Instant now) {
        this.source = source;
        this.bound = bound;
        this.directory = directory;
        this.writes = writes;
        this.now = now;
        this.keepOnAccount = bound.mapping().customFieldsOn().equals(ImportMapping.ON_ACCOUNT);
        this.outcome = bound.mapping().outcome().orElse(null);
        this.t = ImportTargets.of(bound);
    }

    /**
     * Imports {@code source} through {@code mapping}. Returns the summary; when it is not
     * {@link ImportSummary#accepted() accepted}, some writes may have been made and must be undone.
     *
     * @param now the time of the import: the creation time of contacts the file gives none
     * @throws ImportException when the file cannot be read or {@code progress} cancels
     */
    public static ImportSummary run(CsvSource source, ImportMapping mapping, ContactDirectory directory, ImportWrites writes,
                                    ImportProgress progress, Instant now, boolean dryRun) throws ImportException {
        BoundMapping bound = BoundMapping.bind(mapping, source.headers());
        if (!bound.problems().isEmpty()) {
            List<ImportProblem> found = bound.problems();
            return new ImportSummary(0, 0, 0, 0, 0, found.subList(0, Math.min(found.size(), ImportSummary.MAX_PROBLEMS)), dryRun);
        }
        List<ImportProblem> undecided = new ArrayList<>();
        for (DateColumn column : DateColumns.scan(source, bound, true)) {
            if (column instanceof DateColumn.AmbiguousDayOrder a) {
                undecided.add(new ImportProblem(a.line(), a.column(), a.example(), a.reason()));
            }
        }
        if (!undecided.isEmpty()) {
            return new ImportSummary(0, 0, 0, 0, 0, undecided, dryRun);
        }
        return new ImportRun(source, bound, directory, writes, now).rows(progress, dryRun);
    }

    private ImportSummary rows(ImportProgress progress, boolean dryRun) throws ImportException {
        int width = bound.headers().size();
        long total = source.estimatedRows();
        try (Rows rows = source.rowsReadAhead()) {
            while (true) {
                CSVRecord r;
                try {
                    r = rows.next();
                } catch (CsvRows.Malformed e) {
                    read++;
                    rejected++;
                    problem(new ImportProblem(e.line(), null, null, e.getMessage() + "; reading stopped here"));
                    break;
                }
                if (r == null) {
                    break;
                }
                if (CsvRows.isEmptyLine(r) && width > 1) {
                    continue;
                }
                read++;
                long line = rows.line();
                if (r.size() != width) {
                    rejected++;
                    boolean more = r.size() > width;
                    problem(new ImportProblem(line, more ? "field " + (width + 1) : null, more ? r.get(width) : null,
                            "the row has " + r.size() + " fields, the header has " + width
                                    + (more ? " (an unquoted delimiter in a value?)" : "")));
                } else {
                    RowProblems row = new RowProblems(line);
                    if (!bound.fits(r, row)) {
                        rejected++;
                        row.problems().forEach(this::problem);
                    } else if (blank(r)) {
                        skipped++;
                    } else {
                        switch (bound.mapping().kind()) {
                            case CONTACTS -> contact(r, row);
                            case ACTIVITIES -> activity(r, row);
                            case OUTCOMES -> outcome(r, row);
                        }
                        if (!row.ok()) {
                            rejected++;
                            row.problems().forEach(this::problem);
                        }
                    }
                }
                if (read % PROGRESS_EVERY == 0) {
                    progress.rowsDone(read, total);
                    if (progress.cancelled()) {
                        throw new ImportException("import of " + source.file() + " cancelled at line " + line,
                                List.of(new ImportProblem(line, null, null, "cancelled")));
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw CsvSource.problem(source.file(), "cannot be read (" + e.getMessage() + ")");
        }
        progress.rowsDone(read, read);
        boolean accepted = problems.isEmpty();
        ImportSummary.Outcomes outcomes = outcome == null ? ImportSummary.Outcomes.NONE
                : new ImportSummary.Outcomes(won, lost, accepted ? outcomesAdded : 0, outcome.dateColumn(), datedByColumn,
                        outcome.dateFallback(), datedByFallback, datedByImportTime);
        return new ImportSummary(read, accepted ? inserted : 0, accepted ? updated : 0, skipped, rejected, problems, dryRun,
                outcomes, generatedIds);
    }

    private boolean blank(CSVRecord r) {
        for (int i = 0; i < r.size(); i++) {
            if (bound.cell(r, i) != null) {
                return false;
            }
        }
        return true;
    }

    private void problem(ImportProblem p) {
        if (problems.size() < ImportSummary.MAX_PROBLEMS) {
            problems.add(p);
        }
    }

    /** Writes go through while the file has no problem; after one, rows are only checked. */
    private boolean writing() {
        return problems.isEmpty();
    }

    // ------------------------------------------------------------------ contacts

    private void contact(CSVRecord r, RowProblems row) {
        String externalId = bound.text(r, t.externalId());
        String email = bound.text(r, t.email());
        boolean generated = false;
        if (externalId == null && email == null) {
            externalId = generatedId(r, row);
            generated = externalId != null;
        }
        Instant createdAt = bound.date(r, t.createdAt(), row);
        FollowUpKind outcomeKind = outcome == null ? null : outcome.classify(bound.outcomeCell(r)).orElse(null);
        Instant outcomeAt = null;
        DateSource outcomeDatedBy = null;
        if (outcomeKind != null) {
            outcomeAt = bound.date(r, bound.outcomeDate(), row);
            outcomeDatedBy = bound.outcomeDate();
            if (outcomeAt == null && (bound.outcomeDate() == null || bound.dateText(r, bound.outcomeDate()) == null)) {
                outcomeAt = bound.date(r, bound.outcomeFallback(), row);
                outcomeDatedBy = bound.outcomeFallback();
            }
        }
        AccountValues account = account(r, row);
        ActivityType type = bound.activityType(r, t.type(), row);
        Instant activityAt = bound.date(r, t.at(), row);
        Map<String, String> custom = bound.customFields(r);
        if (!row.ok()) {
            return;
        }
        long id = directory.find(externalId, email);
        Long accountId = account.any() ? account(account, id >= 0 ? directory.accountOf(id) : null) : null;
        ContactValues values = new ContactValues(externalId, email, bound.text(r, t.firstName()), bound.text(r, t.lastName()),
                bound.text(r, t.jobTitle()), bound.text(r, t.phone()), bound.text(r, t.country()), bound.text(r, t.ipCountry()),
                bound.text(r, t.source()), bound.text(r, t.campaign()), createdAt, bound.text(r, t.owner()), accountId);
        if (id >= 0) {
            if (writing()) {
                writes.updateContact(id, values);
            }
            directory.update(id, externalId, email, accountId);
            updated++;
        } else {
            id = directory.nextContactId();
            if (writing()) {
                writes.insertContact(id, values.withCreatedAt(createdAt != null ? createdAt : now));
            }
            directory.addContact(id, externalId, email, accountId);
            inserted++;
        }
        keep(id, custom, row);
        if (generated) {
            generatedIds++;
        }
        if (outcomeKind != null) {
            outcomeFollowUp(id, outcomeKind, outcomeAt, outcomeDatedBy);
        }
        if (type != null) {
            Instant at = activityAt != null ? activityAt : createdAt;
            if (at == null) {
                row.problem(bound.label(t.at() >= 0 ? t.at() : t.createdAt()), null,
                        "the row's activity has no time: activity_at and created_at are both empty");
                return;
            }
            if (writing()) {
                writes.activity(new Activity(0, id, type, bound.text(r, t.asset()), bound.text(r, t.assetKind()),
                        bound.text(r, t.productLine()), at, bound.text(r, t.activityCampaign()), bound.text(r, t.formText())));
            }
        }
    }

    /**
     * The generated external id of a row with neither id nor email, or null with a problem when the
     * mapping generates none (or the columns it makes them from are all empty on this row).
     */
    private String generatedId(CSVRecord r, RowProblems row) {
        GeneratedIds ids = bound.mapping().generatedIds();
        String column = t.externalId() >= 0 ? bound.label(t.externalId()) : t.email() >= 0 ? bound.label(t.email()) : null;
        if (!ids.enabled()) {
            row.problem(column, null, "neither external_id nor email has a value, so the contact can be neither matched nor created"
                    + " (generatedIds in the mapping would give it an id)");
            return null;
        }
        if (ids.fromColumns().isEmpty()) {
            return GeneratedIds.ofPosition(source.file().getFileName().toString(), read);
        }
        List<String> cells = bound.generatedIdCells(r);
        if (cells.stream().allMatch(java.util.Objects::isNull)) {
            row.problem(column, null, "neither external_id nor email has a value, and the columns a generated id is made from ("
                    + ImportLimits.cut(String.join(", ", ids.fromColumns())) + ") are empty");
            return null;
        }
        return GeneratedIds.ofValues(cells);
    }

    /**
     * Adds the follow-up a contacts row's outcome column gives: dated by the outcome's date column, else
     * its fallback column, else the time of the import. One dated by the import time is added only when
     * the contact has no follow-up of its kind yet, so that importing the file again adds nothing.
     */
    private void outcomeFollowUp(long contact, FollowUpKind kind, Instant at, DateSource datedBy) {
        if (kind == FollowUpKind.WON) {
            won++;
        } else {
            lost++;
        }
        boolean importTime = at == null;
        if (importTime) {
            datedByImportTime++;
        } else if (datedBy == bound.outcomeDate()) {
            datedByColumn++;
        } else {
            datedByFallback++;
        }
        if (writing()) {
            SalesFollowUp f = new SalesFollowUp(0, contact, kind, importTime ? now : at, null, null);
            if (importTime ? writes.firstFollowUp(f) : writes.followUp(f)) {
                outcomesAdded++;
            }
        }
    }

    private AccountValues account(CSVRecord r, RowProblems row) {
        return new AccountValues(bound.domain(r, t.domain()), bound.text(r, t.company()), bound.text(r, t.industry()),
                bound.integer(r, t.employees(), row), bound.decimal(r, t.revenue(), row), bound.text(r, t.companyCountry()),
                bound.text(r, t.region()), bound.bool(r, t.customer(), row), bound.text(r, t.accountManager()));
    }

    /**
     * The account a row names (by domain, else by company name), updated with the row's fields, or a
     * new one; without domain and name, the contact's own account gets the fields (or a new one).
     */
    private long account(AccountValues values, Long contactsAccount) {
        long id = directory.findAccount(values.domain(), values.name());
        if (id < 0 && values.domain() == null && values.name() == null && contactsAccount != null) {
            id = contactsAccount;
        }
        if (id >= 0) {
            if (writing()) {
                writes.updateAccount(id, values);
            }
            directory.addAccount(id, values.domain(), values.name());
            return id;
        }
        id = directory.nextAccountId();
        if (writing()) {
            writes.insertAccount(id, values);
        }
        directory.addAccount(id, values.domain(), values.name());
        return id;
    }

    /** Keeps the row's unplaced columns on the contact, or on its account. */
    private void keep(long contactId, Map<String, String> custom, RowProblems row) {
        if (custom.isEmpty()) {
            return;
        }
        if (keepOnAccount) {
            Long accountId = directory.accountOf(contactId);
            if (accountId == null) {
                row.problem(null, null, "the mapping keeps columns on the account (" + ImportLimits.cut(String.join(", ", custom.keySet()))
                        + "), but this row's contact has no account: place company or domain, or keep them on the contact");
                return;
            }
            if (writing()) {
                custom.forEach((name, value) -> writes.accountField(accountId, name, value));
            }
        } else if (writing()) {
            custom.forEach((name, value) -> writes.contactField(contactId, name, value));
        }
    }

    // ------------------------------------------------------------------ activities and outcomes

    /** The contact an activities or outcomes row names, or -1 (with a problem). */
    private long knownContact(CSVRecord r, RowProblems row) {
        String externalId = bound.text(r, t.externalId());
        String email = bound.text(r, t.email());
        if (externalId == null && email == null) {
            row.problem(t.externalId() >= 0 ? bound.label(t.externalId()) : bound.label(t.email()), null,
                    "neither contact_external_id nor contact_email has a value");
            return -1;
        }
        long id = directory.find(externalId, email);
        if (id < 0) {
            boolean byId = externalId != null;
            row.problem(bound.label(byId ? t.externalId() : t.email()), byId ? externalId : email,
                    "no contact with this " + (byId ? "external id" : "email") + (byId && email != null ? " or email " + ImportLimits.cut(email) : "")
                            + "; import the contacts first");
        }
        return id;
    }

    private void required(CSVRecord r, int target, Object value, RowProblems row, String what) {
        if (value == null && bound.text(r, target) == null) {
            row.problem(bound.label(target), null, "empty: every " + what + " needs it");
        }
    }

    private void activity(CSVRecord r, RowProblems row) {
        ActivityType type = bound.activityType(r, t.type(), row);
        Instant at = bound.date(r, t.at(), row);
        required(r, t.type(), type, row, "activity");
        required(r, t.at(), at, row, "activity");
        Map<String, String> custom = bound.customFields(r);
        if (!row.ok()) {
            return;
        }
        long contact = knownContact(r, row);
        if (contact < 0) {
            return;
        }
        if (writing()) {
            boolean added = writes.activity(new Activity(0, contact, type, bound.text(r, t.asset()), bound.text(r, t.assetKind()),
                    bound.text(r, t.productLine()), at, bound.text(r, t.activityCampaign()), bound.text(r, t.formText())));
            if (added) {
                inserted++;
            } else {
                updated++;
            }
        }
        keep(contact, custom, row);
    }

    private void outcome(CSVRecord r, RowProblems row) {
        FollowUpKind kind = bound.followUpKind(r, t.kind(), row);
        Instant at = bound.date(r, t.at(), row);
        Double amount = bound.decimal(r, t.amount(), row);
        required(r, t.kind(), kind, row, "outcome");
        required(r, t.at(), at, row, "outcome");
        AccountValues account = account(r, row);
        Map<String, String> custom = bound.customFields(r);
        if (!row.ok()) {
            return;
        }
        long contact = knownContact(r, row);
        if (contact < 0) {
            return;
        }
        if (account.any()) {
            Long before = directory.accountOf(contact);
            long accountId = account(account, before);
            if (before == null || before != accountId) {
                if (writing()) {
                    writes.updateContact(contact, ContactValues.ofAccount(accountId));
                }
                directory.update(contact, null, null, accountId);
            }
        }
        if (writing()) {
            boolean added = writes.followUp(new SalesFollowUp(0, contact, kind, at, amount, bound.text(r, t.note())));
            if (added) {
                inserted++;
            } else {
                updated++;
            }
        }
        keep(contact, custom, row);
    }
}
