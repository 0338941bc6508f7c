package org.ponte.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ponte.core.PonteConfig;
import org.ponte.core.Vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetDescriptionTest {
    private static final String VOID = Vocab.VOID_NS;
    private static final String DCAT = Vocab.DCAT_NS;
    private static final String DCT = Vocab.DCTERMS_NS;
    private static final String SPDX = DatasetDescription.SPDX_NS;

    @TempDir
    Path home;

    @Test
    void statisticsEqualSparqlCountsOnTdb2() {
        assertStatisticsMatchSparql(Fixtures.tdb());
    }

    @Test
    void statisticsEqualSparqlCountsOnAPlainDataset() {
        assertStatisticsMatchSparql(Fixtures.memory());
    }

    @Test
    void tdb2UnionScanIsDistinctAndGroupedBySubject() {
        DatasetGraph dsg = Fixtures.tdb();
        Txn.executeRead(dsg, () -> {
            List<Triple> triples = org.apache.jena.atlas.iterator.Iter.toList(StoreScan.of(dsg).unionTriples());
            assertEquals(Set.copyOf(triples).size(), triples.size(), "distinct");
            Set<Node> closed = new java.util.HashSet<>();
            Node current = null;
            for (Triple t : triples) {
                if (!t.getSubject().equals(current)) {
                    assertTrue(closed.add(t.getSubject()), "subject seen again after its group: " + t.getSubject());
                    current = t.getSubject();
                }
            }
            assertEquals(count(dsg, "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }"), triples.size());
        });
    }

    @Test
    void describesDatasetCatalogServiceAndEveryDump() throws Exception {
        DatasetGraph dsg = Fixtures.tdb();
        PonteConfig config = Fixtures.config(home);
        ExportResult r = DumpExporter.create(config).export(dsg);
        Graph g = org.apache.jena.riot.RDFParser.source(config.dist().resolve("void.ttl")).toGraph();
        // Harvesters read it with other parsers too.
        try (var in = Files.newInputStream(config.dist().resolve("void.ttl"))) {
            var rio = Fixtures.parse(in, org.eclipse.rdf4j.rio.RDFFormat.TURTLE);
            var out = new java.io.ByteArrayOutputStream();
            org.apache.jena.riot.RDFDataMgr.write(out, g, org.apache.jena.riot.Lang.NTRIPLES);
            Fixtures.assertIsomorphic(Fixtures.parse(new java.io.ByteArrayInputStream(out.toByteArray()),
                    org.eclipse.rdf4j.rio.RDFFormat.NTRIPLES), rio, "void.ttl");
        }
        DatasetDescription d = DatasetDescription.create(config);
        Node dataset = uri(d.datasetIri());
        assertEquals("https://ponte.example.org/.well-known/void#dataset", d.datasetIri());

        assertTrue(g.contains(dataset, Vocab.RDF_TYPE, uri(VOID + "Dataset")));
        assertTrue(g.contains(dataset, Vocab.RDF_TYPE, uri(DCAT + "Dataset")));
        assertEquals(Set.of("en", "it"), objects(g, dataset, uri(DCT + "title")).stream().map(Node::getLiteralLanguage).collect(Collectors.toSet()));
        assertEquals(Set.of("en", "it"), objects(g, dataset, uri(DCT + "description")).stream().map(Node::getLiteralLanguage).collect(Collectors.toSet()));
        assertEquals(Set.of("en", "it"), objects(g, dataset, uri(DCAT + "keyword")).stream().map(Node::getLiteralLanguage).collect(Collectors.toSet()));
        assertEquals(List.of(uri(config.license())), objects(g, dataset, uri(DCT + "license")));
        assertEquals(List.of(uri(DatasetDescription.THEME_SOCI)), objects(g, dataset, uri(DCAT + "theme")));
        assertEquals(List.of(uri(Vocab.ONTOLOGY_IRI)), objects(g, dataset, uri(DCT + "conformsTo")));
        assertEquals(2, objects(g, dataset, uri(DCT + "language")).size());
        assertEquals(1, objects(g, dataset, uri(DCT + "publisher")).size());
        // Newest prov:generatedAtTime of the store, not the export time.
        assertEquals(List.of(NodeFactory.createLiteralDT("2025-04-20T08:00:00Z", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime)),
                objects(g, dataset, uri(DCT + "modified")));
        assertEquals(List.of(NodeFactory.createLiteralString("https://w3id.org/ponte/id/")), objects(g, dataset, uri(VOID + "uriSpace")));
        String regex = objects(g, dataset, uri(VOID + "uriRegexPattern")).get(0).getLiteralLexicalForm();
        assertTrue("https://w3id.org/ponte/id/organisation/x".matches(regex + ".*"));
        assertFalse("https://w3idXorg/ponte/id/organisation/x".matches(regex + ".*"));
        assertEquals(List.of(uri("https://ponte.example.org/ponte/sparql")), objects(g, dataset, uri(VOID + "sparqlEndpoint")));
        List<Node> examples = objects(g, dataset, uri(VOID + "exampleResource"));
        assertTrue(examples.contains(uri("https://w3id.org/ponte/id/organisation/fondazione-ismu")), examples.toString());
        assertTrue(examples.contains(uri("https://w3id.org/ponte/id/project/ponte-verso-il-lavoro")), examples.toString());
        assertEquals(3, ((Number) objects(g, dataset, uri(VOID + "documents")).get(0).getLiteralValue()).intValue());
        Set<String> vocabularies = objects(g, dataset, uri(VOID + "vocabulary")).stream().map(Node::getURI).collect(Collectors.toSet());
        assertTrue(vocabularies.containsAll(Set.of(Vocab.PONTE_NS, Vocab.RDFS_NS, Vocab.SCHEMA_NS, Vocab.OA_NS, Vocab.PROV_NS, Vocab.ORG_NS)), vocabularies.toString());
        assertFalse(vocabularies.contains(VOID), "only namespaces used in the data");
        assertEquals(4, objects(g, dataset, uri(VOID + "feature")).size());

        // Catalogue and data service.
        Node catalog = uri(d.catalogIri());
        Node service = uri(d.serviceIri());
        assertTrue(g.contains(catalog, Vocab.RDF_TYPE, uri(DCAT + "Catalog")));
        assertTrue(g.contains(catalog, uri(DCAT + "dataset"), dataset));
        assertTrue(g.contains(catalog, uri(DCAT + "service"), service));
        assertTrue(g.contains(service, Vocab.RDF_TYPE, uri(DCAT + "DataService")));
        assertTrue(g.contains(service, uri(DCAT + "endpointURL"), uri(d.sparqlEndpoint())));
        assertTrue(g.contains(service, uri(DCAT + "endpointDescription"), uri(d.sparqlEndpoint())));
        assertTrue(g.contains(service, uri(DCAT + "servesDataset"), dataset));

        // One distribution per dump, matching the real file.
        List<Node> dumps = objects(g, dataset, uri(VOID + "dataDump"));
        assertEquals(4, dumps.size());
        for (DumpFile f : r.manifest().dumps()) {
            Node dist = uri(d.distributionIri(f.format()));
            Path file = config.dist().resolve(f.name());
            assertTrue(g.contains(dataset, uri(DCAT + "distribution"), dist));
            Node url = uri("https://ponte.example.org/dumps/" + f.name());
            assertTrue(dumps.contains(url));
            assertEquals(List.of(url), objects(g, dist, uri(DCAT + "downloadURL")));
            assertEquals(List.of(uri(f.format().mediaTypeIri())), objects(g, dist, uri(DCAT + "mediaType")));
            assertEquals(List.of(uri(config.license())), objects(g, dist, uri(DCT + "license")));
            assertEquals(1, objects(g, dist, uri(DCT + "format")).size());
            Node size = objects(g, dist, uri(DCAT + "byteSize")).get(0);
            assertEquals(Vocab.XSD_NS + "nonNegativeInteger", size.getLiteralDatatypeURI());
            assertEquals(Files.size(file), Long.parseLong(size.getLiteralLexicalForm()), f.name());
            Node checksum = objects(g, dist, uri(SPDX + "checksum")).get(0);
            assertEquals(List.of(uri(SPDX + "checksumAlgorithm_sha256")), objects(g, checksum, uri(SPDX + "algorithm")));
            assertEquals(DumpManifest.sha256(file), objects(g, checksum, uri(SPDX + "checksumValue")).get(0).getLiteralLexicalForm(), f.name());
            assertEquals(f.format().gzip(), !objects(g, dist, uri(DCAT + "compressFormat")).isEmpty());
        }
    }

    @Test
    void cacheRecomputesOnlyWhenTheStoreChanges() {
        DatasetGraph dsg = Fixtures.tdb();
        DescriptionCache cache = new DescriptionCache(DatasetDescription.create(Fixtures.config(home)));
        assertTrue(cache.isStale(dsg));
        Graph first = cache.get(dsg, null);
        assertFalse(cache.isStale(dsg));
        assertSame(first, cache.get(dsg, null), "same store state, same graph");
        StoreSummary before = cache.summary(dsg);

        Node g = uri("https://w3id.org/ponte/id/document/doc-d");
        Txn.executeWrite(dsg, () -> dsg.add(g, uri("https://w3id.org/ponte/id/organisation/new"), Vocab.RDF_TYPE, Vocab.ORGANISATION));
        assertTrue(cache.isStale(dsg), "a committed write makes the description stale");
        StoreSummary after = cache.summary(dsg);
        assertEquals(before.statistics().triples() + 1, after.statistics().triples());
        assertEquals(before.statistics().entities() + 1, after.statistics().entities());
        assertFalse(cache.isStale(dsg));
    }

    @Test
    void storeWithoutProvenanceIsModifiedNow() {
        DatasetGraph dsg = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> dsg.add(uri("https://w3id.org/ponte/id/document/x"),
                uri("https://w3id.org/ponte/id/organisation/a"), Vocab.RDF_TYPE, Vocab.ORGANISATION));
        StoreSummary s = DatasetDescription.create(Fixtures.config(home)).summarize(dsg);
        assertEquals(null, s.modified());
        assertNotNull(s.modifiedOrComputed());
        assertEquals(1, s.statistics().entities());
        assertEquals(0, s.documentGraphs());
    }

    private void assertStatisticsMatchSparql(DatasetGraph dsg) {
        StoreSummary s = DatasetDescription.create(Fixtures.config(home)).summarize(dsg);
        StoreStatistics st = s.statistics();
        Txn.executeRead(dsg, () -> {
            assertEquals(count(dsg, "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }"), st.triples(), "void:triples");
            assertEquals(count(dsg, "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s ?p ?o } }"), st.distinctSubjects(), "void:distinctSubjects");
            assertEquals(count(dsg, "SELECT (COUNT(DISTINCT ?o) AS ?n) { GRAPH ?g { ?s ?p ?o } }"), st.distinctObjects(), "void:distinctObjects");
            assertEquals(count(dsg, "SELECT (COUNT(DISTINCT ?p) AS ?n) { GRAPH ?g { ?s ?p ?o } }"), st.properties().size(), "void:properties");
            assertEquals(count(dsg, "SELECT (COUNT(DISTINCT ?c) AS ?n) { GRAPH ?g { ?s a ?c } }"), st.classes().size(), "void:classes");
            assertEquals(count(dsg, "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a ?c } FILTER(STRSTARTS(STR(?c), \""
                    + Vocab.PONTE_NS + "\")) }"), st.entities(), "void:entities");
            assertEquals(grouped(dsg, "SELECT ?k (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?k ?o { GRAPH ?g { ?s ?k ?o } } } GROUP BY ?k"),
                    st.properties(), "void:propertyPartition");
            assertEquals(grouped(dsg, "SELECT ?k (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a ?k } } GROUP BY ?k"),
                    st.classes(), "void:classPartition");
            assertEquals(count(dsg, "SELECT (COUNT(*) AS ?n) { GRAPH <https://w3id.org/ponte/id/document/reference> { ?s ?p ?o } }"),
                    s.referenceTriples());
            assertEquals(count(dsg, "SELECT (COUNT(*) AS ?n) { GRAPH <https://w3id.org/ponte/ontology> { ?s ?p ?o } }"),
                    s.ontologyTriples());
        });
        assertTrue(st.triples() > 100 && st.entities() == 12, st.toString());
    }

    static long count(DatasetGraph dsg, String query) {
        try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
            return ((Number) qe.select().next().get("n").getLiteralValue()).longValue();
        }
    }

    private static Map<Node, Long> grouped(DatasetGraph dsg, String query) {
        Map<Node, Long> m = new HashMap<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
            RowSet rows = qe.select();
            while (rows.hasNext()) {
                Binding b = rows.next();
                m.put(b.get("k"), ((Number) b.get("n").getLiteralValue()).longValue());
            }
        }
        return m;
    }

    static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
