package org.ponte.mapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.ponte.core.Problems;
import org.ponte.mapper.read.Document;

/**
 * Generated hostile documents: whatever the input, {@link DocumentMapper#map} does not throw,
 * and its result is either a graph that keeps every invariant of {@link GraphInvariants} or a
 * skip with a reason. About 1,800 generated inputs and 2,600 documents mapped in the default run (1.5 to 3 minutes on two busy cores); the
 * same generators run 20 times longer in {@link HostileDocumentLongRunTest} with
 * {@code -Dponte.long=true}.
 */
class HostileDocumentPropertiesTest {
    static final Instant AT = Instant.parse("2024-01-01T00:00:00Z");
    private static Path dir;
    private static final AtomicLong counter = new AtomicLong();

    @BeforeContainer
    static void makeDir() throws IOException {
        dir = Files.createTempDirectory("ponte-hostile-");
    }

    @AfterContainer
    static void removeDir() throws IOException {
        deleteTree(dir);
        System.out.println("HostileDocumentPropertiesTest: " + GraphInvariants.summary());
        // The generators must reach the extractor: most documents give a graph with evidence.
        if (GraphInvariants.OK.get() < 800 || GraphInvariants.SELECTORS.get() < 1000)
            throw new AssertionError("the generated documents hardly ever produced a graph: " + GraphInvariants.summary());
    }

    static void deleteTree(Path d) throws IOException {
        if (d == null || !Files.exists(d)) return;
        try (var s = Files.walk(d)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** Writes the bytes as a file named {@code name} in a fresh directory, maps it, and checks every invariant. */
    static void mapFileAndCheck(Path root, String name, byte[] bytes) {
        Path sub = root.resolve("t" + counter.incrementAndGet());
        Path file = sub.resolve(name);
        try {
            Files.createDirectories(sub);
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            MappedDocument d;
            try {
                d = TestHome.mapper().map(file, AT, Problems.ignore());
            } catch (Throwable t) {
                throw new AssertionError("map threw for " + GraphInvariants.escape(name) + ": " + t, t);
            }
            String text = d.extraction() == null ? null : d.extraction().document().text();
            List<String> bad = GraphInvariants.check(d, text);
            if (!bad.isEmpty())
                throw new AssertionError("document " + GraphInvariants.escape(name) + " (" + bytes.length + " bytes): " + String.join("\n  ", bad));
        } finally {
            try {
                deleteTree(sub);
            } catch (IOException e) {
                // a temp directory left behind is removed with the container's
            }
        }
    }

    /** Maps text already decoded (lone surrogates and all, which no file can carry) and checks every invariant. */
    static void mapTextAndCheck(String name, String text) {
        MappedDocument d;
        Document doc = Document.ofText(name, text);
        try {
            d = TestHome.mapper().map(doc, AT, Problems.ignore());
        } catch (Throwable t) {
            throw new AssertionError("map threw for text " + GraphInvariants.escape(text) + ": " + t, t);
        }
        List<String> bad = GraphInvariants.check(d, doc.text());
        if (!bad.isEmpty()) throw new AssertionError("text '" + GraphInvariants.escape(text) + "': " + String.join("\n  ", bad));
    }

    @Provide
    Arbitrary<String> unicode() {
        return HostileInputs.unicodeDocument();
    }

    @Provide
    Arbitrary<String> names() {
        return HostileInputs.fileName();
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return HostileInputs.fileBytes();
    }

    @Provide
    Arbitrary<String> structured() {
        return HostileInputs.structuredDocument();
    }

    @Provide
    Arbitrary<String> html() {
        return HostileInputs.html();
    }

    @Property(tries = 400)
    void randomUnicodeTextIsMappedOrSkipped(@ForAll("unicode") String text, @ForAll("names") String name) {
        mapTextAndCheck(name, text);
        mapFileAndCheck(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 700)
    void randomBytesAsFilesAreMappedOrSkipped(@ForAll("bytes") byte[] bytes, @ForAll("names") String name) {
        mapFileAndCheck(dir, name, bytes);
    }

    @Property(tries = 400)
    void corpusStyleDocumentsWithHostileNamesAreMappedOrSkipped(@ForAll("structured") String text, @ForAll("names") String name) {
        mapTextAndCheck(name, text);
        mapFileAndCheck(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 300)
    void randomHtmlIsMappedOrSkipped(@ForAll("html") String html, @ForAll("names") String name) {
        mapFileAndCheck(dir, name.endsWith(".html") ? name : name + ".html", html.getBytes(StandardCharsets.UTF_8));
    }
}
