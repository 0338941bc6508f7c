package org.ponte.server.ld;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.ponte.core.Vocab;

/**
 * Builds the RDF description of one data IRI from the live store, keeping each quad's source
 * graph (so TriG and N-Quads show which document said what):
 *
 * <ol>
 * <li>its own triples from every graph, and those of the nodes that only exist as part of it:
 *     blank nodes and fragment IRIs under the base ({@code {base}document/x#source},
 *     {@code #budget-…}, an annotation's {@code #target} and selectors), followed to a bounded
 *     depth;</li>
 * <li>incoming links: every quad whose object is the IRI (or one of its fragment nodes), with
 *     the {@code rdf:type}s and labels of the linking subjects, so "the projects a funder
 *     funded" come with names;</li>
 * <li>the evidence: each {@code oa:Annotation} whose body is the IRI or a statement with the IRI
 *     as subject or object, with its target, selectors (quote, prefix, suffix, offsets) and the
 *     source document node;</li>
 * <li>in the default graph, the document's own metadata (Cool URIs C5):
 *     {@code <{publicUrl}doc/X> foaf:primaryTopic <{base}X>}, its licence and
 *     {@code void:inDataset}.</li>
 * </ol>
 *
 * Reads through Jena's {@code find} on the store's indexes with {@code Node}s built from a
 * validated path: no query text is ever built from a request. Each part is capped (see the
 * constants) so a hub entity cannot produce an unbounded response; {@link Description#truncated()}
 * says when a cap was hit. Call inside a read transaction.
 */
final class ResourceDescriber {
    /** Most incoming quads in one description. */
    static final int MAX_INCOMING = 2_000;
    /** Most evidence annotations in one description. */
    static final int MAX_ANNOTATIONS = 500;
    /** Most dependent nodes (blank and fragment nodes) followed. */
    static final int MAX_DEPENDENT = 5_000;

    static final Node RDF_SUBJECT = Vocab.RDF_SUBJECT;
    static final Node RDF_OBJECT = Vocab.RDF_OBJECT;
    static final Node HAS_BODY = Vocab.OA_HAS_BODY;
    private static final Node SKOS_PREF = Vocab.SKOS_PREF_LABEL;
    private static final Node FOAF_DOCUMENT = NodeFactory.createURI(Vocab.FOAF_NS + "Document");
    private static final Node VOID_IN_DATASET = NodeFactory.createURI(Vocab.VOID_NS + "inDataset");
    private static final Node DCT_LICENSE = NodeFactory.createURI(Vocab.DCTERMS_NS + "license");

    /**
     * One description.
     *
     * @param subject     the described IRI
     * @param document    the URL of the document describing it ({@code {publicUrl}doc/X})
     * @param quads       everything, source graphs kept; the document metadata in the default graph
     * @param annotations the evidence annotations found, in store order
     * @param truncated   whether a cap left something out
     */
    record Description(Node subject, String document, DatasetGraph quads, Set<Node> annotations, boolean truncated) {
        /** The union of all graphs, for triple syntaxes, with Ponte's prefixes. */
        Graph union() {
            Graph g = GraphFactory.createDefaultGraph();
            g.getPrefixMapping().setNsPrefixes(Vocab.prefixes());
            for (Iterator<Quad> it = quads.find(); it.hasNext(); ) g.add(it.next().asTriple());
            return g;
        }
    }

    private final Site site;

    ResourceDescriber(Site site) {
        this.site = site;
    }

    /** Whether the store says anything with this IRI as subject or object. */
    static boolean exists(DatasetGraph dsg, Node iri) {
        return dsg.contains(Node.ANY, iri, Node.ANY, Node.ANY) || dsg.contains(Node.ANY, Node.ANY, Node.ANY, iri);
    }

    /** The description of {@code x}, or null when the store does not know it. */
    Description describe(DatasetGraph dsg, Node x, String local) {
        if (!exists(dsg, x)) return null;
        DatasetGraph out = DatasetGraphFactory.create();
        out.prefixes().putAll(Vocab.prefixes().getNsPrefixMap());
        boolean[] truncated = {false};
        Set<Node> own = closure(dsg, x, out, truncated);

        // Evidence first, so its statement nodes are not mistaken for plain incoming links.
        Set<Node> annotations = new LinkedHashSet<>();
        collectAnnotations(dsg, x, annotations, truncated);
        for (Node a : annotations) closure(dsg, a, out, truncated);

        int incoming = 0;
        for (Node n : own) {
            if (!n.isURI()) continue;
            for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Node.ANY, n); it.hasNext(); ) {
                Quad q = it.next();
                Node p = q.getPredicate();
                if (p.equals(RDF_SUBJECT) || p.equals(RDF_OBJECT) || p.equals(HAS_BODY)) continue;
                if (own.contains(q.getSubject())) continue;
                if (++incoming > MAX_INCOMING) {
                    truncated[0] = true;
                    break;
                }
                out.add(q);
                Node s = q.getSubject();
                copy(dsg, s, Vocab.RDF_TYPE, out);
                copy(dsg, s, Vocab.RDFS_LABEL, out);
                copy(dsg, s, SKOS_PREF, out);
            }
        }

        String doc = site.docUrl(local);
        Node d = NodeFactory.createURI(doc);
        Graph meta = out.getDefaultGraph();
        meta.add(d, Vocab.RDF_TYPE, FOAF_DOCUMENT);
        meta.add(d, Vocab.FOAF_PRIMARY_TOPIC, x);
        meta.add(d, DCT_LICENSE, NodeFactory.createURI(site.config().license()));
        meta.add(d, VOID_IN_DATASET, NodeFactory.createURI(site.datasetIri()));
        return new Description(x, doc, out, annotations, truncated[0]);
    }

    /** Adds the triples of {@code start} and of its dependent nodes; returns the nodes visited. */
    private Set<Node> closure(DatasetGraph dsg, Node start, DatasetGraph out, boolean[] truncated) {
        Set<Node> seen = new LinkedHashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.add(start);
        seen.add(start);
        while (!todo.isEmpty()) {
            Node n = todo.poll();
            for (Iterator<Quad> it = dsg.find(Node.ANY, n, Node.ANY, Node.ANY); it.hasNext(); ) {
                Quad q = it.next();
                out.add(q);
                Node o = q.getObject();
                if (isDependent(o) && !seen.contains(o)) {
                    if (seen.size() >= MAX_DEPENDENT) {
                        truncated[0] = true;
                        continue;
                    }
                    seen.add(o);
                    todo.add(o);
                }
            }
        }
        return seen;
    }

    /** Blank nodes and fragment IRIs under the base: parts of another resource, never described alone. */
    private boolean isDependent(Node n) {
        if (n.isBlank()) return true;
        return n.isURI() && n.getURI().indexOf('#') > 0 && site.iris().isData(n.getURI());
    }

    private static void collectAnnotations(DatasetGraph dsg, Node x, Set<Node> out, boolean[] truncated) {
        for (Node role : new Node[] {RDF_SUBJECT, RDF_OBJECT}) {
            for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, role, x); it.hasNext(); ) {
                Node statement = it.next().getSubject();
                for (Iterator<Quad> a = dsg.find(Node.ANY, Node.ANY, HAS_BODY, statement); a.hasNext(); )
                    if (!add(out, a.next().getSubject(), truncated)) return;
            }
        }
        for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, HAS_BODY, x); it.hasNext(); )
            if (!add(out, it.next().getSubject(), truncated)) return;
    }

    private static boolean add(Set<Node> out, Node n, boolean[] truncated) {
        if (out.contains(n)) return true;
        if (out.size() >= MAX_ANNOTATIONS) {
            truncated[0] = true;
            return false;
        }
        out.add(n);
        return true;
    }

    private static void copy(DatasetGraph dsg, Node s, Node p, DatasetGraph out) {
        for (Iterator<Quad> it = dsg.find(Node.ANY, s, p, Node.ANY); it.hasNext(); ) out.add(it.next());
    }
}
