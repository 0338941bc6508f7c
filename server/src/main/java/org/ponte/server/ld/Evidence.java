package org.ponte.server.ld;

import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.ponte.core.Vocab;

/**
 * One evidence annotation read for display: the fact it supports (or the entity it mentions),
 * the quote with its context, the document and the offsets. Built from the store with
 * {@code find} on the annotation's nodes.
 *
 * @param annotation  the annotation's href
 * @param subject     the fact's subject, or the mentioned entity
 * @param predicate   the fact's predicate label; null for a mention
 * @param object      the fact's object; null for a mention
 * @param prefix      text before the quote (may be empty)
 * @param exact       the quote
 * @param suffix      text after the quote
 * @param start       first code point, or -1
 * @param end         end code point (exclusive), or -1
 * @param document    the document the quote is from
 * @param confidence  the extractor's confidence, as written, or null
 */
record Evidence(String annotation, Link subject, String predicate, Link object, String prefix, String exact,
                String suffix, long start, long end, Link document, String confidence) {

    /** A thing to show: its text and, when it has a page, the link. */
    record Link(String text, String href, String kind) {
        static Link of(Node n, Labels labels, Site site, DatasetGraph dsg) {
            if (n == null) return new Link("", null, null);
            if (n.isLiteral()) return new Link(n.getLiteralLexicalForm(), null, null);
            String amount = EntityPageModel.amount(dsg, n, labels.lang());
            if (amount != null) return new Link(amount, null, null);
            String local = n.isURI() ? site.localPath(n.getURI()) : null;
            String kind = local != null && local.contains("/") ? local.substring(0, local.indexOf('/')) : null;
            return new Link(labels.of(n), site.href(n), kind);
        }
    }

    /** Reads annotation {@code a} from the store; null when it has no quote. */
    static Evidence read(DatasetGraph dsg, Node a, Labels labels, Site site) {
        Node body = one(dsg, a, Vocab.OA_HAS_BODY);
        Node target = one(dsg, a, Vocab.OA_HAS_TARGET);
        if (body == null || target == null) return null;
        Link subject, object = null;
        String predicate = null;
        Node s = one(dsg, body, Vocab.RDF_SUBJECT);
        if (s != null) {
            subject = Link.of(s, labels, site, dsg);
            Node p = one(dsg, body, Vocab.RDF_PREDICATE);
            predicate = p == null ? "" : labels.of(p);
            object = Link.of(one(dsg, body, Vocab.RDF_OBJECT), labels, site, dsg);
        } else {
            subject = Link.of(body, labels, site, dsg);
        }
        Node source = one(dsg, target, Vocab.OA_HAS_SOURCE);
        String exact = null, prefix = "", suffix = "";
        long start = -1, end = -1;
        for (Iterator<Quad> it = dsg.find(Node.ANY, target, Vocab.OA_HAS_SELECTOR, Node.ANY); it.hasNext(); ) {
            Node sel = it.next().getObject();
            Node ex = one(dsg, sel, Vocab.OA_EXACT);
            if (ex != null) {
                exact = ex.getLiteralLexicalForm();
                Node pr = one(dsg, sel, Vocab.OA_PREFIX), su = one(dsg, sel, Vocab.OA_SUFFIX);
                if (pr != null) prefix = pr.getLiteralLexicalForm();
                if (su != null) suffix = su.getLiteralLexicalForm();
            }
            Node st = one(dsg, sel, Vocab.OA_START), en = one(dsg, sel, Vocab.OA_END);
            if (st != null && en != null && st.isLiteral() && en.isLiteral()) {
                try {
                    start = Long.parseLong(st.getLiteralLexicalForm());
                    end = Long.parseLong(en.getLiteralLexicalForm());
                } catch (NumberFormatException ignored) {
                    // offsets are shown only when they are numbers
                }
            }
        }
        if (exact == null) return null;
        Link document = documentLink(dsg, source, labels, site);
        Node conf = one(dsg, a, Vocab.CONFIDENCE);
        return new Evidence(site.href(a), subject, predicate, object, prefix, exact, suffix, start, end, document,
                conf == null || !conf.isLiteral() ? null : conf.getLiteralLexicalForm());
    }

    /** The document a source node belongs to: its title or file name, linked to the document's page. */
    static Link documentLink(DatasetGraph dsg, Node source, Labels labels, Site site) {
        if (source == null || !source.isURI()) return new Link("", null, null);
        Node title = one(dsg, source, Vocab.DCTERMS_TITLE);
        Node file = one(dsg, source, Vocab.FILE_NAME);
        String text = file != null ? file.getLiteralLexicalForm() : labels.of(source);
        if (title != null) text = title.getLiteralLexicalForm() + " (" + text + ")";
        String uri = source.getURI();
        int hash = uri.indexOf('#');
        String doc = hash > 0 ? uri.substring(0, hash) : uri;
        return new Link(text, site.href(doc), "document");
    }

    static Node one(DatasetGraph dsg, Node s, Node p) {
        if (s == null) return null;
        Iterator<Quad> it = dsg.find(Node.ANY, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }
}
