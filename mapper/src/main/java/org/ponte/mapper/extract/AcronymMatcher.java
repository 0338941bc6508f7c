package org.ponte.mapper.extract;

/**
 * Decides whether a long form spells out a short form, after Schwartz and Hearst ("A simple
 * algorithm for identifying abbreviation definitions in biomedical text", 2003): every letter
 * of the short form must appear, in order, in the long form, the first one at the start of a
 * word. Case is ignored, so "King" spells "Knowledge for INtegration Governance".
 */
public final class AcronymMatcher {
    private AcronymMatcher() {}

    /**
     * The shortest suffix of {@code longCandidate} (cut at a word start) that spells out
     * {@code shortForm}, or null.
     */
    public static String longForm(String shortForm, String longCandidate) {
        String sf = shortForm.toLowerCase();
        String lf = longCandidate.toLowerCase();
        int s = sf.length() - 1;
        int l = lf.length() - 1;
        while (s >= 0) {
            char c = sf.charAt(s);
            if (!Character.isLetterOrDigit(c)) {
                s--;
                continue;
            }
            while (l >= 0 && (lf.charAt(l) != c || (s == 0 && l > 0 && Character.isLetterOrDigit(lf.charAt(l - 1))))) l--;
            if (l < 0) return null;
            l--;
            s--;
        }
        int start = Math.max(lf.lastIndexOf(' ', l) + 1, 0);
        String out = longCandidate.substring(start).strip();
        return out.isEmpty() ? null : out;
    }

    /** Whether {@code longForm} as a whole spells out {@code shortForm} starting at its first word. */
    public static boolean spells(String shortForm, String longForm) {
        String lf = longForm(shortForm, longForm);
        return lf != null && lf.length() == longForm.strip().length();
    }

    /**
     * Whether a token looks like an acronym for matching purposes: mostly capitals, letters and
     * digits, 2 to 12 characters ("ISMU", "EU-MIA", "ReSOMA", "H2020").
     */
    public static boolean isAcronymLike(String s) {
        if (s.length() < 2 || s.length() > 12) return false;
        int upper = 0, letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) upper++;
            } else if (!Character.isDigit(c) && c != '-' && c != '&' && c != '+') return false;
        }
        return letters > 0 && upper >= 2 && upper * 2 >= letters;
    }
}
