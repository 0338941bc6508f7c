package org.ponte.mapper.segment;

import java.util.ArrayList;
import java.util.List;
import org.ponte.mapper.lexicon.Folding;

/**
 * Splits text into {@link Token}s the same way {@code PhraseTokens} splits data-file phrases:
 * words of letters and digits with inner hyphens, dots and ampersands ("co-funded", "EU-MIA",
 * "S.p.A."), Italian elisions with their apostrophe ("dell'"), English "'s" on its own, and
 * every other mark as a token of its own. Stateless and thread-safe.
 */
public final class Tokenizer {
    private Tokenizer() {}

    /** Tokens of {@code text[from, to)}. */
    public static List<Token> tokens(String text, int from, int to) {
        List<Token> out = new ArrayList<>(Math.max(4, (to - from) / 5));
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                boolean elision = false;
                while (j < to) {
                    char d = text.charAt(j);
                    if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        j++;
                    } else if ((d == '-' || d == '.' || d == '&' || d == '\u2011') && j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1))) {
                        j++;
                    } else if ((d == '\u2013' || d == '\u2012') && j + 1 < to && Character.isDigit(text.charAt(j + 1)) && Character.isDigit(text.charAt(j - 1))) {
                        j++; // "2014–2020" is one token, like "2014-2020"
                    } else if (d == '+' && (j + 1 >= to || !Character.isLetterOrDigit(text.charAt(j + 1)))) {
                        j++; // "Erasmus+", "ESF+"
                        break;
                    } else if (isApostrophe(d)) {
                        boolean possessive = j + 1 < to && (text.charAt(j + 1) == 's' || text.charAt(j + 1) == 'S')
                                && (j + 2 >= to || !Character.isLetter(text.charAt(j + 2)));
                        if (possessive) break;
                        j++;
                        elision = true;
                        break;
                    } else {
                        break;
                    }
                }
                // "S.p.A." keeps its final dot when the word already has inner dots.
                if (j < to && text.charAt(j) == '.' && !elision && containsDot(text, i, j)
                        && (j + 1 >= to || Character.isWhitespace(text.charAt(j + 1)) || text.charAt(j + 1) == ',')) j++;
                out.add(make(text, i, j, elision));
                i = j;
            } else if (isApostrophe(c) && i + 1 < to && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 >= to || !Character.isLetter(text.charAt(i + 2)))) {
                out.add(new Token(i, i + 2, text.substring(i, i + 2), "'s", 0));
                i += 2;
            } else {
                int j = i + 1;
                if (Character.isHighSurrogate(c) && j < to && Character.isLowSurrogate(text.charAt(j))) j++;
                String s = text.substring(i, j);
                out.add(new Token(i, j, s, Folding.fold(s), Token.PUNCT));
                i = j;
            }
        }
        return out;
    }

    private static boolean containsDot(String text, int from, int to) {
        for (int k = from; k < to; k++) if (text.charAt(k) == '.') return true;
        return false;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    private static Token make(String text, int i, int j, boolean elision) {
        String s = text.substring(i, j);
        int flags = elision ? Token.ELISION : 0;
        char first = s.charAt(0);
        if (Character.isDigit(first)) flags |= Token.DIGIT;
        int letters = 0, upper = 0, upperAfterFirst = 0, lower = 0;
        for (int k = 0; k < s.length(); k++) {
            char x = s.charAt(k);
            if (Character.isLetter(x)) {
                letters++;
                if (Character.isUpperCase(x)) {
                    upper++;
                    if (k > 0) upperAfterFirst++;
                } else if (Character.isLowerCase(x)) {
                    lower++;
                }
            }
        }
        if (Character.isUpperCase(first)) flags |= Token.CAP;
        if (letters >= 2 && upper == letters) flags |= Token.UPPER;
        else if (upperAfterFirst > 0 && lower > 0) flags |= Token.MIXED;
        return new Token(i, j, s, Folding.fold(s), flags);
    }

    /** The folded forms of tokens, for phrase matching. */
    public static List<String> folded(List<Token> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) out.add(t.folded());
        return out;
    }
}
