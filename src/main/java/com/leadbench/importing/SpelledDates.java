package com.leadbench.importing;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The dates {@link CellDates} reads when the text is no numeric date: digits only ({@code yyyyMMdd},
 * epoch seconds or milliseconds) and dates with month names in seven languages.
 */
final class SpelledDates {

    private static final Set<String> ORDINALS = Set.of("st", "nd", "rd", "th");
    private static final Set<String> WEEKDAYS = Set.of("mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu",
            "thur", "thurs", "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday");
    /** Month names without accents, full and abbreviated: English, German, French, Spanish, Portuguese, Italian, Dutch. */
    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[] names = {
            "jan january januar janv janvier ene enero janeiro gen gennaio januari",
            "feb february februar fev fevr fevrier febrero fevereiro febbraio februari",
            "mar march marz mrz mars marzo marco maart mrt",
            "apr april avr avril abr abril aprile",
            "may mai mayo maio mag maggio mei",
            "jun june juni juin junio junho giu giugno",
            "jul july juli juil juillet julio julho lug luglio",
            "aug august aout ago agosto augustus",
            "sep sept september septembre septiembre set setembro settembre",
            "oct october okt oktober octobre octubre out outubro ott ottobre",
            "nov november novembre noviembre novembro",
            "dec december dez dezember decembre dic diciembre dezembro dicembre"};
        for (int m = 0; m < names.length; m++) {
            for (String name : names[m].split(" ")) {
                MONTHS.put(name, m + 1);
            }
        }
    }

    private SpelledDates() {
    }

    /** Dates in digits only ({@code yyyyMMdd}, epoch seconds or milliseconds) and dates with month names. */
    static long millis(String s) {
        int n = s.length();
        if (n == 0) {
            return CellDates.NOT_A_DATE;
        }
        boolean digitsOnly = true;
        for (int i = 0; i < n && digitsOnly; i++) {
            char c = s.charAt(i);
            digitsOnly = c >= '0' && c <= '9';
        }
        if (digitsOnly) {
            return switch (n) {
                case 8 -> {
                    int year = Integer.parseInt(s, 0, 4, 10);
                    long day = year < 1900 || year >= 2200 ? CellDates.NOT_A_DATE
                            : CellDates.epochDay(year, Integer.parseInt(s, 4, 6, 10), Integer.parseInt(s, 6, 8, 10));
                    yield day == CellDates.NOT_A_DATE ? CellDates.NOT_A_DATE : day * CellDates.DAY_MS;
                }
                case 9, 10 -> Long.parseLong(s) * 1000;
                case 12, 13 -> Long.parseLong(s);
                default -> CellDates.NOT_A_DATE;
            };
        }
        return named(s);
    }

    /**
     * {@code [weekday] d[.|st|nd|rd|th] month [,] year [time]} or {@code [weekday] month d[,] year [time]},
     * the parts separated by spaces, ',', '-', '/' or '.'; month names in English, German, French,
     * Spanish, Portuguese, Italian or Dutch, in full or abbreviated; a two-digit year as {@link CellDates#fullYear}.
     */
    private static long named(String s) {
        int n = s.length();
        int i = 0;
        int day = -1;
        int month = -1;
        int year = -1;
        int[] pos = {0};
        boolean weekdaySeen = false;
        while (i < n && year < 0) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                pos[0] = i;
                int v = CellDates.digits(s, pos, 5);
                int len = pos[0] - i;
                i = pos[0];
                if (day < 0 && len <= 2) {
                    day = v;
                    // 1st, 2nd, 3rd, 4th
                    if (i + 1 < n && (i + 2 == n || !Character.isLetter(s.charAt(i + 2)))
                            && ORDINALS.contains(s.substring(i, i + 2).toLowerCase(Locale.ROOT))) {
                        i += 2;
                    }
                    continue;
                }
                if (day >= 0 && month >= 0 && (len == 4 || len == 2)) {
                    year = len == 2 ? CellDates.fullYear(v) : v;
                    break;
                }
                return CellDates.NOT_A_DATE;
            } else if (Character.isLetter(c)) {
                int start = i;
                while (i < n && Character.isLetter(s.charAt(i))) {
                    i++;
                }
                String word = plain(s.substring(start, i));
                Integer m = MONTHS.get(word);
                if (m != null && month < 0) {
                    month = m;
                } else if (!weekdaySeen && day < 0 && month < 0 && WEEKDAYS.contains(word)) {
                    weekdaySeen = true;
                } else {
                    return CellDates.NOT_A_DATE;
                }
            } else if (c == ' ' || c == ',' || c == '-' || c == '/' || c == '.') {
                i++;
            } else {
                return CellDates.NOT_A_DATE;
            }
        }
        if (year < 0) {
            return CellDates.NOT_A_DATE;
        }
        long epochDay = CellDates.epochDay(year, month, day);
        return epochDay == CellDates.NOT_A_DATE ? CellDates.NOT_A_DATE : CellDates.withTime(s, i, epochDay, false);
    }

    /** Lower case without accents: "Févr" -> "fevr", "März" -> "marz". */
    private static String plain(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) > 0x7f) {
                return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            }
        }
        return lower;
    }
}
