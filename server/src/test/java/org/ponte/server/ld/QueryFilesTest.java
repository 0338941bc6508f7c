package org.ponte.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example query in {@code data/queries/} runs on the corpus server over HTTP and returns
 * the rows the corpus documents imply; a query file without expectations here fails, so a new
 * query comes with its check. Also: each file has its title and description header.
 */
class QueryFilesTest {
    static final String ID = Corpus.BASE;
    static Corpus c;

    @BeforeAll
    static void corpus() throws IOException {
        c = Corpus.get();
    }

    static Path dir() {
        return Corpus.home().resolve("data/queries");
    }

    static List<Map<String, Node>> run(String name) throws IOException {
        return SparqlClient.select(c, Files.readString(dir().resolve(name + ".rq"), StandardCharsets.UTF_8));
    }

    static String s(Map<String, Node> row, String var) {
        Node n = row.get(var);
        return n == null ? null : n.isURI() ? n.getURI() : n.getLiteralLexicalForm();
    }

    static Set<String> pairs(List<Map<String, Node>> rows, String a, String b) {
        Set<String> out = new TreeSet<>();
        for (Map<String, Node> r : rows) out.add(s(r, a) + " | " + s(r, b));
        return out;
    }

    /** What each query must return on the corpus. */
    static final Map<String, Consumer<List<Map<String, Node>>>> EXPECTED = Map.of(
            "projects-by-funder", rows -> {
                Set<String> p = pairs(rows, "project", "funder");
                for (String expected : List.of(
                        ID + "project/king | " + ID + "organisation/dg-home",
                        ID + "project/summit-nazionale-delle-diaspore | " + ID + "organisation/aics",
                        ID + "project/summit-nazionale-delle-diaspore | " + ID + "organisation/dgcs",
                        ID + "project/summit-nazionale-delle-diaspore | " + ID + "organisation/cooperazione-italiana",
                        ID + "project/face-to-face-with-prejudice | " + ID + "organisation/unar",
                        ID + "project/eu-mia | " + ID + "organisation/european-commission"))
                    assertTrue(p.contains(expected), expected + " missing from " + p);
                for (Map<String, Node> r : rows) {
                    assertNotNull(r.get("funderName"));
                    assertFalse(s(r, "projectName").startsWith("http"), "a project without a name: " + r);
                }
                assertEquals(rows.size(), p.size(), "one row per project and funder");
            },
            "partners-of-an-organisation", rows -> {
                Set<String> partners = new TreeSet<>();
                rows.forEach(r -> partners.add(s(r, "partner")));
                assertTrue(partners.contains(ID + "organisation/mse"), partners.toString());
                assertFalse(partners.contains(ID + "organisation/ismu"));
                assertTrue(rows.stream().anyMatch(r -> s(r, "together").startsWith(ID + "partnership/")));
            },
            "projects-active-in-a-year", rows -> {
                Set<String> projects = new TreeSet<>();
                for (Map<String, Node> r : rows) {
                    projects.add(s(r, "project"));
                    assertTrue(s(r, "start").substring(0, 4).compareTo("2014") <= 0, r.toString());
                    if (r.get("end") != null) assertTrue(s(r, "end").substring(0, 4).compareTo("2014") >= 0, r.toString());
                }
                for (String p : List.of("mistra", "king", "diverse", "certifica-il-tuo-italiano"))
                    assertTrue(projects.contains(ID + "project/" + p), p + " missing from " + projects);
                assertFalse(projects.contains(ID + "project/youth-mi"), "ended in 2013");
                assertFalse(projects.contains(ID + "project/migrant-s-associations-and-philippine-institutions"), "ended in 2010");
            },
            "budget-by-funder", rows -> {
                // The corpus states one budget (MiStra, 399,740 EUR) and no funder for that project.
                assertEquals(1, rows.size(), rows.toString());
                Map<String, Node> r = rows.get(0);
                assertEquals("(not stated)", s(r, "funderName"));
                assertEquals("EUR", s(r, "currency"));
                assertEquals(0, new BigDecimal("399740").compareTo(new BigDecimal(s(r, "total"))));
                assertEquals("1", s(r, "projects"));
            },
            "partnerships-of-an-organisation", rows -> {
                assertFalse(rows.isEmpty());
                Map<String, Node> r = rows.stream().filter(x -> (ID + "organisation/mse").equals(s(x, "otherPartner"))).findFirst()
                        .orElseThrow(() -> new AssertionError("MSE missing: " + rows));
                assertTrue(s(r, "partnership").startsWith(ID + "partnership/"));
                assertEquals("Milan", s(r, "place"));
            },
            "where-a-fact-comes-from", rows -> {
                assertFalse(rows.isEmpty());
                for (Map<String, Node> r : rows) {
                    assertEquals("002_34d5001a9e66cf88.txt", s(r, "file"));
                    assertTrue(s(r, "quote").contains("399740"), s(r, "quote"));
                    // The offsets select exactly the quote in the document, counted in code points.
                    String text = read(c.cfg.documents().resolve(s(r, "file")));
                    int start = Integer.parseInt(s(r, "start")), end = Integer.parseInt(s(r, "end"));
                    int from = text.offsetByCodePoints(0, start), to = text.offsetByCodePoints(0, end);
                    assertEquals(s(r, "quote"), text.substring(from, to));
                    if (r.get("prefix") != null) assertTrue(text.substring(0, from).endsWith(s(r, "prefix")));
                }
            },
            "full-text-search", rows -> {
                assertFalse(rows.isEmpty());
                assertEquals(ID + "organisation/reseau", s(rows.get(0), "entity"));
                assertTrue(s(rows.get(0), "matched").contains("Réseau"));
            });

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static List<String> names() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir())) {
            s.filter(p -> p.toString().endsWith(".rq")).sorted().forEach(p -> {
                String n = p.getFileName().toString();
                out.add(n.substring(0, n.length() - 3));
            });
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyQueryReturnsWhatTheCorpusImplies() throws IOException {
        return names().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Consumer<List<Map<String, Node>>> check = EXPECTED.get(name);
            assertNotNull(check, "data/queries/" + name + ".rq has no expectations in QueryFilesTest");
            check.accept(run(name));
        }));
    }

    @Test
    void everyFileIsValidSparqlWithAHeader() throws IOException {
        List<String> names = names();
        assertTrue(names.size() >= 7, names.toString());
        assertTrue(names.containsAll(EXPECTED.keySet()), "missing files: " + EXPECTED.keySet());
        ExampleQueries q = new ExampleQueries(dir());
        for (String n : names) {
            QueryFactory.create(read(dir().resolve(n + ".rq")));
            ExampleQueries.Query eq = q.get(n);
            assertNotNull(eq, n);
            assertFalse(eq.title().equals(n), n + " has no '# title:' line");
            assertTrue(eq.description().length() > 30, n + " has no '# description:'");
        }
    }
}
