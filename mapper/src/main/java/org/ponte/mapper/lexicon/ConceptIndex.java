package org.ponte.mapper.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.ponte.core.Vocab;

/**
 * The ontology's SKOS concepts (themes, target groups, statuses, organisation types) with their
 * labels in every language, so text like "Access to employment" or "Ethnic or national
 * minorities" maps to {@code ponte:theme-employment} or {@code ponte:target-ethnic-minorities}.
 * Concepts are told apart by the prefix of their local name ({@code theme-}, {@code target-},
 * {@code status-}, {@code orgtype-}).
 */
public final class ConceptIndex {
    private final PhraseTrie<String> labels = new PhraseTrie<>();
    private final Set<String> concepts = new LinkedHashSet<>();

    private ConceptIndex() {}

    /** An index with no concepts. */
    public static ConceptIndex empty() {
        return new ConceptIndex();
    }

    /** Reads concepts and their skos:prefLabel / skos:altLabel / rdfs:label from the ontology graph. */
    public static ConceptIndex of(Graph ontology) {
        ConceptIndex ix = new ConceptIndex();
        Node concept = Vocab.SKOS_CONCEPT;
        ExtendedIterator<Triple> it = ontology.find(Node.ANY, Vocab.RDF_TYPE, concept);
        List<Node> nodes = new ArrayList<>();
        while (it.hasNext()) nodes.add(it.next().getSubject());
        for (Node c : nodes) {
            if (!c.isURI() || !c.getURI().startsWith(Vocab.PONTE_NS)) continue;
            ix.concepts.add(c.getURI());
            for (Node p : List.of(Vocab.SKOS_PREF_LABEL, Vocab.SKOS_ALT_LABEL, Vocab.RDFS_LABEL)) {
                ExtendedIterator<Triple> lt = ontology.find(c, p, Node.ANY);
                while (lt.hasNext()) {
                    Node o = lt.next().getObject();
                    if (!o.isLiteral()) continue;
                    List<String> tokens = PhraseTokens.split(Folding.fold(o.getLiteralLexicalForm()));
                    if (!tokens.isEmpty()) ix.labels.add(tokens, c.getURI());
                }
            }
        }
        return ix;
    }

    /**
     * Concepts whose IRI local name starts with {@code prefix} (for example {@code theme-}) and
     * one of whose labels occurs in {@code folded}, in order of appearance, without repeats.
     */
    public List<String> find(List<String> folded, String prefix) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < folded.size(); i++) {
            PhraseTrie.Match<String> m = labels.longest(folded, i);
            if (m == null) continue;
            for (String iri : m.values())
                if (iri.startsWith(Vocab.PONTE_NS + prefix)) out.add(iri);
            i = m.end() - 1;
        }
        return new ArrayList<>(out);
    }

    /** Whether the ontology defines this concept. */
    public boolean contains(String iri) {
        return concepts.contains(iri);
    }

    /** Number of concepts, for reports. */
    public int size() {
        return concepts.size();
    }
}
