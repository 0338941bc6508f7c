package org.ponte.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * Turns names into the ASCII slugs of data IRIs: transliterated, lower case, words joined by
 * {@code -} ("Fondazione ISMU" becomes {@code fondazione-ismu}, "Le Réseau" {@code le-reseau}).
 *
 * <p>Slugs are a public contract: a published IRI never changes, so this function must not
 * change either. Names with no Latin letters or digits (Arabic, Cyrillic, CJK) and over-long
 * names get a short hash of the name, so every slug is non-empty, ASCII and bounded.
 */
public final class Slugs {
    /** Longest slug before a name is cut at a word boundary and given a hash suffix. */
    public static final int MAX_LENGTH = 80;

    private Slugs() {}

    /** The slug of a name; never empty, only {@code [a-z0-9-]}. */
    public static String of(String name) {
        String ascii = fold(name);
        StringBuilder sb = new StringBuilder(ascii.length());
        boolean dash = false;
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && sb.length() > 0) sb.append('-');
                sb.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        String slug = sb.toString();
        if (slug.isEmpty()) return "x-" + shortHash(name);
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH - 10);
            if (cut < 20) cut = MAX_LENGTH - 10;
            slug = slug.substring(0, cut) + "-" + shortHash(name);
        }
        return slug;
    }

    /**
     * Lower-cased ASCII folding: accents dropped (NFKD), a few letters spelt out (ß, æ, ø, œ, ł,
     * đ, þ), anything else outside ASCII dropped.
     */
    public static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c < 128) {
                sb.append(Character.toLowerCase(c));
                continue;
            }
            switch (c) {
                case 'ß' -> sb.append("ss");
                case 'æ', 'Æ' -> sb.append("ae");
                case 'ø', 'Ø' -> sb.append('o');
                case 'œ', 'Œ' -> sb.append("oe");
                case 'ł', 'Ł' -> sb.append('l');
                case 'đ', 'Đ' -> sb.append('d');
                case 'þ', 'Þ' -> sb.append("th");
                case 'ı' -> sb.append('i');
                default -> {
                    // Combining marks from NFKD and all other non-ASCII characters are dropped;
                    // non-Latin names end up with a hash slug instead.
                    if (Character.getType(c) != Character.NON_SPACING_MARK) sb.append(' ');
                }
            }
        }
        return sb.toString();
    }

    /** First 10 hex digits of the SHA-256 of the text: short, stable, ASCII. */
    public static String shortHash(String text) {
        return sha256Hex(text).substring(0, 10);
    }

    /** Full SHA-256 of the UTF-8 bytes of the text, lower-case hex. */
    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Full SHA-256 of the bytes, lower-case hex. */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
