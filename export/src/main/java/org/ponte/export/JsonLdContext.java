package org.ponte.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.ponte.core.PonteException;

/**
 * Ponte's published JSON-LD 1.1 context ({@code context.jsonld}): prefixes for the vocabularies
 * Ponte uses and short terms for the common properties and classes, with the type coercions
 * and language containers that make the JSON pleasant ({@code "label": {"it": …, "en": …}},
 * {@code "value"} as {@code xsd:decimal}, dates typed, {@code oa:} selector terms).
 *
 * <p>The context lives in the data file {@code org/ponte/export/context.jsonld} so it can be
 * edited without Java; its bytes are exactly what is published at {@code {publicUrl}context.jsonld}.
 * This class reads that file once and answers the questions the {@link JsonLdDumpWriter} asks
 * when it compacts: which term (if any) names an IRI, and which values the term's coercion or
 * container accepts. Only simple term definitions are supported ({@code @id}, {@code @type} of
 * {@code @id} or a datatype, {@code @container} of {@code @language} or {@code @set}); anything
 * else in the file is rejected at load, so a curator's typo cannot silently change the data.
 */
public final class JsonLdContext {
    private static final String RESOURCE = "context.jsonld";
    private static final JsonLdContext PONTE = load();

    /** How a term treats the values written under it. */
    enum Coercion { NONE, ID, DATATYPE, LANGUAGE_MAP }

    /**
     * One term of the context.
     *
     * @param name     the term, for example {@code label}
     * @param iri      the absolute IRI it stands for
     * @param coercion what values it accepts in short form
     * @param datatype the absolute datatype IRI when {@code coercion} is {@link Coercion#DATATYPE}
     */
    record Term(String name, String iri, Coercion coercion, String datatype) {}

    private final byte[] bytes;
    private final JsonObject contextObject;
    private final Map<String, String> prefixes;         // prefix -> namespace, in file order
    private final Map<String, Term> termsByIri;          // absolute IRI -> term
    private final TreeMap<String, String> namespaceToPrefix = new TreeMap<>();

    private JsonLdContext(byte[] bytes) {
        this.bytes = bytes;
        JsonObject doc;
        try {
            doc = JSON.parse(new String(bytes, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new PonteException(RESOURCE + ": not JSON: " + e.getMessage(), e);
        }
        JsonValue ctx = doc.get("@context");
        if (ctx == null || !ctx.isObject()) throw new PonteException(RESOURCE + ": no \"@context\" object");
        contextObject = ctx.getAsObject();
        Map<String, String> pfx = new LinkedHashMap<>();
        // First pass: prefixes (plain string values that end like a namespace).
        for (String key : contextObject.keys()) {
            JsonValue v = contextObject.get(key);
            if (key.startsWith("@")) continue;
            if (v.isString() && isNamespace(v.getAsString().value())) pfx.put(key, v.getAsString().value());
        }
        prefixes = Collections.unmodifiableMap(pfx);
        pfx.forEach((p, ns) -> namespaceToPrefix.put(ns, p));
        Map<String, Term> terms = new LinkedHashMap<>();
        for (String key : contextObject.keys()) {
            JsonValue v = contextObject.get(key);
            if (key.equals("@version")) continue;
            if (key.startsWith("@")) throw new PonteException(RESOURCE + ": unsupported keyword " + key);
            if (prefixes.containsKey(key)) continue;
            Term t = term(key, v);
            if (terms.putIfAbsent(t.iri(), t) != null)
                throw new PonteException(RESOURCE + ": two terms for <" + t.iri() + ">: " + terms.get(t.iri()).name() + ", " + key);
        }
        termsByIri = Collections.unmodifiableMap(terms);
    }

    /** Ponte's context, loaded from the module's resources. */
    public static JsonLdContext ponte() {
        return PONTE;
    }

    /** The exact bytes of {@code context.jsonld}, as published; a fresh copy. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The {@code @context} object, to embed in a document (same content as the published file). */
    public JsonObject contextObject() {
        return contextObject;
    }

    /** The prefixes the context declares, prefix to namespace. */
    public Map<String, String> prefixes() {
        return prefixes;
    }

    /** The term that names this IRI, or null. */
    Term term(String iri) {
        return termsByIri.get(iri);
    }

    /** All terms, keyed by the IRI they name. */
    Map<String, Term> terms() {
        return termsByIri;
    }

    /**
     * The shortest safe way to write an IRI where JSON-LD expands it against the vocabulary
     * (keys, {@code @type} values, datatypes): a compact IRI {@code prefix:local} when a
     * declared namespace fits, otherwise the IRI itself.
     */
    String compactIri(String iri) {
        var e = namespaceToPrefix.floorEntry(iri);
        // floorEntry finds the greatest namespace <= iri; walk down while it is not a prefix of iri.
        while (e != null && !iri.startsWith(e.getKey())) e = namespaceToPrefix.lowerEntry(e.getKey());
        if (e == null) return iri;
        String local = iri.substring(e.getKey().length());
        // "p://x" would read as an absolute IRI; an empty local name is not worth compacting.
        if (local.isEmpty() || local.startsWith("//")) return iri;
        return e.getValue() + ":" + local;
    }

    /** A term for a vocabulary position ({@code @type} values): the term if one names it, else compact. */
    String vocabIri(String iri) {
        Term t = termsByIri.get(iri);
        if (t != null && t.coercion() == Coercion.NONE) return t.name();
        return compactIri(iri);
    }

    private Term term(String key, JsonValue v) {
        if (v.isString()) return new Term(key, expand(key, v.getAsString().value()), Coercion.NONE, null);
        if (!v.isObject()) throw new PonteException(RESOURCE + ": term " + key + " must be a string or an object");
        JsonObject o = v.getAsObject();
        String id = null;
        Coercion coercion = Coercion.NONE;
        String datatype = null;
        for (String k : o.keys()) {
            JsonValue x = o.get(k);
            if (!x.isString()) throw new PonteException(RESOURCE + ": " + key + "." + k + " must be a string");
            String s = x.getAsString().value();
            switch (k) {
                case "@id" -> id = expand(key, s);
                case "@type" -> {
                    if (s.equals("@id")) coercion = Coercion.ID;
                    else if (s.startsWith("@")) throw new PonteException(RESOURCE + ": " + key + ": unsupported @type " + s);
                    else { coercion = Coercion.DATATYPE; datatype = expand(key, s); }
                }
                case "@container" -> {
                    if (s.equals("@language")) coercion = Coercion.LANGUAGE_MAP;
                    else if (!s.equals("@set")) throw new PonteException(RESOURCE + ": " + key + ": unsupported @container " + s);
                }
                default -> throw new PonteException(RESOURCE + ": " + key + ": unsupported key " + k);
            }
        }
        if (id == null) throw new PonteException(RESOURCE + ": term " + key + " has no @id");
        if (o.hasKey("@type") && o.hasKey("@container") && coercion == Coercion.LANGUAGE_MAP)
            throw new PonteException(RESOURCE + ": " + key + ": @type with a language container");
        return new Term(key, id, coercion, datatype);
    }

    private String expand(String key, String value) {
        int colon = value.indexOf(':');
        if (colon > 0) {
            String ns = prefixes.get(value.substring(0, colon));
            if (ns != null) return ns + value.substring(colon + 1);
            if (value.startsWith("http://") || value.startsWith("https://")) return value;
        }
        throw new PonteException(RESOURCE + ": term " + key + ": '" + value + "' is neither a known compact IRI nor an absolute IRI");
    }

    private static boolean isNamespace(String s) {
        return (s.startsWith("http://") || s.startsWith("https://")) && (s.endsWith("/") || s.endsWith("#"));
    }

    private static JsonLdContext load() {
        try (InputStream in = JsonLdContext.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new PonteException("resource " + RESOURCE + " missing from the export module");
            return new JsonLdContext(in.readAllBytes());
        } catch (IOException e) {
            throw new PonteException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
