package com.leadbench.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** One record of the data-fix queue and everything that is wrong with it, in {@link DataIssue} order. */
public record DataFixItem(ContactFacts contact, List<DataIssue> issues) {

    public DataFixItem {
        Objects.requireNonNull(contact, "contact");
        if (issues.isEmpty()) {
            throw new IllegalArgumentException("contact #" + contact.id() + " has nothing to fix");
        }
        issues = List.copyOf(EnumSet.copyOf(issues));
    }

    public long contactId() {
        return contact.id();
    }

    public boolean has(DataIssue issue) {
        return issues.contains(issue);
    }

    /** True when an account, country or job title is missing. */
    public boolean incomplete() {
        return issues.stream().anyMatch(DataIssue::missingField);
    }

    /** The missing fields only. */
    public List<DataIssue> missing() {
        return issues.stream().filter(DataIssue::missingField).toList();
    }

    /** "No account, No job title". */
    public String issuesLabel() {
        return issues.stream().map(DataIssue::label).collect(Collectors.joining(", "));
    }
}
