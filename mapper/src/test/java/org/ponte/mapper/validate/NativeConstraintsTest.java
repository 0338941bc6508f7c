package org.ponte.mapper.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ponte.core.Problems;
import org.ponte.core.Vocab;
import org.ponte.mapper.MappedDocument;
import org.ponte.mapper.TestHome;

/**
 * The fast gate (SPARQL constraints checked in Java) agrees with Jena's SHACL engine running
 * every constraint: both accept a mapped corpus graph, and both reject it once it breaks any
 * one of the six SPARQL constraints of the shapes file.
 */
class NativeConstraintsTest {
    private static ShaclGate complete, fast;
    private static Graph mapped;

    private static final Node START = NodeFactory.createURI(Vocab.PONTE_NS + "startDate");
    private static final Node END = NodeFactory.createURI(Vocab.PONTE_NS + "endDate");
    private static final Node SUB = NodeFactory.createURI(Vocab.PONTE_NS + "subOrganizationOf");
    private static final Node ORGANISATION = NodeFactory.createURI(Vocab.PONTE_NS + "Organisation");
    private static final Node PROJECT = NodeFactory.createURI(Vocab.PONTE_NS + "Project");
    private static final Node EXACT = NodeFactory.createURI("http://www.w3.org/ns/oa#exact");
    private static final Node GENERATED_AT = NodeFactory.createURI("http://www.w3.org/ns/prov#generatedAtTime");
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    @BeforeAll
    static void setUp() {
        Graph shapes = RDFParser.source(TestHome.home().resolve("ontology/shapes.ttl")).toGraph();
        complete = ShaclGate.complete(shapes);
        fast = ShaclGate.fast(shapes);
        MappedDocument doc = TestHome.mapper().map(TestHome.home().resolve("data/documents/001_766782444e97ff93.txt"),
                Instant.parse("2024-01-01T00:00:00Z"), Problems.ignore());
        assertTrue(doc.ok(), doc.failure());
        mapped = GraphFactory.createDefaultGraph();
        for (Quad q : doc.quads()) mapped.add(q.asTriple());
    }

    private static Graph copy() {
        Graph g = GraphFactory.createDefaultGraph();
        mapped.find().forEachRemaining(g::add);
        return g;
    }

    private static Node first(Graph g, Node p, Node o) {
        return g.find(Node.ANY, p, o).next().getSubject();
    }

    private static void bothReject(String what, String nativeMessage, Consumer<Graph> breakIt) {
        Graph g = copy();
        breakIt.accept(g);
        assertFalse(complete.validate(g).conforms(), what + ": the SHACL engine accepts it");
        ShaclGate.Verdict v = fast.validate(g);
        assertFalse(v.conforms(), what + ": the fast gate accepts it");
        assertTrue(v.violations().stream().anyMatch(l -> l.contains(nativeMessage)),
                what + ": the native check did not report it: " + v.violations());
    }

    @Test
    void bothAcceptAMappedGraph() {
        assertTrue(complete.validate(mapped).conforms(), complete.validate(mapped).violations().toString());
        assertTrue(fast.validate(mapped).conforms(), fast.validate(mapped).violations().toString());
    }

    @Test
    void twoLabelsWithoutLanguage() {
        bothReject("two plain labels", "rdfs:label values without a language tag", g -> {
            Node org = first(g, RDF.type.asNode(), ORGANISATION);
            g.add(Triple.create(org, RDFS.label.asNode(), NodeFactory.createLiteralString("One")));
            g.add(Triple.create(org, RDFS.label.asNode(), NodeFactory.createLiteralString("Two")));
        });
    }

    @Test
    void startAfterEnd() {
        bothReject("start after end", "is after ponte:endDate", g -> {
            Node p = first(g, RDF.type.asNode(), PROJECT);
            g.remove(p, START, Node.ANY);
            g.remove(p, END, Node.ANY);
            g.add(Triple.create(p, START, NodeFactory.createLiteralDT("2020", org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(XSD + "gYear"))));
            g.add(Triple.create(p, END, NodeFactory.createLiteralDT("2019", org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(XSD + "gYear"))));
        });
    }

    @Test
    void ownParent() {
        bothReject("own parent", "is a sub-organisation of itself", g -> {
            Node org = first(g, RDF.type.asNode(), ORGANISATION);
            g.add(Triple.create(org, SUB, org));
        });
    }

    @Test
    void evidenceForAFactThatIsGone() {
        bothReject("fact gone", "is not asserted in this graph", g -> {
            Node st = first(g, RDF.type.asNode(), RDF.Statement.asNode());
            Node s = g.find(st, RDF.subject.asNode(), Node.ANY).next().getObject();
            Node p = g.find(st, RDF.predicate.asNode(), Node.ANY).next().getObject();
            Node o = g.find(st, RDF.object.asNode(), Node.ANY).next().getObject();
            g.delete(Triple.create(s, p, o));
        });
    }

    @Test
    void quoteLongerThanItsOffsets() {
        bothReject("quote and offsets disagree", "oa:exact has", g -> {
            Triple t = g.find(Node.ANY, EXACT, Node.ANY).next();
            g.delete(t);
            g.add(Triple.create(t.getSubject(), EXACT, NodeFactory.createLiteralString(t.getObject().getLiteralLexicalForm() + "x")));
        });
    }

    @Test
    void noProvenance() {
        bothReject("no provenance", "has no provenance in its graph", g -> {
            List<Triple> stamps = g.find(Node.ANY, GENERATED_AT, Node.ANY).toList();
            assertFalse(stamps.isEmpty());
            stamps.forEach(g::delete);
        });
    }
}
