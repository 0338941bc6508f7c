package org.ponte.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.ponte.core.Vocab;

/**
 * Writes a graph as one JSON-LD 1.1 document, {@code {"@context": …, "@graph": [node objects]}},
 * compacted by hand against Ponte's {@link JsonLdContext} rather than by a JSON-LD processor.
 *
 * <p>Why not Jena's JSON-LD writer: it builds the whole document (and for compaction, the
 * whole expanded form) in memory, which does not scale to a store of 100 million triples, and
 * JSON-LD writers are where publishers most often fail on real data. This writer keeps only one
 * subject's triples at a time in {@linkplain #writeStreaming streaming mode}; in
 * {@linkplain #writePretty pretty mode}, for small graphs, it sorts subjects and nests blank
 * nodes that are used once (a budget's {@code schema:MonetaryAmount}) inside their user.
 *
 * <p>Compaction is conservative so that expanding the output always gives back exactly the
 * input triples: a value goes under a term only if the term's coercion or container fits it
 * exactly (a {@code "value"} term typed {@code xsd:decimal} takes only {@code xsd:decimal}
 * literals; {@code "label"}, a language map, takes only language-tagged and plain strings);
 * every other value goes under the compact IRI of the predicate in explicit form
 * ({@code {"@value": …, "@type": …}}, {@code {"@id": …}}). Literals are always written as JSON
 * strings with their lexical form untouched, never as JSON numbers, so {@code "150000.00"} does
 * not come back as {@code 1.5E5}.
 *
 * <p>The server can use {@link #writePretty} for resource pages too, with the context's
 * published IRI ({@code {publicUrl}context.jsonld}), so pages and dumps read the same way.
 *
 * <p>The writer does not close the stream it is given.
 */
public final class JsonLdDumpWriter {
    private static final String RDF_TYPE = Vocab.RDF_TYPE.getURI();
    private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();

    private final JsonLdContext context;
    private final Object contextValue;
    private final Writer out;
    private boolean first = true;
    private long nodes;

    /**
     * @param context    the context to compact against
     * @param contextIri where the context is published; null embeds the context object itself
     * @param out        destination, written as UTF-8; flushed by {@link #finish()}, not closed
     */
    JsonLdDumpWriter(JsonLdContext context, String contextIri, OutputStream out) {
        this.context = context;
        this.contextValue = contextIri != null ? contextIri : fromJena(context.contextObject());
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    /**
     * Streams triples grouped by subject (all triples of a subject adjacent, as a TDB2 SPO scan
     * yields them) as flat node objects. Memory holds one subject's triples. Input that is not
     * grouped still gives correct JSON-LD (node objects with the same {@code @id} merge), only
     * less compact.
     *
     * @param contextIri where the context is published, or null to embed the context object
     * @return the number of triples written
     */
    public static long writeStreaming(Iterator<Triple> bySubject, JsonLdContext context, String contextIri, OutputStream out)
            throws IOException {
        JsonLdDumpWriter w = new JsonLdDumpWriter(context, contextIri, out);
        w.start();
        long n = 0;
        List<Triple> group = new ArrayList<>();
        Node current = null;
        while (bySubject.hasNext()) {
            Triple t = bySubject.next();
            n++;
            if (current != null && !t.getSubject().equals(current)) {
                w.node(current, group, b -> null);
                group.clear();
            }
            current = t.getSubject();
            group.add(t);
        }
        if (current != null) w.node(current, group, b -> null);
        w.finish();
        return n;
    }

    /**
     * Writes a graph held in memory: subjects sorted (IRIs, then blank nodes), blank nodes that
     * are the object of exactly one triple nested inside that triple's subject. Holds the
     * graph's triples in memory a second time: for small graphs only.
     *
     * @param contextIri where the context is published, or null to embed the context object
     * @return the number of triples written
     */
    public static long writePretty(Graph graph, JsonLdContext context, String contextIri, OutputStream out) throws IOException {
        Map<Node, List<Triple>> bySubject = new HashMap<>();
        Map<Node, Integer> blankUses = new HashMap<>();
        long n = 0;
        for (Iterator<Triple> it = graph.find(); it.hasNext(); ) {
            Triple t = it.next();
            n++;
            bySubject.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t);
            if (t.getObject().isBlank()) blankUses.merge(t.getObject(), 1, Integer::sum);
        }
        // IRIs before blank nodes, then by N-Triples form; keys computed once per element.
        List<Node> subjects = sortedBy(new ArrayList<>(bySubject.keySet()), s -> (s.isBlank() ? "1" : "0") + NodeFmtLib.strNT(s));
        for (var e : bySubject.entrySet())
            e.setValue(sortedBy(e.getValue(), t -> NodeFmtLib.strNT(t.getPredicate()) + " " + NodeFmtLib.strNT(t.getObject())));

        Set<Node> written = new HashSet<>();
        Function<Node, Boolean> nestable = b -> blankUses.getOrDefault(b, 0) == 1 && bySubject.containsKey(b);
        // Hands out a nested blank node's triples once; nodeObject keeps a node out of itself.
        Function<Node, List<Triple>> nest = b -> {
            if (!nestable.apply(b) || written.contains(b)) return null;
            written.add(b);
            return bySubject.get(b);
        };
        JsonLdDumpWriter w = new JsonLdDumpWriter(context, contextIri, out);
        w.start();
        for (Node s : subjects) {
            if (nestable.apply(s)) continue;
            written.add(s);
            w.node(s, bySubject.get(s), nest);
        }
        // Blank nodes used once but only from inside a cycle of such nodes were never reached.
        for (Node s : subjects) {
            if (written.contains(s)) continue;
            written.add(s);
            w.node(s, bySubject.get(s), nest);
        }
        w.finish();
        return n;
    }

    /** The list sorted by a string key computed once per element (decorate, sort, undecorate). */
    private static <T> List<T> sortedBy(List<T> items, Function<T, String> key) {
        List<Map.Entry<String, T>> decorated = new ArrayList<>(items.size());
        for (T item : items) decorated.add(Map.entry(key.apply(item), item));
        decorated.sort(Map.Entry.comparingByKey());
        List<T> out = new ArrayList<>(items.size());
        for (Map.Entry<String, T> e : decorated) out.add(e.getValue());
        return out;
    }

    /** Writes the document head. */
    void start() throws IOException {
        out.write("{\n  \"@context\": ");
        writeJson(contextValue, 1);
        out.write(",\n  \"@graph\": [");
    }

    /**
     * Writes one node object.
     *
     * @param nest gives the triples of a blank node to nest in place of a reference, or null
     */
    void node(Node subject, List<Triple> triples, Function<Node, List<Triple>> nest) throws IOException {
        Map<String, Object> obj = nodeObject(subject, triples, nest, new HashSet<>());
        out.write(first ? "\n    " : ",\n    ");
        first = false;
        writeJson(obj, 2);
        nodes++;
    }

    /** Closes the document and flushes; the stream stays open. */
    void finish() throws IOException {
        out.write(first ? "]\n}\n" : "\n  ]\n}\n");
        out.flush();
    }

    /** Node objects written so far. */
    long nodes() { return nodes; }

    // ---- compaction ----

    private Map<String, Object> nodeObject(Node subject, List<Triple> triples, Function<Node, List<Triple>> nest,
            Set<Node> path) {
        path.add(subject);
        Map<Node, List<Node>> byPredicate = new LinkedHashMap<>();
        for (Triple t : triples) byPredicate.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("@id", id(subject));
        TreeMap<String, Object> props = new TreeMap<>();
        for (var e : byPredicate.entrySet()) {
            String p = e.getKey().getURI();
            if (p.equals(RDF_TYPE)) types(e.getValue(), head, props, nest, path);
            else property(p, e.getValue(), props, nest, path);
        }
        head.putAll(props);
        path.remove(subject);
        return head;
    }

    private void types(List<Node> objects, Map<String, Object> head, Map<String, Object> props,
            Function<Node, List<Triple>> nest, Set<Node> path) {
        List<Object> types = new ArrayList<>();
        List<Object> other = new ArrayList<>();
        for (Node o : objects) {
            if (o.isURI()) types.add(context.vocabIri(o.getURI()));
            else other.add(explicit(o, nest, path));
        }
        if (!types.isEmpty()) head.put("@type", one(types));
        if (!other.isEmpty()) props.put(context.compactIri(RDF_TYPE), one(other));
    }

    private void property(String p, List<Node> objects, Map<String, Object> props,
            Function<Node, List<Triple>> nest, Set<Node> path) {
        JsonLdContext.Term term = context.term(p);
        List<Object> fit = new ArrayList<>();
        List<Object> other = new ArrayList<>();
        Map<String, List<Object>> languages = new TreeMap<>();
        for (Node o : objects) {
            JsonLdContext.Coercion c = term == null ? null : term.coercion();
            if (c == null) {
                other.add(explicit(o, nest, path));
            } else switch (c) {
                case NONE -> fit.add(explicit(o, nest, path));
                case ID -> {
                    if (o.isURI()) fit.add(o.getURI());
                    else if (o.isBlank()) fit.add(blankOrNested(o, nest, path));
                    else other.add(explicit(o, nest, path));
                }
                case DATATYPE -> {
                    if (o.isLiteral() && !hasLanguage(o) && o.getLiteralDatatypeURI().equals(term.datatype()))
                        fit.add(o.getLiteralLexicalForm());
                    else other.add(explicit(o, nest, path));
                }
                case LANGUAGE_MAP -> {
                    if (o.isLiteral() && hasLanguage(o))
                        languages.computeIfAbsent(o.getLiteralLanguage(), k -> new ArrayList<>()).add(o.getLiteralLexicalForm());
                    else if (o.isLiteral() && o.getLiteralDatatypeURI().equals(XSD_STRING))
                        languages.computeIfAbsent("@none", k -> new ArrayList<>()).add(o.getLiteralLexicalForm());
                    else other.add(explicit(o, nest, path));
                }
            }
        }
        if (!languages.isEmpty()) {
            Map<String, Object> map = new LinkedHashMap<>();
            languages.forEach((lang, values) -> map.put(lang, one(values)));
            props.put(term.name(), map);
        }
        if (!fit.isEmpty()) props.put(term.name(), one(fit));
        if (!other.isEmpty()) props.put(context.compactIri(p), one(other));
    }

    /** A value in the form that needs no coercion: {@code {"@id"}}, a plain string, or a value object. */
    private Object explicit(Node o, Function<Node, List<Triple>> nest, Set<Node> path) {
        if (o.isURI()) return Map.of("@id", o.getURI());
        if (o.isBlank()) {
            Object v = blankOrNested(o, nest, path);
            return v instanceof String s ? Map.of("@id", s) : v;
        }
        if (!o.isLiteral()) throw new IllegalArgumentException("cannot write " + o + " in JSON-LD");
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("@value", o.getLiteralLexicalForm());
        if (hasLanguage(o)) {
            value.put("@language", o.getLiteralLanguage());
        } else if (o.getLiteralDatatypeURI().equals(XSD_STRING)) {
            return o.getLiteralLexicalForm();
        } else {
            value.put("@type", context.compactIri(o.getLiteralDatatypeURI()));
        }
        return value;
    }

    /** A nested node object for a blank node used once, or its identifier string. */
    private Object blankOrNested(Node b, Function<Node, List<Triple>> nest, Set<Node> path) {
        if (!path.contains(b)) {
            List<Triple> inner = nest.apply(b);
            if (inner != null) return nodeObject(b, inner, nest, path);
        }
        return id(b);
    }

    private static boolean hasLanguage(Node literal) {
        String lang = literal.getLiteralLanguage();
        return lang != null && !lang.isEmpty();
    }

    private static Object one(List<?> values) {
        return values.size() == 1 ? values.get(0) : values;
    }

    /** The IRI, or a blank node identifier that is stable within the document and safe anywhere. */
    static String id(Node n) {
        if (n.isURI()) return n.getURI();
        if (!n.isBlank()) throw new IllegalArgumentException("not a node: " + n);
        String label = n.getBlankNodeLabel();
        StringBuilder sb = new StringBuilder(label.length() + 3).append("_:b");
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            // Injective: letters and digits kept, anything else (including '_') as _HEX_.
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) sb.append(c);
            else sb.append('_').append(Integer.toHexString(c)).append('_');
        }
        return sb.toString();
    }

    // ---- JSON output ----

    private void writeJson(Object v, int depth) throws IOException {
        if (v instanceof String s) {
            writeString(s);
        } else if (v instanceof Number num) {
            out.write(num instanceof BigDecimal bd ? bd.toPlainString() : num.toString());
        } else if (v instanceof Boolean b) {
            out.write(b.toString());
        } else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) { out.write("{}"); return; }
            boolean inline = m.values().stream().allMatch(x -> x instanceof String);
            out.write('{');
            boolean firstKey = true;
            for (var e : m.entrySet()) {
                if (!firstKey) out.write(',');
                firstKey = false;
                if (inline) out.write(' ');
                else newline(depth + 1);
                writeString((String) e.getKey());
                out.write(": ");
                writeJson(e.getValue(), depth + 1);
            }
            if (inline) out.write(" }");
            else { newline(depth); out.write('}'); }
        } else if (v instanceof List<?> l) {
            boolean inline = l.stream().allMatch(x -> x instanceof String);
            out.write('[');
            boolean firstItem = true;
            for (Object x : l) {
                if (!firstItem) out.write(inline ? ", " : ",");
                firstItem = false;
                if (!inline) newline(depth + 1);
                writeJson(x, depth + 1);
            }
            if (!inline && !l.isEmpty()) newline(depth);
            out.write(']');
        } else {
            throw new IllegalArgumentException("not JSON: " + v);
        }
    }

    private void newline(int depth) throws IOException {
        out.write('\n');
        for (int i = 0; i < depth; i++) out.write("  ");
    }

    private void writeString(String s) throws IOException {
        out.write('"');
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String esc = switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case '\b' -> "\\b";
                case '\f' -> "\\f";
                default -> (c < 0x20 || c == '\u2028' || c == '\u2029') ? String.format("\\u%04x", (int) c) : null;
            };
            if (esc != null) {
                out.write(s, start, i - start);
                out.write(esc);
                start = i + 1;
            }
        }
        out.write(s, start, s.length() - start);
        out.write('"');
    }

    /** Jena's JSON values as plain Java maps, lists, strings and numbers, keeping key order. */
    static Object fromJena(JsonValue v) {
        if (v.isString()) return v.getAsString().value();
        if (v.isNumber()) return v.getAsNumber().value();
        if (v.isBoolean()) return v.getAsBoolean().value();
        if (v.isNull()) throw new IllegalArgumentException("null in the JSON-LD context");
        if (v.isArray()) {
            List<Object> l = new ArrayList<>();
            for (JsonValue x : (JsonArray) v) l.add(fromJena(x));
            return l;
        }
        JsonObject o = v.getAsObject();
        Map<String, Object> m = new LinkedHashMap<>();
        for (String k : o.keys()) m.put(k, fromJena(o.get(k)));
        return m;
    }
}
