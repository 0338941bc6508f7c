package org.ponte.mapper.read;

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
 */
public record Document(String id, String text, String sha256, long byteSize, String mediaType, String charset) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(charset, "charset");
    }

    /** A document made from text in memory, as tests and generators need. */
    public static Document ofText(String id, String text) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new Document(id, TextNormalizer.normalize(text), org.ponte.core.Slugs.sha256Hex(bytes), bytes.length,
                "text/plain", "UTF-8");
    }
}
