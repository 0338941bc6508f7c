package org.ponte.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ponte.mapper.evaluate.GoldStandard;

/** The generator's contract: deterministic, prefix-stable, well-formed gold, the corpus's style mix and sizes. */
class CorpusGeneratorTest {
    private static CorpusGenerator generator;

    @BeforeAll
    static void build() {
        generator = CorpusGenerator.create(42, TestHome.home());
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    @Test
    void sameSeedGivesIdenticalBytesAndGoldOnAnyNumberOfThreads(@TempDir Path tmp) throws IOException {
        CorpusGenerator.create(42, TestHome.home()).generate(120, tmp.resolve("a"), tmp.resolve("a.json"), 2);
        CorpusGenerator.create(42, TestHome.home()).generate(120, tmp.resolve("b"), tmp.resolve("b.json"), 1);
        List<Path> a = files(tmp.resolve("a")), b = files(tmp.resolve("b"));
        assertEquals(120, a.size());
        assertEquals(a.stream().map(p -> p.getFileName().toString()).toList(), b.stream().map(p -> p.getFileName().toString()).toList());
        for (int i = 0; i < a.size(); i++) assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).toString());
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a.json")), Files.readAllBytes(tmp.resolve("b.json")));
        // Another seed is another corpus.
        assertFalse(CorpusGenerator.create(43, TestHome.home()).document(0).fileName().equals(generator.document(0).fileName()));
    }

    @Test
    void aSmallCorpusIsAPrefixOfALargerOne(@TempDir Path tmp) throws IOException {
        generator.generate(40, tmp.resolve("small"), tmp.resolve("small.json"), 2);
        generator.generate(130, tmp.resolve("large"), tmp.resolve("large.json"), 2);
        List<Path> small = files(tmp.resolve("small")), large = files(tmp.resolve("large"));
        for (int i = 0; i < small.size(); i++) {
            assertEquals(small.get(i).getFileName(), large.get(i).getFileName());
            assertArrayEquals(Files.readAllBytes(small.get(i)), Files.readAllBytes(large.get(i)));
        }
        JsonNode s = new ObjectMapper().readTree(tmp.resolve("small.json").toFile()), l = new ObjectMapper().readTree(tmp.resolve("large.json").toFile());
        for (int i = 0; i < 40; i++) assertEquals(s.get("documents").get(i), l.get("documents").get(i));
        // Every fact about a document's own project or partnership reappears unchanged in the larger gold.
        Set<String> largeFacts = new HashSet<>();
        for (JsonNode f : l.get("facts")) largeFacts.add(f.toString());
        for (JsonNode f : s.get("facts")) if (f.get("s").asText().startsWith("d")) assertTrue(largeFacts.contains(f.toString()), f.toString());
        // Random access gives the same document as sequential generation.
        assertArrayEquals(Files.readAllBytes(large.get(97)), generator.document(97).bytes());
    }

    @Test
    void documentsAreNonEmptyAndEveryGoldFactNamesKnownEntities(@TempDir Path tmp) throws IOException {
        generator.generate(150, tmp.resolve("docs"), tmp.resolve("gold.json"), 2);
        List<Path> docs = files(tmp.resolve("docs"));
        assertEquals(150, docs.size());
        for (Path p : docs) {
            assertTrue(p.getFileName().toString().matches("\\d{7}_[0-9a-f]{16}\\.(txt|html)"), p.toString());
            assertTrue(Files.size(p) > 300, p + " is too small");
        }
        JsonNode g = new ObjectMapper().readTree(tmp.resolve("gold.json").toFile());
        List<String> names = new ArrayList<>();
        for (JsonNode n : g.get("documents")) names.add(n.asText());
        assertEquals(docs.stream().map(p -> p.getFileName().toString()).toList(), names);
        Set<String> ids = new HashSet<>();
        Set<String> types = Set.of("Organisation", "Project", "FundingProgramme", "Partnership", "Person", "Place");
        for (JsonNode e : g.get("entities")) {
            assertTrue(ids.add(e.get("id").asText()), "duplicate entity id " + e.get("id"));
            assertTrue(types.contains(e.get("type").asText()), e.toString());
            if (!e.get("type").asText().equals("Partnership")) assertTrue(e.get("names").size() > 0, "entity without a name: " + e);
            assertTrue(e.get("docs").size() > 0, e.toString());
        }
        int facts = 0;
        for (JsonNode f : g.get("facts")) {
            facts++;
            assertTrue(ids.contains(f.get("s").asText()), "unknown subject: " + f);
            objects(f).forEach(o -> assertTrue(ids.contains(o), "unknown object: " + f));
            assertTrue(f.has("o") || f.has("value"), f.toString());
        }
        for (JsonNode f : g.get("forbidden")) {
            if (!f.get("kind").asText().equals("fact")) continue;
            assertTrue(ids.contains(f.get("s").asText()), "unknown subject: " + f);
            objects(f).forEach(o -> assertTrue(ids.contains(o), "unknown object: " + f));
        }
        assertTrue(facts > 1000, "150 documents state many facts: " + facts);
        // The mapper's own reader of gold files accepts it.
        GoldStandard gs = GoldStandard.read(tmp.resolve("gold.json"));
        assertEquals(150, gs.documents().size());
        assertEquals(ids.size(), gs.entities().size());
    }

    private static List<String> objects(JsonNode f) {
        List<String> out = new ArrayList<>();
        JsonNode o = f.get("o");
        if (o == null) return out;
        if (o.isArray()) for (JsonNode x : o) out.add(x.asText());
        else out.add(o.asText());
        return out;
    }

    @Test
    void stylesSizesAndHtmlFollowTheRealCorpus() {
        Map<Style, Integer> styles = new EnumMap<>(Style.class);
        int html = 0, n = 2000;
        for (int i = 0; i < n; i++) {
            CorpusGenerator.Plan p = generator.plan(i);
            styles.merge(p.style(), 1, Integer::sum);
            if (p.html()) html++;
        }
        for (Style s : Style.values()) {
            double share = styles.getOrDefault(s, 0) / (double) n;
            assertTrue(share > 0.15 && share < 0.25, s + " is " + share + " of the documents");
        }
        assertTrue(html > 0.03 * n && html < 0.07 * n, html + " HTML documents of " + n);
        long total = 0, max = 0, over6k = 0;
        int m = 600;
        for (int i = 0; i < m; i++) {
            int size = generator.document(i).bytes().length;
            total += size;
            max = Math.max(max, size);
            if (size > 6000) over6k++;
        }
        double avg = total / (double) m;
        assertTrue(avg > 3000 && avg < 5000, "average size " + avg);
        assertTrue(max < 64_000, "largest document " + max);
        assertTrue(over6k < 0.2 * m, over6k + " documents over 6 KB");
    }

    @Test
    void organisationsRecurSoTheirNumberGrowsSublinearly() {
        Set<String> orgs = new HashSet<>();
        int at200 = 0;
        for (int i = 0; i < 1000; i++) {
            for (GoldEntity e : generator.document(i).gold().mentions().keySet()) if (e.type.equals("Organisation")) orgs.add(e.id);
            if (i == 199) at200 = orgs.size();
        }
        assertTrue(orgs.size() < 3.5 * at200, "organisations: " + at200 + " in 200 documents, " + orgs.size() + " in 1000");
    }

    @Test
    void refusesADirectoryThatAlreadyHoldsACorpus(@TempDir Path tmp) throws IOException {
        generator.generate(3, tmp, null, 1);
        assertThrows(IOException.class, () -> generator.generate(3, tmp, null, 1));
    }
}
