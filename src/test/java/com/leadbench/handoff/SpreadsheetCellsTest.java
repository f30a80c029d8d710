package com.leadbench.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCellsTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"x\")", "=1+1", "+1 312 555 0147", "-5", "-2+3", "@SUM(A1:A9)",
            "\tTAB", "\t=1+1", "\rCR", "\r\n=1+1", "=", "@"})
    void aFormulaStartGetsALeadingQuote(String value) {
        assertTrue(SpreadsheetCells.startsFormula(value));
        assertEquals("'" + value, SpreadsheetCells.neutralise(value));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"Acme Foods", "a=b", "1+1=2", " =1+1", " -5", "5", "'=already quoted", "Müller",
            "line one\n=line two", "[not provided]"})
    void safeValuesAreLeftAlone(String value) {
        assertFalse(SpreadsheetCells.startsFormula(value));
        assertEquals(value, SpreadsheetCells.neutralise(value));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = "")
    void nothingIsTheEmptyCell(String value) {
        assertFalse(SpreadsheetCells.startsFormula(value));
        assertEquals("", SpreadsheetCells.neutralise(value));
    }
}
