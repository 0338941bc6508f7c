package org.ponte.mapper.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.mozilla.universalchardet.UniversalDetector;
import org.ponte.core.Problems;
import org.ponte.core.Slugs;

/**
 * Reads plain-text and HTML files into {@link Document}s, refusing what is not text.
 *
 * <p>Decoding: a byte-order mark wins; then UTF-16 recognised by its zero bytes; then strict
 * UTF-8; then juniversalchardet's guess; then windows-1252, which decodes any byte. Files over
 * the size limit, empty files, and binary files (known magic numbers, zero bytes, or mostly
 * control characters once decoded) are refused with the reason. HTML is reduced to its visible
 * text by {@link HtmlText}. Warnings (replaced bytes, a guessed charset) go to {@link Problems}.
 */
public final class FileDocumentReader implements DocumentReader {
    private final long maxBytes;
    private final Problems problems;

    /**
     * @param maxBytes documents larger than this are refused (bounded memory per document)
     * @param problems where warnings go
     */
    public FileDocumentReader(long maxBytes, Problems problems) {
        this.maxBytes = maxBytes;
        this.problems = problems;
    }

    @Override
    public Document read(Path file) throws UnreadableDocumentException {
        String name = file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file)) throw new UnreadableDocumentException("not a regular file");
            long size = Files.size(file);
            if (size > maxBytes)
                throw new UnreadableDocumentException("too large: " + size + " bytes (the limit is " + maxBytes
                        + "; raise it with --max-document-bytes or PONTE_MAX_DOCUMENT_BYTES)");
            return read(name, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UnreadableDocumentException("cannot read: " + e.getMessage(), e);
        }
    }

    @Override
    public Document read(String fileName, byte[] bytes) throws UnreadableDocumentException {
        if (bytes.length > maxBytes)
            throw new UnreadableDocumentException("too large: " + bytes.length + " bytes (the limit is " + maxBytes + ")");
        if (bytes.length == 0) throw new UnreadableDocumentException("empty file");
        String magic = BinarySniffer.magic(bytes);
        if (magic != null) throw new UnreadableDocumentException("not a text document: looks like " + magic);

        Decoded d = decode(fileName, bytes);
        String text = d.text;
        if (BinarySniffer.mostlyControl(text))
            throw new UnreadableDocumentException("not a text document: binary content (" + d.charset + " decoding gives control characters)");

        boolean html = looksLikeHtml(fileName, text);
        java.util.List<Integer> headings = java.util.List.of();
        if (html) {
            // Normalise first so the heading offsets HtmlText records hold in the final text.
            HtmlText.Result r = HtmlText.read(TextNormalizer.normalize(text));
            text = r.text();
            headings = r.headings();
        }
        text = TextNormalizer.normalize(text);
        if (text.isBlank()) throw new UnreadableDocumentException(html ? "HTML page without visible text" : "no text (only white space)");
        return new Document(fileName, text, Slugs.sha256Hex(bytes), bytes.length, html ? "text/html" : "text/plain", d.charset, headings);
    }

    private record Decoded(String text, String charset) {}

    private Decoded decode(String name, byte[] b) throws UnreadableDocumentException {
        // Byte-order marks.
        if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0)
            return new Decoded(decodeLenient(name, b, 4, Charset.forName("UTF-32LE")), "UTF-32LE");
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF)
            return new Decoded(decodeLenient(name, b, 4, Charset.forName("UTF-32BE")), "UTF-32BE");
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF)
            return new Decoded(decodeLenient(name, b, 3, StandardCharsets.UTF_8), "UTF-8");
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
            return new Decoded(decodeLenient(name, b, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)
            return new Decoded(decodeLenient(name, b, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        // UTF-16 without a mark: text in Latin scripts has a zero in every other byte.
        String utf16 = BinarySniffer.utf16WithoutBom(b);
        if (utf16 != null) return new Decoded(decodeLenient(name, b, 0, Charset.forName(utf16)), utf16);
        if (BinarySniffer.hasZeroBytes(b)) throw new UnreadableDocumentException("not a text document: contains zero bytes");
        // Strict UTF-8 is by far the commonest case and cannot be mistaken for much else.
        try {
            CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            return new Decoded(dec.decode(ByteBuffer.wrap(b)).toString(), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            // fall through to detection
        }
        String guess = detect(b);
        if (guess == null || guess.equalsIgnoreCase("UTF-8")) {
            // Mostly UTF-8 with broken sequences, or nothing recognisable: how many bytes break UTF-8?
            int bad = BinarySniffer.invalidUtf8Sequences(b);
            if (bad * 50 < b.length / 16 + 1 && guess != null) {
                problems.warning(name, -1, "invalid UTF-8: " + bad + " malformed byte sequence(s) replaced by U+FFFD");
                return new Decoded(decodeLenient(name, b, 0, StandardCharsets.UTF_8), "UTF-8");
            }
            guess = "windows-1252";
        }
        Charset cs;
        try {
            cs = Charset.forName(guess);
        } catch (RuntimeException e) {
            cs = Charset.forName("windows-1252");
        }
        if (cs.name().equalsIgnoreCase("ISO-8859-1")) cs = Charset.forName("windows-1252"); // a superset in practice
        problems.warning(name, -1, "not UTF-8: decoded as " + cs.name());
        return new Decoded(decodeLenient(name, b, 0, cs), cs.name());
    }

    private String decodeLenient(String name, byte[] b, int offset, Charset cs) {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return dec.decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
        } catch (CharacterCodingException e) {
            CharBuffer out = cs.decode(ByteBuffer.wrap(b, offset, b.length - offset)); // replaces bad input
            problems.warning(name, -1, "malformed " + cs.name() + " byte sequences replaced by U+FFFD");
            return out.toString();
        } catch (RuntimeException e) {
            return new String(b, offset, b.length - offset, cs);
        }
    }

    private static String detect(byte[] b) {
        UniversalDetector det = new UniversalDetector(null);
        det.handleData(b, 0, Math.min(b.length, 1 << 20));
        det.dataEnd();
        return det.getDetectedCharset();
    }

    private static boolean looksLikeHtml(String fileName, String text) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) return true;
        int i = 0;
        while (i < text.length() && i < 2000 && Character.isWhitespace(text.charAt(i))) i++;
        String head = text.substring(i, Math.min(text.length(), i + 200)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml") && head.contains("<html");
    }
}
