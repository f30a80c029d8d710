package com.leadbench.importing.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The column names of lead and contact exports, by target field and by who writes them, read from
 * {@code resources/mappings/column-names.txt} (its header says the format). Names are kept by their
 * {@link HeaderNames#key key}; one name may mean different things to different vendors.
 */
public final class Vocabulary {

    /** Where the names come from, on the class path. */
    public static final String RESOURCE = "/mappings/column-names.txt";

    /** One name: the target it stands for and who writes it ({@code "Salesforce API"}, {@code "HubSpot"}, {@code "common"}). */
    public record Name(String header, String target, String source) {

        /** True when a product writes this name (an API name or an export or report label), not a plain synonym. */
        public boolean fromVendor() {
            return !source.equals("common");
        }

        /** The product, without "API" or "report": {@code "Salesforce"}. */
        public String vendor() {
            return source.replaceFirst(" (API|report)$", "");
        }

        /** "header is Salesforce's API name for email". */
        public String describe(String what) {
            if (!fromVendor()) {
                return "header is a common name for " + what;
            }
            if (source.equals("lead lists")) {
                return "header is how common lead lists name " + what;
            }
            String kind = source.endsWith(" API") ? "API name" : source.endsWith(" report") ? "report label" : "export label";
            return "header is " + vendor() + "'s " + kind + " for " + what;
        }
    }

    private static final Vocabulary SHIPPED = load();

    private final Map<String, List<Name>> byKey;

    private Vocabulary(Map<String, List<Name>> byKey) {
        this.byKey = byKey;
    }

    /** The names that ship with Leadbench. */
    public static Vocabulary shipped() {
        return SHIPPED;
    }

    /** Every name with this key (see {@link HeaderNames#key}), in file order; empty when none. */
    public List<Name> lookup(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** Every name, in file order. */
    public List<Name> all() {
        return byKey.values().stream().flatMap(List::stream).toList();
    }

    /** Reads the format of {@code column-names.txt}; a malformed line is a programming error. */
    static Vocabulary parse(List<String> lines) {
        Map<String, List<Name>> byKey = new LinkedHashMap<>();
        int lineNumber = 0;
        for (String raw : lines) {
            lineNumber++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            if (parts.length != 3) {
                throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": expected \"target | source | names\"");
            }
            String target = parts[0].strip();
            String source = parts[1].strip();
            for (String header : parts[2].split(";")) {
                String name = header.strip();
                if (name.isEmpty()) {
                    continue;
                }
                String key = HeaderNames.key(name);
                List<Name> names = byKey.computeIfAbsent(key, k -> new ArrayList<>());
                boolean known = names.stream().anyMatch(n -> n.target().equals(target) && n.source().equals(source));
                if (!known) {
                    names.add(new Name(name, target, source));
                }
            }
        }
        Map<String, List<Name>> frozen = new LinkedHashMap<>();
        byKey.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new Vocabulary(Collections.unmodifiableMap(frozen));
    }

    private static Vocabulary load() {
        try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            List<String> lines = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines.add(line);
                }
            }
            return parse(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
