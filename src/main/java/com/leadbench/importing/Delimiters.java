package com.leadbench.importing;

import java.io.IOException;
import java.io.Reader;

/** Which delimiter a CSV file uses. */
final class Delimiters {

    private Delimiters() {
    }

    /**
     * Comma, semicolon or tab: whichever the first non-blank line holds most of outside quotes (comma
     * on a tie). A line holding none of them (a report title above the header) is passed over, up to
     * 20 lines; the first {@link ImportLimits#ROW_CHARS} characters are looked at.
     */
    static char detect(Reader reader) throws IOException {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        int linesSeen = 0;
        boolean quoted = false;
        boolean seen = false;
        int c;
        long read = 0;
        while ((c = reader.read()) >= 0 && read++ < ImportLimits.ROW_CHARS) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == '\n' || c == '\r') {
                    if (seen && (commas + semicolons + tabs > 0 || ++linesSeen >= 20)) {
                        break;
                    }
                    seen = false;
                    continue;
                }
                switch (c) {
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    default -> {
                        // part of a name
                    }
                }
            }
            if (c != ' ') {
                seen = true;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return ',';
    }
}
