package org.ponte.mapper.lexicon;

import java.text.Normalizer;

/**
 * The comparison form of words and names: lower case, accents dropped, typographic apostrophes
 * and dashes made plain. Two strings that fold alike are the same word to the extractor
 * ("Università" = "universita", "l’istituto" = "l'istituto").
 */
public final class Folding {
    private Folding() {}

    /** Folds one word or phrase; keeps spaces and punctuation. */
    public static String fold(CharSequence s) {
        int n = s.length();
        boolean simple = true;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 128 || (c >= 'A' && c <= 'Z')) {
                simple = false;
                break;
            }
        }
        if (simple) return s.toString();
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 128) {
                sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            } else {
                appendFolded(c, sb);
            }
        }
        return sb.toString();
    }

    private static void appendFolded(char c, StringBuilder sb) {
        switch (c) {
            case '\u2019', '\u2018', '\u02BC', '\u00B4', '`' -> sb.append('\'');
            case '\u2013', '\u2014', '\u2012', '\u2010', '\u2011', '\u2212' -> sb.append('-');
            case '\u201C', '\u201D', '\u00AB', '\u00BB', '\u201E' -> sb.append('"');
            case '\u00A0', '\u2009', '\u202F', '\u2007' -> sb.append(' ');
            case 'ß' -> sb.append("ss");
            case 'æ', 'Æ' -> sb.append("ae");
            case 'ø', 'Ø' -> sb.append('o');
            case 'œ', 'Œ' -> sb.append("oe");
            case 'ł', 'Ł' -> sb.append('l');
            case 'đ', 'Đ' -> sb.append('d');
            default -> {
                String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                for (int k = 0; k < d.length(); k++) {
                    char x = d.charAt(k);
                    if (Character.getType(x) == Character.NON_SPACING_MARK) continue;
                    sb.append(Character.toLowerCase(x));
                }
            }
        }
    }

    /**
     * The matching key of a name, as the evaluation defines it: folded, every run of characters
     * other than letters and digits made one space, trimmed, a leading "the " dropped.
     */
    public static String key(CharSequence name) {
        String f = fold(name);
        StringBuilder sb = new StringBuilder(f.length());
        boolean space = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && sb.length() > 0) sb.append(' ');
                sb.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        String k = sb.toString();
        if (k.startsWith("the ")) k = k.substring(4);
        return k;
    }
}
