package com.leadbench.gui.importing;

import com.leadbench.format.ImportMappingJson;
import com.leadbench.format.MappingMemory;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.importing.ImportMapping;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.StringProperty;

/**
 * The import wizard's mapping documents: reading a mapping from a file, and saving one to a file and
 * to the memory of mappings per set of columns. The file work runs off the FX thread; what happened
 * is said in the wizard's message.
 */
final class MappingDocuments {

    private final TaskExecutor executor;
    private final MappingMemory memory;
    private final StringProperty message;

    /** @param memory where chosen mappings are remembered per set of columns (null: nowhere) */
    MappingDocuments(TaskExecutor executor, MappingMemory memory, StringProperty message) {
        this.executor = executor;
        this.memory = memory;
        this.message = message;
    }

    /** Reads the mapping in {@code document} and hands it, with why it is used, to {@code use}. */
    void load(Path document, BiConsumer<ImportMapping, String> use) {
        executor.execute(() -> ImportMappingJson.read(document), m -> use.accept(m, "loaded from " + document.getFileName()),
                failure -> message.set("Cannot use " + document.getFileName() + ": " + failure.getMessage()));
    }

    /**
     * Saves {@code m} as a document ({@code target}, or null for none) and remembers it for files
     * with {@code headers} (null: no file is open), so that such a file gets it offered again.
     */
    void save(ImportMapping m, List<String> headers, Path target) {
        executor.execute(() -> {
            if (target != null) {
                ImportMappingJson.write(m, target);
            }
            if (memory != null && headers != null) {
                memory.remember(headers, m);
            }
            return m;
        }, saved -> message.set((target == null ? "Mapping remembered" : "Mapping saved to " + target)
                + (memory != null && headers != null ? "; files with these columns get it again." : ".")),
                failure -> message.set("Cannot save the mapping: " + failure.getMessage()));
    }
}
