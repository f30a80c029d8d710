package com.leadbench.importing.matching;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Country names (English and as each country writes its own) and ISO 3166 codes, from the JDK, plus common short forms. */
final class Countries {

    private static final Set<String> NAMES = new HashSet<>();
    private static final Set<String> CODES = new HashSet<>();

    static {
        for (String code : Locale.getISOCountries()) {
            CODES.add(code);
            Locale country = Locale.of("", code);
            NAMES.add(norm(country.getDisplayCountry(Locale.ENGLISH)));
            NAMES.add(norm(country.getDisplayCountry(Locale.GERMAN)));
            NAMES.add(norm(country.getDisplayCountry(Locale.FRENCH)));
            try {
                CODES.add(country.getISO3Country());
            } catch (java.util.MissingResourceException e) {
                // no three-letter code: the two-letter one and the names still count
            }
        }
        for (String alias : new String[] {"usa", "us", "u.s.", "u.s.a.", "united states of america", "america", "uk", "u.k.",
                "great britain", "britain", "england", "scotland", "wales", "northern ireland", "russia", "south korea", "korea",
                "north korea", "czech republic", "czechia", "holland", "the netherlands", "uae", "hong kong", "macau", "taiwan",
                "vietnam", "iran", "syria", "laos", "bolivia", "venezuela", "tanzania", "moldova", "ivory coast", "turkey",
                "türkiye", "deutschland", "espana", "españa", "italia", "brasil", "mexico", "méxico", "schweiz", "suisse",
                "österreich", "osterreich", "belgique", "belgie", "nederland", "polska", "sverige", "norge", "danmark", "suomi"}) {
            NAMES.add(norm(alias));
        }
    }

    private Countries() {
    }

    /** True for a country name or an ISO code written in capitals ({@code DE}, {@code DEU}). */
    static boolean isCountry(String value) {
        String v = value.strip();
        if ((v.length() == 2 || v.length() == 3) && v.equals(v.toUpperCase(Locale.ROOT)) && CODES.contains(v)) {
            return true;
        }
        return v.length() <= 60 && NAMES.contains(norm(v));
    }

    private static String norm(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
