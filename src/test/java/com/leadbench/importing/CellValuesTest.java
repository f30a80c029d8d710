package com.leadbench.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.model.ActivityType;
import com.leadbench.model.FollowUpKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How cell text becomes dates, numbers, yes/no values and kinds. */
class CellValuesTest {

    private static String at(String text, DayOrder order) {
        long ms = CellDates.millis(text, order);
        if (ms == CellDates.NOT_A_DATE) {
            return "invalid";
        }
        if (ms == CellDates.AMBIGUOUS_DATE) {
            return "ambiguous";
        }
        return Instant.ofEpochMilli(ms).toString();
    }

    @ParameterizedTest(name = "{0} read as {1}")
    @CsvSource(delimiter = '|', value = {
            "2024-03-05               | ISO      | 2024-03-05T00:00:00Z",
            "2024-03-05 14:22:10      | ISO      | 2024-03-05T14:22:10Z",
            "2024-03-05 14:22         | ISO      | 2024-03-05T14:22:00Z",
            "2024-03-05T14:22:10Z     | ISO      | 2024-03-05T14:22:10Z",
            "2024-03-05T14:22:10.250Z | ISO      | 2024-03-05T14:22:10.250Z",
            "2024-03-05T14:22:10+02:00| ISO      | 2024-03-05T12:22:10Z",
            "2024-03-05 14:22:10 -0300| ISO      | 2024-03-05T17:22:10Z",
            "2024/03/05               | ISO      | 2024-03-05T00:00:00Z",
            "3/5/2024                 | US       | 2024-03-05T00:00:00Z",
            "3/5/2024                 | EUROPEAN | 2024-05-03T00:00:00Z",
            "03/05/2024 14:22         | US       | 2024-03-05T14:22:00Z",
            "3/5/2024 2:22 PM         | US       | 2024-03-05T14:22:00Z",
            "3/5/2024, 12:05 am       | US       | 2024-03-05T00:05:00Z",
            "05.03.2024 14:22:10      | EUROPEAN | 2024-03-05T14:22:10Z",
            "5-3-2024                 | EUROPEAN | 2024-03-05T00:00:00Z",
            "31/12/2024               | EUROPEAN | 2024-12-31T00:00:00Z",
            "2024-03-05               | US       | 2024-03-05T00:00:00Z",
            "3/5/2024                 | ISO      | ambiguous",
            "31/12/2024               | US       | invalid",
            "2024-02-30               | ISO      | invalid",
            "2024-13-01               | ISO      | invalid",
            "2024-03-05 25:00         | ISO      | invalid",
            "13:00 2024-03-05         | ISO      | invalid",
            "yesterday                | ISO      | invalid",
            "2024-03-05x              | ISO      | invalid",
            "3-5-24                   | US       | invalid",
            "3/5/2024 13:00 PM        | US       | invalid"})
    void dates(String text, DayOrder order, String expected) {
        assertEquals(expected, at(text.strip(), order));
    }

    @ParameterizedTest(name = "{0} read as {1}")
    @CsvSource(delimiter = '|', value = {
            // two-digit years: 00-69 are 20xx, 70-99 are 19xx; with '/' or '.' only
            "2/5/24 1:51              | US       | 2024-02-05T01:51:00Z",
            "2/5/24 1:51              | EUROPEAN | 2024-05-02T01:51:00Z",
            "1.2.69                   | EUROPEAN | 2069-02-01T00:00:00Z",
            "1.2.70                   | EUROPEAN | 1970-02-01T00:00:00Z",
            "12/31/99 11:59 PM        | US       | 1999-12-31T23:59:00Z",
            // month names, in any day order, with or without a weekday and a time
            "15 Apr, 2021 00:03:00    | ISO      | 2021-04-15T00:03:00Z",
            "15 Apr, 2021 00:03:00    | AUTO     | 2021-04-15T00:03:00Z",
            "April 15, 2021 3:04 PM   | US       | 2021-04-15T15:04:00Z",
            "Apr 15th 2021            | ISO      | 2021-04-15T00:00:00Z",
            "Thu, 15 Apr 2021 10:00:00 GMT | ISO | 2021-04-15T10:00:00Z",
            "15-APR-21                | ISO      | 2021-04-15T00:00:00Z",
            "15. März 2021 14:00      | EUROPEAN | 2021-03-15T14:00:00Z",
            "3 févr. 2022             | ISO      | 2022-02-03T00:00:00Z",
            "1 de dic 2020            | ISO      | invalid",
            "Apr 2021                 | ISO      | invalid",
            "31 Feb 2021              | ISO      | invalid",
            // digits only: yyyyMMdd, epoch seconds (9-10 digits), epoch milliseconds (12-13 digits)
            "20210105                 | ISO      | 2021-01-05T00:00:00Z",
            "20210105                 | AUTO     | 2021-01-05T00:00:00Z",
            "20211305                 | ISO      | invalid",
            "1709648530               | ISO      | 2024-03-05T14:22:10Z",
            "1709648530250            | AUTO     | 2024-03-05T14:22:10.250Z",
            "12345                    | ISO      | invalid",
            // AUTO reads what only one order (or both alike) can mean and leaves the rest to the column
            "4/8/2025 17:19           | US       | 2025-04-08T17:19:00Z",
            "31-12-2023               | EUROPEAN | 2023-12-31T00:00:00Z",
            "31-12-2023               | AUTO     | 2023-12-31T00:00:00Z",
            "12/31/2023               | AUTO     | 2023-12-31T00:00:00Z",
            "5/5/2024                 | AUTO     | 2024-05-05T00:00:00Z",
            "3/5/2024                 | AUTO     | ambiguous",
            "13/13/2024               | AUTO     | invalid"})
    void datesAsPeopleWriteThem(String text, DayOrder order, String expected) {
        assertEquals(expected, at(text.strip(), order));
    }

    @ParameterizedTest(name = "{1} reads {0} as {2}")
    @CsvSource(delimiter = '|', value = {
            "2/5/24 1:51          | d/M/yy H:mm          | 2024-05-02T01:51:00Z",
            "2/5/71 1:51          | d/M/yy H:mm          | 1971-05-02T01:51:00Z",
            "15 apr 2021          | dd MMM yyyy          | 2021-04-15T00:00:00Z",
            "2021-04-15T10:00+0200| yyyy-MM-dd'T'HH:mmZ  | 2021-04-15T08:00:00Z",
            "1709648530           | epoch-seconds        | 2024-03-05T14:22:10Z",
            "1709648530250        | epoch-millis         | 2024-03-05T14:22:10.250Z",
            "30/2/2024            | d/M/yyyy             | invalid",
            "2024-03-05           | d/M/yyyy             | invalid",
            "17096x8530           | epoch-seconds        | invalid"})
    void aStatedFormatReadsItsColumn(String text, String format, String expected) {
        long ms = DatePattern.of(format).millis(text.strip());
        assertEquals(expected, ms == CellDates.NOT_A_DATE ? "invalid" : Instant.ofEpochMilli(ms).toString());
    }

    @Test
    void aFormatThatGivesNoWholeDateIsRefused() {
        assertEquals(java.util.Optional.empty(), DatePattern.problem("d/M/yy H:mm"));
        assertTrue(DatePattern.problem("HH:mm").orElseThrow().contains("does not give a whole date"));
        assertTrue(DatePattern.problem("yyyy-MM-dd{").orElseThrow().startsWith("not a date format"));
    }

    @ParameterizedTest(name = "{0} ({1}) = {2}")
    @CsvSource(delimiter = '|', value = {
            "1200        | ISO      | 1200.0",
            "1,200       | ISO      | 1200.0",
            "1,200,000.5 | US       | 1200000.5",
            "$ 3.5       | US       | 3.5",
            "1.234,56    | EUROPEAN | 1234.56",
            "1234,56     | EUROPEAN | 1234.56",
            "1.234.567   | EUROPEAN | 1234567.0",
            "12 500 €    | EUROPEAN | 12500.0",
            "0.0         | ISO      | 0.0",
            "-7.25       | ISO      | -7.25",
            "1e6         | ISO      | 1000000.0"})
    void numbers(String text, DayOrder order, double expected) {
        assertEquals(expected, CellValues.decimal(text.strip(), order));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1,5 | ISO", "NaN | ISO", "Infinity | ISO", "0x1p3 | ISO", "12abc | ISO", "1.2.3,4,5 | US", "- | ISO"})
    void notNumbers(String text, DayOrder order) {
        assertNull(CellValues.decimal(text.strip(), order));
    }

    @Test
    void wholeNumbersAcceptATrailingZeroFractionOnly() {
        assertEquals(1200, CellValues.integer("1200.0", DayOrder.ISO));
        assertNull(CellValues.integer("12.5", DayOrder.ISO));
        assertNull(CellValues.integer("99999999999", DayOrder.ISO));
    }

    @Test
    void yesNoValues() {
        assertEquals(true, CellValues.bool("Yes"));
        assertEquals(false, CellValues.bool("FALSE"));
        assertEquals(true, CellValues.bool("1"));
        assertNull(CellValues.bool("maybe"));
    }

    @Test
    void activityTypesByNameOrLabel() {
        assertEquals(ActivityType.PAGE_VIEW, CellValues.activityType("PAGE_VIEW"));
        assertEquals(ActivityType.PAGE_VIEW, CellValues.activityType("Page view"));
        assertEquals(ActivityType.DEMO_REQUEST, CellValues.activityType("demo-request"));
        assertEquals(ActivityType.WEBINAR_ATTENDANCE, CellValues.activityType("Webinar attended"));
        assertNull(CellValues.activityType("phone call"));
    }

    @Test
    void followUpKindsIncludeCrmStageNames() {
        assertEquals(FollowUpKind.WON, CellValues.followUpKind("Closed Won"));
        assertEquals(FollowUpKind.LOST, CellValues.followUpKind("closed-lost"));
        assertEquals(FollowUpKind.FIRST_CONTACT, CellValues.followUpKind("First contact"));
        assertNull(CellValues.followUpKind("Negotiation"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://www.Acme.com/about?x=1 | acme.com",
            "acme.com.                      | acme.com",
            "ada@Acme.de                    | acme.de",
            "www.acme.co.uk:8080            | acme.co.uk",
            "olist-seller-2c43fb51          | olist-seller-2c43fb51"})
    void domainsAreNormalised(String text, String expected) {
        assertEquals(expected, CellValues.domain(text));
    }
}
