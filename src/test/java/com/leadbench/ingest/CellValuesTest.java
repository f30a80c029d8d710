package com.leadbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.leadbench.model.ActivityType;
import com.leadbench.model.FollowUpKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How cell text becomes dates, numbers, yes/no values and kinds. */
class CellValuesTest {

    private static String at(String text, DayOrder order) {
        long ms = CellValues.millis(text, order);
        if (ms == CellValues.NOT_A_DATE) {
            return "invalid";
        }
        if (ms == CellValues.AMBIGUOUS_DATE) {
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
            "3/5/24                   | US       | invalid",
            "3/5/2024 13:00 PM        | US       | invalid"})
    void dates(String text, DayOrder order, String expected) {
        assertEquals(expected, at(text.strip(), order));
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
