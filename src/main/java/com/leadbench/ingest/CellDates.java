package com.leadbench.ingest;

import java.time.DateTimeException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the text of one cell as a date, without exceptions on the fast path: a million rows go
 * through here. Dates without a zone are UTC; a two-digit year turns at {@link #PIVOT}.
 */
final class CellDates {

    /** {@link #millis} could not read the text as a date. */
    static final long NOT_A_DATE = Long.MIN_VALUE;
    /** {@link #millis} met {@code 3/5/2024} while the mapping says ISO: the day order must be chosen. */
    static final long AMBIGUOUS_DATE = Long.MIN_VALUE + 1;

    /** Two-digit years below this are 20xx, the others 19xx. */
    static final int PIVOT = 70;

    private static final long DAY_MS = 86_400_000L;
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

    private CellDates() {
    }

    /**
     * Epoch milliseconds of {@code text}, or {@link #NOT_A_DATE} / {@link #AMBIGUOUS_DATE}. Accepts
     * {@code yyyy-MM-dd} (or with '/') with an optional time {@code [T ]H:mm[:ss[.fff]]} and zone
     * ({@code Z}, {@code +02:00}, {@code +0200}, {@code UTC}, {@code GMT}); {@code M/d/yyyy} resp.
     * {@code d/M/yyyy} (separators '/', '.', '-'; a two-digit year with '/' or '.') with an optional time,
     * AM/PM and zone as {@code order} says (AUTO: when only one order gives a date, or both the same);
     * and, in any order, month names ({@code 15 Apr, 2021 00:03:00}, {@code April 15, 2021}),
     * {@code yyyyMMdd}, epoch seconds (9 or 10 digits) and epoch milliseconds (12 or 13 digits).
     */
    static long millis(String text, DayOrder order) {
        long ms = numeric(text, order);
        return ms == NOT_A_DATE ? spelled(text) : ms;
    }

    /** A two-digit year: 00-69 are 2000-2069, 70-99 are 1970-1999. */
    static int fullYear(int twoDigits) {
        return twoDigits < PIVOT ? 2000 + twoDigits : 1900 + twoDigits;
    }

    /** ISO and day/month dates written in digits. */
    private static long numeric(String text, DayOrder order) {
        String s = text;
        int n = s.length();
        int[] pos = {0};
        int first = digits(s, pos, 4);
        int firstLen = pos[0];
        if (firstLen == 0 || pos[0] >= n) {
            return NOT_A_DATE;
        }
        char sep = s.charAt(pos[0]);
        int year;
        int month;
        int day;
        if (firstLen == 4) {
            if (sep != '-' && sep != '/') {
                return NOT_A_DATE;
            }
            pos[0]++;
            int start = pos[0];
            month = digits(s, pos, 2);
            if (pos[0] == start || pos[0] >= n || s.charAt(pos[0]) != sep) {
                return NOT_A_DATE;
            }
            pos[0]++;
            start = pos[0];
            day = digits(s, pos, 2);
            if (pos[0] == start) {
                return NOT_A_DATE;
            }
            year = first;
        } else if (firstLen <= 2) {
            if (sep != '/' && sep != '.' && sep != '-') {
                return NOT_A_DATE;
            }
            pos[0]++;
            int start = pos[0];
            int second = digits(s, pos, 2);
            if (pos[0] == start || pos[0] >= n || s.charAt(pos[0]) != sep) {
                return NOT_A_DATE;
            }
            pos[0]++;
            start = pos[0];
            year = digits(s, pos, 4);
            int yearLen = pos[0] - start;
            if (yearLen == 2 && sep != '-') {
                year = fullYear(year);
            } else if (yearLen != 4) {
                return NOT_A_DATE;
            }
            // 1: day first, 0: month first, -1: the order is unknown, -2: neither order gives a date
            int dayFirst = switch (order) {
                case US -> 0;
                case EUROPEAN -> 1;
                case ISO -> -1;
                case AUTO -> first == second || (first > 12 && second <= 12) ? 1
                        : second > 12 && first <= 12 ? 0
                        : first > 12 ? -2 : -1;
            };
            if (dayFirst < 0) {
                return dayFirst == -1 ? AMBIGUOUS_DATE : NOT_A_DATE;
            }
            day = dayFirst == 1 ? first : second;
            month = dayFirst == 1 ? second : first;
        } else {
            return NOT_A_DATE;
        }
        long epochDay = epochDay(year, month, day);
        return epochDay == NOT_A_DATE ? NOT_A_DATE : withTime(s, pos[0], epochDay, firstLen == 4);
    }

    private static long epochDay(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return NOT_A_DATE;
        }
        try {
            return LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return NOT_A_DATE;
        }
    }

    /**
     * The date {@code epochDay} with the time written from {@code i} on: nothing, or after 'T' (when
     * {@code t} allows it), spaces or ", " an {@code H:mm[:ss[.fff]]}, AM/PM and a zone.
     */
    private static long withTime(String s, int i, long epochDay, boolean t) {
        int n = s.length();
        if (i == n) {
            return epochDay * DAY_MS;
        }
        int[] pos = {i};
        char c = s.charAt(i);
        if (c == 'T' && t) {
            i++;
        } else if (c == ' ' || c == ',') {
            if (c == ',') {
                i++;
            }
            while (i < n && s.charAt(i) == ' ') {
                i++;
            }
        } else {
            return NOT_A_DATE;
        }
        pos[0] = i;
        int hour = digits(s, pos, 2);
        if (pos[0] == i || pos[0] >= n || s.charAt(pos[0]) != ':') {
            return NOT_A_DATE;
        }
        pos[0]++;
        int start = pos[0];
        int minute = digits(s, pos, 2);
        if (pos[0] - start != 2) {
            return NOT_A_DATE;
        }
        int second = 0;
        int millis = 0;
        if (pos[0] < n && s.charAt(pos[0]) == ':') {
            pos[0]++;
            start = pos[0];
            second = digits(s, pos, 2);
            if (pos[0] - start != 2) {
                return NOT_A_DATE;
            }
            if (pos[0] < n && (s.charAt(pos[0]) == '.' || s.charAt(pos[0]) == ',')) {
                pos[0]++;
                start = pos[0];
                int fraction = digits(s, pos, 9);
                int len = pos[0] - start;
                if (len == 0) {
                    return NOT_A_DATE;
                }
                millis = (int) (fraction / pow10(Math.max(0, len - 3)) * (len < 3 ? pow10(3 - len) : 1));
            }
        }
        i = pos[0];
        while (i < n && s.charAt(i) == ' ') {
            i++;
        }
        if (i + 1 < n && (s.charAt(i + 1) == 'M' || s.charAt(i + 1) == 'm')
                && "AaPp".indexOf(s.charAt(i)) >= 0) {
            boolean pm = s.charAt(i) == 'P' || s.charAt(i) == 'p';
            if (hour < 1 || hour > 12) {
                return NOT_A_DATE;
            }
            hour = hour % 12 + (pm ? 12 : 0);
            i += 2;
            while (i < n && s.charAt(i) == ' ') {
                i++;
            }
        }
        long offsetMs = 0;
        if (i < n) {
            char z = s.charAt(i);
            if ((z == 'Z' || z == 'z') && i + 1 == n) {
                i++;
            } else if ((s.regionMatches(true, i, "UTC", 0, 3) || s.regionMatches(true, i, "GMT", 0, 3)) && i + 3 == n) {
                i += 3;
            } else if (z == '+' || z == '-') {
                pos[0] = i + 1;
                int oh = digits(s, pos, 2);
                if (pos[0] - i - 1 != 2) {
                    return NOT_A_DATE;
                }
                int om = 0;
                if (pos[0] < n && s.charAt(pos[0]) == ':') {
                    pos[0]++;
                }
                if (pos[0] < n) {
                    start = pos[0];
                    om = digits(s, pos, 2);
                    if (pos[0] - start != 2) {
                        return NOT_A_DATE;
                    }
                }
                if (oh > 18 || om > 59) {
                    return NOT_A_DATE;
                }
                offsetMs = (oh * 60L + om) * 60_000L * (z == '-' ? -1 : 1);
                i = pos[0];
            }
        }
        if (i != n || hour > 23 || minute > 59 || second > 59) {
            return NOT_A_DATE;
        }
        return epochDay * DAY_MS + ((hour * 60L + minute) * 60 + second) * 1000 + millis - offsetMs;
    }

    /** Dates in digits only ({@code yyyyMMdd}, epoch seconds or milliseconds) and dates with month names. */
    private static long spelled(String s) {
        int n = s.length();
        if (n == 0) {
            return NOT_A_DATE;
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
                    long day = year < 1900 || year >= 2200 ? NOT_A_DATE
                            : epochDay(year, Integer.parseInt(s, 4, 6, 10), Integer.parseInt(s, 6, 8, 10));
                    yield day == NOT_A_DATE ? NOT_A_DATE : day * DAY_MS;
                }
                case 9, 10 -> Long.parseLong(s) * 1000;
                case 12, 13 -> Long.parseLong(s);
                default -> NOT_A_DATE;
            };
        }
        return named(s);
    }

    /**
     * {@code [weekday] d[.|st|nd|rd|th] month [,] year [time]} or {@code [weekday] month d[,] year [time]},
     * the parts separated by spaces, ',', '-', '/' or '.'; month names in English, German, French,
     * Spanish, Portuguese, Italian or Dutch, in full or abbreviated; a two-digit year as {@link #fullYear}.
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
                int v = digits(s, pos, 5);
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
                    year = len == 2 ? fullYear(v) : v;
                    break;
                }
                return NOT_A_DATE;
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
                    return NOT_A_DATE;
                }
            } else if (c == ' ' || c == ',' || c == '-' || c == '/' || c == '.') {
                i++;
            } else {
                return NOT_A_DATE;
            }
        }
        if (year < 0) {
            return NOT_A_DATE;
        }
        long epochDay = epochDay(year, month, day);
        return epochDay == NOT_A_DATE ? NOT_A_DATE : withTime(s, i, epochDay, false);
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

    /** Reads up to {@code max} digits at {@code pos[0]}, advancing it; the value (0 when none). */
    private static int digits(String s, int[] pos, int max) {
        int v = 0;
        int i = pos[0];
        int end = Math.min(s.length(), i + max);
        while (i < end) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            v = v * 10 + (c - '0');
            i++;
        }
        pos[0] = i;
        return v;
    }

    private static int pow10(int k) {
        int p = 1;
        for (int j = 0; j < k; j++) {
            p *= 10;
        }
        return p;
    }

    /** Why {@code text} is not a date under {@code order}. */
    static String dateProblem(String text, DayOrder order) {
        if (millis(text, order) == AMBIGUOUS_DATE) {
            return "a date with the day order unknown: set dayOrder to US (M/d/yyyy) or EUROPEAN (d/M/yyyy)";
        }
        return switch (order) {
            case ISO -> "not a date (expected yyyy-MM-dd, optionally with a time such as 2024-03-05 14:22:10)";
            case US -> "not a date (expected M/d/yyyy or yyyy-MM-dd, optionally with a time)";
            case EUROPEAN -> "not a date (expected d/M/yyyy, d.M.yyyy or yyyy-MM-dd, optionally with a time)";
            case AUTO -> "not a date (expected yyyy-MM-dd, d/M/yyyy or M/d/yyyy, 15 Apr 2021, yyyyMMdd or epoch seconds,"
                    + " optionally with a time)";
        };
    }
}
