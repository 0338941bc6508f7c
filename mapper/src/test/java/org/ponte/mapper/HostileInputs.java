package org.ponte.mapper;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of hostile input for the mapper: random Unicode from every plane, random bytes
 * that look like files, documents in the corpus' styles whose names carry what breaks IRIs
 * and RDF syntaxes, and random (nested, broken, scripted) HTML.
 */
final class HostileInputs {
    private HostileInputs() {}

    private static Arbitrary<String> codePoints(int from, int to) {
        return Arbitraries.integers().between(from, to).map(Character::toString);
    }

    /** One "character" (a code point, or a lone surrogate) from the classes that break text handling. */
    static Arbitrary<String> hostileChar() {
        return Arbitraries.frequencyOf(
                Tuple.of(30, codePoints(0x20, 0x7E)),
                Tuple.of(6, Arbitraries.of(" ", " ", "\n", "\n\n", "\r\n", "\r", "\t", "\u00A0", "\u2028", "\u2029", "\u3000", "\u0085", "\f", "\u000B")),
                Tuple.of(5, codePoints(0xA0, 0x24F)),                 // Latin-1 and Latin Extended
                Tuple.of(5, codePoints(0x300, 0x36F)),                // combining marks
                Tuple.of(4, codePoints(0x590, 0x6FF)),                // Hebrew and Arabic
                Tuple.of(3, Arbitraries.of("\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E",
                        "\u2066", "\u2067", "\u2068", "\u2069", "\u061C")),   // bidi controls
                Tuple.of(3, Arbitraries.of("\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u034F")), // zero width, BOM
                Tuple.of(3, codePoints(0x00, 0x1F)),                  // C0 controls, NUL included
                Tuple.of(2, codePoints(0x7F, 0x9F)),                  // DEL and C1 controls
                Tuple.of(2, Arbitraries.chars().range('\uD800', '\uDFFF').map(String::valueOf)), // lone surrogates
                Tuple.of(3, codePoints(0x4E00, 0x9FFF)),              // CJK
                Tuple.of(3, codePoints(0x1F300, 0x1FAFF)),            // emoji
                Tuple.of(1, Arbitraries.of("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uD83C\uDDEE\uD83C\uDDF9", "\u0041\u030A\u0301")),
                Tuple.of(2, codePoints(0x10000, 0x10FFFF)),           // every supplementary plane
                Tuple.of(1, codePoints(0xE0000, 0xE007F)),            // tag characters
                Tuple.of(1, Arbitraries.of("\uFFFE", "\uFFFF", "\uFDD0", "\uFFFD", "\uFFFC")),
                Tuple.of(2, Arbitraries.chars().map(String::valueOf)),  // anything in the BMP
                Tuple.of(2, Arbitraries.of("\"", "'", "<", ">", "{", "}", "|", "\\", "^", "`", "%", "%00", "%zz", "&", "#", "?", "/", ":", "@")));
    }

    /** Random Unicode text: up to {@code max} hostile characters. */
    static Arbitrary<String> unicodeText(int max) {
        return hostileChar().list().ofMinSize(0).ofMaxSize(max).map(l -> String.join("", l));
    }

    /** Random Unicode text mixed with words of the corpus, so that the extractor gets past its first look. */
    static Arbitrary<String> unicodeDocument() {
        Arbitrary<String> word = Arbitraries.of("Fondazione", "ISMU", "Progetto", "project", "funded by", "finanziato dal",
                "in collaborazione con", "Lead partner:", "Budget:", "€ 250.000", "2012-10-01", "University of", "Erasmus+",
                "AMIF", "•", "\n\n", "\n", ":", "–", "(", ")", "Partners", "coordinated by", "signed a partnership agreement with");
        Arbitrary<String> piece = Arbitraries.frequencyOf(Tuple.of(3, unicodeText(12)), Tuple.of(2, word.map(w -> " " + w + " ")),
                Tuple.of(1, hostileName()));
        return piece.list().ofMinSize(0).ofMaxSize(120).map(l -> String.join("", l));
    }

    /** A name that makes unsafe IRIs and literals: quotes, IRI delimiters, newlines, escapes, other scripts, up to 10k characters. */
    static Arbitrary<String> hostileName() {
        Arbitrary<String> core = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.strings().withChars("\"'<>{}|\\^`%&#?/:@ \n\r\t").ofMinLength(1).ofMaxLength(8)
                        .map(s -> "Al" + s + "pha")),
                Tuple.of(4, unicodeText(20).map(s -> "X" + s)),
                Tuple.of(3, Arbitraries.of("مؤسسة الهجرة", "עמותת הגירה", "移民融合中心", "Ёлка Фонд", "Ἑλληνικά", "\uD83D\uDE80\uD83C\uDF0D",
                        "Fondazione \u202Eabc\u202C", "A\u0000B", "C\u0007D", "%2F..%2F", "..", ".", "-", "–", "_", "\u200B", "\uFEFF",
                        "<script>alert(1)</script>", "\"><img src=x>", "'; DROP TABLE x; --", "} UNION { ?s ?p ?o }",
                        "http://example.org/x y", "urn:x:y", "\\u0041", "\\\\server\\share", "a\r\nb", "\uD800", "\uDFFF")),
                Tuple.of(1, Arbitraries.integers().between(1000, 10_000).map(n -> "Fondazione " + "Lungo".repeat(n / 5))),
                Tuple.of(1, Arbitraries.integers().between(1000, 10_000).map(n -> "\u0645".repeat(n))));
        Arbitrary<String> head = Arbitraries.of("", "Fondazione ", "Associazione ", "University of ", "Università di ", "Ministry of ",
                "Cooperativa Sociale ", "Comune di ", "Centro ", "The ", "Progetto ");
        Arbitrary<String> tail = Arbitraries.of("", " Foundation", " Onlus", " Programme", " Fund", " Association", " (ABC)", " – ABC");
        return Combinators.combine(head, core, tail).as((h, c, t) -> h + c + t);
    }

    /** An acronym, sometimes hostile. */
    static Arbitrary<String> acronym() {
        return Arbitraries.oneOf(Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(2).ofMaxLength(8),
                Arbitraries.strings().withChars("ABC<>{}|\\^\"'%-+&").ofMinLength(2).ofMaxLength(8),
                Arbitraries.of("EU-MIA", "MiStra", "AMIF", "ISMU", "Erasmus+", "FAMI", "C++", "A&B", "#1", "Ω-Ψ"));
    }

    private static Arbitrary<String> date() {
        return Arbitraries.oneOf(
                Arbitraries.of("01/10/2012", "31/09/14", "2012-10-01", "February 30, 2020", "99/99/9999", "0000-00-00",
                        "1 gennaio 2019", "31 dicembre 2020", "settembre 2014", "2014", "2012–2014", "9999999999", "-2020-01-01",
                        "2020-13-45", "01.01.0001", "29/02/2023", "29/02/2024", "dal 1° marzo 2015 al 28 febbraio 2017"),
                Combinators.combine(Arbitraries.integers().between(-5, 40), Arbitraries.integers().between(-1, 14),
                        Arbitraries.integers().between(0, 100_000)).as((d, m, y) -> d + "/" + m + "/" + y));
    }

    private static Arbitrary<String> money() {
        return Arbitraries.oneOf(
                Arbitraries.of("€ 250.000", "EUR 399740", "399.740,00 euro", "1,234,567.89 EUR", "€ -5", "1e309 EUR",
                        "9999999999999999999999999999999 EUR", "€ 0,00", "€", "USD 12", "£ 3.5 million", "€ 1.000.000.000.000.000",
                        "3,5 milioni di euro", "€ NaN", "€ ∞"),
                Arbitraries.bigDecimals().between(new java.math.BigDecimal("-1e40"), new java.math.BigDecimal("1e40"))
                        .map(d -> "€ " + d.toPlainString()));
    }

    private static Arbitrary<String> line() {
        Arbitrary<String> n = hostileName();
        return Arbitraries.frequencyOf(
                Tuple.of(3, Combinators.combine(acronym(), n).as((a, x) -> a + " – " + x)),
                Tuple.of(3, n.map(x -> "Name of institution: " + x)),
                Tuple.of(2, n.map(x -> "Lead partner: " + x)),
                Tuple.of(2, n.map(x -> "Ente capofila: " + x)),
                Tuple.of(2, n.list().ofMinSize(1).ofMaxSize(4).map(l -> "Partners:\n" + String.join("\n", l.stream().map(x -> "  • " + x).toList()))),
                Tuple.of(2, money().map(m -> "Budget of the project in EUR: " + m)),
                Tuple.of(2, Combinators.combine(date(), date()).as((a, b) -> "Duration: " + a + " - " + b)),
                Tuple.of(1, Combinators.combine(date(), date()).as((a, b) -> "(Duration: " + a + " – " + b + ")")),
                Tuple.of(1, n.map(x -> "Contact person: " + x)),
                Tuple.of(1, n.map(x -> "Website: http://" + x + "/")),
                Tuple.of(1, n.map(x -> "Email: " + x + "@example.org")),
                Tuple.of(3, Combinators.combine(acronym(), n, n, n).as((a, f, c, p) ->
                        "The project " + a + " is funded by " + f + " under the " + f + " Programme, coordinated by " + c
                                + " in collaboration with " + p + " and " + f + ".")),
                Tuple.of(3, Combinators.combine(n, n, n).as((f, c, p) ->
                        "Il progetto è finanziato dalla " + f + " e realizzato da " + c + " in collaborazione con " + p + ".")),
                Tuple.of(2, Combinators.combine(n, n, n).as((a, b, c) ->
                        a + " has signed a partnership agreement with " + b + " in " + c + ".")),
                Tuple.of(1, Combinators.combine(acronym(), n).as((a, x) -> a + " stands for " + x + ".")),
                Tuple.of(1, Combinators.combine(n, n).as((a, x) -> a + " (" + x + ") is based in " + x + ".")),
                Tuple.of(1, Combinators.combine(n, date(), money()).as((a, d, m) ->
                        "Dal " + d + " " + a + " ha ricevuto un contributo di " + m + " nell'ambito del programma " + a + ".")),
                Tuple.of(2, unicodeText(80)));
    }

    /** A document in the corpus' styles (title, key–value forms, bullets, running text in EN and IT) with hostile names. */
    static Arbitrary<String> structuredDocument() {
        Arbitrary<String> eol = Arbitraries.of("\n", "\n", "\r\n", "\r");
        Arbitrary<String> bom = Arbitraries.of("", "", "", "\uFEFF");
        return Combinators.combine(bom, line().list().ofMinSize(1).ofMaxSize(14), eol, Arbitraries.of("\n", "\n\n"))
                .as((b, lines, e, sep) -> b + String.join(sep, lines).replace("\n", e));
    }

    /** Random HTML: nested, unclosed, scripted, with furniture classes, entities and broken markup. */
    static Arbitrary<String> html() {
        return Combinators.combine(Arbitraries.of("", "<!DOCTYPE html>", "<?xml version=\"1.0\"?>", "\uFEFF<!doctype html>"),
                        Arbitraries.of("", "<head><title>T</title><script>document.write('<h1>x</h1>')</script></head>",
                                "<head><title>" + "\u0645\u0624\u0633\u0633\u0629" + "</title><style>h1{}</style></head>", "<title>"),
                        element(4).list().ofMinSize(0).ofMaxSize(6))
                .as((d, head, body) -> d + "<html>" + head + "<body>" + String.join("", body) + "</body></html>");
    }

    private static Arbitrary<String> element(int depth) {
        Arbitrary<String> text = Arbitraries.frequencyOf(Tuple.of(3, unicodeText(30)), Tuple.of(2, hostileName()),
                Tuple.of(1, line()), Tuple.of(1, Arbitraries.of("&amp;", "&lt;", "&#0;", "&#xD800;", "&#x110000;", "&#65535;",
                        "&nbsp;", "&bogus;", "&", "<", "<!-- c -->", "<!--", "<![CDATA[x]]>", "</p>", "</div></div>", "<br>", "<br/>",
                        "<script>var a='</script>", "<img src=x onerror=alert(1)>")));
        if (depth == 0) return text;
        Arbitrary<String> tag = Arbitraries.of("div", "p", "h1", "h2", "h3", "h4", "ul", "ol", "li", "table", "tr", "td", "th",
                "dl", "dt", "dd", "span", "a", "b", "section", "article", "main", "nav", "footer", "script", "style", "form",
                "template", "svg", "pre", "blockquote", "header", "aside", "x-custom", "tbody", "thead", "iframe");
        Arbitrary<String> attr = Arbitraries.of("", "", " class=\"cookie-banner\"", " role=\"navigation\"", " hidden", " aria-hidden=\"true\"",
                " id=\"menu\"", " class=\"content\"", " role=\"banner\"", " style=\"display:none\"", " class='x\" y'", " data-x=<>");
        Arbitrary<String> close = Arbitraries.of(true, true, true, false).map(c -> c ? "" : null);
        return Combinators.combine(tag, attr, element(depth - 1).list().ofMaxSize(4), close)
                .as((t, a, kids, c) -> "<" + t + a + ">" + String.join("", kids) + (c == null ? "" : "</" + t + ">"));
    }

    /** Bytes a file might hold: random, BOMs, magic numbers, text in other charsets, broken UTF-8. */
    static Arbitrary<byte[]> fileBytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(4096);
        Arbitrary<String> text = Arbitraries.oneOf(structuredDocument(), unicodeDocument());
        Arbitrary<Charset> charset = Arbitraries.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
                StandardCharsets.UTF_16, StandardCharsets.ISO_8859_1, Charset.forName("windows-1252"), Charset.forName("UTF-32LE"),
                Charset.forName("UTF-32BE"), Charset.forName("x-UTF-32BE-BOM"), Charset.forName("x-UTF-32LE-BOM"));
        Arbitrary<byte[]> encoded = Combinators.combine(text, charset).as((t, cs) -> t.getBytes(cs));
        Arbitrary<byte[]> prefix = Arbitraries.of(new byte[0], bytes(0xEF, 0xBB, 0xBF), bytes(0xFF, 0xFE), bytes(0xFE, 0xFF),
                bytes(0xFF, 0xFE, 0, 0), bytes(0, 0, 0xFE, 0xFF), "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII),
                bytes(0x89, 'P', 'N', 'G', 13, 10, 26, 10), bytes(0x50, 0x4B, 0x03, 0x04), bytes(0x1F, 0x8B), bytes(0xFF, 0xD8, 0xFF),
                "<html>".getBytes(StandardCharsets.US_ASCII), bytes(0xEF, 0xBB), bytes(0xC3), bytes(0xF0, 0x9F));
        Arbitrary<byte[]> spoiled = Combinators.combine(encoded, Arbitraries.integers().between(0, 20), random)
                .as((b, n, r) -> spoil(b, n, r));
        Arbitrary<byte[]> body = Arbitraries.frequencyOf(Tuple.of(2, random), Tuple.of(4, encoded), Tuple.of(3, spoiled),
                Tuple.of(1, html().map(h -> h.getBytes(StandardCharsets.UTF_8))));
        return Combinators.combine(prefix, body).as(HostileInputs::concat);
    }

    /** Overwrites {@code n} bytes of {@code b} at places chosen by {@code r} with bytes of {@code r}. */
    private static byte[] spoil(byte[] b, int n, byte[] r) {
        byte[] out = b.clone();
        if (out.length == 0 || r.length == 0) return out;
        for (int i = 0; i < n; i++) {
            int at = Math.floorMod(r[i % r.length] * 31 + i * 7919, out.length);
            out[at] = r[(i * 13) % r.length];
        }
        return out;
    }

    private static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) b[i] = (byte) v[i];
        return b;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * A file name a file system accepts (no '/', no NUL, at most 255 UTF-8 bytes) that is
     * otherwise hostile: quotes, IRI delimiters, newlines, '%', emoji, other scripts, names that
     * slug to nothing.
     */
    static Arbitrary<String> fileName() {
        Arbitrary<String> stem = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(20)),
                Tuple.of(3, hostileName()),
                Tuple.of(2, unicodeText(30)),
                Tuple.of(1, Arbitraries.of("---", "...x", "%20", "%", "\u200B", "\u0645\u0624\u0633\u0633\u0629", "\u79FB\u6C11",
                        "\uD83D\uDE80", " ", "\n", "a\nb", "CON", "..")));
        Arbitrary<String> ext = Arbitraries.of(".txt", ".txt", ".html", ".htm", ".TXT", "", ".md", ".txt~x", ".xhtml");
        return Combinators.combine(stem, ext).as((s, e) -> safeFileName(s + e));
    }

    static String safeFileName(String s) {
        StringBuilder sb = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '/' || cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) cp = '_';
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + n > 200) break;
            sb.appendCodePoint(cp);
            bytes += n;
        }
        String name = sb.toString();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) name = "_" + name;
        return name;
    }

    /** Every kind of generated document as file bytes, with its name. */
    static Arbitrary<List<Object>> anyFile() {
        Arbitrary<byte[]> body = Arbitraries.frequencyOf(
                Tuple.of(3, structuredDocument().map(s -> s.getBytes(StandardCharsets.UTF_8))),
                Tuple.of(2, unicodeDocument().map(s -> s.getBytes(StandardCharsets.UTF_8))),
                Tuple.of(2, html().map(s -> s.getBytes(StandardCharsets.UTF_8))),
                Tuple.of(2, fileBytes()));
        return Combinators.combine(fileName(), body).as((n, b) -> List.of(n, b));
    }
}
