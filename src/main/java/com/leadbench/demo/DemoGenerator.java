package com.leadbench.demo;

import static com.leadbench.demo.DemoCatalog.*;

import com.leadbench.importing.LeadSink;
import com.leadbench.model.Account;
import com.leadbench.model.Activity;
import com.leadbench.model.ActivityType;
import com.leadbench.model.Contact;
import com.leadbench.model.SalesFollowUp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A seeded, deterministic demo database for Northbridge Industrial.
 *
 * <p>Each contact has a hidden fit (title, industry, company size, served country) and a hidden
 * interest. Interest drives background activity; fit and interest together drive buying episodes:
 * bursts of product pages, spec sheets, CAD downloads, pricing visits and often a request. Sales
 * follows up on episodes, sometimes late or never, and wins depend on fit, on how strong the
 * episode was and most on how many roles of the account's buying group (engineering, maintenance,
 * procurement, operations) had episodes in the year before the close. So a scorecard that
 * rewards fit and recent high intent measurably beats one that rewards email opens or old activity,
 * and an account score beats the best single contact's.
 */
public final class DemoGenerator extends DemoDraws {

    private static final Duration HISTORY = DemoSettings.HISTORY;
    private static final long DAY_MS = Duration.ofDays(1).toMillis();
    private static final long HOUR_MS = Duration.ofHours(1).toMillis();

    private final DemoSettings settings;
    private final Instant end;
    private final Instant start;
    private long nextActivityId = 1;
    private long followUps;
    private final DemoFollowUps salesFollowUps;
    private final BuyingGroups buyingGroups = new BuyingGroups();

    public DemoGenerator(DemoSettings settings) {
        super(new SplittableRandom(settings.seed()));
        this.settings = settings;
        this.end = settings.historyEnd();
        this.start = settings.historyStart();
        this.salesFollowUps = new DemoFollowUps(random, end);
    }

    /** Writes accounts, contacts, activities and follow-ups to the sink, parents first. */
    public DemoSummary generate(LeadSink sink) {
        List<DemoAccount> accounts = accounts();
        for (DemoAccount a : accounts) {
            sink.account(a.account);
        }
        List<Contact> made = new ArrayList<>();
        for (int i = 1; i <= settings.contacts(); i++) {
            DemoPerson person = person(i, accounts, made);
            sink.contact(person.contact);
            made.add(person.contact);
            for (Activity activity : activities(person)) {
                sink.activity(activity);
            }
            for (SalesFollowUp followUp : salesFollowUps.pending()) {
                sink.followUp(followUp);
            }
            followUps += salesFollowUps.pending().size();
            salesFollowUps.pending().clear();
        }
        List<SalesFollowUp> closed = salesFollowUps.close(buyingGroups);
        closed.forEach(sink::followUp);
        followUps += closed.size();
        return new DemoSummary(accounts.size(), made.size(), nextActivityId - 1, followUps);
    }

    // ---------------------------------------------------------------- accounts

    private record DemoAccount(Account account, boolean targetIndustry, double sizeFit, boolean served) {
    }

    private List<DemoAccount> accounts() {
        int count = Math.max(COMPETITOR_DOMAINS.size() + 3, settings.contacts() / 3);
        List<DemoAccount> result = new ArrayList<>(count);
        Set<String> domains = new HashSet<>();
        for (int i = 0; i < COMPETITOR_DOMAINS.size(); i++) {
            String domain = COMPETITOR_DOMAINS.get(i);
            domains.add(domain);
            String name = capitalize(domain.substring(0, domain.indexOf('.')).replace('-', ' '));
            result.add(new DemoAccount(new Account(i + 1, domain, name, "Industrial Machinery", 900, 2.1e8, "US",
                    "North America", false, true, null, Map.of()), false, 0.5, true));
        }
        for (int id = result.size() + 1; id <= count; id++) {
            boolean target = random.nextDouble() < 0.78;
            String industry = target ? pick(TARGET_INDUSTRIES) : pick(OTHER_INDUSTRIES);
            int employees = (int) Math.min(60_000, Math.max(5, Math.round(Math.exp(5.7 + 1.5 * random.nextGaussian()))));
            double revenue = Math.round(employees * 210_000 * Math.exp(0.4 * random.nextGaussian()) / 1000.0) * 1000.0;
            boolean served = random.nextDouble() < 0.9;
            String country = served ? pick(SERVED_COUNTRIES) : pick(UNSERVED_COUNTRIES);
            String name = pick(COMPANY_PREFIXES) + " " + pick(COMPANY_SUFFIXES);
            String base = name.toLowerCase(Locale.ROOT).replace("&", "and").replace(' ', '-');
            String domain = base + ".com";
            for (int n = 2; !domains.add(domain); n++) {
                domain = base + "-" + n + ".com";
            }
            if (!domain.equals(base + ".com")) {
                name = name + " " + numberSuffix(domain);
            }
            boolean customer = random.nextDouble() < 0.07;
            boolean incomplete = random.nextDouble() < 0.04;
            double sizeFit = employees >= 1000 ? 1.0 : employees >= 200 ? 0.8 : employees >= 50 ? 0.5 : 0.2;
            Account account = new Account(id, domain, name,
                    incomplete ? null : industry,
                    incomplete && random.nextBoolean() ? null : employees,
                    revenue, country, regionOf(country), customer, false,
                    customer ? pick(SALES_REPS) : null, Map.of());
            result.add(new DemoAccount(account, target, sizeFit, served));
        }
        return result;
    }

    private static String numberSuffix(String domain) {
        String digits = domain.replaceAll("\\D", "");
        return digits.isEmpty() ? "" : "(" + digits + ")";
    }

    // ---------------------------------------------------------------- contacts

    enum Kind { BUSINESS, PERSONAL, STUDENT, COMPETITOR, DISPOSABLE }

    /** A contact and what the generator knows about it that the database does not. */
    record DemoPerson(Contact contact, Kind kind, double fit, double interest,
                              boolean newsletterReader, boolean jobSeeker, String favouriteLine, String role) {
    }

    private DemoPerson person(int id, List<DemoAccount> accounts, List<Contact> earlier) {
        double roll = random.nextDouble();
        Kind kind = roll < 0.07 ? Kind.PERSONAL : roll < 0.10 ? Kind.STUDENT : roll < 0.12 ? Kind.COMPETITOR
                : roll < 0.13 ? Kind.DISPOSABLE : Kind.BUSINESS;
        DemoAccount account = switch (kind) {
            case BUSINESS -> accounts.get(skewedIndex(accounts.size()));
            case COMPETITOR -> accounts.get(random.nextInt(COMPETITOR_DOMAINS.size()));
            default -> null;
        };
        Title title = switch (kind) {
            case STUDENT -> random.nextBoolean() ? NON_BUYER_TITLES.get(0) : NON_BUYER_TITLES.get(1);
            case COMPETITOR -> random.nextBoolean() ? pick(BUYER_TITLES) : NON_BUYER_TITLES.get(4);
            default -> random.nextDouble() < 0.8 ? pick(BUYER_TITLES) : pick(NON_BUYER_TITLES);
        };
        String first = pick(FIRST_NAMES);
        String last = pick(LAST_NAMES);
        String local = (first.charAt(0) + "." + last).toLowerCase(Locale.ROOT);
        String email = switch (kind) {
            case BUSINESS, COMPETITOR -> local + "@" + account.account.domain();
            case PERSONAL -> (first + "." + last + random.nextInt(100)).toLowerCase(Locale.ROOT) + "@" + pick(PERSONAL_DOMAINS);
            case STUDENT -> local + random.nextInt(1000) + "@" + pick(EDU_DOMAINS);
            case DISPOSABLE -> random.nextBoolean() ? local + "@" + pick(DISPOSABLE_DOMAINS) : local + "@@invalid";
        };
        String country = account != null ? account.account.country()
                : random.nextDouble() < 0.85 ? pick(SERVED_COUNTRIES) : pick(UNSERVED_COUNTRIES);
        String ipCountry = random.nextDouble() < 0.9 ? country : pick(SERVED_COUNTRIES);
        String jobTitle = title.title();
        Long accountId = account == null ? null : account.account.id();

        // data hygiene problems: incomplete records and duplicates
        if (random.nextDouble() < 0.04) {
            jobTitle = null;
        }
        if (random.nextDouble() < 0.03) {
            country = null;
        }
        boolean duplicate = !earlier.isEmpty() && random.nextDouble() < 0.015;
        if (duplicate) {
            Contact twin = earlier.get(random.nextInt(earlier.size()));
            first = twin.firstName();
            last = twin.lastName();
            accountId = twin.accountId();
            jobTitle = twin.jobTitle();
            country = twin.country();
            email = random.nextBoolean() ? twin.email().toUpperCase(Locale.ROOT)
                    : (first + "." + last).toLowerCase(Locale.ROOT) + "@" + domainOf(twin.email());
        }

        Instant created = start.plusMillis((long) (random.nextDouble() * HISTORY.toMillis() * 0.97));
        double industryFit = account == null ? 0.1 : account.targetIndustry ? 1.0 : 0.25;
        double sizeFit = account == null ? 0.2 : account.sizeFit;
        double servedFit = account == null ? (country != null && SERVED_COUNTRIES.contains(country) ? 0.6 : 0.1)
                : account.served ? 1.0 : 0.1;
        double fit = kind == Kind.BUSINESS ? title.buyingPower() * industryFit * (0.5 + 0.5 * sizeFit) * servedFit
                : kind == Kind.PERSONAL ? 0.2 * title.buyingPower() : 0.0;
        double interest = Math.min(1.0, Math.exp(-1.2 + 0.9 * random.nextGaussian()) + 0.3 * fit);
        boolean newsletterReader = random.nextDouble() < 0.06;
        boolean jobSeeker = kind != Kind.COMPETITOR && random.nextDouble() < (title.buyingPower() < 0.2 ? 0.25 : 0.03);
        String favourite = account != null && account.account.industry() != null
                && (account.account.industry().contains("Food") || account.account.industry().contains("Automotive"))
                ? (random.nextDouble() < 0.6 ? EQUIPMENT : pick(PRODUCT_LINES)) : pick(PRODUCT_LINES);

        Contact contact = new Contact(id, "NB-" + (100_000 + id), email, first, last, jobTitle,
                random.nextDouble() < 0.7 ? "+1 555 " + (1000 + random.nextInt(9000)) : null,
                country, ipCountry, pick(SOURCES), pick(CAMPAIGNS), created,
                random.nextDouble() < 0.3 ? pick(SALES_REPS) : null, accountId, Map.of());
        // a duplicate record is the same person again, not another member of the buying group
        String role = kind == Kind.BUSINESS && !duplicate ? title.role() : null;
        return new DemoPerson(contact, kind, fit, interest, newsletterReader, jobSeeker, favourite, role);
    }

    private static String domainOf(String email) {
        int at = email.lastIndexOf('@');
        return at < 0 ? "example.com" : email.substring(at + 1);
    }

    /** Small accounts are common, a few accounts have many contacts (buying groups). */
    private int skewedIndex(int size) {
        int competitors = COMPETITOR_DOMAINS.size();
        double u = random.nextDouble();
        int index = competitors + (int) ((size - competitors) * Math.pow(u, 1.6));
        return Math.min(size - 1, index);
    }

    // ---------------------------------------------------------------- activities

    private List<Activity> activities(DemoPerson p) {
        long id = p.contact.id();
        long from = p.contact.createdAt().toEpochMilli();
        long to = end.toEpochMilli();
        List<Activity> out = new ArrayList<>();
        double months = Math.max(0.5, (to - from) / (30.0 * DAY_MS));

        // background browsing and email, at a rate set by interest
        int background = poisson(months * (0.4 + 2.2 * p.interest));
        for (int i = 0; i < background; i++) {
            long at = between(from, to);
            double r = random.nextDouble();
            if (r < 0.35) {
                Asset page = random.nextDouble() < 0.5 ? pick(BLOG_POSTS) : random.nextDouble() < 0.3 ? HOME_PAGE : pick(PRODUCT_PAGES);
                out.add(activity(id, ActivityType.PAGE_VIEW, page, at, null, null));
            } else if (r < 0.75) {
                Asset mail = pick(EMAILS);
                out.add(activity(id, ActivityType.EMAIL_OPEN, mail, at, p.contact.campaign(), null));
                if (random.nextDouble() < 0.25) {
                    out.add(activity(id, ActivityType.EMAIL_CLICK, mail, at + 60_000, p.contact.campaign(), null));
                }
            } else if (r < 0.85) {
                out.add(activity(id, ActivityType.DOWNLOAD, random.nextBoolean() ? pick(CASE_STUDIES) : pick(TECHNICAL_GUIDES), at, null, null));
            } else if (r < 0.93) {
                Asset webinar = pick(WEBINARS);
                out.add(activity(id, ActivityType.WEBINAR_REGISTRATION, webinar, at, pick(CAMPAIGNS), null));
                if (random.nextDouble() < 0.55) {
                    out.add(activity(id, ActivityType.WEBINAR_ATTENDANCE, webinar, at + 7 * DAY_MS, pick(CAMPAIGNS), null));
                }
            } else {
                Asset event = pick(EVENTS);
                out.add(activity(id, event.kind().equals("trade_show") ? ActivityType.TRADE_SHOW_VISIT : ActivityType.EVENT_ATTENDED,
                        event, at, pick(CAMPAIGNS), null));
            }
        }
        if (p.newsletterReader) {
            int opens = 25 + random.nextInt(40);
            for (int i = 0; i < opens; i++) {
                out.add(activity(id, ActivityType.EMAIL_OPEN, EMAILS.get(0), between(from, to), p.contact.campaign(), null));
            }
        }
        if (p.jobSeeker) {
            int visits = 2 + random.nextInt(6);
            for (int i = 0; i < visits; i++) {
                out.add(activity(id, ActivityType.PAGE_VIEW, CAREERS_PAGE, between(from, to), null, null));
            }
        }
        if (random.nextDouble() < 0.05) {
            out.add(activity(id, ActivityType.UNSUBSCRIBE, EMAILS.get(0), between(from, to), p.contact.campaign(), null));
        }
        if (p.kind == Kind.DISPOSABLE || random.nextDouble() < 0.015) {
            out.add(activity(id, ActivityType.BOUNCE, pick(EMAILS), between(from, to), p.contact.campaign(), null));
        }

        // buying episodes
        double episodeRate = 0.12 + 0.9 * p.fit * p.interest + (p.kind == Kind.STUDENT ? 0.15 : 0);
        int episodes = poisson(episodeRate * months / 12.0 * 1.6);
        for (int e = 0; e < episodes; e++) {
            episode(p, between(from, to), out);
        }
        out.sort(Comparator.comparing(Activity::occurredAt));
        return out;
    }

    /** A burst of high-intent activity on one product line, and what sales made of it. */
    private void episode(DemoPerson p, long startAt, List<Activity> out) {
        long id = p.contact.id();
        String line = random.nextDouble() < 0.6 ? p.favouriteLine : pick(PRODUCT_LINES);
        long length = (long) ((10 + random.nextInt(45)) * (double) DAY_MS);
        long stop = Math.min(end.toEpochMilli() - HOUR_MS, startAt + length);
        if (stop <= startAt) {
            return;
        }
        double drive = Math.min(1.0, 0.25 + 0.5 * p.fit + 0.4 * p.interest * random.nextDouble());
        if (p.role != null && p.contact.accountId() != null) {
            buyingGroups.episode(p.contact.accountId(), p.role, startAt);
        }
        double strength = 0;

        int productViews = 1 + poisson(2 + 6 * drive);
        for (int i = 0; i < productViews; i++) {
            out.add(activity(id, ActivityType.PAGE_VIEW, pickLine(PRODUCT_PAGES, line), between(startAt, stop), null, null));
            strength += 0.5;
        }
        if (random.nextDouble() < 0.3 + 0.5 * drive) {
            out.add(activity(id, ActivityType.PAGE_VIEW, PRICING_PAGE, between(startAt, stop), null, null));
            strength += 2;
        }
        if (random.nextDouble() < 0.2 + 0.4 * drive) {
            out.add(activity(id, ActivityType.PAGE_VIEW, CONTACT_PAGE, between(startAt, stop), null, null));
            strength += 1.5;
        }
        int specSheets = line.equals(COMPONENTS) || line.equals(EQUIPMENT) ? poisson(0.5 + 2.5 * drive) : 0;
        for (int i = 0; i < specSheets; i++) {
            out.add(activity(id, ActivityType.DOWNLOAD, pickLine(SPEC_SHEETS, line), between(startAt, stop), null, null));
            strength += 2;
        }
        if (!line.equals(SERVICES) && random.nextDouble() < 0.15 + 0.5 * drive) {
            out.add(activity(id, ActivityType.DOWNLOAD, pickLine(CAD_FILES, line), between(startAt, stop), null, null));
            strength += 3;
        }
        if (random.nextDouble() < 0.4) {
            out.add(activity(id, ActivityType.DOWNLOAD, pickLine(CASE_STUDIES, line), between(startAt, stop), null, null));
            strength += 1;
        }
        if (random.nextDouble() < 0.35) {
            out.add(activity(id, ActivityType.DOWNLOAD, pickLine(TECHNICAL_GUIDES, line), between(startAt, stop), null, null));
            strength += 1.5;
        }
        if (random.nextDouble() < 0.2 + 0.4 * drive) {
            Asset tool = line.equals(EQUIPMENT) ? CONFIGURATOR : SELECTION_TOOL;
            out.add(activity(id, ActivityType.SELECTION_TOOL, tool, between(startAt, stop), null, null));
            strength += 3;
        }
        if (line.equals(COMPONENTS) && random.nextDouble() < 0.1 + 0.35 * drive) {
            out.add(activity(id, ActivityType.QUALIFICATION_FORM, QUALIFICATION_FORM, between(startAt, stop), null,
                    pick(COMPONENT_TEXTS)));
            strength += 3;
        }
        String text = null;
        if (random.nextDouble() < 0.25 + 0.45 * drive) {
            text = p.kind == Kind.STUDENT ? pick(STUDENT_TEXTS) : pick(textsFor(line));
            out.add(activity(id, ActivityType.FORM_SUBMIT, pickLine(PRODUCT_PAGES, line), between(startAt, stop), null, text));
            strength += 2;
        }
        long qualifiedAt = stop;
        boolean requested = random.nextDouble() < 0.08 + 0.55 * drive * drive;
        if (requested) {
            ActivityType request = requestFor(line);
            out.add(activity(id, request, pickLine(PRODUCT_PAGES, line), stop, null,
                    text != null ? text : p.kind == Kind.STUDENT ? pick(STUDENT_TEXTS) : null));
            strength += 8;
        }
        boolean urgent = text != null && (text.contains("mergency") || text.contains("owntime") || text.contains("hutdown"));
        if (urgent) {
            strength += 3;
        }
        if (requested || strength >= 9) {
            salesFollowUps.salesFollowUp(p, qualifiedAt, Math.min(1.0, strength / 20.0), line, urgent);
        }
    }

    private ActivityType requestFor(String line) {
        return switch (line) {
            case EQUIPMENT -> random.nextBoolean() ? ActivityType.DEMO_REQUEST : ActivityType.QUOTE_REQUEST;
            case COMPONENTS -> random.nextDouble() < 0.6 ? ActivityType.QUOTE_REQUEST
                    : random.nextBoolean() ? ActivityType.TRIAL_REQUEST : ActivityType.TECHNICAL_REVIEW_REQUEST;
            default -> ActivityType.CONSULTATION_REQUEST;
        };
    }

    private static List<String> textsFor(String line) {
        return switch (line) {
            case EQUIPMENT -> EQUIPMENT_TEXTS;
            case COMPONENTS -> COMPONENT_TEXTS;
            default -> SERVICE_TEXTS;
        };
    }

    // ---------------------------------------------------------------- helpers

    /** An activity at {@code at}, moved back inside the history when a follow-on step would land after its end. */
    private Activity activity(long contactId, ActivityType type, Asset asset, long at, String campaign, String text) {
        long when = Math.min(at, end.toEpochMilli() - 60_000);
        return new Activity(nextActivityId++, contactId, type, asset.name(), asset.kind(), asset.productLine(),
                Instant.ofEpochMilli(when), campaign, text);
    }

    private static String capitalize(String words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words.split(" ")) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return sb.toString();
    }
}
