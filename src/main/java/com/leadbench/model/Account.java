package com.leadbench.model;

import java.util.Map;
import java.util.Objects;

/**
 * A company. {@code id} is 0 until the store assigns one.
 * Custom fields are the columns an import kept by name.
 */
public record Account(
        long id,
        String domain,
        String name,
        String industry,
        Integer employees,
        Double annualRevenue,
        String country,
        String region,
        boolean customer,
        boolean competitor,
        String accountManager,
        Map<String, String> customFields) {

    public Account {
        if (id < 0) {
            throw new IllegalArgumentException("account id must not be negative: " + id);
        }
        if (employees != null && employees < 0) {
            throw new IllegalArgumentException("employees must not be negative: " + employees);
        }
        customFields = Map.copyOf(Objects.requireNonNullElse(customFields, Map.of()));
    }

    public Account withId(long newId) {
        return new Account(newId, domain, name, industry, employees, annualRevenue, country, region,
                customer, competitor, accountManager, customFields);
    }
}
