package org.ponte.mapper.read;

import java.text.Normalizer;

/**
 * Normalises decoded text once, before anything counts offsets in it: NFC, {@code \n} line
 * ends, control characters other than tab and newline turned into spaces, a leading byte-order
 * mark dropped, Unicode spaces (no-break, thin, …) made plain spaces. Web Annotation asks that text be normalised before offsets are recorded.
 */
public final class TextNormalizer {
    private TextNormalizer() {}

    public static String normalize(String s) {
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) s = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder sb = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char r = c;
            boolean skip = false;
            if (c == '\r') {
                if (i + 1 < n && s.charAt(i + 1) == '\n') skip = true;
                else r = '\n';
            } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
                r = '\n';
            } else if (c < 0x20 && c != '\n' && c != '\t') {
                r = ' ';
            } else if (c == 0x7F || (c >= 0x80 && c < 0xA0)) {
                r = ' ';
            } else if (c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000') {
                // Unicode spaces become plain spaces (one for one, so offsets do not move).
                r = ' ';
            } else if (Character.isSurrogate(c)) {
                // A lone surrogate cannot be written as UTF-8: replace it.
                boolean paired = Character.isHighSurrogate(c) ? i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))
                        : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
                if (!paired) r = '\uFFFD';
            } else if (c == '\uFFFE' || c == '\uFFFF') {
                r = '\uFFFD';
            }
            if (skip || r != c) {
                if (sb == null) {
                    sb = new StringBuilder(n);
                    sb.append(s, 0, i);
                }
                if (!skip) sb.append(r);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
