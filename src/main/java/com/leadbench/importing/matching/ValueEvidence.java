package com.leadbench.importing.matching;

import com.leadbench.importing.matching.MappingMatcher.Candidate;
import com.leadbench.importing.matching.MappingMatcher.Column;
import com.leadbench.importing.DateColumn;
import com.leadbench.importing.DayOrder;
import com.leadbench.importing.ImportKind;
import com.leadbench.importing.matching.ValueProfile.DateStyle;
import com.leadbench.importing.matching.ValueProfile.Shape;
import com.leadbench.model.ActivityType;
import com.leadbench.model.FollowUpKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evidence from a column's values: they confirm a name (a {@code Create Date} of dates), overrule it (an
 * {@code Employees} of ranges is no number), or decide alone (a column of email addresses is the email
 * whatever its name). Pure.
 */
final class ValueEvidence {

    private ValueEvidence() {
    }

    static final double CONFIRMED = 0.09;
    private static final Set<String> ACTIVITY_TYPES = new HashSet<>();
    private static final Set<String> FOLLOW_UP_KINDS = new HashSet<>();

    static {
        for (ActivityType t : ActivityType.values()) {
            ACTIVITY_TYPES.add(HeaderNames.key(t.name()));
            ACTIVITY_TYPES.add(HeaderNames.key(t.label()));
        }
        for (FollowUpKind k : FollowUpKind.values()) {
            FOLLOW_UP_KINDS.add(HeaderNames.key(k.name()));
            FOLLOW_UP_KINDS.add(HeaderNames.key(k.label()));
        }
        FOLLOW_UP_KINDS.add("closedwon");
        FOLLOW_UP_KINDS.add("closedlost");
    }

    /** A candidate after its values were read: confirmed (a higher score), unchanged, or refused with a note why. */
    record Evidence(Candidate candidate, String note) {
    }

    static Evidence checked(ImportKind kind, Candidate c, DayOrder dayOrder) {
        ValueProfile v = c.column().values();
        if (v.isEmpty()) {
            return new Evidence(new Candidate(c.column(), c.target(), c.score() - 0.05, c.reason() + " (no values to confirm it)"), null);
        }
        String t = c.target();
        return switch (t) {
            case "email", "contact_email" -> share(c, v, Shape.EMAIL, 0.8, 0.3, "email addresses");
            case "created_at", "activity_at", "occurred_at" -> dates(c, v, dayOrder);
            case "employees" -> strict(c, v, Shape.INTEGER, "whole numbers");
            case "annual_revenue", "amount" -> strict(c, v, Shape.DECIMAL, "numbers");
            case "is_customer" -> strict(c, v, Shape.FLAG, "yes/no values");
            case "domain" -> v.share(Shape.URL) + v.share(Shape.EMAIL) >= 0.7
                    ? confirmed(c, MappingMatcher.percent(v.share(Shape.URL) + v.share(Shape.EMAIL)) + " of values are web addresses")
                    : refuseIfShaped(c, v, Set.of(Shape.DATE, Shape.INTEGER, Shape.FLAG));
            case "phone" -> v.share(Shape.PHONE) >= 0.7
                    ? confirmed(c, MappingMatcher.percent(v.share(Shape.PHONE)) + " of values are phone numbers")
                    : refuseIfShaped(c, v, Set.of(Shape.EMAIL, Shape.DATE, Shape.URL, Shape.FLAG));
            case "country", "company_country", "ip_country" -> v.share(Shape.COUNTRY) >= 0.7
                    ? confirmed(c, MappingMatcher.percent(v.share(Shape.COUNTRY)) + " of values are countries")
                    : refuseIfShaped(c, v, Set.of(Shape.EMAIL, Shape.DATE, Shape.URL, Shape.FLAG, Shape.DECIMAL));
            case "external_id" -> v.uniqueness() >= 0.95
                    ? confirmed(c, "its values are unique")
                    : new Evidence(null, "its values repeat (" + MappingMatcher.percent(1 - v.uniqueness()) + " are repeats), so it cannot tell contacts apart");
            case "type" -> known(c, v, ACTIVITY_TYPES, "activity types");
            case "kind" -> known(c, v, FOLLOW_UP_KINDS, "follow-up kinds (WON, LOST, Closed Won, ...)");
            case "owner", "account_manager" -> {
                Evidence e = refuseIfShaped(c, v, Set.of(Shape.DATE, Shape.FLAG));
                yield e.candidate() == null ? e : new Evidence(new Candidate(c.column(), c.target(), Math.min(c.score() + 0.04, 0.97),
                        c.reason()), null);
            }
            case "contact_external_id", "note", "form_text", "activity_form_text", "asset", "activity_asset" -> new Evidence(c, null);
            default -> text(c, v);
        };
    }

    private static Evidence share(Candidate c, ValueProfile v, Shape shape, double confirm, double refuse, String what) {
        double s = v.share(shape);
        if (s >= confirm) {
            return confirmed(c, MappingMatcher.percent(s) + " of values are " + what);
        }
        if (s < refuse) {
            return new Evidence(null, "only " + MappingMatcher.percent(s) + " of its values are " + what);
        }
        return new Evidence(new Candidate(c.column(), c.target(), c.score() - 0.1, c.reason() + ", though only " + MappingMatcher.percent(s)
                + " of values are " + what), null);
    }

    /** A typed field the import must read from every value: a value it cannot read would reject the file. */
    private static Evidence strict(Candidate c, ValueProfile v, Shape shape, String what) {
        double s = v.share(shape);
        if (s >= 0.98 && (shape != Shape.FLAG || v.shape() == Shape.FLAG)) {
            return confirmed(c, "its values are " + what);
        }
        return new Evidence(null, "only " + MappingMatcher.percent(s) + " of its values are " + what + " (" + String.join(", ", v.samples()) + ")");
    }

    private static Evidence dates(Candidate c, ValueProfile v, DayOrder dayOrder) {
        double s = v.share(Shape.DATE);
        // the import's own reader: yyyyMMdd, epoch seconds, month names, two-digit years
        DateColumn read = DateColumn.detect(c.column().header(), v.counts().keySet());
        if (read instanceof DateColumn.Dates d && (d.order() == DayOrder.AUTO || dayOrder == DayOrder.AUTO || dayOrder == d.order())) {
            String how = d.decidedBy() == null ? "" : dayOrder == DayOrder.AUTO
                    ? ", written " + (d.order() == DayOrder.US ? "month first" : "day first") + " (" + d.decidedBy() + "), as the import will read them"
                    : "";
            return confirmed(c, "its values are dates" + how);
        }
        if (s < 0.5) {
            return new Evidence(null, "only " + MappingMatcher.percent(s) + " of its values are dates");
        }
        if (s < 0.9) {
            return new Evidence(new Candidate(c.column(), c.target(), c.score() - 0.15,
                    c.reason() + ", though only " + MappingMatcher.percent(s) + " of values are dates"), null);
        }
        DateStyle style = v.dateStyle();
        boolean readable = switch (style) {
            case ISO -> true;
            case MONTH_FIRST -> dayOrder == DayOrder.US;
            case DAY_FIRST -> dayOrder == DayOrder.EUROPEAN;
            case AMBIGUOUS -> dayOrder != DayOrder.ISO;
            case OTHER -> false;
        };
        if (readable) {
            return confirmed(c, "its values are dates");
        }
        String how = switch (style) {
            case MONTH_FIRST -> "written month first (" + v.samples().get(0) + ")";
            case DAY_FIRST -> "written day first (" + v.samples().get(0) + ")";
            case AMBIGUOUS -> "written day or month first (" + v.samples().get(0) + ")";
            default -> "written as " + v.samples().get(0);
        };
        return new Evidence(new Candidate(c.column(), c.target(), Math.min(c.score(), 0.7),
                c.reason() + "; its values are dates " + how + ", so their format must be chosen"), null);
    }

    private static Evidence known(Candidate c, ValueProfile v, Set<String> keys, String what) {
        int known = 0;
        for (Map.Entry<String, Integer> e : v.counts().entrySet()) {
            if (keys.contains(HeaderNames.key(e.getKey()))) {
                known += e.getValue();
            }
        }
        double s = (double) known / v.filled();
        return s >= 0.98 ? confirmed(c, "its values are " + what)
                : new Evidence(null, "only " + MappingMatcher.percent(s) + " of its values are " + what);
    }

    private static final Set<String> SALUTATIONS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "herr", "frau", "m",
            "mme", "mlle", "sr", "sra", "srta", "dott", "ing");

    private static Evidence text(Candidate c, ValueProfile v) {
        if (c.target().equals("job_title")) {
            int salutations = 0;
            for (Map.Entry<String, Integer> e : v.counts().entrySet()) {
                if (SALUTATIONS.contains(HeaderNames.key(e.getKey()))) {
                    salutations += e.getValue();
                }
            }
            if (salutations >= 0.8 * v.filled()) {
                return new Evidence(null, "its values are salutations (" + String.join(", ", v.samples()) + ")");
            }
        }
        Shape shape = v.shape();
        boolean person = Set.of("first_name", "last_name", "job_title", "industry", "region").contains(c.target());
        if (shape == Shape.EMAIL || shape == Shape.DATE || (shape == Shape.URL && person)) {
            return new Evidence(null, "its values are " + MappingMatcher.describe(shape) + ", not " + c.target().replace('_', ' ') + "s");
        }
        return new Evidence(new Candidate(c.column(), c.target(), Math.min(c.score() + 0.04, 0.97), c.reason()), null);
    }

    private static Evidence refuseIfShaped(Candidate c, ValueProfile v, Set<Shape> wrong) {
        Shape shape = v.shape();
        if (shape != null && wrong.contains(shape)) {
            return new Evidence(null, "its values are " + MappingMatcher.describe(shape));
        }
        return new Evidence(c, null);
    }

    private static Evidence confirmed(Candidate c, String why) {
        return new Evidence(new Candidate(c.column(), c.target(), Math.min(c.score() + CONFIRMED, 0.97), c.reason() + ", and " + why), null);
    }

    /** What the values alone suggest: an email, a phone, a web address, a country, a creation date, an id. */
    static List<Candidate> valueCandidates(ImportKind kind, Column c, boolean named) {
        ValueProfile v = c.values();
        List<Candidate> out = new ArrayList<>();
        if (v.filled() < 1) {
            return out;
        }
        String email = kind == ImportKind.CONTACTS ? "email" : "contact_email";
        double emails = v.share(Shape.EMAIL);
        if (emails >= 0.8) {
            out.add(new Candidate(c, email, 0.55 + 0.3 * emails, MappingMatcher.percent(emails) + " of values are email addresses"));
        }
        if (kind == ImportKind.ACTIVITIES || named) {
            return out;
        }
        List<String> words = HeaderNames.words(c.header());
        double phones = v.share(Shape.PHONE);
        if (phones >= 0.9 && v.share(Shape.DATE) == 0 && !words.contains("ip") && !words.contains("fax")) {
            out.add(new Candidate(c, "phone", 0.5 + 0.25 * phones, MappingMatcher.percent(phones) + " of values are phone numbers"));
        }
        double urls = v.share(Shape.URL);
        boolean profileLinks = words.stream().anyMatch(w -> Set.of("linkedin", "twitter", "facebook", "xing", "instagram", "page", "landing",
                "referrer", "referer", "image", "photo", "avatar", "profile").contains(w));
        if (urls >= 0.8 && !profileLinks && v.distinct() >= Math.min(3, v.filled())) {
            out.add(new Candidate(c, "domain", 0.5 + 0.25 * urls, MappingMatcher.percent(urls) + " of values are web addresses"));
        }
        double countries = v.share(Shape.COUNTRY);
        if (countries >= 0.8 && v.shape() != Shape.FLAG) {
            boolean company = words.stream().anyMatch(w -> Set.of("company", "account", "organization", "organisation", "billing", "hq")
                    .contains(w));
            boolean ip = words.contains("ip") || words.contains("geoip");
            out.add(new Candidate(c, company ? "company_country" : ip ? "ip_country" : "country", 0.5 + 0.2 * countries,
                    MappingMatcher.percent(countries) + " of values are countries"));
        }
        if (kind == ImportKind.CONTACTS && v.share(Shape.DATE) >= 0.9) {
            boolean creation = words.stream().anyMatch(w -> Set.of("created", "create", "creation", "added", "signup", "registered",
                    "registration", "subscribed", "first", "acquired", "joined").contains(w));
            boolean other = words.stream().anyMatch(w -> Set.of("modified", "updated", "update", "last", "birth", "birthday", "close",
                    "closed", "won", "lost", "converted", "due", "end", "next", "became").contains(w));
            if (creation && !other) {
                out.add(new Candidate(c, "created_at", 0.6, "its values are dates and its name says when the contact came"));
            }
        }
        if (kind == ImportKind.CONTACTS && isIdLike(words) && v.uniqueness() >= 0.999 && v.fill() >= 0.95) {
            out.add(new Candidate(c, "external_id", 0.6, "its name says id and its values are unique"));
        }
        return out;
    }

    private static final Set<String> ID_WORDS = Set.of("id", "number", "key", "uuid", "guid", "no", "nr", "num", "code");
    private static final Set<String> FOREIGN = Set.of("account", "owner", "company", "org", "organization", "organisation", "campaign",
            "created", "modified", "converted", "opportunity", "deal", "page", "landing", "seller", "sdr", "sr", "parent", "master",
            "type", "session", "visitor", "form", "list", "program", "product", "territory", "phone", "order", "invoice", "zip",
            "postal", "tax", "vat", "batch", "job", "activity", "event", "source", "stage", "status", "region", "country", "hubspot",
            "salesforce", "crm", "sfdc", "google", "facebook", "click", "gclid", "fbclid", "utm", "ip", "ad", "adgroup", "keyword");

    private static boolean isIdLike(List<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        String last = words.get(words.size() - 1);
        boolean id = ID_WORDS.contains(last) || last.endsWith("id") && last.length() <= 8;
        return id && words.stream().noneMatch(FOREIGN::contains);
    }
}
