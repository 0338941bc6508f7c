package org.ponte.mapper.segment;

import java.util.Set;
import org.ponte.mapper.lexicon.Lexicon;

/**
 * Tells English from Italian (and whatever else language.tsv lists) by counting function words:
 * fast, dependency-free, and right on whole sentences, which is where a language is needed.
 * Short strings with no function words are undecided (null), and the caller falls back to the
 * document's language.
 */
public final class LanguageGuesser {
    private final Lexicon lexicon;

    public LanguageGuesser(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The likeliest language of {@code text[from, to)}, or null when no function word decides. */
    public String guess(String text, int from, int to) {
        String best = null;
        int bestScore = 0;
        boolean tie = false;
        for (String lang : lexicon.languages()) {
            int score = score(text, from, to, lexicon.languageWords(lang));
            if (score > bestScore) {
                best = lang;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return tie || bestScore == 0 ? null : best;
    }

    private static int score(String text, int from, int to, Set<String> words) {
        int score = 0;
        int i = from;
        StringBuilder w = new StringBuilder(16);
        while (i <= to) {
            char c = i < to ? text.charAt(i) : ' ';
            if (Character.isLetter(c) || c == '\'' || c == '\u2019') {
                w.append(Character.toLowerCase(c == '\u2019' ? '\'' : c));
            } else {
                if (w.length() > 0) {
                    String s = w.toString();
                    if (words.contains(s)) score++;
                    else {
                        // Italian elisions ("dell'Università") count by their article part.
                        int ap = s.indexOf('\'');
                        if (ap > 0 && words.contains(s.substring(0, ap))) score++;
                    }
                    w.setLength(0);
                }
            }
            i++;
        }
        return score;
    }
}
