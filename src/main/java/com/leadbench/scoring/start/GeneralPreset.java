package com.leadbench.scoring.start;

import static com.leadbench.model.ActivityType.BOUNCE;
import static com.leadbench.model.ActivityType.CONSULTATION_REQUEST;
import static com.leadbench.model.ActivityType.DEMO_REQUEST;
import static com.leadbench.model.ActivityType.DOWNLOAD;
import static com.leadbench.model.ActivityType.EMAIL_CLICK;
import static com.leadbench.model.ActivityType.EMAIL_OPEN;
import static com.leadbench.model.ActivityType.EVENT_ATTENDED;
import static com.leadbench.model.ActivityType.FORM_SUBMIT;
import static com.leadbench.model.ActivityType.PAGE_VIEW;
import static com.leadbench.model.ActivityType.QUALIFICATION_FORM;
import static com.leadbench.model.ActivityType.QUOTE_REQUEST;
import static com.leadbench.model.ActivityType.SELECTION_TOOL;
import static com.leadbench.model.ActivityType.TECHNICAL_REVIEW_REQUEST;
import static com.leadbench.model.ActivityType.TRADE_SHOW_VISIT;
import static com.leadbench.model.ActivityType.TRIAL_REQUEST;
import static com.leadbench.model.ActivityType.UNSUBSCRIBE;
import static com.leadbench.model.ActivityType.WEBINAR_ATTENDANCE;
import static com.leadbench.model.ActivityType.WEBINAR_REGISTRATION;

import com.leadbench.model.ActivityType;
import com.leadbench.model.Tier;
import com.leadbench.scoring.rules.Decay;
import com.leadbench.scoring.FastTrack;
import com.leadbench.scoring.rules.Keywords;
import com.leadbench.scoring.rules.PagePattern;
import com.leadbench.scoring.rules.Repeat;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.Thresholds;
import com.leadbench.scoring.TierSpec;
import com.leadbench.scoring.routing.Deadlines;
import com.leadbench.scoring.routing.Routing;
import com.leadbench.scoring.rules.CompanySizeRule;
import com.leadbench.scoring.rules.CompetitorExclusion;
import com.leadbench.scoring.rules.CustomerRule;
import com.leadbench.scoring.rules.DomainExclusion;
import com.leadbench.scoring.rules.EmailValidityExclusion;
import com.leadbench.scoring.rules.ExclusionRule;
import com.leadbench.scoring.rules.PersonaRule;
import com.leadbench.scoring.rules.Rule;
import com.leadbench.scoring.rules.SignalRule;
import com.leadbench.scoring.rules.UrgencyRule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The general B2B starting scorecard, built from a {@link DataProfile} so that it uses only the
 * signals the data has: an email rule only when there are emails (and personal mail providers are
 * excluded only when they are the exception, not the rule), a competitor exclusion only when
 * accounts are marked as competitors, no country list (there is no market to assume); company size
 * and job-title rules only where those fields exist; an intent rule, capped, for each kind of
 * activity that occurs, negative ones for unsubscribes and bounces; fast-track on the requests that
 * occur. The fit gate is 0, so that only a negative fit (a non-buying role) keeps a lead from a
 * tier and a lead whose size or title is unknown is not held back; without any activity, the tiers
 * are set on the fit the data can give, so fit-only data still spreads over the tiers.
 * It is a start, not a verdict: point values are round guesses until outcomes price them.
 */
public final class GeneralPreset {

    public static final String NAME = "General B2B (fits your data)";

    /** The intent window in days, counted back from the newest activity when the data is older than that. */
    public static final int WINDOW_DAYS = 90;

    static final List<String> PERSONAL_DOMAINS = List.of("gmail.com", "googlemail.com", "yahoo.com", "hotmail.com", "outlook.com",
            "live.com", "aol.com", "icloud.com", "me.com", "gmx.net", "gmx.de", "web.de", "proton.me", "protonmail.com", "mail.ru",
            "yandex.ru", "qq.com", "163.com", "uol.com.br", "bol.com.br");
    static final List<String> DISPOSABLE_DOMAINS = List.of("mailinator.com", "10minutemail.com", "guerrillamail.com", "trashmail.com",
            "yopmail.com", "tempmail.com", "sharklasers.com");
    static final String PRICING_PAGES = "pricing|price-list";
    static final String CONTACT_PAGES = "contact-us|/contact";

    private static final Set<ActivityType> REQUESTS = EnumSet.of(QUOTE_REQUEST, DEMO_REQUEST, CONSULTATION_REQUEST, TRIAL_REQUEST,
            TECHNICAL_REVIEW_REQUEST);
    private static final Set<ActivityType> FAST_TRACK = EnumSet.of(QUOTE_REQUEST, DEMO_REQUEST, CONSULTATION_REQUEST, TRIAL_REQUEST);

    /** Tiers when there is intent to score: a request or a handful of engaged actions make an MQL. */
    private static final double TIER_A = 60;
    private static final double TIER_B = 35;
    private static final double TIER_C = 15;
    private static final double SQL = 80;

    private GeneralPreset() {
    }

    static boolean isPersonalDomain(String domain) {
        return domain != null && PERSONAL_DOMAINS.contains(domain);
    }

    /** The general B2B scorecard for data like {@code profile}. */
    public static Scorecard build(DataProfile profile) {
        List<Rule> rules = new ArrayList<>();
        double fitTop = fit(profile, rules);
        boolean intent = intent(profile, rules);
        return new Scorecard(NAME, window(profile), exclusions(profile), rules, thresholds(intent, fitTop), fastTrack(profile),
                routing(profile), Deadlines.DEFAULT);
    }

    private static List<ExclusionRule> exclusions(DataProfile p) {
        List<ExclusionRule> out = new ArrayList<>();
        if (p.withEmail() > 0) {
            // where most addresses are personal (small businesses, consumers), excluding them would shut the data out:
            // the rule is there, off, for the manager to switch on
            boolean fewPersonal = p.withPersonalEmail() * 2 < p.withEmail();
            out.add(new DomainExclusion("personal-domain", "Personal email domain", PERSONAL_DOMAINS, fewPersonal));
            out.add(new DomainExclusion("student", "Student or school address", List.of(".edu", ".ac.uk"), true));
            out.add(new EmailValidityExclusion("invalid-email", "Invalid or disposable email", DISPOSABLE_DOMAINS, true));
        }
        if (p.competitors()) {
            out.add(new CompetitorExclusion("competitor", "Competitor (account marked as one)", List.of(), true));
        }
        return out;
    }

    /** Adds the fit rules the data can fire; returns the fit a well-fitting lead reaches (0 when there is none). */
    private static double fit(DataProfile p, List<Rule> rules) {
        double top = 0;
        if (p.withEmployees() > 0) {
            rules.add(size("size-large", "1,000+ employees", CompanySizeRule.Metric.EMPLOYEES, 1000.0, null, 15));
            rules.add(size("size-mid", "200–999 employees", CompanySizeRule.Metric.EMPLOYEES, 200.0, 999.0, 10));
            rules.add(size("size-small", "50–199 employees", CompanySizeRule.Metric.EMPLOYEES, 50.0, 199.0, 5));
            top += 15;
        } else if (p.withRevenue() > 0) {
            rules.add(size("revenue-large", "Annual revenue 100M+", CompanySizeRule.Metric.ANNUAL_REVENUE, 1.0e8, null, 15));
            rules.add(size("revenue-mid", "Annual revenue 10M–100M", CompanySizeRule.Metric.ANNUAL_REVENUE, 1.0e7, 1.0e8 - 1, 10));
            rules.add(size("revenue-small", "Annual revenue 1M–10M", CompanySizeRule.Metric.ANNUAL_REVENUE, 1.0e6, 1.0e7 - 1, 5));
            top += 15;
        }
        if (p.withJobTitle() > 0) {
            rules.add(persona("persona-decision-maker", "Persona: decision maker", "Decision maker", 15, "chief", "ceo", "cto", "cfo", "vp",
                    "vice president", "president", "director", "head of", "business owner", "founder", "general manager"));
            rules.add(persona("persona-buyer", "Persona: buyer / procurement", "Buyer", 10, "buyer", "procurement", "purchasing", "sourcing"));
            rules.add(persona("persona-manager", "Persona: manager or lead", "Manager", 8, "manager", "lead", "supervisor", "engineer"));
            rules.add(persona("persona-non-buyer", "Non-buying role", "Non-buyer", -20, "student", "intern", "trainee", "researcher",
                    "journalist", "recruit", "teacher", "professor"));
            top += 15;
        }
        if (p.customers()) {
            rules.add(new CustomerRule("existing-customer", "Existing customer (routes to account manager)", 0, true));
        }
        return top;
    }

    /** Adds an intent rule for each kind of activity that occurs; returns whether any can add points. */
    private static boolean intent(DataProfile p, List<Rule> rules) {
        int before = rules.size();
        if (p.has(PAGE_VIEW)) {
            rules.add(signal("page-views", "Page views", Set.of(PAGE_VIEW), Set.of(), null, 1, 10, Repeat.EACH));
            if (p.assetKinds().contains("product_page")) {
                rules.add(signal("product-pages", "Product page views", Set.of(PAGE_VIEW), Set.of("product_page"), null, 3, 15, Repeat.EACH));
            }
            if (p.pricingPages()) {
                rules.add(signal("pricing-page", "Pricing page", Set.of(PAGE_VIEW), Set.of(), PRICING_PAGES, 10, 10, Repeat.ONCE));
            }
            if (p.contactPages()) {
                rules.add(signal("contact-page", "Contact-us page", Set.of(PAGE_VIEW), Set.of(), CONTACT_PAGES, 8, 8, Repeat.ONCE));
            }
        }
        occurring(p, rules, "downloads", "Downloads", 5, 15, Repeat.EACH, DOWNLOAD);
        occurring(p, rules, "webinar-registered", "Webinar registrations", 3, 6, Repeat.EACH, WEBINAR_REGISTRATION);
        occurring(p, rules, "webinar-attended", "Webinars attended", 8, 16, Repeat.EACH, WEBINAR_ATTENDANCE);
        occurring(p, rules, "events", "Trade-show visits and events", 8, 16, Repeat.EACH, TRADE_SHOW_VISIT, EVENT_ATTENDED);
        occurring(p, rules, "email-opens", "Email opens", 1, 3, Repeat.EACH, EMAIL_OPEN);
        occurring(p, rules, "email-clicks", "Email clicks", 2, 6, Repeat.EACH, EMAIL_CLICK);
        occurring(p, rules, "forms", "Forms submitted", 8, 16, Repeat.EACH, FORM_SUBMIT);
        occurring(p, rules, "selection-tool", "Selection tool or configurator", 10, 20, Repeat.EACH, SELECTION_TOOL);
        occurring(p, rules, "qualification-form", "Qualification form completed", 12, 12, Repeat.ONCE, QUALIFICATION_FORM);
        occurring(p, rules, "requests", "Quote, demo, consultation, trial or review request", 30, 30, Repeat.ONCE,
                REQUESTS.toArray(ActivityType[]::new));
        if (p.formText()) {
            rules.add(new UrgencyRule("urgency", "Urgency words in forms", new Keywords(List.of("urgent", "emergency", "asap", "downtime",
                    "shutdown", "deadline")), 10, 10.0, null, Decay.NONE, Repeat.ONCE, true));
        }
        boolean positive = rules.size() > before;
        occurring(p, rules, "unsubscribed", "Unsubscribed", -15, 15, Repeat.ONCE, UNSUBSCRIBE);
        occurring(p, rules, "bounced", "Email bounced", -10, 10, Repeat.ONCE, BOUNCE);
        if (p.has(PAGE_VIEW) && p.assetKinds().contains("careers_page")) {
            rules.add(signal("careers-page", "Careers page visits", Set.of(PAGE_VIEW), Set.of("careers_page"), null, -5, 15, Repeat.EACH));
        }
        return positive;
    }

    /** A signal rule over those of {@code types} that occur, when any does. */
    private static void occurring(DataProfile p, List<Rule> rules, String id, String label, double points, double cap, Repeat repeat,
                                  ActivityType... types) {
        Set<ActivityType> present = EnumSet.noneOf(ActivityType.class);
        for (ActivityType t : types) {
            if (p.has(t)) {
                present.add(t);
            }
        }
        if (!present.isEmpty()) {
            rules.add(signal(id, label, present, Set.of(), null, points, cap, repeat));
        }
    }

    /**
     * With intent to score: fixed tiers a request or a few engaged actions reach. With fit only: the
     * tiers at 80%, 50% and 25% of the fit a well-fitting lead reaches, and the SQL threshold just
     * above it (sales-ready takes intent the data does not show). The fit gate is 0 either way.
     */
    private static Thresholds thresholds(boolean intent, double fitTop) {
        if (intent || fitTop <= 0) {
            return thresholds(TIER_A, TIER_B, TIER_C, SQL);
        }
        double c = Math.max(1, Math.round(fitTop * 0.25));
        double b = Math.max(c + 1, Math.round(fitTop * 0.5));
        double a = Math.max(b + 1, Math.round(fitTop * 0.8));
        return thresholds(a, b, c, Math.max(a, fitTop) + 1);
    }

    private static Thresholds thresholds(double a, double b, double c, double sql) {
        return new Thresholds(0, new TierSpec("Tier A", a, "Direct sales outreach: schedule a discovery call"),
                new TierSpec("Tier B", b, "Sales-assisted nurture"), new TierSpec("Tier C", c, "Marketing nurture"), Tier.B, sql);
    }

    /**
     * The scorecard's window: {@value #WINDOW_DAYS} days, or, when the newest activity is older than
     * that (an old export), long enough to reach back {@value #WINDOW_DAYS} days from it, in whole months.
     */
    private static int window(DataProfile p) {
        int age = p.daysSinceNewestActivity().orElse(0);
        if (age < WINDOW_DAYS) {
            return WINDOW_DAYS;
        }
        return (int) Math.min(100_000, ((long) age + WINDOW_DAYS + 29) / 30 * 30);
    }

    private static FastTrack fastTrack(DataProfile p) {
        Set<ActivityType> types = EnumSet.noneOf(ActivityType.class);
        FAST_TRACK.stream().filter(p::has).forEach(types::add);
        return types.isEmpty() ? FastTrack.OFF : new FastTrack(types, null, true);
    }

    /** Records missing a field most of the data has go to the data-fix queue; fields the data lacks are not asked for. */
    private static Routing routing(DataProfile p) {
        List<String> required = new ArrayList<>();
        if (p.most(p.withEmail(), 0.5)) {
            required.add("contact.email");
        }
        if (p.most(p.withCompany(), 0.5)) {
            required.add("account.name");
        }
        if (p.most(p.withCountry(), 0.5)) {
            required.add("contact.country");
        }
        if (p.most(p.withJobTitle(), 0.5)) {
            required.add("contact.job_title");
        }
        return new Routing(List.of(), "Account management", "Data-fix queue", required, "Sales");
    }

    private static CompanySizeRule size(String id, String label, CompanySizeRule.Metric metric, Double min, Double max, double points) {
        return new CompanySizeRule(id, label, metric, min, max, points, true);
    }

    private static PersonaRule persona(String id, String label, String persona, double points, String... keywords) {
        return new PersonaRule(id, label, persona, new Keywords(List.of(keywords)), points, true);
    }

    private static SignalRule signal(String id, String label, Set<ActivityType> types, Set<String> kinds, String pattern, double points,
                                     double cap, Repeat repeat) {
        return new SignalRule(id, label, types, kinds, pattern == null ? null : PagePattern.compile(pattern), Set.of(), points, cap, null,
                Decay.NONE, repeat, true);
    }
}
