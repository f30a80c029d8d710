package com.leadbench.importing.matching;

/** Plausible values of each target field, for files the tests make up. */
final class Samples {

    private static final String[] FIRST = {"Anna", "Ben", "Chloé", "Dmitri", "Eva", "Farid", "Grace", "Hiro"};
    private static final String[] LAST = {"Schmidt", "Okafor", "Martin", "Ivanova", "Lindqvist", "Haddad", "Kim", "Rossi"};
    private static final String[] TITLES = {"Head of Engineering", "Plant Manager", "Buyer", "CTO", "Maintenance Lead", "Design Engineer"};
    private static final String[] COUNTRIES = {"Germany", "France", "United States", "Japan", "Brazil", "India"};
    private static final String[] SOURCES = {"Organic Search", "Paid Social", "Trade Show", "Referral", "Direct Traffic"};
    private static final String[] COMPANIES = {"Acme GmbH", "Globex Corp", "Initech", "Umbrella AG", "Hooli", "Vandelay Industries"};
    private static final String[] INDUSTRIES = {"Manufacturing", "Automotive", "Energy", "Food & Beverage", "Chemicals"};

    private Samples() {
    }

    /** Value number {@code i} of a column holding {@code target}. */
    static String value(String target, int i) {
        return switch (target) {
            case "external_id" -> "00Q5g00000Ab" + (1000 + i);
            case "email" -> FIRST[i % FIRST.length].toLowerCase().replace("é", "e") + "." + i + "@example" + (i % 3) + ".com";
            case "first_name" -> FIRST[i % FIRST.length];
            case "last_name" -> LAST[i % LAST.length];
            case "job_title" -> TITLES[i % TITLES.length];
            case "phone" -> "+49 30 " + (2000000 + i * 37);
            case "country", "company_country", "ip_country" -> COUNTRIES[i % COUNTRIES.length];
            case "source" -> SOURCES[i % SOURCES.length];
            case "campaign" -> "Spring webinar " + (i % 4);
            case "created_at" -> "2024-03-" + String.format("%02d", i % 28 + 1) + " 14:" + String.format("%02d", i % 60);
            case "owner", "account_manager" -> (i % 2 == 0 ? "Jane Miller" : "Omar Farouk");
            case "company" -> COMPANIES[i % COMPANIES.length];
            case "domain" -> "https://www." + COMPANIES[i % COMPANIES.length].split(" ")[0].toLowerCase() + i + ".com";
            case "industry" -> INDUSTRIES[i % INDUSTRIES.length];
            case "employees" -> Integer.toString(10 + i * 13);
            case "annual_revenue" -> (1_000_000 + i * 12_345) + ".50";
            case "region" -> i % 2 == 0 ? "Europe" : "North America";
            case "is_customer" -> i % 3 == 0 ? "true" : "false";
            default -> "value " + i;
        };
    }
}
