package com.leadbench.gui.importing;

import com.leadbench.format.MappingMemory;
import com.leadbench.importing.CsvSource;
import com.leadbench.importing.ImportException;
import com.leadbench.importing.ImportKind;
import com.leadbench.importing.ImportMapping;
import com.leadbench.importing.MappingPresets;
import com.leadbench.importing.matching.MappingGuess;
import com.leadbench.importing.matching.MappingMatcher;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What opening a file gave the import wizard: the source, its first rows, and the mapping to start
 * from, with where that mapping came from. Opening reads the file, so it runs off the FX thread.
 */
record OpenedFile(CsvSource source, List<List<String>> sample, MappingGuess guess, String origin) {

    /**
     * Opens and sniffs {@code path}, then picks the mapping: the one remembered for files with these
     * columns (of the preferred kind first), else the matcher's guess (from {@code start}, if it is of
     * the preferred kind). The source is closed again if anything goes wrong.
     *
     * @param memory where mappings are remembered (null: nowhere)
     */
    static OpenedFile open(Path path, ImportKind preferred, ImportMapping start, MappingMemory memory) throws ImportException {
        CsvSource s = CsvSource.open(path);
        try {
            List<String> headers = s.headers();
            List<List<String>> first = s.firstRows(MappingMatcher.SAMPLE_ROWS);
            if (memory != null) {
                for (ImportKind k : kindsFrom(preferred)) {
                    Optional<MappingGuess> saved = memory.offer(k, headers, first);
                    if (saved.isPresent()) {
                        return new OpenedFile(s, first, saved.get(), "the mapping you saved for files with these columns");
                    }
                }
            }
            String name = path.getFileName().toString();
            if (start != null && start.kind() == preferred) {
                return new OpenedFile(s, first, MappingMatcher.guess(preferred, headers, first, name, start),
                        "guessed from the columns, starting from " + start.name());
            }
            ImportKind k = kindsFrom(preferred).stream().filter(c -> MappingPresets.closest(c, headers).isPresent()).findFirst()
                    .orElse(preferred);
            return new OpenedFile(s, first, MappingMatcher.guess(k, headers, first, name), "guessed from the columns");
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    private static List<ImportKind> kindsFrom(ImportKind first) {
        List<ImportKind> out = new ArrayList<>(List.of(first));
        for (ImportKind k : ImportKind.values()) {
            if (k != first) {
                out.add(k);
            }
        }
        return out;
    }
}
