package com.leadbench.model;

import java.util.Objects;

/**
 * One empty field of a kept contact that a merge filled from the merged one. {@code field} is a
 * contact column ("job_title", "account_id") or, with {@code custom}, a custom field's name;
 * {@code existed} is false for a custom field the kept contact did not have at all. {@code before}
 * is what undo writes back (null or blank).
 */
public record FieldFill(String field, boolean custom, boolean existed, String before, String after) {

    public FieldFill {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(after, "after");
        if (!custom && !existed) {
            throw new IllegalArgumentException("a contact column always exists: " + field);
        }
        if (!existed && before != null) {
            throw new IllegalArgumentException("a field that did not exist had no value: " + field);
        }
    }
}
