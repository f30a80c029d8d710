package com.leadbench.model;

import java.util.List;

/** What a data-hygiene check found: duplicate candidates and the data-fix queue, over {@code contacts} records. */
public record HygieneReport(long contacts, List<DuplicatePair> duplicates, List<DataFixItem> dataFixes) {

    public HygieneReport {
        duplicates = List.copyOf(duplicates);
        dataFixes = List.copyOf(dataFixes);
    }
}
