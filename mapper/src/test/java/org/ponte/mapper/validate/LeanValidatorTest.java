package org.ponte.mapper.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
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
import org.ponte.mapper.CorpusMapper;
import org.ponte.mapper.MappedDocument;
import org.ponte.mapper.TestHome;

/**
 * The fast gate ({@link LeanValidator}) and Jena's SHACL engine agree on real mapped graphs
 * broken in every way the shapes forbid: each core constraint of the annotation, statement,
 * selector, entity, date, budget, relation and provenance shapes is broken once (both reject,
 * and the fast gate names the shape's message), and a few hundred seeded random mutations
 * (triples deleted, added, re-pointed, literals re-typed, padded, emptied or made ill-formed)
 * get the same verdict from both.
 */
class LeanValidatorTest {
    private static final String PONTE = Vocab.PONTE_NS;
    private static final String OA = "http://www.w3.org/ns/oa#";
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String SCHEMA = "https://schema.org/";
    private static final Node TYPE = RDF.type.asNode();

    static {
        // Ill-formed literals are the point here; Jena's value parser would log each one.
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.sparql.expr.NodeValue", "error");
    }

    private static ShaclGate complete, fast;
    /** Mapped graphs of the corpus documents and of the development set. */
    private static final List<Graph> mapped = new ArrayList<>();

    @BeforeAll
    static void setUp() {
        Graph shapes = RDFParser.source(TestHome.home().resolve("ontology/shapes.ttl")).toGraph();
        complete = ShaclGate.complete(shapes);
        fast = ShaclGate.fast(shapes);
        Instant at = Instant.parse("2024-01-01T00:00:00Z");
        for (String dir : List.of("data/documents", "data/eval/dev")) {
            for (Path f : CorpusMapper.documents(TestHome.home().resolve(dir))) {
                MappedDocument d = TestHome.mapper().map(f, at, Problems.ignore());
                if (!d.ok()) continue;
                Graph g = GraphFactory.createDefaultGraph();
                for (Quad q : d.quads()) g.add(q.asTriple());
                mapped.add(g);
            }
        }
        assertTrue(mapped.size() >= 20, "mapped " + mapped.size() + " documents");
    }

    private static Node ponte(String local) {
        return NodeFactory.createURI(PONTE + local);
    }

    private static Node oa(String local) {
        return NodeFactory.createURI(OA + local);
    }

    private static Node lit(String lex, XSDDatatype dt) {
        return NodeFactory.createLiteralDT(lex, dt);
    }

    private static Graph copy(Graph from) {
        Graph g = GraphFactory.createDefaultGraph();
        from.find().forEachRemaining(g::add);
        return g;
    }

    /** A copy of the first mapped graph that has a triple with this predicate. */
    private static Graph having(Node predicate) {
        for (Graph g : mapped) if (g.contains(Node.ANY, predicate, Node.ANY)) return copy(g);
        throw new AssertionError("no mapped graph has " + predicate);
    }

    private static Triple first(Graph g, Node p) {
        return g.find(Node.ANY, p, Node.ANY).next();
    }

    private static Triple first(Graph g, Node p, Predicate<Triple> which) {
        return g.find(Node.ANY, p, Node.ANY).filterKeep(which).next();
    }

    private static Node instance(Graph g, Node type) {
        return g.find(Node.ANY, TYPE, type).next().getSubject();
    }

    private static void replaceObject(Graph g, Triple t, Node o) {
        g.delete(t);
        g.add(Triple.create(t.getSubject(), t.getPredicate(), o));
    }

    /** Breaks a copy of a graph with {@code predicate}; both gates must reject it and the fast one name {@code message}. */
    private static void bothReject(Node predicate, String message, Consumer<Graph> breakIt) {
        Graph g = having(predicate);
        assertTrue(fast.validate(g).conforms(), "the unbroken graph fails: " + fast.validate(g).violations());
        breakIt.accept(g);
        assertFalse(complete.validate(g).conforms(), message + ": the SHACL engine accepts it");
        ShaclGate.Verdict v = fast.validate(g);
        assertFalse(v.conforms(), message + ": the fast gate accepts it");
        assertTrue(v.violations().stream().anyMatch(l -> l.contains(message)), message + ": not named in " + v.violations());
    }

    @Test
    void bothAcceptMappedGraphs() {
        for (int i = 0; i < mapped.size(); i++) {
            Graph g = mapped.get(i);
            assertTrue(fast.validate(g).conforms(), fast.validate(g).violations().toString());
            if (i % 4 == 0) assertTrue(complete.validate(g).conforms(), complete.validate(g).violations().toString());
        }
    }

    /** SHACL instances include instances of subclasses (rdfs:subClassOf in the data graph), for targets and sh:class alike. */
    @Test
    void instancesOfSubclassesCount() {
        for (String type : List.of(PONTE + "Organisation", OA + "SpecificResource", OA + "TextPositionSelector", PONTE + "SourceDocument")) {
            Graph g = copy(mapped.get(0));
            Node t = NodeFactory.createURI(type), sub = NodeFactory.createURI("https://example.org/classes/Sub" + t.getLocalName());
            for (Triple x : g.find(Node.ANY, TYPE, t).toList()) {
                g.delete(x);
                g.add(Triple.create(x.getSubject(), TYPE, sub));
            }
            g.add(Triple.create(sub, RDFS.subClassOf.asNode(), t));
            assertEquals(complete.validate(g).conforms(), fast.validate(g).conforms(), type + ": " + fast.validate(g).violations());
        }
    }

    @Test
    void usesTheNativeTwinOfEverySparqlConstraint() {
        Graph shapes = RDFParser.source(TestHome.home().resolve("ontology/shapes.ttl")).toGraph();
        int sparql = shapes.find(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/shacl#sparql"), Node.ANY).toList().size();
        assertEquals(sparql, new LeanValidator(org.apache.jena.shacl.Shapes.parse(shapes)).twins());
    }

    // ------------------------------------------------------------------ annotations

    @Test
    void twoMotivations() {
        bothReject(oa("motivatedBy"), "exactly one oa:motivatedBy",
                g -> { Triple t = first(g, oa("motivatedBy")); g.add(Triple.create(t.getSubject(), t.getPredicate(), oa("identifying")));
                    g.add(Triple.create(t.getSubject(), t.getPredicate(), oa("describing"))); });
    }

    @Test
    void unknownMotivation() {
        bothReject(oa("motivatedBy"), "exactly one oa:motivatedBy", g -> replaceObject(g, first(g, oa("motivatedBy")), oa("commenting")));
    }

    @Test
    void annotationWithoutBody() {
        bothReject(oa("hasBody"), "exactly one oa:hasBody", g -> g.delete(first(g, oa("hasBody"))));
    }

    @Test
    void targetNotASpecificResource() {
        bothReject(oa("hasTarget"), "an oa:SpecificResource in the same graph",
                g -> replaceObject(g, first(g, oa("hasTarget")), NodeFactory.createURI("https://example.org/elsewhere")));
    }

    @Test
    void confidenceAboveOne() {
        bothReject(ponte("confidence"), "ponte:confidence, an xsd:decimal from 0 to 1",
                g -> replaceObject(g, first(g, ponte("confidence")), lit("1.5", XSDDatatype.XSDdecimal)));
    }

    @Test
    void confidenceAsString() {
        bothReject(ponte("confidence"), "ponte:confidence, an xsd:decimal from 0 to 1",
                g -> replaceObject(g, first(g, ponte("confidence")), NodeFactory.createLiteralString("0.9")));
    }

    @Test
    void emptyExtractorVersion() {
        bothReject(ponte("extractorVersion"), "a non-empty xsd:string",
                g -> replaceObject(g, first(g, ponte("extractorVersion"), t -> g.contains(t.getSubject(), TYPE, oa("Annotation"))),
                        NodeFactory.createLiteralString("")));
    }

    @Test
    void describingAnnotationWithoutStatement() {
        bothReject(oa("motivatedBy"), "either is oa:describing", g -> {
            Triple t = first(g, oa("motivatedBy"), x -> x.getObject().equals(oa("describing")));
            Node body = g.find(t.getSubject(), oa("hasBody"), Node.ANY).next().getObject();
            g.delete(Triple.create(body, TYPE, RDF.Statement.asNode()));
        });
    }

    @Test
    void identifyingAnnotationWithALiteralBody() {
        bothReject(oa("motivatedBy"), "either is oa:describing", g -> {
            Triple t = first(g, oa("motivatedBy"), x -> x.getObject().equals(oa("identifying")));
            replaceObject(g, g.find(t.getSubject(), oa("hasBody"), Node.ANY).next(), NodeFactory.createLiteralString("ISMU"));
        });
    }

    // ------------------------------------------------------------------ statements

    @Test
    void statementWithTwoSubjects() {
        bothReject(RDF.subject.asNode(), "exactly one rdf:subject", g -> {
            Triple t = first(g, RDF.subject.asNode());
            g.add(Triple.create(t.getSubject(), t.getPredicate(), NodeFactory.createURI("https://example.org/other")));
        });
    }

    @Test
    void statementWithoutPredicate() {
        bothReject(RDF.predicate.asNode(), "exactly one rdf:predicate", g -> g.delete(first(g, RDF.predicate.asNode())));
    }

    @Test
    void statementWithoutObject() {
        bothReject(RDF.object.asNode(), "exactly one rdf:object", g -> g.delete(first(g, RDF.object.asNode())));
    }

    // ------------------------------------------------------------------ targets and selectors

    @Test
    void targetWithoutSource() {
        bothReject(oa("hasSource"), "exactly one oa:hasSource", g -> g.delete(first(g, oa("hasSource"))));
    }

    @Test
    void sourceNotADocument() {
        bothReject(oa("hasSource"), "exactly one oa:hasSource",
                g -> replaceObject(g, first(g, oa("hasSource")), NodeFactory.createURI("https://example.org/some-page")));
    }

    @Test
    void twoPositionSelectors() {
        bothReject(oa("hasSelector"), "exactly one oa:TextPositionSelector", g -> {
            Node target = first(g, oa("hasSelector")).getSubject();
            Node extra = NodeFactory.createBlankNode();
            g.add(Triple.create(target, oa("hasSelector"), extra));
            g.add(Triple.create(extra, TYPE, oa("TextPositionSelector")));
            g.add(Triple.create(extra, oa("start"), lit("0", XSDDatatype.XSDinteger)));
            g.add(Triple.create(extra, oa("end"), lit("1", XSDDatatype.XSDinteger)));
        });
    }

    @Test
    void noQuoteSelector() {
        bothReject(oa("hasSelector"), "exactly one oa:TextQuoteSelector",
                g -> g.delete(first(g, oa("hasSelector"), t -> g.contains(t.getObject(), TYPE, oa("TextQuoteSelector")))));
    }

    @Test
    void negativeStart() {
        bothReject(oa("start"), "oa:start: exactly one", g -> replaceObject(g, first(g, oa("start")), lit("-1", XSDDatatype.XSDinteger)));
    }

    @Test
    void startNotBeforeEnd() {
        bothReject(oa("start"), "less than oa:end", g -> {
            Triple s = first(g, oa("start"));
            replaceObject(g, s, g.find(s.getSubject(), oa("end"), Node.ANY).next().getObject());
        });
    }

    @Test
    void startAsString() {
        bothReject(oa("start"), "oa:start: exactly one", g -> {
            Triple s = first(g, oa("start"));
            replaceObject(g, s, NodeFactory.createLiteralString(s.getObject().getLiteralLexicalForm()));
        });
    }

    @Test
    void illFormedEnd() {
        bothReject(oa("end"), "oa:end: exactly one", g -> {
            Triple e = first(g, oa("end"));
            replaceObject(g, e, lit(e.getObject().getLiteralLexicalForm() + "x", XSDDatatype.XSDinteger));
        });
    }

    @Test
    void twoPrefixes() {
        bothReject(oa("prefix"), "oa:prefix: at most one", g -> {
            Triple t = first(g, oa("prefix"));
            g.add(Triple.create(t.getSubject(), t.getPredicate(), NodeFactory.createLiteralString("another prefix")));
        });
    }

    @Test
    void emptyQuote() {
        bothReject(oa("exact"), "oa:exact: exactly one non-empty string",
                g -> replaceObject(g, first(g, oa("exact")), NodeFactory.createLiteralString("")));
    }

    // ------------------------------------------------------------------ entities

    @Test
    void iriWithASpace() {
        bothReject(RDFS.label.asNode(), "absolute http(s) IRI", g -> {
            Node bad = NodeFactory.createURI("https://w3id.org/ponte/id/organisation/two words");
            g.add(Triple.create(bad, TYPE, ponte("Organisation")));
            g.add(Triple.create(bad, RDFS.label.asNode(), NodeFactory.createLiteralLang("Two words", "en")));
        });
    }

    @Test
    void entityWithoutLabel() {
        bothReject(RDFS.label.asNode(), "must have at least one rdfs:label", g -> {
            Node org = instance(g, ponte("Organisation"));
            g.remove(org, RDFS.label.asNode(), Node.ANY);
        });
    }

    @Test
    void twoLabelsInOneLanguage() {
        bothReject(RDFS.label.asNode(), "At most one rdfs:label per language tag", g -> {
            Node org = instance(g, ponte("Organisation"));
            g.add(Triple.create(org, RDFS.label.asNode(), NodeFactory.createLiteralLang("First name", "en")));
            g.add(Triple.create(org, RDFS.label.asNode(), NodeFactory.createLiteralLang("Second name", "en")));
        });
    }

    @Test
    void labelWithTrailingSpace() {
        bothReject(RDFS.label.asNode(), "no leading or trailing whitespace", g -> {
            Triple t = first(g, RDFS.label.asNode(), x -> g.contains(x.getSubject(), TYPE, ponte("Organisation")));
            replaceObject(g, t, NodeFactory.createLiteralLang(t.getObject().getLiteralLexicalForm() + " ", "en"));
        });
    }

    @Test
    void labelAsNumber() {
        bothReject(RDFS.label.asNode(), "no leading or trailing whitespace", g -> {
            Triple t = first(g, RDFS.label.asNode(), x -> g.contains(x.getSubject(), TYPE, ponte("Organisation")));
            replaceObject(g, t, lit("42", XSDDatatype.XSDinteger));
        });
    }

    @Test
    void altLabelOnTwoLines() {
        bothReject(org.apache.jena.vocabulary.SKOS.altLabel.asNode(), "A skos:altLabel", g -> {
            Triple t = first(g, org.apache.jena.vocabulary.SKOS.altLabel.asNode());
            replaceObject(g, t, NodeFactory.createLiteralString("two\nlines"));
        });
    }

    // ------------------------------------------------------------------ dates, money, classification

    @Test
    void impossibleDate() {
        bothReject(ponte("startDate"), "ponte:startDate: at most one",
                g -> replaceObject(g, first(g, ponte("startDate")), lit("2014-09-31", XSDDatatype.XSDdate)));
    }

    @Test
    void twoStartDates() {
        bothReject(ponte("startDate"), "ponte:startDate: at most one", g -> {
            Triple t = first(g, ponte("startDate"));
            g.add(Triple.create(t.getSubject(), t.getPredicate(), lit("1999", XSDDatatype.XSDgYear)));
        });
    }

    @Test
    void negativeBudget() {
        bothReject(ponte("budget"), "an xsd:decimal that is not negative",
                g -> replaceObject(g, first(g, NodeFactory.createURI(SCHEMA + "value")), lit("-5", XSDDatatype.XSDdecimal)));
    }

    @Test
    void lowerCaseCurrency() {
        bothReject(ponte("budget"), "three-letter upper-case ISO 4217 code",
                g -> replaceObject(g, first(g, NodeFactory.createURI(SCHEMA + "currency")), NodeFactory.createLiteralString("eur")));
    }

    @Test
    void budgetThatIsNoAmount() {
        bothReject(ponte("budget"), "A budget must be typed schema:MonetaryAmount", g -> {
            Node amount = first(g, ponte("budget")).getObject();
            g.delete(Triple.create(amount, TYPE, NodeFactory.createURI(SCHEMA + "MonetaryAmount")));
        });
    }

    @Test
    void unknownStatus() {
        bothReject(ponte("startDate"), "ponte:status: at most one", g -> {
            Node p = instance(g, ponte("Project"));
            g.add(Triple.create(p, ponte("status"), ponte("status-abandoned")));
        });
    }

    @Test
    void unknownOrganisationType() {
        bothReject(ponte("organisationType"), "ponte:organisationType takes a concept",
                g -> replaceObject(g, first(g, ponte("organisationType")), ponte("orgtype-club")));
    }

    // ------------------------------------------------------------------ relations

    @Test
    void partnerThatIsAPlace() {
        bothReject(ponte("partner"), "ponte:partner points at a ponte:Organisation", g -> {
            Triple t = first(g, ponte("partner"));
            g.delete(Triple.create(t.getObject(), TYPE, ponte("Organisation")));
        });
    }

    @Test
    void funderOfSomethingThatIsNoProject() {
        bothReject(ponte("fundedBy"), "Only a ponte:Project has ponte:fundedBy", g -> {
            Triple t = first(g, ponte("fundedBy"));
            g.delete(Triple.create(t.getSubject(), TYPE, ponte("Project")));
        });
    }

    @Test
    void partnershipOfOne() {
        bothReject(ponte("partner"), "at least two ponte:partner", g -> {
            Node p = instance(g, ponte("Partnership"));
            List<Triple> partners = g.find(p, ponte("partner"), Node.ANY).toList();
            for (int i = 1; i < partners.size(); i++) g.delete(partners.get(i));
        });
    }

    // ------------------------------------------------------------------ source document and provenance

    @Test
    void upperCaseHash() {
        bothReject(ponte("sha256"), "64 lower-case hexadecimal digits", g -> {
            Triple t = first(g, ponte("sha256"));
            replaceObject(g, t, NodeFactory.createLiteralString(t.getObject().getLiteralLexicalForm().toUpperCase()));
        });
    }

    @Test
    void generationTimeAsString() {
        bothReject(NodeFactory.createURI(PROV + "generatedAtTime"), "exactly one prov:generatedAtTime, an xsd:dateTime",
                g -> replaceObject(g, first(g, NodeFactory.createURI(PROV + "generatedAtTime")), NodeFactory.createLiteralString("yesterday")));
    }

    @Test
    void runThatIsNoActivity() {
        bothReject(NodeFactory.createURI(PROV + "wasGeneratedBy"), "a run typed prov:Activity", g -> {
            Node run = first(g, NodeFactory.createURI(PROV + "wasGeneratedBy")).getObject();
            g.delete(Triple.create(run, TYPE, NodeFactory.createURI(PROV + "Activity")));
        });
    }

    // ------------------------------------------------------------------ random mutations

    /**
     * Seeded random damage to real graphs: each case applies one to three mutations and both
     * validators must give the same verdict. Both verdicts must occur, so the mutations do not
     * only produce graphs that any check would reject. The SHACL core is compared on many
     * cases (the engine takes a few milliseconds a graph without the SPARQL constraints); the
     * whole shapes, SPARQL constraints and their twins included, on fewer (the engine runs one
     * SPARQL query per focus node, about a tenth of a second a graph).
     */
    @Test
    void sameVerdictsOnRandomMutationsOfTheCore() {
        Graph shapes = RDFParser.source(TestHome.home().resolve("ontology/shapes.ttl")).toGraph();
        shapes.remove(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/shacl#sparql"), Node.ANY);
        sameVerdicts(ShaclGate.complete(shapes), ShaclGate.fast(shapes), 150, 20_241_123);
    }

    @Test
    void sameVerdictsOnRandomMutations() {
        sameVerdicts(complete, fast, 16, 20_241_124);
    }

    private static void sameVerdicts(ShaclGate engine, ShaclGate lean, int cases, long seed) {
        Random random = new Random(seed);
        int accepted = 0, rejected = 0;
        for (int i = 0; i < cases; i++) {
            Graph g = copy(mapped.get(i % mapped.size()));
            List<String> what = new ArrayList<>();
            int n = 1 + random.nextInt(3);
            for (int k = 0; k < n; k++) what.add(mutate(g, random));
            boolean expected = engine.validate(g).conforms();
            ShaclGate.Verdict v = lean.validate(g);
            assertEquals(expected, v.conforms(), "case " + i + " " + what + ": engine " + expected + ", fast gate " + v.violations());
            if (expected) accepted++;
            else rejected++;
        }
        assertTrue(accepted >= cases / 20 && rejected >= cases / 4, accepted + " accepted, " + rejected + " rejected");
    }

    private static final XSDDatatype[] TYPES = {XSDDatatype.XSDstring, XSDDatatype.XSDinteger, XSDDatatype.XSDdecimal,
            XSDDatatype.XSDdate, XSDDatatype.XSDgYear, XSDDatatype.XSDnonNegativeInteger, XSDDatatype.XSDdateTime, XSDDatatype.XSDanyURI};

    /** A literal of the same datatype or language as {@code l} with another lexical form (possibly ill-formed). */
    private static Node like(Node l, String lex) {
        if (!l.getLiteralLanguage().isEmpty()) return NodeFactory.createLiteralLang(lex, l.getLiteralLanguage());
        return NodeFactory.createLiteralDT(lex, l.getLiteralDatatype());
    }

    /** Applies one random mutation to {@code g} and says what it did. */
    private static String mutate(Graph g, Random random) {
        List<Triple> all = g.find().toList();
        Triple t = all.get(random.nextInt(all.size()));
        Triple other = all.get(random.nextInt(all.size()));
        switch (random.nextInt(9)) {
            case 0 -> {
                g.delete(t);
                return "deleted " + t;
            }
            case 1 -> {
                Triple added = Triple.create(t.getSubject(), t.getPredicate(), other.getObject());
                g.add(added);
                return "added " + added;
            }
            case 2 -> {
                replaceObject(g, t, other.getObject());
                return "re-pointed " + t + " to " + other.getObject();
            }
            case 3 -> {
                List<Triple> types = g.find(Node.ANY, TYPE, Node.ANY).toList();
                Triple typed = Triple.create(t.getSubject(), TYPE, types.get(random.nextInt(types.size())).getObject());
                g.add(typed);
                return "typed " + typed;
            }
            case 4 -> {
                // Retyped through a subclass: the same instances under SHACL's rdfs:subClassOf semantics.
                List<Triple> types = g.find(Node.ANY, TYPE, Node.ANY).toList();
                Triple typed = types.get(random.nextInt(types.size()));
                Node sub = NodeFactory.createURI("https://example.org/classes/C" + random.nextInt(1000));
                g.delete(typed);
                g.add(Triple.create(typed.getSubject(), TYPE, sub));
                g.add(Triple.create(sub, RDFS.subClassOf.asNode(), typed.getObject()));
                return "retyped " + typed + " as subclass " + sub;
            }
            default -> {
                Triple lit = null;
                for (int tries = 0; tries < 50 && lit == null; tries++) {
                    Triple c = all.get(random.nextInt(all.size()));
                    if (c.getObject().isLiteral()) lit = c;
                }
                if (lit == null) return "nothing";
                String lex = lit.getObject().getLiteralLexicalForm();
                Node o = switch (random.nextInt(7)) {
                    case 0 -> NodeFactory.createLiteralDT(lex, TYPES[random.nextInt(TYPES.length)]);
                    case 1 -> NodeFactory.createLiteralLang(lex, random.nextBoolean() ? "en" : "it");
                    case 2 -> like(lit.getObject(), " " + lex);
                    case 3 -> like(lit.getObject(), "");
                    case 4 -> like(lit.getObject(), lex + "x");
                    case 5 -> like(lit.getObject(), "-" + lex);
                    default -> NodeFactory.createURI("https://example.org/" + Math.abs(lex.hashCode()));
                };
                replaceObject(g, lit, o);
                return "literal " + lit + " now " + o;
            }
        }
    }
}
