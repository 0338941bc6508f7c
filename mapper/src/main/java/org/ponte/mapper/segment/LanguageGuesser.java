package org.ponte.mapper.segment;

import java.util.ArrayList;
import java.util.List;
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
        List<String> words = words(text, from, to);
        String best = null;
        int bestScore = 0;
        boolean tie = false;
        for (String lang : lexicon.languages()) {
            int score = score(words, lexicon.languageWords(lang));
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

    /** The lower-cased words of {@code text[from, to)}, read once for all languages: letters and apostrophes (’ as '). */
    private static List<String> words(String text, int from, int to) {
        List<String> out = new ArrayList<>();
        int i = from;
        StringBuilder w = new StringBuilder(16);
        while (i <= to) {
            char c = i < to ? text.charAt(i) : ' ';
            if (Character.isLetter(c) || c == '\'' || c == '\u2019') {
                w.append(Character.toLowerCase(c == '\u2019' ? '\'' : c));
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
            i++;
        }
        return out;
    }

    private static int score(List<String> words, Set<String> functionWords) {
        int score = 0;
        for (String s : words) {
            if (functionWords.contains(s)) score++;
            else {
                // Italian elisions ("dell'Università") count by their article part.
                int ap = s.indexOf('\'');
                if (ap > 0 && functionWords.contains(s.substring(0, ap))) score++;
            }
        }
        return score;
    }
}
