package org.ponte.mapper.read;

import java.util.List;
import java.util.Objects;

/**
 * One source document as read: its text after decoding and normalisation, and what identifies
 * the bytes it came from. Evidence offsets point into {@link #text()}.
 *
 * @param id        the file name, unique within a corpus (for example {@code 002_34d5.txt})
 * @param text      the text as read: decoded, HTML reduced to its visible text, NFC, {@code \n} line ends
 * @param sha256    SHA-256 of the file's bytes, lower-case hex
 * @param byteSize  size of the file in bytes
 * @param mediaType {@code text/plain} or {@code text/html}
 * @param charset   the character set the bytes were decoded with
 * @param headings  where the source marked headings (HTML h1–h6): the offsets in {@code text}
 *                  where a heading line starts, ascending; empty for plain text
 */
public record Document(String id, String text, String sha256, long byteSize, String mediaType, String charset,
                       List<Integer> headings) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(charset, "charset");
        headings = headings == null ? List.of() : List.copyOf(headings);
    }

    /** Whether the source marked a heading starting at this offset. */
    public boolean isHeadingAt(int offset) {
        return java.util.Collections.binarySearch(headings, offset) >= 0;
    }

    /** A document made from text in memory, as tests and generators need. */
    public static Document ofText(String id, String text) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new Document(id, TextNormalizer.normalize(text), org.ponte.core.Slugs.sha256Hex(bytes), bytes.length,
                "text/plain", "UTF-8", List.of());
    }
}
