package org.ponte.mapper.read;

/** Cheap tests that tell binary files and UTF-16 text from the text Ponte can map. */
final class BinarySniffer {
    private BinarySniffer() {}

    /** A name for a well-known binary format recognised by its first bytes, or null. */
    static String magic(byte[] b) {
        if (starts(b, "%PDF")) return "a PDF file";
        if (starts(b, 0x50, 0x4B, 0x03, 0x04)) return "a ZIP archive (or a Word/OpenDocument file)";
        if (starts(b, 0x89, 'P', 'N', 'G')) return "a PNG image";
        if (starts(b, "GIF8")) return "a GIF image";
        if (starts(b, 0xFF, 0xD8, 0xFF)) return "a JPEG image";
        if (starts(b, 0x1F, 0x8B)) return "a gzip archive";
        if (starts(b, 0x7F, 'E', 'L', 'F')) return "an executable";
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0)) return "an old Office document";
        if (starts(b, "{\\rtf")) return "an RTF document (save it as plain text)";
        if (starts(b, "BZh")) return "a bzip2 archive";
        if (starts(b, 0x37, 0x7A, 0xBC, 0xAF)) return "a 7-Zip archive";
        if (starts(b, "Rar!")) return "a RAR archive";
        return null;
    }

    private static boolean starts(byte[] b, String ascii) {
        if (b.length < ascii.length()) return false;
        for (int i = 0; i < ascii.length(); i++) if (b[i] != (byte) ascii.charAt(i)) return false;
        return true;
    }

    private static boolean starts(byte[] b, int... v) {
        if (b.length < v.length) return false;
        for (int i = 0; i < v.length; i++) if ((b[i] & 0xFF) != v[i]) return false;
        return true;
    }

    /**
     * Whether zero bytes say "binary": more than two, and more than one in a thousand. A stray
     * NUL or two (text pasted from a PDF or a terminal) does not make a text file binary; the
     * normaliser turns them into spaces.
     */
    static boolean hasZeroBytes(byte[] b) {
        int zeros = 0;
        for (byte x : b) if (x == 0) zeros++;
        return zeros > 2 && zeros * 1000L > b.length;
    }

    /** "UTF-16LE" or "UTF-16BE" when zero bytes sit in every other position, else null. */
    static String utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length & ~1, 8192);
        if (n < 4) return null;
        int evenZero = 0, oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) evenZero++;
            if (b[i + 1] == 0) oddZero++;
        }
        int pairs = n / 2;
        if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return "UTF-16LE";
        if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return "UTF-16BE";
        return null;
    }

    /** Whether more than 5% of the first 64K characters are control characters or U+FFFD. */
    static boolean mostlyControl(String s) {
        int n = Math.min(s.length(), 65536);
        if (n == 0) return false;
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD' || (c >= 0x7F && c < 0xA0)) bad++;
        }
        return bad >= 8 && bad * 20 > n;
    }

    /** Number of malformed UTF-8 sequences. */
    static int invalidUtf8Sequences(byte[] b) {
        int bad = 0;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
            if (len == 0 || i + len > b.length) {
                bad++;
                i++;
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < len; k++) if ((b[i + k] & 0xC0) != 0x80) ok = false;
            if (!ok) {
                bad++;
                i++;
            } else {
                i += len;
            }
        }
        return bad;
    }
}
