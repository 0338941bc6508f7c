package org.ponte.mapper.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits running text into sentences at . ! ? followed by white space and a capital, digit,
 * quote or bullet, except after abbreviations (words.tsv "abbreviation": "Dr.", "S.p.A.",
 * "ecc.") and single-letter initials. Rule-based because no Italian sentence model is served
 * here, and because it is fast.
 */
public final class SentenceSplitter {
    private final Set<String> abbreviations;

    /** @param abbreviations folded abbreviations without their final dot */
    public SentenceSplitter(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    /** Sentence bounds [start, end) within text[from, to), trimmed. */
    public List<int[]> split(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int s = from;
        int quotes = 0; // inside “…” or «…» a ! or ? belongs to the quoted name
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '«') quotes++;
            else if ((c == '”' || c == '»') && quotes > 0) quotes--;
            if (c != '.' && c != '!' && c != '?' && c != '…') continue;
            if (quotes > 0 && c != '.') continue;
            int j = i + 1;
            while (j < to && (text.charAt(j) == '.' || text.charAt(j) == '!' || text.charAt(j) == '?'
                    || text.charAt(j) == '"' || text.charAt(j) == '”' || text.charAt(j) == '»' || text.charAt(j) == ')' || text.charAt(j) == '’')) j++;
            if (j >= to) break;
            if (!Character.isWhitespace(text.charAt(j))) continue;
            int k = j;
            while (k < to && Character.isWhitespace(text.charAt(k))) k++;
            if (k >= to) break;
            char next = text.charAt(k);
            boolean opens = Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '“'
                    || next == '«' || next == '•' || next == '(' || next == '–' || next == '-';
            if (!opens) continue;
            if (c == '.' && isAbbreviation(text, from, i)) continue;
            add(out, text, s, j);
            s = k;
            i = k - 1;
        }
        add(out, text, s, to);
        return out;
    }

    private boolean isAbbreviation(String text, int from, int dot) {
        int w = dot;
        while (w > from && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) w--;
        if (w == dot) return false;
        String word = text.substring(w, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return true; // an initial: "J. Smith"
        String f = org.ponte.mapper.lexicon.Folding.fold(word);
        return abbreviations.contains(f) || abbreviations.contains(f + ".") || f.indexOf('.') > 0 && f.length() <= 8;
    }

    private static void add(List<int[]> out, String text, int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e > s) out.add(new int[] {s, e});
    }
}
