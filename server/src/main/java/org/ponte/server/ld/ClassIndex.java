package org.ponte.server.ld;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.ponte.core.Vocab;

/**
 * The members of each Ponte class, for the index pages {@code /list/{kind}}: every subject typed
 * with the class in any graph, each once, sorted by IRI (slugs come from names, so this is
 * nearly alphabetical and stable). Read with one index scan ({@code find(?, ?, rdf:type, C)});
 * the sorted list is kept per store state for a few classes, so paging does not rescan.
 */
final class ClassIndex {
    /** One index page family: its path segment, the class, and the message key of its title. */
    record Listing(String kind, Node cls) {}

    static final List<Listing> LISTINGS = List.of(
            new Listing("organisation", Vocab.ORGANISATION),
            new Listing("project", Vocab.PROJECT),
            new Listing("programme", Vocab.FUNDING_PROGRAMME),
            new Listing("partnership", Vocab.PARTNERSHIP),
            new Listing("person", Vocab.PERSON),
            new Listing("place", Vocab.PLACE),
            new Listing("event", Vocab.EVENT),
            new Listing("document", Vocab.SOURCE_DOCUMENT));

    static final int PAGE_SIZE = 50;
    private static final int CACHED = 16;

    private final Map<String, List<Node>> cache = Collections.synchronizedMap(new LinkedHashMap<>(32, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Node>> e) {
            return size() > CACHED;
        }
    });

    /** The listing of a path segment, or null. */
    static Listing listing(String kind) {
        for (Listing l : LISTINGS) if (l.kind().equals(kind)) return l;
        return null;
    }

    /** The members of a class in the store's current state (inside a read transaction). */
    List<Node> members(DatasetGraph dsg, Listing l, String stateTag) {
        String key = stateTag + "|" + l.kind();
        List<Node> hit = cache.get(key);
        if (hit != null) return hit;
        TreeSet<String> iris = new TreeSet<>();
        for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Vocab.RDF_TYPE, l.cls()); it.hasNext(); ) {
            Node s = it.next().getSubject();
            if (s.isURI()) iris.add(s.getURI());
        }
        List<Node> out = new ArrayList<>(iris.size());
        for (String iri : iris) out.add(org.apache.jena.graph.NodeFactory.createURI(iri));
        List<Node> members = Collections.unmodifiableList(out);
        cache.put(key, members);
        return members;
    }

    /** Member counts of every listing. */
    Map<String, Integer> counts(DatasetGraph dsg, String stateTag) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (Listing l : LISTINGS) m.put(l.kind(), members(dsg, l, stateTag).size());
        return m;
    }
}
