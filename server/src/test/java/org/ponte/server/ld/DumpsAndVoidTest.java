package org.ponte.server.ld;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ponte.core.Slugs;
import org.ponte.export.JsonLdContext;

/**
 * Dumps, the JSON-LD context, the VoID/DCAT description, robots.txt and the sitemap, over HTTP.
 */
class DumpsAndVoidTest {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static Corpus c;

    @BeforeAll
    static void corpus() throws IOException {
        c = Corpus.get();
    }

    /** SHA256SUMS as served: file name to hex digest. */
    static Map<String, String> sums() throws Exception {
        HttpResponse<byte[]> r = Corpus.get(c.url("/dumps/SHA256SUMS"));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : new String(r.body(), StandardCharsets.UTF_8).split("\n"))
            if (!line.isBlank()) m.put(line.substring(66), line.substring(0, 64));
        return m;
    }

    /** A URL the server published (under its public URL, localhost) as a URL to fetch. */
    static String local(String published) {
        assertTrue(published.startsWith(c.publicUrl()), published);
        return c.url("/" + published.substring(c.publicUrl().length()));
    }

    @Test
    void everyDumpIsServedWithItsChecksum() throws Exception {
        Map<String, String> sums = sums();
        assertTrue(sums.keySet().containsAll(List.of("ponte.nq.gz", "ponte.nt.gz", "ponte.ttl", "ponte.jsonld")), sums.toString());
        for (Map.Entry<String, String> e : sums.entrySet()) {
            HttpResponse<byte[]> r = Corpus.get(c.url("/dumps/" + e.getKey()), "Accept-Encoding", "gzip");
            assertEquals(200, r.statusCode(), e.getKey());
            assertEquals(e.getValue(), Slugs.sha256Hex(r.body()), e.getKey() + ": the bytes served differ from SHA256SUMS");
            assertEquals("\"" + e.getValue() + "\"", r.headers().firstValue("ETag").orElse(null), e.getKey());
            assertNotNull(r.headers().firstValue("Last-Modified").orElse(null), e.getKey());
            assertEquals(Optional.empty(), r.headers().firstValue("Content-Encoding"), e.getKey() + " must be served as stored");
            assertEquals(Long.toString(r.body().length), r.headers().firstValue("Content-Length").orElse(null));
            assertEquals(Files.size(c.cfg.dist().resolve(e.getKey())), r.body().length);
        }
    }

    @Test
    void mediaTypesAndDumpContent() throws Exception {
        HttpResponse<byte[]> nq = Corpus.get(c.url("/dumps/ponte.nq.gz"));
        assertEquals("application/gzip", nq.headers().firstValue("Content-Type").orElse(""));
        Model quads;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(nq.body()))) {
            quads = Rio.parse(in, "", RDFFormat.NQUADS);
        }
        assertTrue(quads.size() > 1000);
        assertTrue(quads.contexts().size() >= 6, "one graph per document, reference and ontology");
        HttpResponse<byte[]> ttl = Corpus.get(c.url("/dumps/ponte.ttl"));
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        HttpResponse<byte[]> json = Corpus.get(c.url("/dumps/ponte.jsonld"));
        assertEquals("application/ld+json", json.headers().firstValue("Content-Type").orElse(""));
        Model t = Rio.parse(new ByteArrayInputStream(ttl.body()), "", RDFFormat.TURTLE);
        Model j = Rio.parse(new ByteArrayInputStream(json.body()), "", RDFFormat.JSONLD);
        assertTrue(Models.isomorphic(t, j), "Turtle and JSON-LD dumps differ");
    }

    @Test
    void conditionalGetAndHead() throws Exception {
        HttpResponse<byte[]> r = Corpus.get(c.url("/dumps/ponte.nt.gz"));
        String etag = r.headers().firstValue("ETag").orElseThrow();
        String modified = r.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<byte[]> inm = Corpus.get(c.url("/dumps/ponte.nt.gz"), "If-None-Match", etag);
        assertEquals(304, inm.statusCode());
        assertEquals(0, inm.body().length);
        assertEquals(304, Corpus.get(c.url("/dumps/ponte.nt.gz"), "If-None-Match", "\"nope\", " + etag).statusCode());
        assertEquals(200, Corpus.get(c.url("/dumps/ponte.nt.gz"), "If-None-Match", "\"nope\"").statusCode());
        assertEquals(304, Corpus.get(c.url("/dumps/ponte.nt.gz"), "If-Modified-Since", modified).statusCode());
        assertEquals(200, Corpus.get(c.url("/dumps/ponte.nt.gz"), "If-Modified-Since", "Thu, 01 Jan 1998 00:00:00 GMT").statusCode());
        HttpResponse<byte[]> head = Corpus.send("HEAD", c.url("/dumps/ponte.nt.gz"));
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals(Long.toString(r.body().length), head.headers().firstValue("Content-Length").orElse(null));
        assertEquals(etag, head.headers().firstValue("ETag").orElse(null));
        for (String bad : List.of("/dumps/..%2Fwork%2Fmanifest.tsv", "/dumps/../pom.xml", "/dumps/%2e%2e/pom.xml", "/dumps/.hidden", "/dumps/pom.xml", "/dumps/ponte.nq"))
            assertTrue(List.of(400, 404).contains(Corpus.get(c.url(bad)).statusCode()), bad);
        assertEquals(301, Corpus.get(c.url("/dumps")).statusCode());
    }

    @Test
    void contextIsThePublishedOne() throws Exception {
        HttpResponse<byte[]> r = Corpus.get(c.url("/context.jsonld"));
        assertEquals(200, r.statusCode());
        assertEquals("application/ld+json", r.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(JsonLdContext.ponte().bytes(), r.body());
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, Corpus.get(c.url("/context.jsonld"), "If-None-Match", etag).statusCode());
    }

    @Test
    void voidHasStatisticsAndResolvableDumps() throws Exception {
        for (String type : List.of("text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples")) {
            HttpResponse<byte[]> r = Corpus.get(c.url("/.well-known/void"), "Accept", type);
            assertEquals(200, r.statusCode(), type);
            assertEquals(type, r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
            Model m = DereferencingTest.rio(r.body(), type, c.url("/.well-known/void"));
            IRI ds = iri(c.publicUrl() + ".well-known/void#dataset");
            long triples = number(m, ds, VOID + "triples");
            long union = SparqlClient.count(c, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }", "n");
            assertEquals(union, triples, "void:triples");
            long entities = SparqlClient.count(c, """
                    SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?t }
                      FILTER(STRSTARTS(STR(?t), "https://w3id.org/ponte/ontology#")) }""", "n");
            assertEquals(entities, number(m, ds, VOID + "entities"), "void:entities");
            for (String p : List.of("distinctSubjects", "distinctObjects", "properties", "classes"))
                assertTrue(number(m, ds, VOID + p) > 0, p);
            assertEquals(iri(c.publicUrl() + "ponte/sparql"), Models.objectIRI(m.filter(ds, iri(VOID + "sparqlEndpoint"), null)).orElse(null));
            List<Value> dumps = new ArrayList<>(m.filter(ds, iri(VOID + "dataDump"), null).objects());
            assertEquals(4, dumps.size(), dumps.toString());
            for (Value dump : dumps) {
                HttpResponse<byte[]> d = Corpus.send("HEAD", local(dump.stringValue()));
                assertEquals(200, d.statusCode(), dump.stringValue());
            }
            // DCAT distributions carry the checksum and size of the bytes served.
            Map<String, String> sums = sums();
            for (Value dist : m.filter(ds, iri(DCAT + "distribution"), null).objects()) {
                Optional<IRI> url = Models.objectIRI(m.filter((IRI) dist, iri(DCAT + "downloadURL"), null));
                if (url.isEmpty()) continue;
                String name = url.get().stringValue().substring(url.get().stringValue().lastIndexOf('/') + 1);
                String sum = m.filter(null, iri("http://spdx.org/rdf/terms#checksumValue"), null).objects().stream()
                        .map(Value::stringValue).filter(v -> v.equals(sums.get(name))).findFirst().orElse(null);
                assertEquals(sums.get(name), sum, name);
                assertEquals(Files.size(c.cfg.dist().resolve(name)), number(m, (IRI) dist, DCAT + "byteSize"), name);
            }
        }
        HttpResponse<byte[]> html = Corpus.get(c.url("/.well-known/void"), "Accept", "text/html");
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }

    @Test
    void robotsAndSitemap() throws Exception {
        HttpResponse<String> robots = Corpus.getString(c.url("/robots.txt"));
        assertEquals(200, robots.statusCode());
        assertTrue(robots.body().contains("Sitemap: " + c.publicUrl() + "sitemap.xml"), robots.body());
        assertTrue(robots.body().contains("Disallow: /ponte/"));
        HttpResponse<String> sitemap = Corpus.getString(c.url("/sitemap.xml"));
        assertEquals(200, sitemap.statusCode());
        assertTrue(sitemap.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
        String xml = sitemap.body();
        assertTrue(xml.contains("<sc:dataset>"), "Semantic Sitemap extension");
        assertTrue(xml.contains("<sc:sparqlEndpointLocation>" + c.publicUrl() + "ponte/sparql</sc:sparqlEndpointLocation>"), xml);
        assertTrue(xml.contains("<sc:dataDumpLocation>" + c.publicUrl() + "dumps/ponte.nq.gz</sc:dataDumpLocation>"), xml);
        // M2: every page URL answers (ids with 303 to an HTML page).
        Matcher m = Pattern.compile("<loc>([^<]+)</loc>").matcher(xml);
        int n = 0;
        while (m.find()) {
            HttpResponse<byte[]> r = Corpus.get(local(m.group(1)), "Accept", "text/html");
            assertEquals(303, r.statusCode(), m.group(1));
            HttpResponse<byte[]> page = Corpus.get(c.url(r.headers().firstValue("Location").orElseThrow()), "Accept", "text/html");
            assertEquals(200, page.statusCode(), m.group(1));
            n++;
        }
        assertTrue(n > 40, "urls in the sitemap: " + n);
        assertEquals(404, Corpus.get(c.url("/sitemap-1.xml")).statusCode(), "a single sitemap has no parts");
    }

    static IRI iri(String s) {
        return org.eclipse.rdf4j.model.impl.SimpleValueFactory.getInstance().createIRI(s);
    }

    static long number(Model m, IRI s, String p) {
        Literal l = Models.objectLiteral(m.filter(s, iri(p), null)).orElseThrow(() -> new AssertionError("no " + p));
        return l.longValue();
    }
}
