package com.leadbench.importing;

/**
 * An account's fields as one import row gives them; null means "not given" (an update keeps what
 * is stored; an insert stores null, and false for {@code customer}).
 */
public record AccountValues(String domain, String name, String industry, Integer employees, Double annualRevenue,
                            String country, String region, Boolean customer, String accountManager) {

    /** True when the row says anything about an account. */
    public boolean any() {
        return domain != null || name != null || industry != null || employees != null || annualRevenue != null
                || country != null || region != null || customer != null || accountManager != null;
    }
}
