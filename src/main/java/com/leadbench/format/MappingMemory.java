package com.leadbench.format;

import com.leadbench.importing.GeneratedIds;
import com.leadbench.importing.ImportException;
import com.leadbench.importing.ImportKind;
import com.leadbench.importing.ImportMapping;
import com.leadbench.importing.OutcomeColumn;
import com.leadbench.importing.matching.HeaderNames;
import com.leadbench.importing.matching.MappingGuess;
import com.leadbench.importing.matching.MappingMatcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mappings a person chose, remembered per set of columns: a file with the same columns (compared
 * as the matcher compares names: ignoring case, spaces, punctuation and accents, in any order) gets the
 * saved mapping offered again. One JSON document per kind and column set ({@link ImportMappingJson}),
 * named {@code <kind>-<hash>.json}, in one folder.
 *
 * <p>It lives in {@code format} rather than {@code importing.matching} because it reads and writes the
 * mapping document (Jackson), which the matcher stays free of.
 */
public final class MappingMemory {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

    private final Path folder;

    public MappingMemory(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** The key of a column set: the kind and a hash of the sorted, normalised column names. */
    public static String key(ImportKind kind, List<String> headers) {
        Set<String> keys = new TreeSet<>();
        for (String h : headers) {
            keys.add(HeaderNames.key(h));
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(String.join("\n", keys).getBytes(StandardCharsets.UTF_8));
            return kind.name().toLowerCase(Locale.ROOT) + "-" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Where the mapping for these columns is kept. */
    public Path fileFor(ImportKind kind, List<String> headers) {
        return folder.resolve(key(kind, headers) + ".json");
    }

    /** Remembers {@code mapping} for files with these columns, replacing what was remembered for them. */
    public void remember(List<String> headers, ImportMapping mapping) throws IOException {
        Files.createDirectories(folder);
        Path target = fileFor(mapping.kind(), headers);
        Path temp = Files.createTempFile(folder, ".mapping-", ".tmp");
        try {
            ImportMappingJson.write(mapping, temp);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * The mapping remembered for files with these columns, its column names spelled as this file spells
     * them; empty when none is remembered, or when the saved document can no longer be read (then the
     * matcher guesses afresh, and choosing a mapping again replaces it).
     */
    public Optional<ImportMapping> recall(ImportKind kind, List<String> headers) {
        Path file = fileFor(kind, headers);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            ImportMapping saved = ImportMappingJson.read(file);
            return saved.kind() == kind ? Optional.of(spelledAs(saved, headers)) : Optional.empty();
        } catch (ImportException e) {
            return Optional.empty();
        }
    }

    /** The remembered mapping as lines to show, each sure and saying it was saved. */
    public Optional<MappingGuess> offer(ImportKind kind, List<String> headers, List<List<String>> sampleRows) {
        return recall(kind, headers).map(m -> MappingMatcher.explain(m, headers, sampleRows, "saved for files with these columns"));
    }

    /** Forgets the mapping for these columns; true when there was one. */
    public boolean forget(ImportKind kind, List<String> headers) throws IOException {
        return Files.deleteIfExists(fileFor(kind, headers));
    }

    /** {@code mapping} with every column name it uses spelled as in {@code headers} (same key, other spelling). */
    static ImportMapping spelledAs(ImportMapping mapping, List<String> headers) {
        Map<String, String> byKey = new HashMap<>();
        Set<String> repeated = new HashSet<>();
        for (String h : headers) {
            if (byKey.put(HeaderNames.key(h), h) != null) {
                repeated.add(HeaderNames.key(h));
            }
        }
        repeated.forEach(byKey::remove);
        java.util.function.UnaryOperator<String> name = column -> {
            if (column == null || headers.contains(column)) {
                return column;
            }
            return byKey.getOrDefault(HeaderNames.key(column), column);
        };
        Map<String, String> columns = new LinkedHashMap<>();
        mapping.columns().forEach((c, t) -> columns.put(name.apply(c), t));
        Set<String> dropped = new LinkedHashSet<>();
        mapping.dropped().forEach(c -> dropped.add(name.apply(c)));
        Map<String, String> constants = new LinkedHashMap<>();
        mapping.constants().forEach((t, value) -> {
            Matcher m = PLACEHOLDER.matcher(value);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(b, Matcher.quoteReplacement("{" + name.apply(m.group(1)) + "}"));
            }
            m.appendTail(b);
            constants.put(t, b.toString());
        });
        Map<String, String> formats = new LinkedHashMap<>();
        mapping.formats().forEach((c, f) -> formats.put(name.apply(c), f));
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        mapping.values().forEach((c, v) -> values.put(name.apply(c), v));
        Optional<OutcomeColumn> outcome = mapping.outcome().map(o -> new OutcomeColumn(name.apply(o.column()), o.won(), o.lost(), o.skip(),
                name.apply(o.dateColumn()), name.apply(o.dateFallback())));
        List<String> idColumns = new ArrayList<>();
        mapping.generatedIds().fromColumns().forEach(c -> idColumns.add(name.apply(c)));
        GeneratedIds ids = new GeneratedIds(mapping.generatedIds().enabled(), idColumns);
        return new ImportMapping(mapping.name(), mapping.kind(), columns, dropped, mapping.dayOrder(), mapping.nullValues(),
                mapping.customFieldsOn(), constants, formats, values, outcome, ids);
    }
}
