package org.ponte.server.ld;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.ponte.core.PonteConfig;
import org.ponte.core.Problems;
import org.ponte.core.Slugs;
import org.ponte.core.Vocab;

/**
 * The Ponte ontology as published at {@code /ontology}: {@code ontology/ponte.ttl} (the file
 * under the configured ontology directory, else the copy on the classpath), parsed once at
 * start, and the SHACL shapes ({@code shapes.ttl}) for {@code /shapes}. Builds the model of the
 * HTML documentation page: classes, object and datatype properties with domain, range and
 * alignments, datatypes, and the SKOS schemes with their concepts, with English and Italian
 * labels; every term is an anchor named by its local name, so {@code /ontology#Organisation}
 * lands on it.
 */
final class OntologyDocument {
    private static final Node OWL2_NAMED_INDIVIDUAL = NodeFactory.createURI("http://www.w3.org/2002/07/owl#NamedIndividual");
    private static final Node SKOS_CONCEPT_SCHEME = NodeFactory.createURI(Vocab.SKOS_NS + "ConceptScheme");
    private static final Node SKOS_IN_SCHEME = NodeFactory.createURI(Vocab.SKOS_NS + "inScheme");
    private static final Node SKOS_DEFINITION = NodeFactory.createURI(Vocab.SKOS_NS + "definition");
    private static final Node DCT_DESCRIPTION = NodeFactory.createURI(Vocab.DCTERMS_NS + "description");
    private static final Set<Node> SHOWN_ELSEWHERE = Set.of(RDF.type.asNode(), RDFS.label.asNode(), Vocab.SKOS_PREF_LABEL,
            SKOS_DEFINITION, RDFS.comment.asNode(), RDFS.isDefinedBy.asNode(), SKOS_IN_SCHEME);

    private final Graph graph;
    private final Graph shapes;
    private final String hash;

    private OntologyDocument(Graph graph, Graph shapes, String hash) {
        this.graph = graph;
        this.shapes = shapes;
        this.hash = hash;
    }

    /** Reads the ontology and shapes; a missing or broken file is reported and leaves an empty graph (404s). */
    static OntologyDocument load(PonteConfig cfg, Problems problems) {
        byte[] onto = read(cfg.ontologyFile(), "ontology/ponte.ttl", problems);
        byte[] sh = read(cfg.shapesFile(), "ontology/shapes.ttl", problems);
        return new OntologyDocument(parse(onto, "ponte.ttl", problems), sh == null ? null : parse(sh, "shapes.ttl", problems),
                onto == null ? "none" : Slugs.sha256Hex(onto).substring(0, 16) + (sh == null ? "" : Slugs.sha256Hex(sh).substring(0, 8)));
    }

    private static byte[] read(Path file, String resource, Problems problems) {
        try {
            if (Files.isRegularFile(file)) return Files.readAllBytes(file);
            try (InputStream in = OntologyDocument.class.getClassLoader().getResourceAsStream(resource)) {
                if (in != null) return in.readAllBytes();
            }
        } catch (IOException e) {
            problems.error(file.toString(), -1, "cannot read: " + e.getMessage());
        }
        problems.warning(file.toString(), -1, "not found; not served");
        return null;
    }

    private static Graph parse(byte[] bytes, String name, Problems problems) {
        Graph g = GraphFactory.createDefaultGraph();
        if (bytes == null) return g;
        try {
            RDFParser.fromString(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), Lang.TURTLE)
                    .base(Vocab.ONTOLOGY_IRI).parse(g);
        } catch (RuntimeException e) {
            problems.error(name, -1, "not served, it does not parse: " + e.getMessage());
            return GraphFactory.createDefaultGraph();
        }
        return g;
    }

    /** The ontology graph (with the file's prefixes). */
    Graph graph() { return graph; }

    /** The shapes graph, or null. */
    Graph shapes() { return shapes; }

    /** A validator of the published files' content. */
    String hash() { return hash; }

    boolean isEmpty() { return graph.isEmpty(); }

    /** {@code owl:versionInfo}, or null. */
    String version() {
        Node v = object(NodeFactory.createURI(Vocab.ONTOLOGY_IRI), OWL.versionInfo.asNode());
        return v == null ? null : v.getLiteralLexicalForm();
    }

    /** Whether the ontology defines {@code ponte:{local}} (it is the subject of a triple). */
    boolean defines(String local) {
        return graph.contains(NodeFactory.createURI(Vocab.PONTE_NS + local), Node.ANY, Node.ANY);
    }

    private Node object(Node s, Node p) {
        Iterator<Triple> it = graph.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private String literal(Node s, Node p, String lang) {
        List<Node> lits = new ArrayList<>();
        graph.find(s, p, Node.ANY).forEachRemaining(t -> { if (t.getObject().isLiteral()) lits.add(t.getObject()); });
        return Labels.pick(lits, lang);
    }

    private String exactLang(Node s, Node p, String lang) {
        for (Iterator<Triple> it = graph.find(s, p, Node.ANY); it.hasNext(); ) {
            Node o = it.next().getObject();
            if (o.isLiteral() && o.getLiteralLanguage().equalsIgnoreCase(lang)) return o.getLiteralLexicalForm();
        }
        return null;
    }

    /** The model of the documentation page in a language. */
    Map<String, Object> model(String lang) {
        Node onto = NodeFactory.createURI(Vocab.ONTOLOGY_IRI);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("iri", Vocab.ONTOLOGY_IRI);
        m.put("namespace", Vocab.PONTE_NS);
        m.put("title", literal(onto, NodeFactory.createURI(Vocab.DCTERMS_NS + "title"), lang));
        m.put("description", literal(onto, DCT_DESCRIPTION, lang));
        m.put("version", version());
        Node vi = object(onto, OWL.versionIRI.asNode());
        m.put("versionIri", vi == null ? null : vi.getURI());
        Node lic = object(onto, NodeFactory.createURI(Vocab.DCTERMS_NS + "license"));
        m.put("license", lic == null || !lic.isURI() ? null : lic.getURI());
        m.put("classes", terms(OWL.Class.asNode(), lang));
        m.put("objectProperties", terms(OWL.ObjectProperty.asNode(), lang));
        m.put("datatypeProperties", terms(OWL.DatatypeProperty.asNode(), lang));
        m.put("annotationProperties", terms(OWL.AnnotationProperty.asNode(), lang));
        m.put("datatypes", terms(RDFS.Datatype.asNode(), lang));
        m.put("individuals", terms(OWL2_NAMED_INDIVIDUAL, lang));
        List<Map<String, Object>> schemes = terms(SKOS_CONCEPT_SCHEME, lang);
        for (Map<String, Object> s : schemes) {
            Node scheme = NodeFactory.createURI((String) s.get("iri"));
            List<Map<String, Object>> concepts = new ArrayList<>();
            for (Iterator<Triple> it = graph.find(Node.ANY, SKOS_IN_SCHEME, scheme); it.hasNext(); ) {
                Node c = it.next().getSubject();
                if (c.isURI()) concepts.add(term(c, lang));
            }
            concepts.sort(Comparator.comparing(c -> String.valueOf(c.get("id"))));
            s.put("concepts", concepts);
        }
        m.put("schemes", schemes);
        return m;
    }

    private List<Map<String, Object>> terms(Node type, String lang) {
        Set<String> iris = new TreeSet<>();
        for (Iterator<Triple> it = graph.find(Node.ANY, RDF.type.asNode(), type); it.hasNext(); ) {
            Node s = it.next().getSubject();
            if (s.isURI() && s.getURI().startsWith(Vocab.PONTE_NS)) iris.add(s.getURI());
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (String iri : iris) out.add(term(NodeFactory.createURI(iri), lang));
        return out;
    }

    private Map<String, Object> term(Node t, String lang) {
        Map<String, Object> m = new LinkedHashMap<>();
        String iri = t.getURI();
        m.put("iri", iri);
        m.put("id", iri.startsWith(Vocab.PONTE_NS) ? iri.substring(Vocab.PONTE_NS.length()) : iri);
        String en = exactLang(t, RDFS.label.asNode(), "en"), it = exactLang(t, RDFS.label.asNode(), "it");
        if (en == null) en = exactLang(t, Vocab.SKOS_PREF_LABEL, "en");
        if (it == null) it = exactLang(t, Vocab.SKOS_PREF_LABEL, "it");
        m.put("labelEn", en);
        m.put("labelIt", it);
        String def = literal(t, SKOS_DEFINITION, lang);
        m.put("definition", def != null ? def : literal(t, RDFS.comment.asNode(), lang));
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<Node, List<Map<String, Object>>> byProperty = new LinkedHashMap<>();
        List<Triple> triples = new ArrayList<>();
        graph.find(t, Node.ANY, Node.ANY).forEachRemaining(triples::add);
        triples.sort(Comparator.comparing((Triple x) -> x.getPredicate().getURI()).thenComparing(x -> x.getObject().toString()));
        for (Triple x : triples) {
            if (SHOWN_ELSEWHERE.contains(x.getPredicate())) continue;
            byProperty.computeIfAbsent(x.getPredicate(), k -> new ArrayList<>()).add(value(x.getObject()));
        }
        for (Map.Entry<Node, List<Map<String, Object>>> e : byProperty.entrySet()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("property", Labels.shortName(e.getKey().getURI()));
            row.put("values", e.getValue());
            rows.add(row);
        }
        m.put("rows", rows);
        return m;
    }

    private Map<String, Object> value(Node o) {
        Map<String, Object> v = new LinkedHashMap<>();
        if (o.isLiteral()) {
            v.put("text", o.getLiteralLexicalForm() + (o.getLiteralLanguage().isEmpty() ? "" : " @" + o.getLiteralLanguage()));
        } else if (o.isURI()) {
            String iri = o.getURI();
            if (iri.startsWith(Vocab.PONTE_NS)) {
                v.put("text", "ponte:" + iri.substring(Vocab.PONTE_NS.length()));
                v.put("href", "#" + iri.substring(Vocab.PONTE_NS.length()));
            } else {
                v.put("text", Labels.shortName(iri));
                v.put("href", iri.startsWith("http://") || iri.startsWith("https://") ? iri : null);
            }
        } else {
            // owl:unionOf ( a b ): "a or b"
            Node list = object(o, OWL.unionOf.asNode());
            List<String> items = new ArrayList<>();
            while (list != null && !list.equals(RDF.nil.asNode())) {
                Node first = object(list, RDF.first.asNode());
                if (first != null && first.isURI()) items.add(Labels.shortName(first.getURI()));
                list = object(list, RDF.rest.asNode());
            }
            v.put("text", items.isEmpty() ? "[ … ]" : String.join(" or ", items));
        }
        return v;
    }
}
