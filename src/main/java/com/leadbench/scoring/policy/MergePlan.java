package com.leadbench.scoring.policy;

import com.leadbench.model.Contact;
import com.leadbench.model.FieldFill;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Which fields a merge of two contacts fills: the kept contact's values always win; an empty
 * (null or blank) field of the kept contact is filled from the merged one when that has a value;
 * a custom field the kept contact lacks is added, even without a value. Fields are named as the
 * contact's columns ("job_title", "account_id"), which is how the merge's audit line records them.
 */
public final class MergePlan {

    /** The field naming the contact's account. */
    public static final String ACCOUNT_ID = "account_id";

    /** The text fields a merge may fill, in table order. */
    private static final Map<String, Function<Contact, String>> TEXT_FIELDS = textFields();

    private MergePlan() {
    }

    private static Map<String, Function<Contact, String>> textFields() {
        Map<String, Function<Contact, String>> fields = new LinkedHashMap<>();
        fields.put("external_id", Contact::externalId);
        fields.put("email", Contact::email);
        fields.put("first_name", Contact::firstName);
        fields.put("last_name", Contact::lastName);
        fields.put("job_title", Contact::jobTitle);
        fields.put("phone", Contact::phone);
        fields.put("country", Contact::country);
        fields.put("ip_country", Contact::ipCountry);
        fields.put("source", Contact::source);
        fields.put("campaign", Contact::campaign);
        fields.put("owner", Contact::owner);
        return fields;
    }

    /** The names of the contact fields a merge may fill, in table order, the account last. */
    public static List<String> fields() {
        List<String> names = new ArrayList<>(TEXT_FIELDS.keySet());
        names.add(ACCOUNT_ID);
        return names;
    }

    /**
     * The fills of merging {@code merged} into {@code kept}: the kept contact's empty fields the
     * merged one has values for, then its custom fields, in {@code mergedCustom}'s order.
     * {@code keptCustom} may hold fields without a value (null): they exist but are empty.
     */
    public static List<FieldFill> fills(Contact kept, Map<String, String> keptCustom, Contact merged, Map<String, String> mergedCustom) {
        List<FieldFill> fills = new ArrayList<>();
        TEXT_FIELDS.forEach((name, value) -> {
            String mine = value.apply(kept);
            String theirs = value.apply(merged);
            if (blank(mine) && !blank(theirs)) {
                fills.add(new FieldFill(name, false, true, mine, theirs));
            }
        });
        if (kept.accountId() == null && merged.accountId() != null) {
            fills.add(new FieldFill(ACCOUNT_ID, false, true, null, merged.accountId().toString()));
        }
        mergedCustom.forEach((name, theirs) -> {
            if (!keptCustom.containsKey(name)) {
                fills.add(new FieldFill(name, true, false, null, theirs));
            } else if (blank(keptCustom.get(name)) && !blank(theirs)) {
                fills.add(new FieldFill(name, true, true, keptCustom.get(name), theirs));
            }
        });
        return fills;
    }

    /**
     * The value of contact field {@code name} as a merge records it (the account as its id).
     *
     * @throws IllegalArgumentException for a field a merge does not fill
     */
    public static String value(Contact contact, String name) {
        if (name.equals(ACCOUNT_ID)) {
            return contact.accountId() == null ? null : contact.accountId().toString();
        }
        Function<Contact, String> value = TEXT_FIELDS.get(name);
        if (value == null) {
            throw new IllegalArgumentException("a merge does not fill contact column " + name);
        }
        return value.apply(contact);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
