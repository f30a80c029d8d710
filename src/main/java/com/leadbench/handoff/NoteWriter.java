package com.leadbench.handoff;

import com.leadbench.model.Account;
import com.leadbench.model.Activity;
import com.leadbench.model.ActivityType;
import com.leadbench.model.Contact;
import com.leadbench.scoring.Breakdown;
import com.leadbench.scoring.Contribution;
import com.leadbench.scoring.lead.LeadFacts;
import com.leadbench.scoring.rules.Points;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.rules.Windows;
import com.leadbench.scoring.routing.Deadlines.Deadline;
import com.leadbench.scoring.routing.Route;
import com.leadbench.scoring.rules.PersonaRule;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes the handoff note of a lead (pure: the same inputs give the same note). */
public final class NoteWriter {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ENGLISH);
    private static final int TOP = 5;
    private static final int MAX_VIEWED = 8;

    /** Compliance and certification needs, as they are written in forms. */
    private static final Pattern COMPLIANCE = Pattern.compile(
            "\\b(ATEX|IECEx|ISO\\s?\\d{3,5}|FDA|USDA|CE marking|UL\\s?\\d*|SIL\\s?\\d|RoHS|REACH|3-A|NSF|washdown|hygienic|"
                    + "material certificates?|certifi\\w*|complian\\w*)\\b", Pattern.CASE_INSENSITIVE);
    /** Documentation asked for in forms. */
    private static final Pattern DOCUMENTATION = Pattern.compile(
            "\\b(declaration of conformity|spec(?:ification)? sheets?|data ?sheets?|CAD(?: files?)?|drawings?|manuals?|"
                    + "pressure rating|installation (?:guide|quote)|layout support|material certificates?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> ASSET_KINDS = Map.of(
            "spec_sheet", "spec sheets", "cad_file", "CAD files", "technical_guide", "technical guides",
            "case_study", "case studies for similar applications");
    private static final Set<String> VIEWED_PAGES = Set.of("product_page", "pricing_page", "contact_page", "configurator",
            "selection_tool", "qualification_form");

    private NoteWriter() {
    }

    /**
     * The note for a lead scored {@code b} (overrides applied) under {@code card} as of {@code asOf};
     * {@code deadline} is empty for a lead that has not qualified.
     */
    public static HandoffNote write(Scorecard card, LeadFacts lead, Breakdown b, Route route, Optional<Deadline> deadline,
                                    Instant asOf) {
        return write(card, lead, b, route, deadline, asOf, Optional.empty());
    }

    /** As {@link #write(Scorecard, LeadFacts, Breakdown, Route, Optional, Instant)}, with the account around the lead. */
    public static HandoffNote write(Scorecard card, LeadFacts lead, Breakdown b, Route route, Optional<Deadline> deadline,
                                    Instant asOf, Optional<AccountContext> accountContext) {
        Contact c = lead.contact();
        Optional<Account> account = lead.account();
        List<Activity> recent = recent(lead, card.windowDays(), asOf);

        String persona = personas(card, b);
        List<String> who = new ArrayList<>();
        who.add(c.displayName() + (c.jobTitle() == null ? "" : " — " + c.jobTitle())
                + (persona.isEmpty() ? "" : " (persona: " + persona + ")"));
        account.ifPresentOrElse(a -> who.add(join(" · ", a.name(), a.industry(),
                a.employees() == null ? null : a.employees() + " employees",
                a.annualRevenue() == null ? null : money(a.annualRevenue()) + " revenue",
                join(", ", a.region(), a.country() != null ? a.country() : c.country()))),
                () -> who.add("No company on record" + (c.country() == null ? "" : " · " + c.country())));
        if (c.email() != null || c.phone() != null) {
            who.add(join(" · ", c.email(), c.phone()));
        }

        List<Contribution> why = b.top(TOP);
        List<String> viewed = viewed(recent);
        List<String> documentation = documentation(recent);
        List<String> compliance = matches(recent, COMPLIANCE);
        List<String> application = new ArrayList<>();
        for (Activity a : recent.reversed()) {
            if (a.formText() != null && !a.formText().isBlank()) {
                String line = "“" + a.formText().strip() + "” (" + a.type().label().toLowerCase(Locale.ROOT) + ", "
                        + DATE.format(a.occurredAt()) + ")";
                if (application.stream().noneMatch(x -> x.startsWith("“" + a.formText().strip() + "”"))) {
                    application.add(line);
                }
            }
        }
        String nextStep = nextStep(card, b, recent, compliance);
        String due = deadline.map(d -> "Contact by " + DUE.format(d.due()) + " (" + d.businessDays() + " business day"
                + (d.businessDays() == 1 ? "" : "s") + " after qualifying on " + DATE.format(d.qualifiedAt()) + ")")
                .orElse("No deadline: not an MQL or SQL");

        String headline = c.displayName() + account.map(a -> a.name() == null ? "" : " at " + a.name()).orElse("")
                + " — " + b.stage().label() + ", " + b.tier().label() + ", score " + Points.format(b.total())
                + " (fit " + Points.format(b.fit()) + ", intent " + Points.format(b.intent()) + ")";
        StringBuilder text = new StringBuilder();
        text.append(headline).append('\n');
        text.append("Route: ").append(route.queue()).append(" (").append(route.reason()).append(")\n");
        if (b.override().isPresent()) {
            text.append("Tier set by hand: ").append(b.override().get().reason()).append('\n');
        }
        if (b.urgent()) {
            text.append("URGENT: urgency words in a recent form\n");
        }
        section(text, "Who", who);
        List<String> accountLines = accountContext.map(AccountContext::lines).orElse(List.of());
        if (!accountLines.isEmpty()) {
            section(text, "Account", accountLines);
        }
        section(text, "Why", why.stream().map(NoteWriter::contributionLine).toList());
        section(text, "Viewed and downloaded", viewed.isEmpty() ? List.of("Nothing in the last " + card.windowDays() + " days") : viewed);
        List<String> needs = new ArrayList<>();
        if (!documentation.isEmpty()) {
            needs.add("Documentation: " + String.join(", ", documentation));
        }
        if (!compliance.isEmpty()) {
            needs.add("Compliance / certification: " + String.join(", ", compliance));
        }
        application.forEach(a -> needs.add("Application: " + a));
        section(text, "From their forms", needs.isEmpty() ? List.of("No form answers in the window") : needs);
        section(text, "Next step", List.of(nextStep));
        section(text, "Deadline", List.of(due));
        return new HandoffNote(headline, who, accountLines, why, viewed, documentation, compliance, application, nextStep, due,
                text.toString().strip());
    }

    /** "+8  Spec sheet downloads: Download: PX-200 spec sheet on 2026-11-04", with the date added when the evidence has none. */
    public static String contributionLine(Contribution c) {
        String date = c.at() == null ? null : DATE.format(c.at());
        return Points.signed(c.points()) + "  " + c.label() + ": " + c.evidence()
                + (date == null || c.evidence().contains(date) ? "" : " (" + date + ")");
    }

    private static void section(StringBuilder text, String title, List<String> lines) {
        text.append('\n').append(title.toUpperCase(Locale.ROOT)).append('\n');
        lines.forEach(l -> text.append("- ").append(l).append('\n'));
    }

    private static List<Activity> recent(LeadFacts lead, int windowDays, Instant asOf) {
        long now = asOf.toEpochMilli();
        return lead.activities().stream()
                .filter(a -> Windows.inside(now - a.occurredAt().toEpochMilli(), windowDays))
                .toList();
    }

    /** The personas the lead's persona rules matched, comma separated; empty for none. */
    public static String personas(Scorecard card, Breakdown b) {
        Set<String> personas = new LinkedHashSet<>();
        for (Contribution c : b.contributions()) {
            card.rule(c.ruleId()).ifPresent(r -> {
                if (r instanceof PersonaRule p) {
                    personas.add(p.persona());
                }
            });
        }
        return String.join(", ", personas);
    }

    /** Downloads, requests and key pages in the window, newest first, each asset once. */
    private static List<String> viewed(List<Activity> recent) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (Activity a : recent.reversed()) {
            boolean counts = a.type() == ActivityType.DOWNLOAD || a.type().isRequest() || a.type() == ActivityType.SELECTION_TOOL
                    || a.type() == ActivityType.QUALIFICATION_FORM || a.type() == ActivityType.WEBINAR_ATTENDANCE
                    || a.type() == ActivityType.PAGE_VIEW && a.assetKind() != null && VIEWED_PAGES.contains(a.assetKind());
            if (!counts || a.asset() == null) {
                continue;
            }
            String key = a.type() + "|" + a.asset();
            seen.putIfAbsent(key, a.type().label() + ": " + a.asset() + " (" + DATE.format(a.occurredAt()) + ")");
            if (seen.size() == MAX_VIEWED) {
                break;
            }
        }
        return List.copyOf(seen.values());
    }

    private static List<String> documentation(List<Activity> recent) {
        Set<String> docs = new LinkedHashSet<>();
        for (Activity a : recent.reversed()) {
            if (a.type() == ActivityType.DOWNLOAD && a.assetKind() != null && ASSET_KINDS.containsKey(a.assetKind())) {
                docs.add(ASSET_KINDS.get(a.assetKind()));
            }
        }
        docs.addAll(matches(recent, DOCUMENTATION));
        return List.copyOf(docs);
    }

    private static List<String> matches(List<Activity> recent, Pattern pattern) {
        Set<String> found = new LinkedHashSet<>();
        for (Activity a : recent.reversed()) {
            if (a.formText() == null) {
                continue;
            }
            Matcher m = pattern.matcher(a.formText());
            while (m.find()) {
                found.add(m.group(1).strip());
            }
        }
        return List.copyOf(found);
    }

    /** The next step matched to the strongest reason: urgency, then a request, then technical content, then the tier. */
    static String nextStep(Scorecard card, Breakdown b, List<Activity> recent, List<String> compliance) {
        String bring = compliance.isEmpty() ? "" : " Bring the " + String.join(", ", compliance) + " documents to the first call.";
        if (b.urgent()) {
            String words = recent.reversed().stream().filter(a -> a.formText() != null).findFirst()
                    .map(a -> " (“" + a.formText().strip() + "”)").orElse("");
            return "Service desk: call back today — the form speaks of an outage or shutdown" + words + "." + bring;
        }
        Optional<ActivityType> request = recent.reversed().stream().map(Activity::type).filter(ActivityType::isRequest).findFirst();
        if (request.isPresent()) {
            String step = switch (request.get()) {
                case DEMO_REQUEST -> "Schedule the demo and a technical discovery call before it.";
                case QUOTE_REQUEST -> "Prepare the quote: confirm quantities, specifications and delivery dates in a qualifying call.";
                case CONSULTATION_REQUEST -> "Book the consultation with a service engineer: scope the site, the assets and the timing.";
                case TRIAL_REQUEST -> "Arrange the trial: agree the test application, the success criteria and the dates.";
                case TECHNICAL_REVIEW_REQUEST -> "Set up the technical review with an application engineer.";
                default -> "Answer the " + request.get().label().toLowerCase(Locale.ROOT) + ".";
            };
            return step + bring;
        }
        Optional<Activity> technical = recent.reversed().stream()
                .filter(a -> a.type() == ActivityType.DOWNLOAD && a.assetKind() != null
                        && Set.of("technical_guide", "spec_sheet", "cad_file").contains(a.assetKind()))
                .findFirst();
        if (technical.isPresent()) {
            return "Technical next steps: an application engineer follows up on “" + technical.get().asset()
                    + "”, checks the application and offers drawings, specifications and sizing help." + bring;
        }
        if (recent.stream().anyMatch(a -> "case_study".equals(a.assetKind()))) {
            return "Share references from similar applications and propose a discovery call." + bring;
        }
        if (b.tier().isTier()) {
            return card.thresholds().spec(b.tier()).action() + "." + bring;
        }
        return "Qualify by phone: confirm the project, the timing and who decides." + bring;
    }

    private static String money(double amount) {
        if (amount >= 1_000_000) {
            return "$" + Points.format(Math.round(amount / 100_000.0) / 10.0) + "M";
        }
        if (amount >= 1_000) {
            return "$" + Math.round(amount / 1_000.0) + "k";
        }
        return "$" + Math.round(amount);
    }

    private static String join(String separator, String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                kept.add(p.strip());
            }
        }
        return String.join(separator, kept);
    }
}
