package org.ponte.server.ld;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.ponte.core.Vocab;

/**
 * Human names of IRIs in the page language, read from the store (every graph, the ontology's
 * included, so property and concept names come from {@code ponte.ttl}).
 *
 * <p>Looks at {@code rdfs:label}, then {@code skos:prefLabel}, {@code dcterms:title},
 * {@code foaf:name}, {@code schema:name}; among the literals of the first property that has
 * any, picks the page language, then English, then Italian, then an untagged one, then the
 * smallest other (sorted, so a page is stable). Without any: a prefixed name ({@code org:Organization})
 * or the last path segment. One instance per request: it caches.
 */
final class Labels {
    private static final Node[] NAME_PROPERTIES = {
            Vocab.RDFS_LABEL, Vocab.SKOS_PREF_LABEL, Vocab.DCTERMS_TITLE,
            NodeFactory.createURI(Vocab.FOAF_NS + "name"), NodeFactory.createURI(Vocab.SCHEMA_NS + "name")};
    private static final PrefixMapping PREFIXES = prefixes();
    /** Names of standard terms, {@code iri@lang} to name, from {@code vocabulary-labels.tsv}. */
    private static final Map<String, String> VOCABULARY = vocabulary();

    private final DatasetGraph dsg;
    private final String lang;
    private final Map<Node, String> cache = new HashMap<>();

    Labels(DatasetGraph dsg, String lang) {
        this.dsg = dsg;
        this.lang = lang;
    }

    String lang() { return lang; }

    /** The name to show for a node (an IRI's label, a literal's lexical form, "…" for a blank node). */
    String of(Node n) {
        if (n == null) return "";
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        if (n.isBlank()) return "…";
        return cache.computeIfAbsent(n, this::lookup);
    }

    /** A label from the store, or null when it has none. */
    String stored(Node n) {
        if (!n.isURI()) return null;
        for (Node p : NAME_PROPERTIES) {
            List<Node> lits = new ArrayList<>();
            for (Iterator<Quad> it = dsg.find(Node.ANY, n, p, Node.ANY); it.hasNext(); ) {
                Node o = it.next().getObject();
                if (o.isLiteral()) lits.add(o);
            }
            String best = pick(lits, lang);
            if (best != null) return best;
        }
        return null;
    }

    private String lookup(Node n) {
        String s = stored(n);
        if (s != null) return s;
        // A document graph has no name of its own: it takes its source document's.
        Iterator<Quad> src = dsg.find(Node.ANY, n, Vocab.PROV_WAS_DERIVED_FROM, Node.ANY);
        if (src.hasNext()) {
            Node source = src.next().getObject();
            String title = stored(source);
            Iterator<Quad> t = dsg.find(Node.ANY, source, Vocab.DCTERMS_TITLE, Node.ANY);
            if (t.hasNext()) title = t.next().getObject().getLiteralLexicalForm();
            if (title != null) return title;
        }
        String known = VOCABULARY.get(n.getURI() + "@" + lang);
        return known != null ? known : shortName(n.getURI());
    }

    /** The best literal for a language: that language, English, Italian, untagged, any (smallest). */
    static String pick(List<Node> literals, String lang) {
        if (literals.isEmpty()) return null;
        for (String want : new String[] {lang, "en", "it", ""}) {
            String best = null;
            for (Node l : literals) {
                String tag = l.getLiteralLanguage();
                String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
                if (primary.equalsIgnoreCase(want)) {
                    String v = l.getLiteralLexicalForm();
                    if (best == null || v.compareTo(best) < 0) best = v;
                }
            }
            if (best != null) return best;
        }
        return literals.stream().map(Node::getLiteralLexicalForm).sorted().findFirst().orElse(null);
    }

    /** A prefixed name when a Ponte prefix fits, else the IRI's last segment, else the IRI. */
    static String shortName(String iri) {
        String q = PREFIXES.qnameFor(iri);
        if (q != null) return q;
        String p = PREFIXES.shortForm(iri);
        if (!p.equals(iri)) return p;
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    private static Map<String, String> vocabulary() {
        Map<String, String> m = new HashMap<>();
        String name = Pages.PREFIX + "vocabulary-labels.tsv";
        try (java.io.InputStream in = Labels.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) return m;
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                if (cols.length < 3) continue;
                String iri = PREFIXES.expandPrefix(cols[0].trim());
                m.put(iri + "@en", cols[1].trim());
                m.put(iri + "@it", cols[2].trim());
            }
        } catch (java.io.IOException e) {
            // names fall back to prefixed names
        }
        return m;
    }

    private static PrefixMapping prefixes() {
        PrefixMapping pm = PrefixMapping.Factory.create().setNsPrefixes(Vocab.prefixes());
        pm.setNsPrefix("sd", Vocab.SD_NS);
        pm.setNsPrefix("eurio", Vocab.EURIO_NS);
        pm.setNsPrefix("sh", Vocab.SH_NS);
        pm.setNsPrefix("vann", "http://purl.org/vocab/vann/");
        return pm.lock();
    }
}
