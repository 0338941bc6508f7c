package org.ponte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run/manifest.tsv}: whole writes, appended changes, removals, torn lines, the first format. */
class ManifestTest {
    @TempDir
    Path tmp;

    private static Manifest.Entry e(String file, long size, String skipped) {
        return new Manifest.Entry(file, size, 1_700_000_000_000_000_000L + size, "sha-" + file + size, "urn:g:" + file,
                1_700_000_100_000L, skipped == null ? "" : "r1", skipped);
    }

    @Test
    void changesAreAppendedAndReadBackAsTheWholeWouldBe() throws IOException {
        Path f = tmp.resolve("manifest.tsv");
        Manifest m = new Manifest();
        for (int i = 0; i < 10; i++) m.put(e("d" + i + ".txt", i, null));
        m.write(f);
        long whole = Files.size(f);

        Manifest again = Manifest.read(f);
        assertFalse(again.hasChanges());
        again.put(e("d3.txt", 33, null));
        again.put(e("d4.txt", 4, "fails the SHACL shapes: x"));
        again.remove("d5.txt");
        again.put(e("d1.txt", 1, null)); // unchanged: nothing to append for it
        again.save(f);
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        assertEquals(11 + 3, lines.size(), "three lines appended: " + lines);
        assertTrue(Files.size(f) > whole);

        Manifest read = Manifest.read(f);
        assertEquals(9, read.size());
        assertEquals(again.entries(), read.entries());
        assertEquals(33, read.get("d3.txt").size());
        assertEquals("fails the SHACL shapes: x", read.get("d4.txt").skipped());
        assertFalse(read.get("d4.txt").published());
        assertNull(read.get("d5.txt"));
    }

    @Test
    void aTornLastLineIsIgnoredAndTheFileRewrittenNextTime() throws IOException {
        Path f = tmp.resolve("manifest.tsv");
        Manifest m = new Manifest();
        m.put(e("a.txt", 1, null));
        m.put(e("b.txt", 2, null));
        m.write(f);
        // A crash in the middle of an append: part of a line, no line end.
        Files.writeString(f, "b.txt\t3\t17000", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        Manifest read = Manifest.read(f);
        assertEquals(2, read.get("b.txt").size(), "the earlier line stands");
        read.put(e("a.txt", 10, null));
        read.save(f);
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        assertEquals(3, lines.size(), "rewritten whole rather than appended to the torn line: " + lines);
        assertEquals(10, Manifest.read(f).get("a.txt").size());
    }

    @Test
    void theFirstFormatIsReadInMillisecondsAndUnsettled() throws IOException {
        Path f = tmp.resolve("manifest.tsv");
        Files.writeString(f, "file\tsize\tmtime\tsha256\tgraph\na.txt\t5\t1700000000123\tabc\turn:g:a\n", StandardCharsets.UTF_8);
        Manifest.Entry a = Manifest.read(f).get("a.txt");
        assertEquals(1_700_000_000_123_000_000L, a.mtime());
        assertFalse(a.settled(), "not known when it was examined: hashed once");
        assertTrue(a.published());
    }
}
