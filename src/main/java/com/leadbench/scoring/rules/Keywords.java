package com.leadbench.scoring.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A list of words or phrases found in text case-insensitively, at word starts ("seal" finds "Seals", not "unsealed"). */
public record Keywords(List<String> words) {

    public Keywords {
        words = words.stream().map(w -> w.strip().toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty()).toList();
    }

    /** The first keyword found in {@code text}, if any. */
    public Optional<String> findIn(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : words) {
            int from = 0;
            int at;
            while ((at = lower.indexOf(word, from)) >= 0) {
                if (at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1))) {
                    return Optional.of(word);
                }
                from = at + 1;
            }
        }
        return Optional.empty();
    }
}
