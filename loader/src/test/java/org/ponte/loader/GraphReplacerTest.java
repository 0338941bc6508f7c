package org.ponte.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.atlas.iterator.Iter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ponte.core.PonteConfig;
import org.ponte.core.PonteException;

class GraphReplacerTest {
    private static final String NEW_G2 = """
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix ponte: <https://w3id.org/ponte/ontology#> .
            <https://w3id.org/ponte/id/organisation/fondazione-ismu> a ponte:Organisation ;
                rdfs:label "Fondazione Iniziative e Studi sulla Multietnicità"@it ;
                ponte:acronym "ISMU" .
            """;

    @TempDir
    Path tmp;

    private static Set<String> search(DatasetGraph dsg, String lucene) {
        Set<String> out = new HashSet<>();
        String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?s { ?s text:query (rdfs:label '" + lucene + "') }";
        Txn.executeRead(dsg, () -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(q).build()) {
                qe.select().forEachRemaining(b -> out.add(b.get("s").getURI()));
            }
        });
        return out;
    }

    private static long quadsIn(DatasetGraph dsg, String graph) {
        return Txn.calculateRead(dsg, () -> Iter.count(dsg.find(NodeFactory.createURI(graph), Node.ANY, Node.ANY, Node.ANY)));
    }

    @Test
    void replaceUpdatesStoreAndIndex() throws IOException {
        PonteConfig cfg = LoaderFixtures.config(tmp);
        Generation gen = LoaderFixtures.fixtureBuild(cfg, tmp).build().generation();
        StoreLayout layout = StoreLayout.at(cfg.storeRoot());
        DatasetGraph dsg = FusekiConfigFile.read(cfg.fusekiConfig()).openDataset(gen);
        try {
            TextIndexLucene index = (TextIndexLucene) ((DatasetGraphText) dsg).getTextIndex();
            assertTrue(search(dsg, "commission").contains(LoaderFixtures.BASE + "organisation/european-commission"));
            long g1Before = quadsIn(dsg, LoaderFixtures.G1);

            List<Quad> quads = GraphReplacer.parse(LoaderFixtures.G2,
                    new ByteArrayInputStream(NEW_G2.getBytes(StandardCharsets.UTF_8)), Lang.TURTLE, "test");
            GraphReplacer.Result r = new GraphReplacer(dsg, layout, gen).replace(LoaderFixtures.G2, quads);

            assertEquals(3, r.added());
            assertTrue(r.removed() > 3);
            assertEquals(3, quadsIn(dsg, LoaderFixtures.G2));
            assertEquals(g1Before, quadsIn(dsg, LoaderFixtures.G1), "other graphs untouched");
            assertTrue(search(dsg, "commission").isEmpty(), "the old graph's entries are gone from the index");
            assertTrue(search(dsg, "multietnicita").contains(LoaderFixtures.BASE + "organisation/fondazione-ismu"));
            assertEquals(2, TextIndexBuilder.countGraph(index, LoaderFixtures.G2));
            assertTrue(TextIndexBuilder.count(GenerationDatasets.tdb2(dsg), index).agrees());
            assertFalse(gen.isIndexDirty());

            // An empty replacement deletes the graph and its entries.
            new GraphReplacer(dsg, layout, gen).replace(LoaderFixtures.G2, List.of());
            assertEquals(0, quadsIn(dsg, LoaderFixtures.G2));
            assertEquals(0, TextIndexBuilder.countGraph(index, LoaderFixtures.G2));
            assertTrue(TextIndexBuilder.count(GenerationDatasets.tdb2(dsg), index).agrees());
        } finally {
            GenerationDatasets.close(dsg);
        }
    }

    /**
     * A replacement writes only the difference (most of a re-mapped document's quads are
     * unchanged); the graph must still end up holding exactly the new content, with blank nodes,
     * a decimal whose stored form is canonicalised ("0.90" is kept as 0.9) and a language tag.
     */
    @Test
    void replacingWithOverlappingContentLeavesExactlyTheNewContent() throws IOException {
        PonteConfig cfg = LoaderFixtures.config(tmp);
        Generation gen = LoaderFixtures.fixtureBuild(cfg, tmp).build().generation();
        StoreLayout layout = StoreLayout.at(cfg.storeRoot());
        DatasetGraph dsg = FusekiConfigFile.read(cfg.fusekiConfig()).openDataset(gen);
        String prefixes = """
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                @prefix ponte: <https://w3id.org/ponte/ontology#> .
                """;
        String first = prefixes + """
                <https://w3id.org/ponte/id/organisation/fondazione-ismu> a ponte:Organisation ;
                    rdfs:label "Fondazione ISMU"@it ; ponte:acronym "ISMU" ;
                    ponte:confidence "0.90"^^xsd:decimal ;
                    ponte:note [ rdfs:label "first note" ] .
                """;
        String second = prefixes + """
                <https://w3id.org/ponte/id/organisation/fondazione-ismu> a ponte:Organisation ;
                    rdfs:label "Fondazione ISMU"@it ; rdfs:label "ISMU Foundation"@en ;
                    ponte:confidence "0.90"^^xsd:decimal ;
                    ponte:note [ rdfs:label "second note" ] .
                """;
        try {
            GraphReplacer replacer = new GraphReplacer(dsg, layout, gen);
            replacer.replace(LoaderFixtures.G2, parse(first));
            List<Quad> secondQuads = parse(second);
            GraphReplacer.Result r = replacer.replace(LoaderFixtures.G2, secondQuads);
            assertEquals(6, r.removed(), "the first content's quads");
            assertEquals(6, r.added());
            // TDB2 keeps the decimal by value and gives it back in canonical form.
            org.apache.jena.graph.Graph expected = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            parse(second.replace("\"0.90\"", "\"0.9\"")).forEach(q -> expected.add(q.asTriple()));
            Txn.executeRead(dsg, () -> {
                org.apache.jena.graph.Graph actual = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                dsg.getGraph(NodeFactory.createURI(LoaderFixtures.G2)).find().forEach(actual::add);
                assertTrue(actual.isIsomorphicWith(expected), () -> "the graph holds the second content, nothing of the first: "
                        + actual.find().toList() + " expected " + expected.find().toList());
            });
            assertTrue(search(dsg, "foundation").contains(LoaderFixtures.BASE + "organisation/fondazione-ismu"));
            assertTrue(TextIndexBuilder.count(GenerationDatasets.tdb2(dsg), index(dsg)).agrees());

            replacer.replace(LoaderFixtures.G2, parse(second)); // the same again: new blank node, same rest
            assertEquals(6, quadsIn(dsg, LoaderFixtures.G2));
            replacer.replace(LoaderFixtures.G2, List.of());
            assertEquals(0, quadsIn(dsg, LoaderFixtures.G2), "emptied, the decimal included");
            assertTrue(TextIndexBuilder.count(GenerationDatasets.tdb2(dsg), index(dsg)).agrees());
        } finally {
            GenerationDatasets.close(dsg);
        }
    }

    private static List<Quad> parse(String turtle) {
        return GraphReplacer.parse(LoaderFixtures.G2, new ByteArrayInputStream(turtle.getBytes(StandardCharsets.UTF_8)), Lang.TURTLE, "test");
    }

    private static TextIndexLucene index(DatasetGraph dsg) {
        return (TextIndexLucene) ((DatasetGraphText) dsg).getTextIndex();
    }

    @Test
    void deletingAGraphRemovesDecimalsOfAnyLexicalForm() throws IOException {
        PonteConfig cfg = LoaderFixtures.config(tmp);
        Generation gen = LoaderFixtures.fixtureBuild(cfg, tmp).build().generation();
        StoreLayout layout = StoreLayout.at(cfg.storeRoot());
        DatasetGraph dsg = FusekiConfigFile.read(cfg.fusekiConfig()).openDataset(gen);
        try {
            // Non-canonical decimals, as a file loaded from elsewhere may hold them: TDB2 reads
            // them back in another form than the one it stored, and deletes by that form.
            String nq = """
                    <http://x/a> <https://w3id.org/ponte/ontology#confidence> "0.90"^^<http://www.w3.org/2001/XMLSchema#decimal> <%1$s> .
                    <http://x/b> <https://schema.org/value> "399740"^^<http://www.w3.org/2001/XMLSchema#decimal> <%1$s> .
                    <http://x/c> <https://schema.org/value> "12.50"^^<http://www.w3.org/2001/XMLSchema#decimal> <%1$s> .
                    """.formatted(LoaderFixtures.G2);
            List<Quad> quads = GraphReplacer.parse(LoaderFixtures.G2,
                    new ByteArrayInputStream(nq.getBytes(StandardCharsets.UTF_8)), Lang.NQUADS, "test");
            new GraphReplacer(dsg, layout, gen).replace(LoaderFixtures.G2, quads);
            assertEquals(3, quadsIn(dsg, LoaderFixtures.G2));
            long g1 = quadsIn(dsg, LoaderFixtures.G1);

            new GraphReplacer(dsg, layout, gen).replace(LoaderFixtures.G2, List.of());
            assertEquals(0, quadsIn(dsg, LoaderFixtures.G2), "no partial graph left behind");
            assertEquals(g1, quadsIn(dsg, LoaderFixtures.G1), "other graphs untouched");
        } finally {
            GenerationDatasets.close(dsg);
        }
    }

    @Test
    void quadsOfAnotherGraphAreRefused() {
        String nq = "<http://x/s> <http://www.w3.org/2000/01/rdf-schema#label> \"x\" <http://x/other> .\n";
        PonteException e = assertThrows(PonteException.class, () -> GraphReplacer.parse(LoaderFixtures.G2,
                new ByteArrayInputStream(nq.getBytes(StandardCharsets.UTF_8)), Lang.NQUADS, "body"));
        assertTrue(e.getMessage().contains("http://x/other"));
    }

    @Test
    void dirtyIndexIsRebuiltOnOpen() throws IOException {
        PonteConfig cfg = LoaderFixtures.config(tmp);
        Generation gen = LoaderFixtures.fixtureBuild(cfg, tmp).build().generation();
        StoreLayout layout = StoreLayout.at(cfg.storeRoot());
        FusekiConfigFile conf = FusekiConfigFile.read(cfg.fusekiConfig());

        // A crash after the TDB2 commit and before the Lucene commit: marker left, index stale.
        layout.markIndexDirty(gen, "simulated crash");
        StoreLayout.deleteTree(gen.text());
        Files.createDirectories(gen.text());

        assertTrue(TextIndexBuilder.repairIfDirty(layout, conf, gen));
        assertFalse(gen.isIndexDirty());
        DatasetGraph dsg = conf.openDataset(gen);
        try {
            assertTrue(search(dsg, "universita").contains(LoaderFixtures.BASE + "organisation/universita-di-oxford"));
        } finally {
            GenerationDatasets.close(dsg);
        }
        assertFalse(TextIndexBuilder.repairIfDirty(layout, conf, gen), "nothing to do the second time");
    }

    @Test
    void offlineReplaceInStore() throws IOException {
        PonteConfig cfg = LoaderFixtures.config(tmp);
        LoaderFixtures.fixtureBuild(cfg, tmp).build();
        Path file = tmp.resolve("g2.ttl");
        Files.writeString(file, NEW_G2);
        GraphReplacer.Result r = GraphReplacer.replaceInStore(cfg, LoaderFixtures.G2, file);
        assertEquals(3, r.added());
        assertEquals(2, r.indexAdded());
    }
}
