package com.leadbench.ingest;

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

    // target indexes, -1 when nothing feeds them
    private final int tExternalId;
    private final int tEmail;
    private final int tFirstName;
    private final int tLastName;
    private final int tJobTitle;
    private final int tPhone;
    private final int tCountry;
    private final int tIpCountry;
    private final int tSource;
    private final int tCampaign;
    private final int tCreatedAt;
    private final int tOwner;
    private final int tCompany;
    private final int tDomain;
    private final int tIndustry;
    private final int tEmployees;
    private final int tRevenue;
    private final int tCompanyCountry;
    private final int tRegion;
    private final int tCustomer;
    private final int tAccountManager;
    private final int tType;
    private final int tAsset;
    private final int tAssetKind;
    private final int tProductLine;
    private final int tAt;
    private final int tActivityCampaign;
    private final int tFormText;
    private final int tKind;
    private final int tAmount;
    private final int tNote;

    private ImportRun(CsvSource source, BoundMapping bound, ContactDirectory directory, ImportWrites writes, Instant now) {
        this.source = source;
        this.bound = bound;
        this.directory = directory;
        this.writes = writes;
        this.now = now;
        this.keepOnAccount = bound.mapping().customFieldsOn().equals(ImportMapping.ON_ACCOUNT);
        this.outcome = bound.mapping().outcome().orElse(null);
        boolean contacts = bound.mapping().kind() == ImportKind.CONTACTS;
        tExternalId = bound.index(contacts ? "external_id" : "contact_external_id");
        tEmail = bound.index(contacts ? "email" : "contact_email");
        tFirstName = bound.index("first_name");
        tLastName = bound.index("last_name");
        tJobTitle = bound.index("job_title");
        tPhone = bound.index("phone");
        tCountry = bound.index("country");
        tIpCountry = bound.index("ip_country");
        tSource = bound.index("source");
        tCampaign = bound.index("campaign");
        tCreatedAt = bound.index("created_at");
        tOwner = bound.index("owner");
        tCompany = bound.index("company");
        tDomain = bound.index("domain");
        tIndustry = bound.index("industry");
        tEmployees = bound.index("employees");
        tRevenue = bound.index("annual_revenue");
        tCompanyCountry = bound.index("company_country");
        tRegion = bound.index("region");
        tCustomer = bound.index("is_customer");
        tAccountManager = bound.index("account_manager");
        tType = bound.index(contacts ? "activity_type" : "type");
        tAsset = bound.index(contacts ? "activity_asset" : "asset");
        tAssetKind = bound.index(contacts ? "activity_asset_kind" : "asset_kind");
        tProductLine = bound.index(contacts ? "activity_product_line" : "product_line");
        tAt = bound.index(contacts ? "activity_at" : "occurred_at");
        tActivityCampaign = bound.index(contacts ? "activity_campaign" : "campaign");
        tFormText = bound.index(contacts ? "activity_form_text" : "form_text");
        tKind = bound.index("kind");
        tAmount = bound.index("amount");
        tNote = bound.index("note");
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
        String externalId = bound.text(r, tExternalId);
        String email = bound.text(r, tEmail);
        boolean generated = false;
        if (externalId == null && email == null) {
            externalId = generatedId(r, row);
            generated = externalId != null;
        }
        Instant createdAt = bound.date(r, tCreatedAt, row);
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
        ActivityType type = bound.activityType(r, tType, row);
        Instant activityAt = bound.date(r, tAt, row);
        Map<String, String> custom = bound.customFields(r);
        if (!row.ok()) {
            return;
        }
        long id = directory.find(externalId, email);
        Long accountId = account.any() ? account(account, id >= 0 ? directory.accountOf(id) : null) : null;
        ContactValues values = new ContactValues(externalId, email, bound.text(r, tFirstName), bound.text(r, tLastName),
                bound.text(r, tJobTitle), bound.text(r, tPhone), bound.text(r, tCountry), bound.text(r, tIpCountry),
                bound.text(r, tSource), bound.text(r, tCampaign), createdAt, bound.text(r, tOwner), accountId);
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
                row.problem(bound.label(tAt >= 0 ? tAt : tCreatedAt), null,
                        "the row's activity has no time: activity_at and created_at are both empty");
                return;
            }
            if (writing()) {
                writes.activity(new Activity(0, id, type, bound.text(r, tAsset), bound.text(r, tAssetKind),
                        bound.text(r, tProductLine), at, bound.text(r, tActivityCampaign), bound.text(r, tFormText)));
            }
        }
    }

    /**
     * The generated external id of a row with neither id nor email, or null with a problem when the
     * mapping generates none (or the columns it makes them from are all empty on this row).
     */
    private String generatedId(CSVRecord r, RowProblems row) {
        GeneratedIds ids = bound.mapping().generatedIds();
        String column = tExternalId >= 0 ? bound.label(tExternalId) : tEmail >= 0 ? bound.label(tEmail) : null;
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
        return new AccountValues(bound.domain(r, tDomain), bound.text(r, tCompany), bound.text(r, tIndustry),
                bound.integer(r, tEmployees, row), bound.decimal(r, tRevenue, row), bound.text(r, tCompanyCountry),
                bound.text(r, tRegion), bound.bool(r, tCustomer, row), bound.text(r, tAccountManager));
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
        String externalId = bound.text(r, tExternalId);
        String email = bound.text(r, tEmail);
        if (externalId == null && email == null) {
            row.problem(tExternalId >= 0 ? bound.label(tExternalId) : bound.label(tEmail), null,
                    "neither contact_external_id nor contact_email has a value");
            return -1;
        }
        long id = directory.find(externalId, email);
        if (id < 0) {
            boolean byId = externalId != null;
            row.problem(bound.label(byId ? tExternalId : tEmail), byId ? externalId : email,
                    "no contact with this " + (byId ? "external id" : "email") + (byId && email != null ? " or email " + ImportLimits.cut(email) : "")
                            + "; import the contacts first");
        }
        return id;
    }

    private void required(CSVRecord r, int t, Object value, RowProblems row, String what) {
        if (value == null && bound.text(r, t) == null) {
            row.problem(bound.label(t), null, "empty: every " + what + " needs it");
        }
    }

    private void activity(CSVRecord r, RowProblems row) {
        ActivityType type = bound.activityType(r, tType, row);
        Instant at = bound.date(r, tAt, row);
        required(r, tType, type, row, "activity");
        required(r, tAt, at, row, "activity");
        Map<String, String> custom = bound.customFields(r);
        if (!row.ok()) {
            return;
        }
        long contact = knownContact(r, row);
        if (contact < 0) {
            return;
        }
        if (writing()) {
            boolean added = writes.activity(new Activity(0, contact, type, bound.text(r, tAsset), bound.text(r, tAssetKind),
                    bound.text(r, tProductLine), at, bound.text(r, tActivityCampaign), bound.text(r, tFormText)));
            if (added) {
                inserted++;
            } else {
                updated++;
            }
        }
        keep(contact, custom, row);
    }

    private void outcome(CSVRecord r, RowProblems row) {
        FollowUpKind kind = bound.followUpKind(r, tKind, row);
        Instant at = bound.date(r, tAt, row);
        Double amount = bound.decimal(r, tAmount, row);
        required(r, tKind, kind, row, "outcome");
        required(r, tAt, at, row, "outcome");
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
            boolean added = writes.followUp(new SalesFollowUp(0, contact, kind, at, amount, bound.text(r, tNote)));
            if (added) {
                inserted++;
            } else {
                updated++;
            }
        }
        keep(contact, custom, row);
    }
}
