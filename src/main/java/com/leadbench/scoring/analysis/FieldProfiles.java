package com.leadbench.scoring.analysis;

import com.leadbench.model.Account;
import com.leadbench.model.Contact;
import com.leadbench.scoring.lead.FieldValues;
import com.leadbench.scoring.lead.LeadFacts;
import com.leadbench.scoring.preview.LeadColumns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every field a candidate can be made of, read for every lead exactly as a field rule reads it
 * ({@link LeadFacts#field}), and what kind of field it is:
 * <ul>
 *   <li>a <b>date</b> field when at least 90% of its answered values are dates ({@link FieldValues#epochMillis});</li>
 *   <li>a <b>numeric</b> one when at least 90% are numbers ({@link FieldValues#number}) and there are at least 5
 *       distinct numbers; a <b>count</b> when every number is a whole number of 0 or more;</li>
 *   <li><b>id-like</b> (skipped) when it is numeric with whole numbers of which at least 90% are distinct, or when
 *       nearly all its answered values (95%) are distinct;</li>
 *   <li>otherwise <b>categorical</b>.</li>
 * </ul>
 * Built-in contact fields (source, campaign, country, job title) and account industry and region are always
 * categorical; custom fields and annual revenue are classified by their values.
 */
final class FieldProfiles {

    static final double SHAPE_SHARE = 0.9;
    static final int MIN_DISTINCT_NUMBERS = 5;
    static final double ID_DISTINCT_NUMBERS = 0.9;
    static final double ID_DISTINCT_VALUES = 0.95;

    static final Set<String> CONTACT_FIELDS = Set.of("email", "email_domain", "first_name", "last_name", "job_title",
            "phone", "country", "ip_country", "source", "campaign", "owner", "external_id");
    static final Set<String> ACCOUNT_FIELDS = Set.of("domain", "name", "industry", "employees", "annual_revenue",
            "country", "region", "customer", "competitor", "account_manager");

    /** What a field may be offered as, before its values are looked at. */
    enum Use {
        /** A built-in text field: its values and its being unanswered. */
        TEXT,
        /** A built-in yes/no field (account customer): its values only. */
        FLAG,
        /** Account employees: its being unanswered only (its bands are the company-size bands). */
        SIZE,
        /** A built-in measure (annual revenue): bands and its being unanswered, never value by value. */
        MEASURE,
        /** A custom field from an import: anything its values allow; its name can flag it. */
        CUSTOM
    }

    enum Shape { CATEGORICAL, NUMERIC, DATE, ID_LIKE }

    /**
     * One field of every lead.
     *
     * @param path     how a field rule names it ({@code contact.source}, {@code contact.TotalVisits}, ...)
     * @param name     how a person names it (the custom field's own name, "Job title", ...)
     * @param values   per lead, the text a field rule reads (null when absent)
     * @param filled   per lead, whether that text is an answer (not {@link FieldValues#isUnanswered})
     * @param numbers  per lead, the number it holds, NaN when none (all NaN unless numeric)
     * @param dates    per lead, the date it holds in epoch millis, {@link Long#MIN_VALUE} when none (unless a date field,
     *                 all none)
     * @param count    numeric and every number a whole number of 0 or more
     * @param answered leads whose value is not unanswered ({@link FieldValues#isUnanswered})
     */
    record FieldProfile(String path, String name, Use use, Shape shape, String[] values, boolean[] filled, double[] numbers,
                        long[] dates, boolean count, int answered) {

        static final long NO_DATE = Long.MIN_VALUE;
    }

    private FieldProfiles() {
    }

    /** The fields of {@code leads}: built-in contact fields, contact custom fields, account fields, account custom fields. */
    static List<FieldProfile> of(LeadColumns leads) {
        int n = leads.size();
        LeadFacts[] facts = new LeadFacts[n];
        Set<String> contactCustom = new TreeSet<>();
        Set<String> accountCustom = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            Contact c = leads.contact(i);
            Optional<Account> a = leads.account(i);
            facts[i] = new LeadFacts(c, a, List.of());
            contactCustom.addAll(c.customFields().keySet());
            a.ifPresent(account -> accountCustom.addAll(account.customFields().keySet()));
        }
        List<FieldProfile> out = new ArrayList<>();
        out.add(profile("contact.source", "Source", Use.TEXT, facts));
        out.add(profile("contact.campaign", "Campaign", Use.TEXT, facts));
        out.add(profile("contact.country", "Country", Use.TEXT, facts));
        out.add(profile("contact.job_title", "Job title", Use.TEXT, facts));
        for (String name : contactCustom) {
            // a custom field named like a built-in one goes by its bare name (the contact's own value comes first)
            String path = CONTACT_FIELDS.contains(name.toLowerCase(Locale.ROOT)) ? name : "contact." + name;
            out.add(profile(path, name, Use.CUSTOM, facts));
        }
        out.add(profile("account.industry", "Industry", Use.TEXT, facts));
        out.add(profile("account.region", "Region", Use.TEXT, facts));
        out.add(profile("account.customer", "Customer", Use.FLAG, facts));
        out.add(profile("account.employees", "Employees", Use.SIZE, facts));
        out.add(profile("account.annual_revenue", "Annual revenue", Use.MEASURE, facts));
        for (String name : accountCustom) {
            if (!ACCOUNT_FIELDS.contains(name.toLowerCase(Locale.ROOT))) { // else a rule cannot name it apart from the built-in
                out.add(profile("account." + name, name, Use.CUSTOM, facts));
            }
        }
        return out;
    }

    private static FieldProfile profile(String path, String name, Use use, LeadFacts[] facts) {
        int n = facts.length;
        String[] values = new String[n];
        boolean[] filled = new boolean[n];
        Map<String, Integer> counts = new HashMap<>();
        int answered = 0;
        Map<String, Boolean> isAnswer = new HashMap<>(); // each distinct text is judged once
        for (int i = 0; i < n; i++) {
            String v = facts[i].field(path);
            values[i] = v;
            if (v != null && isAnswer.computeIfAbsent(v, t -> !FieldValues.isUnanswered(t))) {
                filled[i] = true;
                answered++;
                counts.merge(v, 1, Integer::sum);
            }
        }
        double[] numbers = new double[n];
        Arrays.fill(numbers, Double.NaN);
        long[] dates = new long[n];
        Arrays.fill(dates, FieldProfile.NO_DATE);
        if (use != Use.CUSTOM && use != Use.MEASURE || answered == 0) {
            return new FieldProfile(path, name, use, Shape.CATEGORICAL, values, filled, numbers, dates, false, answered);
        }
        // each distinct text is parsed once, weighted by how many leads hold it
        Map<String, Double> number = new HashMap<>();
        Map<String, Long> date = new HashMap<>();
        Set<Double> distinctNumbers = new HashSet<>();
        Set<String> distinctValues = new HashSet<>();
        int numeric = 0;
        int dated = 0;
        boolean whole = true;
        boolean negative = false;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            distinctValues.add(e.getKey().strip().toLowerCase(Locale.ROOT));
            Double d = FieldValues.number(e.getKey());
            if (d != null) {
                number.put(e.getKey(), d);
                numeric += e.getValue();
                distinctNumbers.add(d);
                whole &= d == Math.rint(d);
                negative |= d < 0;
            }
            Long t = FieldValues.epochMillis(e.getKey());
            if (t != null) {
                date.put(e.getKey(), t);
                dated += e.getValue();
            }
        }
        Shape shape;
        if (dated >= SHAPE_SHARE * answered) {
            shape = Shape.DATE;
        } else if (numeric >= SHAPE_SHARE * answered && distinctNumbers.size() >= MIN_DISTINCT_NUMBERS) {
            shape = whole && distinctNumbers.size() >= ID_DISTINCT_NUMBERS * numeric ? Shape.ID_LIKE : Shape.NUMERIC;
        } else {
            shape = Shape.CATEGORICAL;
        }
        if (use == Use.CUSTOM && shape == Shape.CATEGORICAL && distinctValues.size() >= ID_DISTINCT_VALUES * answered
                && answered > 1) {
            shape = Shape.ID_LIKE;
        }
        if (use == Use.MEASURE && shape != Shape.NUMERIC) {
            shape = Shape.CATEGORICAL; // annual revenue is offered only as bands (when numeric) and as unanswered
        }
        for (int i = 0; i < n; i++) {
            String v = values[i];
            if (v == null) {
                continue;
            }
            if (shape == Shape.NUMERIC) {
                Double d = number.get(v);
                numbers[i] = d == null ? Double.NaN : d;
            } else if (shape == Shape.DATE) {
                Long t = date.get(v);
                dates[i] = t == null ? FieldProfile.NO_DATE : t;
            }
        }
        return new FieldProfile(path, name, use, shape, values, filled, numbers, dates, shape == Shape.NUMERIC && whole && !negative,
                answered);
    }
}
