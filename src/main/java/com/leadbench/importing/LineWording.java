package com.leadbench.importing;

import java.util.List;
import java.util.stream.Collectors;

/** How an import warning names rows and lines of a file. */
final class LineWording {

    private LineWording() {
    }

    /** A row's values, quoted for a message: "Leads Report". */
    static String quote(List<String> cells) {
        return "\"" + ImportLimits.cut(cells.stream().map(String::strip).filter(c -> !c.isEmpty())
                .collect(Collectors.joining(" "))) + "\"";
    }

    /** "line 3" or "lines 3-5". */
    static String range(long from, long to) {
        return from >= to ? "line " + from : "lines " + from + "\u2013" + to;
    }

    /** "line 4", "lines 4 and 9", "lines 4, 9, 12, 15, 20 and 3 more", as the file numbers them ({@code lineMap}). */
    static String lineList(LineMap lineMap, List<Long> first, long count) {
        List<String> named = first.stream().limit(TextScan.LISTED).map(l -> String.valueOf(lineMap.of(l))).toList();
        if (count == 1) {
            return "line " + named.getFirst();
        }
        if (count <= named.size()) {
            return "lines " + String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.getLast();
        }
        return "lines " + String.join(", ", named) + " and " + ImportLimits.count(count - named.size()) + " more";
    }
}
