package org.ponte.mapper.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.ponte.core.ProblemLog;

class FileDocumentReaderTest {
    private final ProblemLog problems = new ProblemLog(100, false);
    private final FileDocumentReader reader = new FileDocumentReader(1_000_000, problems);

    private static final String ITALIAN = "Il progetto è finanziato dall'Agenzia Italiana per la Cooperazione allo Sviluppo – Università di Città\n";

    @Test
    void readsUtf8AndRecordsHashAndSize() throws Exception {
        byte[] b = ITALIAN.getBytes(StandardCharsets.UTF_8);
        Document d = reader.read("a.txt", b);
        assertEquals(ITALIAN, d.text());
        assertEquals("UTF-8", d.charset());
        assertEquals(b.length, d.byteSize());
        assertEquals(64, d.sha256().length());
        assertEquals("text/plain", d.mediaType());
    }

    @Test
    void readsUtf16WithAndWithoutByteOrderMark() throws Exception {
        for (String cs : new String[] {"UTF-16LE", "UTF-16BE"}) {
            byte[] body = ITALIAN.getBytes(Charset.forName(cs));
            assertEquals(ITALIAN, reader.read("u.txt", body).text(), cs + " without BOM");
            byte[] bom = cs.endsWith("LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
            byte[] withBom = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, withBom, 0, bom.length);
            System.arraycopy(body, 0, withBom, bom.length, body.length);
            assertEquals(ITALIAN, reader.read("u.txt", withBom).text(), cs + " with BOM");
        }
    }

    @Test
    void readsLatin1AndReportsIt() throws Exception {
        String text = "Attività della Fondazione: perché l'Università è qui. Città, più, già, così. ".repeat(5);
        Document d = reader.read("l.txt", text.getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(d.text().contains("Università"), d.text());
        assertTrue(problems.problems().stream().anyMatch(p -> p.message().contains("not UTF-8")));
    }

    @Test
    void refusesBinaryEmptyAndOversizedFiles() {
        assertThrows(UnreadableDocumentException.class, () -> reader.read("e.txt", new byte[0]));
        assertThrows(UnreadableDocumentException.class, () -> reader.read("p.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}));
        assertThrows(UnreadableDocumentException.class, () -> reader.read("z.bin", new byte[] {1, 2, 0, 0, 0, 5, 6, 0, 9, 0, 0, 0, 1}));
        UnreadableDocumentException big = assertThrows(UnreadableDocumentException.class,
                () -> new FileDocumentReader(10, problems).read("big.txt", "more than ten bytes".getBytes(StandardCharsets.UTF_8)));
        assertTrue(big.getMessage().contains("too large"));
    }

    @Test
    void normalisesLineEndsControlsAndSpacesWithoutMovingOffsets() throws Exception {
        Document d = reader.read("n.txt", "a\r\nb\u0007c\u00A0d\re".getBytes(StandardCharsets.UTF_8));
        assertEquals("a\nb c d\ne", d.text());
    }

    @Test
    void readsHtmlAsVisibleTextWithItsStructure() throws Exception {
        String html = "<!DOCTYPE html><html><head><title>T</title><script>var x=1;</script></head><body>"
                + "<nav><a href='/'>Home</a> | <a href='/p'>Progetti</a></nav>"
                + "<div class='cookie-banner'>Questo sito usa cookie</div>"
                + "<h1>MIMOSA – Migrant Mothers</h1><p>Il progetto è <b>finanziato</b> da Erasmus+.</p>"
                + "<ul><li>Partner A</li><li>Partner B</li></ul>"
                + "<dl><dt>Budget</dt><dd>€ 250.000</dd></dl>"
                + "<table><tr><th>Project</th><th>Years</th></tr><tr><td>ALFA</td><td>2019-2021</td></tr></table>"
                + "<footer>© 2020 Tutti i diritti riservati</footer></body></html>";
        Document d = reader.read("p.html", html.getBytes(StandardCharsets.UTF_8));
        String t = d.text();
        assertEquals("text/html", d.mediaType());
        assertTrue(t.startsWith("MIMOSA – Migrant Mothers\n"), t);
        assertTrue(t.contains("Il progetto è finanziato da Erasmus+."), t);
        assertTrue(t.contains("• Partner A\n• Partner B"), t);
        assertTrue(t.contains("Budget: € 250.000"), t);
        // A table with a header reads as the plain-text table it looks like, one row per line.
        assertTrue(t.contains("Project | Years\nALFA | 2019-2021"), t);
        assertFalse(t.contains("var x"), t);
        assertFalse(t.contains("Progetti"), t);
        assertFalse(t.contains("cookie"), t);
        assertFalse(t.contains("diritti"), t);
    }
}
