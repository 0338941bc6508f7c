package org.ponte.server.ld;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.ponte.core.Vocab;

/**
 * What the HTML page of one data IRI shows, computed from its {@link ResourceDescriber.Description}
 * and name lookups in the store: label, types, description, every property with linked values
 * (labels in the page language), incoming links grouped by property, the evidence quotes, the
 * neighbourhood drawing, embedded schema.org JSON-LD and, for a source document, its
 * provenance and the facts extracted from it. A plain map for the template.
 */
final class EntityPageModel {
    /** Properties shown first, in this order; the rest follow by label. */
    private static final List<String> ORDER = List.of(
            Vocab.RDFS_LABEL.getURI(), Vocab.SKOS_ALT_LABEL.getURI(), Vocab.ACRONYM.getURI(),
            Vocab.DESCRIPTION.getURI(), Vocab.AIM.getURI(), Vocab.START_DATE.getURI(), Vocab.END_DATE.getURI(),
            Vocab.BUDGET.getURI(), Vocab.FUNDED_BY.getURI(), Vocab.FUNDING_PROGRAMME_PROP.getURI(),
            Vocab.COORDINATED_BY.getURI(), Vocab.PARTNER.getURI(), Vocab.MANAGED_BY.getURI(),
            Vocab.SUB_ORGANIZATION_OF.getURI(), Vocab.LOCATION.getURI(), Vocab.CONTACT_POINT.getURI(),
            Vocab.THEME.getURI(), Vocab.TARGET_GROUP.getURI(), Vocab.STATUS.getURI(), Vocab.ORGANISATION_TYPE.getURI());
    /** Relations drawn in the neighbourhood picture. */
    static final Set<Node> NEIGHBOUR_PROPERTIES = Set.of(Vocab.FUNDED_BY, Vocab.FUNDING_PROGRAMME_PROP,
            Vocab.COORDINATED_BY, Vocab.PARTNER, Vocab.MANAGED_BY, Vocab.SUB_ORGANIZATION_OF, Vocab.LOCATION,
            Vocab.CONTACT_POINT, Vocab.EVENT_PROP);
    static final int MAX_NEIGHBOURS = 14;
    static final int MAX_FACTS = 1_000;

    private final Site site;
    private final DatasetGraph store;
    private final Labels labels;
    private final ResourceDescriber.Description d;
    private final DatasetGraph q;
    private final Node x;

    EntityPageModel(Site site, DatasetGraph store, Labels labels, ResourceDescriber.Description d) {
        this.site = site;
        this.store = store;
        this.labels = labels;
        this.d = d;
        this.q = d.quads();
        this.x = d.subject();
    }

    /** The template model (inside the caller's read transaction). */
    Map<String, Object> build(Map<String, String> t) {
        Map<String, Object> m = new LinkedHashMap<>();
        String label = labels.of(x);
        m.put("iri", x.getURI());
        m.put("label", label);
        m.put("title", label);
        m.put("types", types());
        m.put("description", literalIn(Vocab.DESCRIPTION));
        m.put("properties", properties());
        m.put("incoming", incoming());
        List<Evidence> evidence = new ArrayList<>();
        for (Node a : d.annotations()) {
            Evidence e = Evidence.read(store, a, labels, site);
            if (e != null) evidence.add(e);
        }
        // An annotation's own page shows its quote like any evidence.
        if (q.contains(Node.ANY, x, Vocab.RDF_TYPE, Vocab.OA_ANNOTATION)) {
            Evidence self = Evidence.read(store, x, labels, site);
            if (self != null) {
                evidence.add(self);
                String what = self.predicate() == null ? "“" + self.subject().text() + "”"
                        : self.subject().text() + " · " + self.predicate() + " · " + self.object().text();
                m.put("title", t.getOrDefault("kind.annotation", "evidence") + ": " + what);
                m.put("label", what);
            }
        }
        evidence.sort(Comparator.comparing((Evidence e) -> e.predicate() == null ? "" : e.predicate())
                .thenComparing(e -> e.document().text()).thenComparingLong(Evidence::start));
        m.put("evidence", evidence);
        m.put("graph", neighbourhood());
        m.put("worksWith", worksWith());
        m.put("truncated", d.truncated());
        if (store.containsGraph(x)) m.put("provenance", provenance());
        m.put("jsonld", schemaOrg(label));
        return m;
    }

    private List<Map<String, Object>> types() {
        List<Map<String, Object>> out = new ArrayList<>();
        Set<Node> seen = new LinkedHashSet<>();
        for (Iterator<Quad> it = q.find(Node.ANY, x, Vocab.RDF_TYPE, Node.ANY); it.hasNext(); ) seen.add(it.next().getObject());
        List<Node> sorted = new ArrayList<>(seen);
        // Ponte's own classes first: they are what the thing is; the others are alignments.
        sorted.sort(Comparator.comparing((Node n) -> n.isURI() && n.getURI().startsWith(Vocab.PONTE_NS) ? 0 : 1)
                .thenComparing(labels::of));
        for (Node n : sorted) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("text", labels.of(n));
            v.put("href", site.href(n));
            v.put("ponte", n.isURI() && n.getURI().startsWith(Vocab.PONTE_NS));
            out.add(v);
        }
        return out;
    }

    private String literalIn(Node p) {
        List<Node> lits = new ArrayList<>();
        for (Iterator<Quad> it = q.find(Node.ANY, x, p, Node.ANY); it.hasNext(); ) {
            Node o = it.next().getObject();
            if (o.isLiteral()) lits.add(o);
        }
        return Labels.pick(lits, labels.lang());
    }

    private List<Map<String, Object>> properties() {
        Map<Node, Map<Node, Set<Node>>> byPredicate = new HashMap<>();   // p -> o -> graphs
        for (Iterator<Quad> it = q.find(Node.ANY, x, Node.ANY, Node.ANY); it.hasNext(); ) {
            Quad quad = it.next();
            if (quad.getPredicate().equals(Vocab.RDF_TYPE) || quad.isDefaultGraph()) continue;
            byPredicate.computeIfAbsent(quad.getPredicate(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(quad.getObject(), k -> new LinkedHashSet<>()).add(quad.getGraph());
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map.Entry<Node, Map<Node, Set<Node>>> e : byPredicate.entrySet()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label", labels.of(e.getKey()));
            row.put("href", site.href(e.getKey()));
            row.put("iri", e.getKey().getURI());
            List<Map<String, Object>> values = new ArrayList<>();
            for (Map.Entry<Node, Set<Node>> v : e.getValue().entrySet()) values.add(value(v.getKey(), v.getValue()));
            values.sort(Comparator.comparing(v -> String.valueOf(v.get("text"))));
            row.put("values", values);
            row.put("order", order(e.getKey()));
            out.add(row);
        }
        out.sort(Comparator.comparingInt((Map<String, Object> r) -> (Integer) r.get("order"))
                .thenComparing(r -> String.valueOf(r.get("label"))));
        return out;
    }

    private static int order(Node p) {
        int i = ORDER.indexOf(p.getURI());
        return i < 0 ? ORDER.size() : i;
    }

    private Map<String, Object> value(Node o, Set<Node> graphs) {
        Map<String, Object> v = new LinkedHashMap<>();
        if (o.isLiteral()) {
            v.put("text", o.getLiteralLexicalForm());
            v.put("lang", o.getLiteralLanguage().isEmpty() ? null : o.getLiteralLanguage());
            String dt = o.getLiteralDatatypeURI();
            v.put("datatype", dt == null || dt.endsWith("#string") || dt.endsWith("#langString") ? null : Labels.shortName(dt));
        } else {
            String amount = amount(store, o, labels.lang());
            if (amount != null) {
                v.put("text", amount);
            } else if (isPart(o)) {
                v.put("text", labels.of(o));
                v.put("nested", nested(o, 2));
            } else {
                v.put("text", labels.of(o));
                v.put("href", site.href(o));
                v.put("external", o.isURI() && !site.isLocal(o.getURI()));
                if (o.isURI() && !site.isLocal(o.getURI())) v.put("iri", o.getURI());
            }
        }
        List<Map<String, Object>> sources = new ArrayList<>();
        for (Node g : graphs) {
            if (!g.isURI()) continue;
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("href", site.href(g));
            s.put("text", sourceName(g));
            sources.add(s);
        }
        v.put("sources", sources);
        return v;
    }

    /** A node described only as part of this one (blank, or a fragment of this IRI): shown inline. */
    private boolean isPart(Node o) {
        if (!q.contains(Node.ANY, o, Node.ANY, Node.ANY)) return false;
        return o.isBlank() || (o.isURI() && o.getURI().startsWith(x.getURI() + "#"));
    }

    /** The properties of a part, as "property: values" rows, parts of parts to {@code depth}. */
    private List<Map<String, Object>> nested(Node o, int depth) {
        Map<Node, List<Node>> byPredicate = new TreeMap<>(Comparator.comparing(Node::getURI));
        for (Iterator<Quad> it = q.find(Node.ANY, o, Node.ANY, Node.ANY); it.hasNext(); ) {
            Quad quad = it.next();
            List<Node> vals = byPredicate.computeIfAbsent(quad.getPredicate(), k -> new ArrayList<>());
            if (!vals.contains(quad.getObject())) vals.add(quad.getObject());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map.Entry<Node, List<Node>> e : byPredicate.entrySet()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label", labels.of(e.getKey()));
            List<Map<String, Object>> vals = new ArrayList<>();
            for (Node n : e.getValue()) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("text", n.isLiteral() ? n.getLiteralLexicalForm() : labels.of(n));
                if (!n.isLiteral() && isPart(n)) {
                    if (depth > 1) v.put("nested", nested(n, depth - 1));
                } else {
                    v.put("href", site.href(n));
                }
                vals.add(v);
            }
            row.put("values", vals);
            rows.add(row);
        }
        return rows;
    }

    private final Map<Node, String> sourceNames = new HashMap<>();

    private String sourceName(Node graph) {
        return sourceNames.computeIfAbsent(graph, g -> {
            Node src = Evidence.one(store, g, Vocab.PROV_WAS_DERIVED_FROM);
            Node file = src == null ? null : Evidence.one(store, src, Vocab.FILE_NAME);
            if (file != null) return file.getLiteralLexicalForm();
            if (g.getURI().equals(Vocab.ONTOLOGY_IRI)) return "ontology";
            return src != null ? labels.of(src) : Labels.shortName(g.getURI());
        });
    }

    /**
     * A monetary amount node shown as text ({@code 399,740.00 EUR}, or {@code 399.740,00 EUR} in
     * Italian); null when {@code n} is not one.
     */
    static String amount(DatasetGraph dsg, Node n, String lang) {
        if (n == null || n.isLiteral()) return null;
        Node v = Evidence.one(dsg, n, Vocab.SCHEMA_VALUE);
        if (v == null || !v.isLiteral()) return null;
        Node c = Evidence.one(dsg, n, Vocab.SCHEMA_CURRENCY);
        String text;
        try {
            BigDecimal amount = new BigDecimal(v.getLiteralLexicalForm());
            NumberFormat nf = NumberFormat.getNumberInstance(lang.equals("it") ? Locale.ITALY : Locale.UK);
            nf.setMinimumFractionDigits(amount.scale() > 0 ? 2 : 0);
            nf.setMaximumFractionDigits(2);
            text = nf.format(amount);
        } catch (NumberFormatException e) {
            text = v.getLiteralLexicalForm();
        }
        return c == null ? text : text + " " + c.getLiteralLexicalForm();
    }

    private List<Map<String, Object>> incoming() {
        Map<Node, Map<Node, Node>> byPredicate = new TreeMap<>(Comparator.comparing(Node::getURI));
        for (Iterator<Quad> it = q.find(Node.ANY, Node.ANY, Node.ANY, x); it.hasNext(); ) {
            Quad quad = it.next();
            if (quad.getSubject().equals(x) || quad.isDefaultGraph()) continue;
            Node p = quad.getPredicate();
            if (p.equals(ResourceDescriber.RDF_OBJECT) || p.equals(ResourceDescriber.RDF_SUBJECT)
                    || p.equals(ResourceDescriber.HAS_BODY)) continue;
            byPredicate.computeIfAbsent(p, k -> new LinkedHashMap<>()).put(quad.getSubject(), quad.getSubject());
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map.Entry<Node, Map<Node, Node>> e : byPredicate.entrySet()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label", labels.of(e.getKey()));
            row.put("href", site.href(e.getKey()));
            List<Map<String, Object>> subjects = new ArrayList<>();
            for (Node s : e.getValue().keySet()) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("text", labels.of(s));
                v.put("href", site.href(s));
                v.put("kind", kindOf(s));
                subjects.add(v);
            }
            subjects.sort(Comparator.comparing(v -> String.valueOf(v.get("text"))));
            row.put("subjects", subjects);
            out.add(row);
        }
        out.sort(Comparator.comparingInt((Map<String, Object> r) -> ((List<?>) r.get("subjects")).size()).reversed());
        return out;
    }

    private String kindOf(Node n) {
        if (!n.isURI()) return null;
        String local = site.localPath(n.getURI());
        return local == null || !local.contains("/") ? null : local.substring(0, local.indexOf('/'));
    }

    /** Properties that make organisations partners of each other when they share their subject. */
    static final List<Node> TAKES_PART = List.of(Vocab.PARTNER, Vocab.COORDINATED_BY);
    static final int MAX_PARTNERS = 8;

    /**
     * The organisations that work with this one: the other partners and coordinators of the
     * projects and partnerships it is a partner or coordinator of, each with what they share.
     */
    private List<Map<String, Object>> worksWith() {
        Map<Node, Set<Node>> via = new LinkedHashMap<>();
        for (Node joint : joints()) {
            for (Node p : TAKES_PART)
                for (Iterator<Quad> it = store.find(Node.ANY, joint, p, Node.ANY); it.hasNext(); ) {
                    Node other = it.next().getObject();
                    if (other.isURI() && !other.equals(x)) via.computeIfAbsent(other, k -> new LinkedHashSet<>()).add(joint);
                }
            if (via.size() > 200) break;
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map.Entry<Node, Set<Node>> e : via.entrySet()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("text", labels.of(e.getKey()));
            row.put("href", site.href(e.getKey()));
            List<Map<String, Object>> through = new ArrayList<>();
            for (Node j : e.getValue()) through.add(Map.of("text", labels.of(j), "href", String.valueOf(site.href(j))));
            row.put("via", through);
            out.add(row);
        }
        out.sort(Comparator.comparing(r -> String.valueOf(r.get("text"))));
        return out;
    }

    /** The projects and partnerships this entity is a partner or coordinator of. */
    private Set<Node> joints() {
        Set<Node> joints = new LinkedHashSet<>();
        for (Node p : TAKES_PART)
            for (Iterator<Quad> it = q.find(Node.ANY, Node.ANY, p, x); it.hasNext(); ) {
                Node s = it.next().getSubject();
                if (s.isURI()) joints.add(s);
            }
        return joints;
    }

    /**
     * The neighbourhood drawing: the entity in the middle, its funders, programmes, partners,
     * projects around it and, one ring further out, the partners it meets in those projects
     * and partnerships.
     */
    private Map<String, Object> neighbourhood() {
        Map<Node, Node> neighbours = new LinkedHashMap<>();   // neighbour -> property
        Map<Node, Boolean> outgoing = new HashMap<>();
        List<Quad> links = new ArrayList<>();
        for (Iterator<Quad> it = q.find(Node.ANY, x, Node.ANY, Node.ANY); it.hasNext(); ) links.add(it.next());
        for (Iterator<Quad> it = q.find(Node.ANY, Node.ANY, Node.ANY, x); it.hasNext(); ) links.add(it.next());
        int more = 0;
        for (Quad l : links) {
            if (!NEIGHBOUR_PROPERTIES.contains(l.getPredicate())) continue;
            boolean out = l.getSubject().equals(x);
            Node other = out ? l.getObject() : l.getSubject();
            if (!other.isURI() || other.equals(x) || neighbours.containsKey(other)) continue;
            if (neighbours.size() >= MAX_NEIGHBOURS) {
                more++;
                continue;
            }
            neighbours.put(other, l.getPredicate());
            outgoing.put(other, out);
        }
        if (neighbours.isEmpty()) return null;
        // Second ring: partners met through the projects and partnerships on the first.
        Set<Node> joints = joints();
        Map<Node, List<Node>> children = new LinkedHashMap<>();
        Set<Node> drawn = new LinkedHashSet<>(neighbours.keySet());
        drawn.add(x);
        int second = 0;
        for (Node joint : neighbours.keySet()) {
            if (!joints.contains(joint)) continue;
            for (Node p : TAKES_PART)
                for (Iterator<Quad> it = store.find(Node.ANY, joint, p, Node.ANY); it.hasNext(); ) {
                    Node other = it.next().getObject();
                    if (!other.isURI() || drawn.contains(other)) continue;
                    if (second >= MAX_PARTNERS) {
                        more++;
                        continue;
                    }
                    drawn.add(other);
                    children.computeIfAbsent(joint, k -> new ArrayList<>()).add(other);
                    second++;
                }
        }
        int w = 760, h = children.isEmpty() ? 460 : 560;
        double cx = w / 2.0, cy = h / 2.0;
        double r1 = children.isEmpty() ? Math.min(w, h) / 2.0 - 70 : 120, r2 = h / 2.0 - 50;
        List<Map<String, Object>> nodes = new ArrayList<>();
        List<Map<String, Object>> edges = new ArrayList<>();
        nodes.add(node(cx, cy, 26, labels.of(x), null, kindOf(x), true));
        int n = neighbours.size(), i = 0;
        for (Map.Entry<Node, Node> e : neighbours.entrySet()) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
            double nx = cx + r1 * Math.cos(angle) * 1.35, ny = cy + r1 * Math.sin(angle);
            i++;
            edges.add(edge(cx, cy, nx, ny, labels.of(e.getValue()) + (outgoing.get(e.getKey()) ? " →" : " ←"), 0.6));
            nodes.add(node(nx, ny, 16, labels.of(e.getKey()), site.href(e.getKey()), kindOf(e.getKey()), false));
            List<Node> kids = children.getOrDefault(e.getKey(), List.of());
            for (int k = 0; k < kids.size(); k++) {
                double spread = Math.min(0.5, 2 * Math.PI / Math.max(1, n) / 2);
                double a = angle + (kids.size() == 1 ? 0 : -spread / 2 + spread * k / (kids.size() - 1));
                double kx = cx + r2 * Math.cos(a) * 1.35, ky = cy + r2 * Math.sin(a);
                edges.add(edge(nx, ny, kx, ky, "", 0.5));
                nodes.add(node(kx, ky, 11, labels.of(kids.get(k)), site.href(kids.get(k)), kindOf(kids.get(k)), false));
            }
        }
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("width", w);
        g.put("height", h);
        g.put("nodes", nodes);
        g.put("edges", edges);
        g.put("more", more);
        return g;
    }

    /** An edge, its label at {@code at} of the way (past the centre's name, short of the far node's). */
    private static Map<String, Object> edge(double x1, double y1, double x2, double y2, String label, double at) {
        Map<String, Object> edge = new LinkedHashMap<>();
        edge.put("x1", round(x1));
        edge.put("y1", round(y1));
        edge.put("x2", round(x2));
        edge.put("y2", round(y2));
        edge.put("lx", round(x1 + (x2 - x1) * at));
        edge.put("ly", round(y1 + (y2 - y1) * at - 4));
        edge.put("label", label);
        return edge;
    }

    private static Map<String, Object> node(double x, double y, int r, String label, String href, String kind, boolean centre) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("x", round(x));
        m.put("y", round(y));
        m.put("r", r);
        m.put("label", label.length() > 34 ? label.substring(0, 32) + "…" : label);
        m.put("title", label);
        m.put("ly", round(y + r + 14));
        m.put("href", href);
        m.put("kind", kind == null ? "other" : kind);
        m.put("centre", centre);
        return m;
    }

    private static long round(double v) {
        return Math.round(v);
    }

    /** The PROV-O record of a document graph and the facts extracted from it, with their quotes. */
    private Map<String, Object> provenance() {
        Map<String, Object> p = new LinkedHashMap<>();
        Node src = Evidence.one(store, x, Vocab.PROV_WAS_DERIVED_FROM);
        if (src != null) {
            p.put("fileName", lex(Evidence.one(store, src, Vocab.FILE_NAME)));
            p.put("title", lex(Evidence.one(store, src, Vocab.DCTERMS_TITLE)));
            p.put("sha256", lex(Evidence.one(store, src, Vocab.SHA256)));
            p.put("byteSize", lex(Evidence.one(store, src, Vocab.BYTE_SIZE)));
            p.put("mediaType", lex(Evidence.one(store, src, Vocab.MEDIA_TYPE)));
            p.put("language", lex(Evidence.one(store, src, Vocab.DCTERMS_LANGUAGE)));
            p.put("source", site.href(src));
        }
        p.put("generatedAt", lex(Evidence.one(store, x, Vocab.PROV_GENERATED_AT_TIME)));
        Node run = Evidence.one(store, x, Vocab.PROV_WAS_GENERATED_BY);
        if (run != null) {
            p.put("version", lex(Evidence.one(store, run, Vocab.EXTRACTOR_VERSION)));
            Node agent = Evidence.one(store, run, Vocab.PROV_WAS_ASSOCIATED_WITH);
            if (agent != null) p.put("software", labels.of(agent));
        }
        List<Evidence> facts = new ArrayList<>();
        int count = 0;
        for (Iterator<Quad> it = store.find(x, Node.ANY, Vocab.RDF_TYPE, Vocab.OA_ANNOTATION); it.hasNext(); ) {
            if (++count > MAX_FACTS) {
                p.put("factsTruncated", true);
                break;
            }
            Evidence e = Evidence.read(store, it.next().getSubject(), labels, site);
            if (e != null) facts.add(e);
        }
        facts.sort(Comparator.comparingLong(Evidence::start).thenComparing(e -> e.predicate() == null ? "" : e.predicate()));
        p.put("facts", facts);
        long graphQuads = 0;
        for (Iterator<Quad> it = store.find(x, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) graphQuads++;
        p.put("triples", graphQuads);
        return p;
    }

    private static String lex(Node n) {
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    /**
     * A small schema.org description for search engines, as JSON text safe inside a
     * {@code <script>} element ({@code <}, {@code >} and {@code &} escaped).
     */
    private String schemaOrg(String label) {
        String type = switch (kindOf(x) == null ? "" : kindOf(x)) {
            case "organisation" -> "Organization";
            case "project" -> "Project";
            case "programme" -> "FundingScheme";
            case "person" -> "Person";
            case "place" -> "Place";
            case "document" -> "Dataset";
            default -> "Thing";
        };
        JsonObject o = new JsonObject();
        o.put("@context", "https://schema.org");
        o.put("@type", type);
        o.put("@id", x.getURI());
        o.put("name", label);
        o.put("url", d.document());
        String desc = literalIn(Vocab.DESCRIPTION);
        if (desc != null) o.put("description", desc);
        JsonArray alt = new JsonArray();
        for (Iterator<Quad> it = q.find(Node.ANY, x, Vocab.ACRONYM, Node.ANY); it.hasNext(); ) {
            Node a = it.next().getObject();
            if (a.isLiteral() && !alt.contains(new org.apache.jena.atlas.json.JsonString(a.getLiteralLexicalForm())))
                alt.add(a.getLiteralLexicalForm());
        }
        if (!alt.isEmpty()) o.put("alternateName", alt);
        JsonArray funders = related(Vocab.FUNDED_BY);
        if (!funders.isEmpty()) o.put("funder", funders);
        JsonArray members = related(Vocab.PARTNER);
        if (!members.isEmpty()) o.put("member", members);
        String start = literalIn(Vocab.START_DATE), end = literalIn(Vocab.END_DATE);
        if (start != null) o.put("startDate", start);
        if (end != null) o.put("endDate", end);
        return o.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private JsonArray related(Node p) {
        JsonArray arr = new JsonArray();
        Set<Node> seen = new LinkedHashSet<>();
        for (Iterator<Quad> it = q.find(Node.ANY, x, p, Node.ANY); it.hasNext(); ) seen.add(it.next().getObject());
        for (Node n : seen) {
            if (!n.isURI()) continue;
            JsonObject r = new JsonObject();
            r.put("@id", n.getURI());
            r.put("name", labels.of(n));
            arr.add(r);
        }
        return arr;
    }
}
