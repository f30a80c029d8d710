package com.leadbench.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input quoted in a message is cut: a problem never holds or prints a 4 KB header or a 2 MB cell. */
class ImportLimitsTest {

    @Test
    void cutKeepsShortTextAndCutsLongTextWithAnEllipsis() {
        assertNull(ImportLimits.cut(null));
        assertEquals("Job Title", ImportLimits.cut("Job Title"));
        String eighty = "t".repeat(80);
        assertEquals(eighty, ImportLimits.cut(eighty));
        assertEquals(eighty + "…", ImportLimits.cut(eighty + "tail"));
        assertEquals("ab…", ImportLimits.cut("abcdef", 2));
    }

    @Test
    void cutDoesNotSplitACharacterOutsideTheBasicPlane() {
        String text = "a".repeat(79) + "😀" + "b";
        assertEquals("a".repeat(79) + "…", ImportLimits.cut(text));
    }

    @Test
    void aProblemHoldsItsColumnAndValueCutAndPrintsOnOneLine() {
        ImportProblem p = new ImportProblem(17, "H".repeat(4_096), "v".repeat(2_097_152) + "\n", "too long");
        assertEquals(81, p.column().length());
        assertEquals(81, p.value().length());
        assertTrue(p.toString().length() <= 200, p.toString());
        assertTrue(p.toString().startsWith("line 17, column \"HHH"), p.toString());
    }

    @Test
    void thePreviewReportsACellTooLongForItsField(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.csv");
        Files.writeString(file, "email,title\nada@acme.com," + "x".repeat(40_000) + "\n");
        ImportMapping mapping = ImportMapping.empty("t", ImportKind.CONTACTS).withColumns(Map.of("email", "email", "title", "job_title"));
        List<ImportProblem> problems = ImportPreview.of(CsvSource.open(file), mapping, 5).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("line 2, column \"title\": 40,000 characters, more than the 32,768 a text field can hold;"
                + " shorten it or drop the column in the mapping", problems.get(0).toString());
    }
}
