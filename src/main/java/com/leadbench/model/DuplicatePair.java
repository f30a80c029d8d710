package com.leadbench.model;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Two contacts that look like the same person: the older one first (the one a merge keeps unless
 * the manager picks the other), with every rule that matched them.
 */
public record DuplicatePair(ContactFacts older, ContactFacts newer, Set<DuplicateRule> rules) {

    public DuplicatePair {
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        if (older.id() == newer.id()) {
            throw new IllegalArgumentException("a contact is not a duplicate of itself: #" + older.id());
        }
        if (newer.isOlderThan(older)) {
            throw new IllegalArgumentException("#" + older.id() + " is newer than #" + newer.id());
        }
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a pair needs the rule that matched it");
        }
        rules = Set.copyOf(EnumSet.copyOf(rules));
    }

    /** The rules in declaration order, as one line ("Same email, Same name at the same company"). */
    public String rulesLabel() {
        return EnumSet.copyOf(rules).stream().map(DuplicateRule::label).collect(Collectors.joining(", "));
    }

    /** The rules in declaration order, short ("Email + Name at company"). */
    public String rulesShortLabel() {
        return EnumSet.copyOf(rules).stream().map(DuplicateRule::shortLabel).collect(Collectors.joining(" + "));
    }

    public boolean involves(long contactId) {
        return older.id() == contactId || newer.id() == contactId;
    }
}
