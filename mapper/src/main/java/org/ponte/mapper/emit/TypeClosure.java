package org.ponte.mapper.emit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.ponte.core.Vocab;

/**
 * The superclasses of each Ponte class, read from the ontology (rdfs:subClassOf, transitively),
 * so the emitter can assert them: harvesters do not run reasoners, and a query for
 * {@code org:Organization} should find Ponte's organisations.
 */
public final class TypeClosure {
    private final Map<Node, List<Node>> supers = new HashMap<>();

    private TypeClosure() {}

    public static TypeClosure of(Graph ontology) {
        TypeClosure tc = new TypeClosure();
        Map<Node, List<Node>> direct = new HashMap<>();
        ontology.find(Node.ANY, Vocab.RDFS_SUBCLASS_OF, Node.ANY).forEachRemaining((Triple t) -> {
            if (t.getSubject().isURI() && t.getObject().isURI())
                direct.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t.getObject());
        });
        for (Node c : direct.keySet()) {
            Set<Node> all = new LinkedHashSet<>();
            collect(c, direct, all);
            all.remove(c);
            all.removeIf(n -> n.getURI().equals(Vocab.OWL_NS + "Thing") || n.getURI().equals(Vocab.RDFS_NS + "Resource"));
            tc.supers.put(c, List.copyOf(all));
        }
        return tc;
    }

    private static void collect(Node c, Map<Node, List<Node>> direct, Set<Node> out) {
        if (!out.add(c)) return;
        for (Node p : direct.getOrDefault(c, List.of())) collect(p, direct, out);
    }

    /** The superclasses of a class, nearest first; empty when the ontology says none. */
    public List<Node> superclasses(Node cls) {
        return supers.getOrDefault(cls, List.of());
    }
}
