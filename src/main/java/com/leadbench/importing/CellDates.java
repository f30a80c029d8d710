package com.leadbench.importing;

import java.time.DateTimeException;
import java.time.LocalDate;

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

    static final long DAY_MS = 86_400_000L;
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
        return ms == NOT_A_DATE ? SpelledDates.millis(text) : ms;
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

    static long epochDay(int year, int month, int day) {
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
    static long withTime(String s, int i, long epochDay, boolean t) {
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

    /** Reads up to {@code max} digits at {@code pos[0]}, advancing it; the value (0 when none). */
    static int digits(String s, int[] pos, int max) {
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
