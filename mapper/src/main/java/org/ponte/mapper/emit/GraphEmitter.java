package org.ponte.mapper.emit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.ponte.core.EntityKind;
import org.ponte.core.IriPolicy;
import org.ponte.core.Slugs;
import org.ponte.core.Vocab;
import org.ponte.mapper.extract.Claim;
import org.ponte.mapper.extract.EntityDraft;
import org.ponte.mapper.extract.EntityType;
import org.ponte.mapper.extract.Name;
import org.ponte.mapper.extract.Span;
import org.ponte.mapper.extract.Value;
import org.ponte.mapper.lexicon.ConceptIndex;
import org.ponte.mapper.read.Document;
import org.ponte.mapper.resolve.RefEntity;
import org.ponte.mapper.resolve.ResolvedDocument;

/**
 * Writes one document's named graph to a {@link StreamRDF}: the source document and its
 * provenance (PROV-O), every entity with its types (the Ponte class and the superclasses the
 * ontology gives it) and names, every claim, and for each claim a W3C Web Annotation saying
 * where in the source it was read (a position selector in code points and a quote selector).
 *
 * <p>The graph is self-contained: it repeats the type and names of every entity it mentions, so
 * dropping or replacing another document's graph never leaves an entity without them. Nodes
 * that have no name of their own (annotations, selectors, amounts) get hash IRIs derived from
 * what they describe, so the same input always gives the same graph and no blank nodes.
 */
public final class GraphEmitter {
    private static final int CONTEXT = 32;
    private static final Node AGENT = NodeFactory.createURI(Vocab.PONTE_NS + "PonteMapper");
    private static final Node DATE_TIME_TYPE = NodeFactory.createURI(Vocab.XSD_NS + "dateTime");

    private final IriPolicy iris;
    private final TypeClosure types;
    private final ConceptIndex concepts;
    private final String version;

    public GraphEmitter(IriPolicy iris, TypeClosure types, ConceptIndex concepts, String version) {
        this.iris = iris;
        this.types = types;
        this.concepts = concepts;
        this.version = version;
    }

    /** Emits the document's graph; {@code mappedAt} is recorded as the provenance time. */
    public void emit(ResolvedDocument r, Instant mappedAt, StreamRDF out) {
        new Writer(r, mappedAt, out).write();
    }

    private final class Writer {
        final ResolvedDocument r;
        final Document doc;
        final Node g;
        final Node source;
        final StreamRDF out;
        final Instant at;
        final CodePoints cp;
        final Set<String> annotationIds = new HashSet<>();

        Writer(ResolvedDocument r, Instant at, StreamRDF out) {
            this.r = r;
            this.doc = r.extraction().document();
            this.g = NodeFactory.createURI(r.graphIri());
            this.source = NodeFactory.createURI(r.sourceIri());
            this.out = out;
            this.at = at;
            this.cp = new CodePoints(doc.text());
        }

        void q(Node s, Node p, Node o) {
            out.quad(Quad.create(g, s, p, o));
        }

        void write() {
            provenance();
            Map<EntityDraft, String> iriOf = r.iriOf();
            // Several drafts may resolve to one IRI (the corpus knows them as one): write each IRI once.
            Map<String, java.util.List<EntityDraft>> byIri = new java.util.LinkedHashMap<>();
            for (EntityDraft d : r.extraction().entities()) {
                String iri = iriOf.get(d);
                if (iri != null) byIri.computeIfAbsent(iri, k -> new java.util.ArrayList<>()).add(d);
            }
            for (Map.Entry<String, java.util.List<EntityDraft>> e : byIri.entrySet()) entity(e.getValue(), NodeFactory.createURI(e.getKey()));
            for (Claim c : r.claims()) claim(c);
            // Parents stated in the text ("the Centre of the ILO").
            for (EntityDraft d : r.extraction().entities()) {
                EntityDraft p = d.parent() == null ? null : d.parent().canonical();
                if (p == null || d.parentEvidence() == null || !iriOf.containsKey(p) || !iriOf.containsKey(d)) continue;
                Node s = NodeFactory.createURI(iriOf.get(d)), o = NodeFactory.createURI(iriOf.get(p));
                q(s, Vocab.SUB_ORGANIZATION_OF, o);
                annotate(s, Vocab.SUB_ORGANIZATION_OF, o, d.parentEvidence(), 0.8, Vocab.OA_DESCRIBING);
            }
        }

        void provenance() {
            String time = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atOffset(ZoneOffset.UTC));
            Node t = Literals.typed(time, XSDDatatype.XSDdateTime);
            Node activity = NodeFactory.createURI(r.graphIri() + "#mapping");
            q(g, Vocab.RDF_TYPE, Vocab.PROV_ENTITY);
            q(g, Vocab.PROV_WAS_DERIVED_FROM, source);
            q(g, Vocab.PROV_WAS_GENERATED_BY, activity);
            q(g, Vocab.PROV_GENERATED_AT_TIME, t);
            q(g, Vocab.FOAF_PRIMARY_TOPIC, source);
            q(activity, Vocab.RDF_TYPE, Vocab.PROV_ACTIVITY);
            q(activity, Vocab.PROV_USED, source);
            q(activity, Vocab.PROV_WAS_ASSOCIATED_WITH, AGENT);
            q(activity, NodeFactory.createURI(Vocab.PROV_NS + "endedAtTime"), t);
            q(activity, Vocab.EXTRACTOR_VERSION, Literals.text(version, null));
            q(AGENT, Vocab.RDF_TYPE, Vocab.PROV_SOFTWARE_AGENT);
            q(AGENT, Vocab.RDFS_LABEL, Literals.text("Ponte mapper " + version, "en"));
            typed(source, Vocab.SOURCE_DOCUMENT);
            q(source, Vocab.FILE_NAME, Literals.text(doc.id(), null));
            q(source, Vocab.SHA256, Literals.text(doc.sha256(), null));
            q(source, Vocab.BYTE_SIZE, Literals.nonNegative(doc.byteSize()));
            q(source, Vocab.MEDIA_TYPE, Literals.text(doc.mediaType(), null));
            q(source, Vocab.RDFS_LABEL, Literals.text(doc.id(), null));
            String lang = r.extraction().layout().language();
            if (lang != null) q(source, Vocab.DCTERMS_LANGUAGE, Literals.text(lang, null));
            var items = r.extraction().layout().items();
            if (!items.isEmpty() && items.get(0).documentLevel() && items.get(0).title() != null) {
                var title = items.get(0).title();
                q(source, Vocab.DCTERMS_TITLE, Literals.text(title.body(doc.text()), lang));
            }
        }

        void typed(Node s, Node cls) {
            q(s, Vocab.RDF_TYPE, cls);
            for (Node sup : types.superclasses(cls)) q(s, Vocab.RDF_TYPE, sup);
        }

        void entity(java.util.List<EntityDraft> drafts, Node s) {
            EntityDraft d = drafts.get(0);
            typed(s, d.type().ontologyClass());
            Set<String> written = new HashSet<>();
            RefEntity ref = d.ref();
            // The names of every draft behind this IRI, in order.
            java.util.List<Name> names = new java.util.ArrayList<>();
            for (EntityDraft x : drafts) for (Name n : x.names()) if (names.stream().noneMatch(y -> y.text().equals(n.text()))) names.add(n);
            if (ref != null) {
                if (ref.nameEn() != null) label(s, Vocab.RDFS_LABEL, ref.nameEn(), "en", written);
                if (ref.nameIt() != null) label(s, Vocab.RDFS_LABEL, ref.nameIt(), "it", written);
                if (ref.nameEn() == null && ref.nameIt() == null) label(s, Vocab.RDFS_LABEL, ref.displayName(), null, written);
                for (String a : ref.acronyms()) label(s, Vocab.ACRONYM, a, null, written);
                for (String a : ref.aliases()) label(s, Vocab.SKOS_ALT_LABEL, a, null, written);
                if (ref.wikidata() != null) q(s, Vocab.OWL_SAME_AS, NodeFactory.createURI(Vocab.WD_NS + ref.wikidata()));
            } else {
                Name main = null;
                for (Name n : names) if (n.role() == Name.Role.FULL) { main = n; break; }
                if (main == null && !names.isEmpty()) main = names.get(0);
                if (main != null) label(s, Vocab.RDFS_LABEL, main.text(), main.role() == Name.Role.ACRONYM ? null : main.lang(), written);
            }
            for (Name n : names) {
                if (n.role() == Name.Role.ACRONYM) label(s, Vocab.ACRONYM, n.text(), null, written);
                else label(s, Vocab.SKOS_ALT_LABEL, n.text(), n.lang(), written);
            }
            String orgType = null;
            for (EntityDraft x : drafts) if (orgType == null) orgType = x.orgType();
            if (d.type() == EntityType.ORGANISATION && orgType != null) {
                String concept = Vocab.PONTE_NS + "orgtype-" + orgType;
                if (concepts.size() == 0 || concepts.contains(concept)) q(s, Vocab.ORGANISATION_TYPE, NodeFactory.createURI(concept));
            }
            for (EntityDraft x : drafts)
                if (!x.mentions().isEmpty()) annotate(s, null, null, x.mentions().get(0), 0.9, Vocab.OA_IDENTIFYING);
        }

        /** Writes a name once per property: a name that is the label and also an acronym is written as both. */
        void label(Node s, Node p, String text, String lang, Set<String> written) {
            String clean = Literals.clean(text);
            if (clean.isEmpty()) return;
            boolean nameProperty = p.equals(Vocab.RDFS_LABEL) || p.equals(Vocab.SKOS_ALT_LABEL);
            // rdfs:label and skos:altLabel share one set (an alt label never repeats the label); acronyms have their own.
            if (!written.add((nameProperty ? "name|" : p.getURI() + "|") + clean)) return;
            q(s, p, Literals.text(clean, lang));
        }

        void claim(Claim c) {
            Node s = NodeFactory.createURI(r.iriOf().get(c.subject()));
            Node p = c.relation().property();
            Node o;
            if (c.object() != null) {
                o = NodeFactory.createURI(r.iriOf().get(c.object()));
            } else {
                o = value(s, c.value());
                if (o == null) return;
            }
            q(s, p, o);
            annotate(s, p, o, c.evidence(), c.confidence(), Vocab.OA_DESCRIBING);
        }

        Node value(Node subject, Value v) {
            if (v instanceof Value.Date d) return Literals.typed(d.lexical(), d.datatype());
            if (v instanceof Value.Text t) return Literals.text(t.text(), t.lang());
            if (v instanceof Value.Plain p) return Literals.text(p.text(), null);
            if (v instanceof Value.Iri i) return Literals.isValidIri(i.iri()) ? NodeFactory.createURI(i.iri()) : null;
            if (v instanceof Value.Money m) {
                Node amount = NodeFactory.createURI(r.graphIri() + "#budget-" + Slugs.shortHash(subject.getURI() + " " + m.amount() + " " + m.currency()));
                q(amount, Vocab.RDF_TYPE, Vocab.SCHEMA_MONETARY_AMOUNT);
                q(amount, Vocab.SCHEMA_VALUE, Literals.decimal(m.amount()));
                q(amount, Vocab.SCHEMA_CURRENCY, Literals.text(m.currency(), null));
                return amount;
            }
            return null;
        }

        /**
         * A Web Annotation: the statement (s p o) as its body, or the entity s itself when p is
         * null; the source span as its target, selected by position (code points) and by quote.
         */
        void annotate(Node s, Node p, Node o, Span span, double confidence, Node motivation) {
            int start = cp.align(Math.max(0, Math.min(span.start(), doc.text().length())));
            int end = cp.align(Math.max(start, Math.min(span.end(), doc.text().length())));
            if (end <= start) return;
            String id = Slugs.sha256Hex(r.graphIri() + "|" + s + "|" + p + "|" + o + "|" + start + "|" + end).substring(0, 16);
            if (!annotationIds.add(id)) return;
            Node a = NodeFactory.createURI(iris.entity(EntityKind.ANNOTATION, id));
            String base = a.getURI();
            Node target = NodeFactory.createURI(base + "#target");
            Node position = NodeFactory.createURI(base + "#position");
            Node quote = NodeFactory.createURI(base + "#quote");
            q(a, Vocab.RDF_TYPE, Vocab.OA_ANNOTATION);
            q(a, Vocab.OA_MOTIVATED_BY, motivation);
            if (p == null) {
                q(a, Vocab.OA_HAS_BODY, s);
            } else {
                Node body = NodeFactory.createURI(base + "#statement");
                q(a, Vocab.OA_HAS_BODY, body);
                q(body, Vocab.RDF_TYPE, Vocab.RDF_STATEMENT);
                q(body, Vocab.RDF_SUBJECT, s);
                q(body, Vocab.RDF_PREDICATE, p);
                q(body, Vocab.RDF_OBJECT, o);
            }
            q(a, Vocab.OA_HAS_TARGET, target);
            q(a, Vocab.CONFIDENCE, Literals.decimal(confidence));
            q(a, Vocab.EXTRACTOR_VERSION, Literals.text(version, null));
            q(target, Vocab.RDF_TYPE, Vocab.OA_SPECIFIC_RESOURCE);
            q(target, Vocab.OA_HAS_SOURCE, source);
            q(target, Vocab.OA_HAS_SELECTOR, position);
            q(target, Vocab.OA_HAS_SELECTOR, quote);
            q(position, Vocab.RDF_TYPE, Vocab.OA_TEXT_POSITION_SELECTOR);
            q(position, Vocab.OA_START, Literals.nonNegative(cp.toCodePoints(start)));
            q(position, Vocab.OA_END, Literals.nonNegative(cp.toCodePoints(end)));
            String text = doc.text();
            q(quote, Vocab.RDF_TYPE, Vocab.OA_TEXT_QUOTE_SELECTOR);
            q(quote, Vocab.OA_EXACT, NodeFactory.createLiteralString(text.substring(start, end)));
            int ps = cp.align(Math.max(0, start - CONTEXT));
            int se = cp.align(Math.min(text.length(), end + CONTEXT));
            q(quote, Vocab.OA_PREFIX, NodeFactory.createLiteralString(text.substring(ps, start)));
            q(quote, Vocab.OA_SUFFIX, NodeFactory.createLiteralString(text.substring(end, se)));
        }
    }
}
