package org.ponte.mapper.emit;

/**
 * Converts UTF-16 offsets (Java's) into Unicode code-point offsets (Web Annotation's) for one
 * text. Text without surrogate pairs, the common case, converts for free.
 */
final class CodePoints {
    private final String text;
    private final int[] prefix; // code points before each UTF-16 index, or null when identical

    CodePoints(String text) {
        this.text = text;
        boolean surrogates = false;
        for (int i = 0; i < text.length(); i++) if (Character.isSurrogate(text.charAt(i))) { surrogates = true; break; }
        if (!surrogates) {
            prefix = null;
            return;
        }
        prefix = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            prefix[i] = cp;
            if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) cp++;
        }
        prefix[text.length()] = cp;
    }

    int toCodePoints(int utf16) {
        return prefix == null ? utf16 : prefix[utf16];
    }

    /** Moves an offset off the middle of a surrogate pair. */
    int align(int utf16) {
        if (utf16 > 0 && utf16 < text.length() && Character.isLowSurrogate(text.charAt(utf16)) && Character.isHighSurrogate(text.charAt(utf16 - 1)))
            return utf16 - 1;
        return utf16;
    }
}
