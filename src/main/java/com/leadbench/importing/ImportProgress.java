package com.leadbench.importing;

/**
 * Told how far an import has got, and asked whether to stop. {@code total} is the number of lines
 * after the header: it is known before the first row and exceeds the row count when quoted
 * fields span lines. Called on the importing thread, every few thousand rows and once at the end.
 */
public interface ImportProgress {

    void rowsDone(long rows, long total);

    /** True to stop: the import then throws an {@link ImportException} ("cancelled") and changes nothing. */
    boolean cancelled();

    ImportProgress NONE = new ImportProgress() {
        @Override
        public void rowsDone(long rows, long total) {
            // nobody is watching
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };
}
