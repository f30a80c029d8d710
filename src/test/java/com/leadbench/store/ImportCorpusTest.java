package com.leadbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.importing.CsvSource;
import com.leadbench.importing.ImportKind;
import com.leadbench.importing.ImportMapping;
import com.leadbench.importing.ImportProgress;
import com.leadbench.importing.ImportSummary;
import com.leadbench.importing.OutcomeColumn;
import com.leadbench.importing.matching.ColumnMatch;
import com.leadbench.importing.matching.MappingGuess;
import com.leadbench.importing.matching.MappingMatcher;
import com.leadbench.workflow.Importer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue #12's acceptance on the corpus (src/test/resources/imports, README there): every export
 * imports with the guessed mapping and no edits, and the guess is the one each .expected file
 * names, field by field, with its outcome column.
 */
class ImportCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/imports");
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile(
            "^(kind|columns|rows|contacts|encoding|delimiter|dayOrder|format|nullValues|generatedIds|warnings|outcome|outcome\\.[a-zA-Z]+|value):\\s?(.*)$");

    @TempDir
    Path dir;

    /** One fixture: the file and what its .expected file says. */
    record Fixture(Path file, Map<String, String> columns, Map<String, String> keys) {
        @Override
        public String toString() {
            return CORPUS.relativize(file).toString();
        }

        String key(String name) {
            return keys.getOrDefault(name, "");
        }
    }

    static Stream<Fixture> fixtures() throws IOException {
        List<Fixture> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CORPUS)) {
            for (Path expected : files.filter(p -> p.toString().endsWith(".expected")).sorted().toList()) {
                String base = expected.getFileName().toString().replaceFirst("\\.expected$", "");
                Path file = Stream.of(".csv", ".xlsx").map(ext -> expected.resolveSibling(base + ext)).filter(Files::exists)
                        .findFirst().orElseThrow(() -> new AssertionError("no file for " + expected));
                Map<String, String> columns = new LinkedHashMap<>();
                Map<String, String> keys = new LinkedHashMap<>();
                for (String line : Files.readAllLines(expected, StandardCharsets.UTF_8)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    java.util.regex.Matcher key = KEY.matcher(line);
                    int arrow = line.indexOf(" -> ");
                    if (key.matches()) {
                        keys.merge(key.group(1), key.group(2).strip(), (x, y) -> x + "\n" + y);
                    } else if (arrow > 0) {
                        columns.put(line.substring(0, arrow), line.substring(arrow + 4).strip());
                    }
                }
                all.add(new Fixture(file, columns, keys));
            }
        }
        return all.stream();
    }

    private static String targetOf(ColumnMatch m) {
        if (m.target() == null) {
            return "-";
        }
        return m.target();
    }

    private static Set<String> values(String listed) {
        if (listed.isBlank() || listed.equals("-")) {
            return Set.of();
        }
        return Stream.of(listed.split("\\|")).map(v -> v.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void theGuessedMappingIsTheExpectedOneAndImportsWithoutEdits(Fixture fixture) throws Exception {
        try (CsvSource source = CsvSource.open(fixture.file())) {
            MappingGuess guess = MappingMatcher.guess(ImportKind.CONTACTS, source.headers(),
                    source.firstRows(MappingMatcher.SAMPLE_ROWS), fixture.file().getFileName().toString());
            List<String> wrong = new ArrayList<>();
            fixture.columns().forEach((column, target) -> {
                String got = guess.column(column).map(ImportCorpusTest::targetOf).orElse("(no such column)");
                if (!got.equals(target)) {
                    wrong.add(column + " -> " + got + " (expected " + target + ")");
                }
            });
            assertTrue(wrong.isEmpty(), fixture + ": " + wrong + "\n" + String.join("\n", guess.lines()));

            ImportMapping mapping = guess.mapping();
            String won = fixture.key("outcome.won");
            if (fixture.key("outcome").equals("none") || won.isEmpty()) {
                assertTrue(mapping.outcome().isEmpty(), fixture + ": no outcome expected, got " + mapping.outcome());
            } else {
                OutcomeColumn outcome = mapping.outcome().orElseThrow(() -> new AssertionError(fixture + ": no outcome column"));
                assertEquals(values(won), outcome.won(), fixture + " won");
                for (String lost : values(fixture.key("outcome.lost"))) {
                    assertTrue(outcome.lost().contains(lost), fixture + " lost " + lost + " in " + outcome.lost());
                }
                for (String open : values(fixture.key("outcome.skip"))) {
                    assertTrue(outcome.classify(open).isEmpty(), fixture + ": '" + open + "' must be no outcome");
                }
                String date = fixture.key("outcome.date");
                assertEquals(date.equals("-") ? null : date, outcome.dateColumn(), fixture + " outcome date");
            }
        }

        try (Database db = Database.open(dir.resolve("corpus.db"))) {
            ImportMapping mapping;
            try (CsvSource source = CsvSource.open(fixture.file())) {
                mapping = MappingMatcher.guess(ImportKind.CONTACTS, source.headers(), source.firstRows(MappingMatcher.SAMPLE_ROWS),
                        fixture.file().getFileName().toString()).mapping();
            }
            ImportSummary summary = new Importer(db).run(fixture.file(), mapping, false, ImportProgress.NONE);
            assertTrue(summary.accepted(), fixture + " rejected: " + summary.problems().stream().limit(5).toList());
            assertEquals(Long.parseLong(fixture.key("rows")), summary.inserted() + summary.updated(), fixture + ": " + summary.counts());
            String contacts = fixture.key("contacts");
            if (!contacts.isEmpty()) {
                assertEquals(Long.parseLong(contacts), new LeadRepository(db).counts().contacts(), fixture + " contacts");
            }
            assertFalse(summary.inserted() == 0, fixture + ": nothing landed");
        }
    }
}
