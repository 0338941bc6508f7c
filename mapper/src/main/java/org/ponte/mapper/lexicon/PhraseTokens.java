package org.ponte.mapper.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a folded phrase into the word tokens the text tokenizer would produce, so phrases from
 * data files and words from documents compare token by token: words (letters, digits, inner
 * hyphens and dots as in "co-funded", "s.r.l."), Italian elisions kept with their apostrophe
 * ("dell'"), and each other punctuation mark on its own.
 */
public final class PhraseTokens {
    private PhraseTokens() {}

    public static List<String> split(String folded) {
        List<String> out = new ArrayList<>();
        int n = folded.length();
        int i = 0;
        while (i < n) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c) || c == '{') {
                int j = i + 1;
                while (j < n) {
                    char d = folded.charAt(j);
                    if (Character.isLetterOrDigit(d) || d == '}' || d == '+' && (j + 1 >= n || !Character.isLetterOrDigit(folded.charAt(j + 1)))) j++;
                    else if ((d == '-' || d == '.' || d == '&') && j + 1 < n && Character.isLetterOrDigit(folded.charAt(j + 1))) j++;
                    else if (d == '\'' && j + 1 <= n) {
                        // Elision: "dell'" ends a token; "'s" starts one.
                        if (j + 1 < n && folded.charAt(j + 1) == 's' && (j + 2 == n || !Character.isLetter(folded.charAt(j + 2)))) break;
                        j++;
                        break;
                    } else break;
                }
                if (j < n && folded.charAt(j) == '.' && (j + 1 == n || Character.isWhitespace(folded.charAt(j + 1)))
                        && folded.substring(i, j).indexOf('.') >= 0) j++; // "s.r.l."
                out.add(folded.substring(i, j));
                i = j;
            } else if (c == '\'' && i + 1 < n && folded.charAt(i + 1) == 's') {
                out.add("'s");
                i += 2;
            } else {
                out.add(String.valueOf(c));
                i++;
            }
        }
        return out;
    }
}
