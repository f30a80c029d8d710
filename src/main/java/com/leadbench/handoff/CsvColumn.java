package com.leadbench.handoff;

import java.util.Objects;
import java.util.function.Function;

/** One column of handoff.csv: its header in the CRM's words and the text a lead puts in it (null for an empty cell). */
public record CsvColumn(String header, Function<HandoffLead, String> value) {

    public CsvColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(value, "value");
    }

    public String of(HandoffLead lead) {
        return value.apply(lead);
    }
}
