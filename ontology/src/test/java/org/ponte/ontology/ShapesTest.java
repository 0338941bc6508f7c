package org.ponte.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.path.PathFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ponte.core.Vocab;

/**
 * Runs shapes.ttl, as packaged on the classpath, over one realistic document graph
 * (fixtures/valid-document.ttl), which must conform, and over variants of it with one defect
 * each, which must fail with a result on the expected focus node and path.
 */
class ShapesTest {
    static final String SHAPES_RESOURCE = "ontology/shapes.ttl";
    static final String VALID_FIXTURE = "fixtures/valid-document.ttl";
    static final String ID = "https://w3id.org/ponte/id/";
    static final String P = Vocab.PONTE_NS;
    static final String OA = Vocab.OA_NS;
    static final String SH = "http://www.w3.org/ns/shacl#";

    static Graph shapesGraph;
    static Shapes shapes;
    static String validText;

    @BeforeAll
    static void load() throws IOException {
        shapesGraph = RDFParser.create().source(resource(SHAPES_RESOURCE)).lang(Lang.TURTLE)
                .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).toGraph();
        shapes = Shapes.parse(shapesGraph);
        try (InputStream in = resource(VALID_FIXTURE)) {
            validText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static InputStream resource(String name) {
        InputStream in = ShapesTest.class.getClassLoader().getResourceAsStream(name);
        assertNotNull(in, name + " is not on the classpath");
        return in;
    }

    /** Parses a document graph strictly (a warning fails), as the emitter's output must parse. */
    static Graph parse(String turtle) {
        return RDFParser.create().fromString(turtle).lang(Lang.TURTLE)
                .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).toGraph();
    }

    static ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }

    static String show(ValidationReport report) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, report.getModel(), Lang.TURTLE);
        return w.toString();
    }

    /** The fixture with each {@code from} replaced by {@code to}; every {@code from} must occur. */
    static String mutate(String... fromTo) {
        String text = validText;
        for (int i = 0; i < fromTo.length; i += 2) {
            assertTrue(text.contains(fromTo[i]), "fixture lacks: " + fromTo[i]);
            text = text.replace(fromTo[i], fromTo[i + 1]);
        }
        return text;
    }

    static Node iri(String uri) { return NodeFactory.createURI(uri); }

    // ---- the shapes themselves ----

    @Test
    void shapesParseAsShacl() {
        assertTrue(shapes.numShapes() >= 30, "shapes parsed: " + shapes.numShapes());
        assertTrue(shapes.numRootShapes() >= 20, "targeted shapes: " + shapes.numRootShapes());
    }

    @Test
    void everyShapeIsNamedAndEveryConstraintExplainsItself() {
        Model m = ModelFactory.createModelForGraph(shapesGraph);
        List<String> problems = new ArrayList<>();
        Set<Resource> shapeNodes = new java.util.HashSet<>();
        shapeNodes.addAll(m.listSubjectsWithProperty(RDF.type, m.createResource(SH + "NodeShape")).toList());
        shapeNodes.addAll(m.listSubjectsWithProperty(RDF.type, m.createResource(SH + "PropertyShape")).toList());
        m.listObjectsOfProperty(m.createProperty(SH + "property")).forEachRemaining(o -> shapeNodes.add(o.asResource()));
        for (Resource s : shapeNodes)
            if (!s.hasProperty(m.createProperty(SH + "name"))) problems.add("no sh:name: " + s);
        // Property shapes used for reporting (not as branches of sh:or) carry a message.
        m.listObjectsOfProperty(m.createProperty(SH + "property")).forEachRemaining(o -> {
            Resource ps = o.asResource();
            boolean inOrBranch = m.listSubjectsWithProperty(m.createProperty(SH + "property"), ps).toList().stream()
                    .anyMatch(owner -> owner.getURI() != null
                            && (owner.getURI().endsWith("DescribingAnnotationShape") || owner.getURI().endsWith("IdentifyingAnnotationShape")));
            if (!inOrBranch && !ps.hasProperty(m.createProperty(SH + "message"))) problems.add("no sh:message: " + ps);
        });
        m.listObjectsOfProperty(m.createProperty(SH + "sparql")).forEachRemaining(o -> {
            if (!o.asResource().hasProperty(m.createProperty(SH + "message"))) problems.add("SPARQL constraint without sh:message");
        });
        for (String nodeLevel : List.of("class", "nodeKind", "pattern", "or")) {
            m.listSubjectsWithProperty(m.createProperty(SH + nodeLevel)).forEachRemaining(s -> {
                boolean targeted = s.listProperties().toList().stream().anyMatch(st -> st.getPredicate().getURI().startsWith(SH + "target"));
                if (targeted && !s.hasProperty(m.createProperty(SH + "message"))) problems.add("node-level sh:" + nodeLevel + " without sh:message: " + s);
            });
        }
        m.listObjectsOfProperty(m.createProperty(SH + "severity")).forEachRemaining(sev ->
                problems.add("a severity other than the default sh:Violation: " + sev));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyPonteTermTheShapesUseIsDeclaredInTheOntology() throws IOException {
        Model ont = OntologyTest.loadFromClasspath(OntologyTest.ONTOLOGY_RESOURCE);
        Set<String> unknown = new TreeSet<>();
        shapesGraph.find().forEachRemaining(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI() && n.getURI().startsWith(P) && !ont.contains(ont.createResource(n.getURI()), RDF.type))
                    unknown.add(n.getURI());
            }
        });
        assertEquals(Set.of(), unknown, "ponte terms in shapes.ttl that ponte.ttl does not declare");
    }

    @Test
    void classificationListsEqualTheOntologySchemes() throws IOException {
        Model ont = OntologyTest.loadFromClasspath(OntologyTest.ONTOLOGY_RESOURCE);
        Model m = ModelFactory.createModelForGraph(shapesGraph);
        List<String[]> pairs = List.of(
                new String[] {"theme", "ThemeScheme"}, new String[] {"targetGroup", "TargetGroupScheme"},
                new String[] {"status", "StatusScheme"}, new String[] {"organisationType", "OrganisationTypeScheme"});
        for (String[] pair : pairs) {
            Set<String> fromOntology = ont.listSubjectsWithProperty(SKOS.inScheme, ont.createResource(P + pair[1]))
                    .toList().stream().map(Resource::getURI).collect(Collectors.toCollection(TreeSet::new));
            Resource ps = m.listSubjectsWithProperty(m.createProperty(SH + "path"), m.createResource(P + pair[0]))
                    .toList().stream().filter(s -> s.hasProperty(m.createProperty(SH + "in"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no sh:in for ponte:" + pair[0]));
            Set<String> fromShapes = ps.getPropertyResourceValue(m.createProperty(SH + "in")).as(RDFList.class)
                    .asJavaList().stream().map(n -> n.asResource().getURI()).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(fromOntology, fromShapes, "sh:in of ponte:" + pair[0] + " vs ponte:" + pair[1]);
        }
    }

    // ---- the valid document ----

    @Test
    void realisticDocumentGraphConforms() {
        ValidationReport report = validate(parse(validText));
        assertTrue(report.conforms(), () -> "valid fixture does not conform:\n" + show(report));
    }

    @Test
    void theFixtureExercisesEveryMajorShape() {
        // A conforming fixture proves little if the shapes never fire on it: each of these must
        // have focus nodes in it.
        Graph g = parse(validText);
        Model m = ModelFactory.createModelForGraph(g);
        for (String cls : List.of(P + "Project", P + "Organisation", P + "FundingProgramme", P + "Partnership",
                P + "Person", P + "Place", P + "Event", P + "SourceDocument", OA + "Annotation",
                OA + "SpecificResource", OA + "TextPositionSelector", OA + "TextQuoteSelector",
                Vocab.RDF_NS + "Statement", Vocab.SCHEMA_NS + "MonetaryAmount", Vocab.PROV_NS + "Activity"))
            assertTrue(m.contains(null, RDF.type, m.createResource(cls)), "fixture has a " + cls);
        for (String prop : List.of("fundedBy", "fundingProgramme", "coordinatedBy", "partner", "contactPoint",
                "location", "subOrganizationOf", "startDate", "endDate", "budget", "acronym", "theme", "targetGroup",
                "status", "organisationType", "managedBy", "event", "agreementDate", "aim", "deliverable", "phone"))
            assertTrue(m.contains(null, m.createProperty(P + prop), (RDFNode) null), "fixture uses ponte:" + prop);
        Set<String> datatypes = new TreeSet<>();
        m.listObjectsOfProperty(m.createProperty(P + "startDate")).forEachRemaining(o -> datatypes.add(o.asLiteral().getDatatypeURI()));
        m.listObjectsOfProperty(m.createProperty(P + "endDate")).forEachRemaining(o -> datatypes.add(o.asLiteral().getDatatypeURI()));
        assertEquals(3, datatypes.size(), "dates of mixed precision: " + datatypes);
    }

    @Test
    void offsetsCountCodePointsNotUtf16Units() {
        // 16 BMP characters and one emoji: 17 code points, 18 UTF-16 units; end - start is 17.
        String quote = "Federica Ruggier\uD83D\uDE00";
        assertEquals(17, quote.codePointCount(0, quote.length()));
        ValidationReport ok = validate(parse(mutate("oa:exact \"Federica Ruggiero\"", "oa:exact \"" + quote + "\"")));
        assertTrue(ok.conforms(), () -> show(ok));
        // The same span quoted with one code point too many is caught.
        ValidationReport bad = validate(parse(mutate("oa:exact \"Federica Ruggiero\"", "oa:exact \"" + quote + "!\"")));
        assertFalse(bad.conforms());
        assertHasResult(bad, null, OA + "hasSelector", "SPARQLConstraintComponent");
    }

    // ---- an ill-formed literal ----

    @Test
    void jenaReportsAnImpossibleDateAsIllFormedAndShaclRejectsIt() {
        Node bad = NodeFactory.createLiteralDT("2014-09-31", XSDDatatype.XSDdate);
        assertFalse(bad.getLiteral().isWellFormed(), "2014-09-31 is not an xsd:date");
        assertFalse(XSDDatatype.XSDdate.isValid("2014-09-31"));

        String text = mutate("ponte:endDate \"2014-09\"^^xsd:gYearMonth", "ponte:endDate \"2014-09-31\"^^xsd:date");
        List<String> warnings = new ArrayList<>();
        ErrorHandler recorder = new ErrorHandler() {
            @Override public void warning(String message, long line, long col) { warnings.add(message); }
            @Override public void error(String message, long line, long col) { fail("parse error: " + message); }
            @Override public void fatal(String message, long line, long col) { fail("fatal: " + message); }
        };
        Graph g = RDFParser.create().fromString(text).lang(Lang.TURTLE).errorHandler(recorder).toGraph();
        assertTrue(warnings.stream().anyMatch(w -> w.contains("2014-09-31")), "parser warnings: " + warnings);

        ValidationReport report = validate(g);
        assertFalse(report.conforms());
        assertHasResult(report, ID + "project/mistra", P + "endDate", "OrConstraintComponent");
    }

    // ---- one defect each ----

    record Defect(String name, String[] fromTo, String focus, String path, String component) {
        @Override public String toString() { return name; }
    }

    static Defect defect(String name, String focus, String path, String component, String... fromTo) {
        return new Defect(name, fromTo, focus, path, component);
    }

    static Stream<Defect> defects() {
        String mistra = ID + "project/mistra";
        String llp = ID + "programme/lifelong-learning-programme";
        String doc = ID + "document/002-34d5001a9e66cf88-txt";
        return Stream.of(
                defect("date typed xsd:string", mistra, P + "startDate", "OrConstraintComponent",
                        "ponte:startDate \"2012-10-01\"^^xsd:date", "ponte:startDate \"2012-10-01\""),
                defect("two start dates", mistra, P + "startDate", "MaxCountConstraintComponent",
                        "ponte:startDate \"2012-10-01\"^^xsd:date", "ponte:startDate \"2012-10-01\"^^xsd:date , \"2012\"^^xsd:gYear"),
                defect("start date after end date", llp, P + "startDate", "SPARQLConstraintComponent",
                        "ponte:startDate \"2007\"^^xsd:gYear", "ponte:startDate \"2014\"^^xsd:gYear"),
                defect("start date after end date in the same year", mistra, P + "startDate", "SPARQLConstraintComponent",
                        "ponte:startDate \"2012-10-01\"^^xsd:date", "ponte:startDate \"2014-10-01\"^^xsd:date"),
                defect("budget with currency euro", mistra, P + "budget", "NodeConstraintComponent",
                        "schema:currency \"EUR\"", "schema:currency \"euro\""),
                defect("budget currency reported on the amount", null, Vocab.SCHEMA_NS + "currency", "PatternConstraintComponent",
                        "schema:currency \"EUR\"", "schema:currency \"euro\""),
                defect("budget value an integer", null, Vocab.SCHEMA_NS + "value", "DatatypeConstraintComponent",
                        "\"399740\"^^xsd:decimal", "399740"),
                defect("budget not typed MonetaryAmount", mistra, P + "budget", "NodeConstraintComponent",
                        "_:budget a schema:MonetaryAmount ;", "_:budget"),
                defect("fundedBy pointing at a project", mistra, P + "fundedBy", "ClassConstraintComponent",
                        "ponte:fundedBy <organisation/european-commission>", "ponte:fundedBy <project/mistra-final-conference>, <project/mistra>"),
                defect("fundingProgramme pointing at an organisation", mistra, P + "fundingProgramme", "ClassConstraintComponent",
                        "ponte:fundingProgramme <programme/lifelong-learning-programme>", "ponte:fundingProgramme <organisation/european-commission>"),
                defect("fundedBy on an organisation", ID + "organisation/dg-education-and-culture", null, "ClassConstraintComponent",
                        "ponte:subOrganizationOf <organisation/european-commission> .",
                        "ponte:subOrganizationOf <organisation/european-commission> ; ponte:fundedBy <organisation/european-commission> ."),
                defect("contact point not a person", mistra, P + "contactPoint", "ClassConstraintComponent",
                        "ponte:contactPoint <person/federica-ruggiero>", "ponte:contactPoint <person/federica-ruggiero> , <place/italy>"),
                defect("location not a place", mistra, P + "location", "ClassConstraintComponent",
                        "ponte:location <place/italy> ;\n    ponte:theme", "ponte:location <organisation/european-commission> ;\n    ponte:theme"),
                defect("sub-organisation of itself", ID + "organisation/dg-education-and-culture", P + "subOrganizationOf", "SPARQLConstraintComponent",
                        "ponte:subOrganizationOf <organisation/european-commission> .",
                        "ponte:subOrganizationOf <organisation/european-commission> , <organisation/dg-education-and-culture> ."),
                defect("partnership with one partner", ID + "partnership/mistra-c0ffee1234", P + "partner", "MinCountConstraintComponent",
                        "ponte:partner <organisation/ciofs-formazione-professionale> , <organisation/european-commission> ;",
                        "ponte:partner <organisation/ciofs-formazione-professionale> ;"),
                defect("partner on a place", ID + "place/italy", null, "OrConstraintComponent",
                        "rdfs:label \"Italy\"@en , \"Italia\"@it .",
                        "rdfs:label \"Italy\"@en , \"Italia\"@it ; ponte:partner <organisation/european-commission> ."),
                defect("entity without rdfs:label", ID + "place/italy", Vocab.RDFS_NS + "label", "MinCountConstraintComponent",
                        "<place/italy> a ponte:Place , schema:Place ;\n    rdfs:label \"Italy\"@en , \"Italia\"@it .",
                        "<place/italy> a ponte:Place , schema:Place ."),
                defect("two rdfs:label @en", ID + "organisation/european-commission", Vocab.RDFS_NS + "label", "UniqueLangConstraintComponent",
                        "rdfs:label \"European Commission\"@en ,", "rdfs:label \"European Commission\"@en , \"EC\"@en ,"),
                defect("two untagged rdfs:label", ID + "person/federica-ruggiero", Vocab.RDFS_NS + "label", "SPARQLConstraintComponent",
                        "rdfs:label \"Federica Ruggiero\" ;", "rdfs:label \"Federica Ruggiero\" , \"F. Ruggiero\" ;"),
                defect("label with trailing space", ID + "place/italy", Vocab.RDFS_NS + "label", "PatternConstraintComponent",
                        "\"Italy\"@en", "\"Italy \"@en"),
                defect("empty altLabel", ID + "organisation/european-commission", Vocab.SKOS_NS + "altLabel", "PatternConstraintComponent",
                        "skos:altLabel \"EC\"", "skos:altLabel \"\""),
                defect("label that is an IRI", ID + "place/italy", Vocab.RDFS_NS + "label", "OrConstraintComponent",
                        "\"Italia\"@it", "<https://it.wikipedia.org/wiki/Italia>"),
                defect("non-ASCII data IRI", ID + "place/bruxelles-citt\u00e0", null, "PatternConstraintComponent",
                        "<place/brussels>", "<place/bruxelles-citt\u00e0>"),
                defect("entity as a blank node", null, null, "NodeKindConstraintComponent",
                        "<person/federica-ruggiero>", "_:federica"),
                defect("theme outside the scheme", mistra, P + "theme", "InConstraintComponent",
                        "ponte:theme-public-services", "ponte:theme-jobs"),
                defect("two statuses", mistra, P + "status", "MaxCountConstraintComponent",
                        "ponte:status ponte:status-ongoing", "ponte:status ponte:status-ongoing , ponte:status-completed"),
                defect("annotation with oa:start = oa:end", null, OA + "start", "LessThanConstraintComponent",
                        "oa:start \"4448\"^^xsd:nonNegativeInteger", "oa:start \"4465\"^^xsd:nonNegativeInteger"),
                defect("annotation with oa:start > oa:end", null, OA + "start", "LessThanConstraintComponent",
                        "oa:start \"4448\"^^xsd:nonNegativeInteger", "oa:start \"4470\"^^xsd:nonNegativeInteger"),
                defect("negative offset", null, OA + "start", "MinInclusiveConstraintComponent",
                        "oa:start \"4448\"^^xsd:nonNegativeInteger", "oa:start -1"),
                defect("empty quote", null, OA + "exact", "MinLengthConstraintComponent",
                        "oa:exact \"Federica Ruggiero\"", "oa:exact \"\""),
                defect("quote not the span", null, OA + "hasSelector", "SPARQLConstraintComponent",
                        "oa:exact \"Federica Ruggiero\"", "oa:exact \"Federica\""),
                defect("no quote selector", null, OA + "hasSelector", "QualifiedMinCountConstraintComponent",
                        "a oa:TextQuoteSelector ;", ""),
                defect("confidence above 1", ID + "annotation/3f2a9c1d7e", P + "confidence", "MaxInclusiveConstraintComponent",
                        "\"0.9\"^^xsd:decimal", "\"1.5\"^^xsd:decimal"),
                defect("confidence a double", ID + "annotation/3f2a9c1d7e", P + "confidence", "DatatypeConstraintComponent",
                        "\"0.9\"^^xsd:decimal", "\"0.9\"^^xsd:double"),
                defect("two bodies", ID + "annotation/3f2a9c1d7e", OA + "hasBody", "MaxCountConstraintComponent",
                        "oa:motivatedBy oa:describing ;", "oa:motivatedBy oa:describing ; oa:hasBody <place/italy> ;"),
                defect("no extractor version", ID + "annotation/3f2a9c1d7e", P + "extractorVersion", "MinCountConstraintComponent",
                        "ponte:extractorVersion \"ponte-mapper 0.1.0\" .", "."),
                defect("describing annotation without a statement body", ID + "annotation/3f2a9c1d7e", null, "OrConstraintComponent",
                        "a rdf:Statement ;", ""),
                defect("annotated fact not asserted", null, null, "SPARQLConstraintComponent",
                        "rdf:predicate ponte:contactPoint ;", "rdf:predicate ponte:coordinatedBy ;"),
                defect("source not a SourceDocument", null, OA + "hasSource", "ClassConstraintComponent",
                        "oa:hasSource <document/002-34d5001a9e66cf88-txt>", "oa:hasSource <https://example.org/page>"),
                defect("sha256 in upper case", doc, P + "sha256", "PatternConstraintComponent",
                        "\"4446836cb4802411266f6915af104f653c69261d87b6beea4f133e9d3cce98f1\"",
                        "\"4446836CB4802411266F6915AF104F653C69261D87B6BEEA4F133E9D3CCE98F1\""),
                defect("no byte size", doc, P + "byteSize", "MinCountConstraintComponent",
                        "ponte:byteSize \"4562\"^^xsd:nonNegativeInteger ;", ""),
                defect("file name with a directory", doc, P + "fileName", "PatternConstraintComponent",
                        "\"002_34d5001a9e66cf88.txt\"", "\"data/documents/002_34d5001a9e66cf88.txt\""),
                defect("no provenance", doc, null, "SPARQLConstraintComponent",
                        "prov:generatedAtTime \"2026-11-23T10:15:00Z\"^^xsd:dateTime ;\n    prov:wasGeneratedBy <run/20261123T101500Z> .", "."),
                defect("generation time without a time", doc, Vocab.PROV_NS + "generatedAtTime", "DatatypeConstraintComponent",
                        "\"2026-11-23T10:15:00Z\"^^xsd:dateTime", "\"2026-11-23\"^^xsd:date"),
                defect("run not typed as an activity", doc, Vocab.PROV_NS + "wasGeneratedBy", "ClassConstraintComponent",
                        "<run/20261123T101500Z> a prov:Activity ;", "<run/20261123T101500Z>"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("defects")
    void defectIsReportedOnItsPath(Defect d) {
        String text = mutate(d.fromTo());
        assertFalse(text.equals(validText));
        ValidationReport report = validate(parse(text));
        assertFalse(report.conforms(), d.name() + " passed validation");
        assertHasResult(report, d.focus(), d.path(), d.component());
    }

    /**
     * Asserts a result with the given focus (any when null), the given path (a node-level result
     * when null) and constraint component local name, carrying a message.
     */
    static void assertHasResult(ValidationReport report, String focus, String path, String component) {
        List<ReportEntry> matching = report.getEntries().stream()
                .filter(e -> focus == null || e.focusNode().equals(iri(focus)))
                .filter(e -> path == null ? e.resultPath() == null
                        : e.resultPath() != null && e.resultPath().equals(PathFactory.pathLink(iri(path))))
                .filter(e -> e.constraint().getComponent().getURI().equals(SH + component))
                .toList();
        assertFalse(matching.isEmpty(), () -> "no " + component + " result on focus " + focus + ", path " + path
                + " in:\n" + show(report));
        for (ReportEntry e : matching) {
            assertEquals(iri(SH + "Violation"), e.severity().level(), "severity");
            assertTrue(e.message() != null && !e.message().isBlank(), "message");
        }
    }

    @Test
    void everyResultOfAMutationHasAnEnglishMessageFromTheShapes() {
        // Messages must come from sh:message (curators read them), not Jena's defaults; spot-check
        // one result of each kind.
        ValidationReport r = validate(parse(mutate("schema:currency \"EUR\"", "schema:currency \"euro\"")));
        Set<String> messages = r.getEntries().stream().map(ReportEntry::message).collect(Collectors.toSet());
        assertTrue(messages.stream().anyMatch(m -> m.contains("ISO 4217")), messages.toString());
        ValidationReport d = validate(parse(mutate("ponte:startDate \"2007\"^^xsd:gYear", "ponte:startDate \"2014\"^^xsd:gYear")));
        assertTrue(d.getEntries().stream().map(ReportEntry::message).anyMatch(m -> m.contains("2014") && m.contains("2013-12-31")),
                () -> show(d));
    }

    @Test
    void comparablePrecisionDatesInTheSameYearOrMonthPass() {
        // 2014-09 against 2014-09-30 compares 2014-09 with 2014-09: equal, so no violation;
        // neither does a year against a date in it.
        ValidationReport r1 = validate(parse(mutate(
                "ponte:startDate \"2012-10-01\"^^xsd:date", "ponte:startDate \"2014-09-30\"^^xsd:date")));
        assertTrue(r1.conforms(), () -> show(r1));
        ValidationReport r2 = validate(parse(mutate(
                "ponte:startDate \"2007\"^^xsd:gYear", "ponte:startDate \"2013\"^^xsd:gYear")));
        assertTrue(r2.conforms(), () -> show(r2));
    }

    @Test
    void identifyingAnnotationWithAnEntityBodyPasses() {
        String text = mutate(
                "oa:motivatedBy oa:describing ;", "oa:motivatedBy oa:identifying ;",
                "oa:hasBody [\n        a rdf:Statement ;\n        rdf:subject <project/mistra> ;\n"
                        + "        rdf:predicate ponte:contactPoint ;\n        rdf:object <person/federica-ruggiero>\n    ] ;",
                "oa:hasBody <person/federica-ruggiero> ;");
        ValidationReport r = validate(parse(text));
        assertTrue(r.conforms(), () -> show(r));
    }

    @Test
    void provenanceOnANodeDerivedFromTheDocumentPasses() {
        String text = mutate(
                "    prov:generatedAtTime \"2026-11-23T10:15:00Z\"^^xsd:dateTime ;\n    prov:wasGeneratedBy <run/20261123T101500Z> .",
                "    .\n<document/002-34d5001a9e66cf88-txt#graph> prov:wasDerivedFrom <document/002-34d5001a9e66cf88-txt> ;\n"
                        + "    prov:generatedAtTime \"2026-11-23T10:15:00Z\"^^xsd:dateTime ;\n    prov:wasGeneratedBy <run/20261123T101500Z> .");
        ValidationReport r = validate(parse(text));
        assertTrue(r.conforms(), () -> show(r));
    }
}
