package org.ponte.bench;

/**
 * One generated document: its file name ({@code NNNNNNN_<hex>.txt|.html}, the hex being the
 * start of the SHA-256 of the bytes), its bytes (UTF-8), how it was made, and its gold.
 *
 * @param index    position in the corpus, from 0
 * @param style    the document style
 * @param language {@code it}, {@code en} or {@code it+en}
 * @param html     whether the file is an HTML page
 */
public record GeneratedDocument(int index, String fileName, Style style, String language, boolean html, byte[] bytes,
                                DocumentGold gold) {

    /** The seven-digit prefix of the file name, which the gold's {@code docs} lists use. */
    public String prefix() {
        return fileName.substring(0, 7);
    }

    /** The document as text. */
    public String text() {
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
}
