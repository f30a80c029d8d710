package com.leadbench.gui.hygiene;

import com.leadbench.gui.Formats;
import com.leadbench.model.Account;
import com.leadbench.model.Contact;
import com.leadbench.model.DuplicatePair;
import com.leadbench.model.LeadDetail;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.StageTransition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/** A duplicate pair with both records loaded in full: the older one on the left, the newer on the right. */
public record PairComparison(DuplicatePair pair, LeadDetail left, LeadDetail right) {

    /** One line of the side-by-side view; {@code different} when both sides have a value and they differ. */
    public record Line(String label, String left, String right) {

        public boolean different() {
            return !blank(left) && !blank(right) && !left.strip().equalsIgnoreCase(right.strip());
        }

        /** True when one side is empty and the other is not: a merge keeping the empty side fills it. */
        public boolean fillable() {
            return blank(left) != blank(right);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    public PairComparison {
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    /** Every fact of both records, line by line: contact, company, custom fields, then what they hold. */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        line(lines, "Contact id", d -> "#" + d.contact().id());
        line(lines, "Name", d -> d.contact().displayName());
        line(lines, "Email", d -> d.contact().email());
        line(lines, "Job title", d -> d.contact().jobTitle());
        line(lines, "Phone", d -> d.contact().phone());
        line(lines, "Country", d -> Formats.country(d.contact().country()));
        line(lines, "IP country", d -> Formats.country(d.contact().ipCountry()));
        line(lines, "Company", d -> d.account().map(Account::name).orElse(null));
        line(lines, "Company domain", d -> d.account().map(Account::domain).orElse(null));
        line(lines, "Industry", d -> d.account().map(Account::industry).orElse(null));
        line(lines, "Source", d -> d.contact().source());
        line(lines, "Campaign", d -> d.contact().campaign());
        line(lines, "Owner", d -> d.contact().owner());
        line(lines, "External id", d -> d.contact().externalId());
        line(lines, "Created", d -> Formats.dateTime(d.contact().createdAt()));
        TreeSet<String> custom = new TreeSet<>(left.contact().customFields().keySet());
        custom.addAll(right.contact().customFields().keySet());
        for (String name : custom) {
            line(lines, name, d -> d.contact().customFields().get(name));
        }
        line(lines, "Stage", d -> stage(d).label());
        line(lines, "Activities", d -> Formats.count(d.activities().size()));
        line(lines, "Sales follow-ups", d -> Formats.count(d.followUps().size()));
        line(lines, "Stage changes", d -> Formats.count(d.transitions().size()));
        return lines;
    }

    private void line(List<Line> lines, String label, Function<LeadDetail, String> value) {
        lines.add(new Line(label, value.apply(left), value.apply(right)));
    }

    /** The current stage: the target of the latest recorded transition (Contact when there is none). */
    public static LifecycleStage stage(LeadDetail d) {
        return d.transitions().stream().max(Comparator.comparingLong(StageTransition::id))
                .map(StageTransition::to).orElse(LifecycleStage.CONTACT);
    }

    public Contact leftContact() {
        return left.contact();
    }

    public Contact rightContact() {
        return right.contact();
    }
}
