package org.ponte.mapper.segment;

/**
 * One word or punctuation mark of a document, with its place in the text (UTF-16 offsets into
 * {@code Document.text()}, end exclusive) and its folded form for matching.
 */
public record Token(int start, int end, String text, String folded, int flags) {
    /** Starts with an upper-case letter. */
    public static final int CAP = 1;
    /** At least two letters, all upper case ("ISMU", "EU-MIA", "DG"). */
    public static final int UPPER = 2;
    /** Upper case after the first letter next to lower case ("ReSOMA", "OratorInsieme"). */
    public static final int MIXED = 4;
    /** Starts with a digit. */
    public static final int DIGIT = 8;
    /** Neither a letter nor a digit. */
    public static final int PUNCT = 16;
    /** Italian elision ending in an apostrophe ("dell'", "l'"). */
    public static final int ELISION = 32;

    public boolean is(int flag) { return (flags & flag) != 0; }

    public boolean isWord() { return (flags & PUNCT) == 0; }

    /** Capitalised, all upper case or mixed case: the shape of a name word. */
    public boolean isNameShaped() { return (flags & (CAP | UPPER | MIXED)) != 0; }

    /** An acronym: all upper case (with inner digits or hyphens), or mixed case like "ReSOMA". */
    public boolean isAcronymShaped() {
        return is(UPPER) || (is(MIXED) && upperCount() >= 2 && text.length() <= 12);
    }

    private int upperCount() {
        int n = 0;
        for (int i = 0; i < text.length(); i++) if (Character.isUpperCase(text.charAt(i))) n++;
        return n;
    }

    @Override
    public String toString() { return text + "@" + start; }
}
