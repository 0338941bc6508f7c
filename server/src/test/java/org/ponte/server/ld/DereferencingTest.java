package org.ponte.server.ld;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dereferencing over HTTP against the corpus: the research notes' checks C1–C7 (303, every media
 * type with and without q-values, wildcards, no Accept, 406, 404, ontology terms) and H1–H4
 * (Content-Type, Vary, ETag and 304, HEAD, Link headers, CORS exposing Link, gzip), with every
 * RDF body parsed by RDF4J Rio.
 */
class DereferencingTest {
    static final ValueFactory VF = SimpleValueFactory.getInstance();
    static final String ISMU = Corpus.BASE + "organisation/ismu";
    static final String FOAF_PRIMARY_TOPIC = "http://xmlns.com/foaf/0.1/primaryTopic";
    static Corpus c;

    @BeforeAll
    static void corpus() throws IOException {
        c = Corpus.get();
    }

    static Model rio(byte[] body, String contentType, String base) throws IOException {
        String mt = contentType.split(";")[0].trim();
        RDFFormat f = Rio.getParserFormatForMIMEType(mt).orElseThrow(() -> new AssertionError("Rio has no parser for " + mt));
        return Rio.parse(new ByteArrayInputStream(body), base, f);
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    static List<String> headers(HttpResponse<?> r, String name) {
        return r.headers().allValues(name);
    }

    static boolean varies(HttpResponse<?> r, String on) {
        return headers(r, "Vary").stream().flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .anyMatch(v -> v.trim().equalsIgnoreCase(on));
    }

    // ---------------------------------------------------------------- C1, C3 (HTML)

    @Test
    void c1ThingAnswers303ToItsDocument() throws Exception {
        HttpResponse<byte[]> r = Corpus.get(c.url("/id/organisation/ismu"), "Accept", "text/html");
        assertEquals(303, r.statusCode());
        assertEquals("/doc/organisation/ismu", header(r, "Location"));
        assertTrue(varies(r, "Accept"));
        HttpResponse<byte[]> doc = Corpus.get(c.url(header(r, "Location")), "Accept", "text/html");
        assertEquals(200, doc.statusCode());
        assertEquals("text/html", header(doc, "Content-Type").split(";")[0]);
        assertEquals("/doc/organisation/ismu.html", header(doc, "Content-Location"));
        assertTrue(new String(doc.body(), StandardCharsets.UTF_8).contains("FONDAZIONE ISMU")
                || new String(doc.body(), StandardCharsets.UTF_8).contains("ISMU Foundation"));
    }

    @Test
    void c3NoAcceptHeaderGivesHtmlAndWildcardGivesTurtle() throws Exception {
        HttpResponse<byte[]> none = Corpus.get(c.url("/doc/organisation/ismu"));
        assertEquals(200, none.statusCode());
        assertEquals("text/html", header(none, "Content-Type").split(";")[0]);
        HttpResponse<byte[]> id = Corpus.get(c.url("/id/organisation/ismu"));
        assertEquals(303, id.statusCode());
        HttpResponse<byte[]> any = Corpus.get(c.url("/doc/organisation/ismu"), "Accept", "*/*");
        assertEquals("text/turtle", header(any, "Content-Type").split(";")[0]);
        assertEquals("/doc/organisation/ismu.ttl", header(any, "Content-Location"));
    }

    // ---------------------------------------------------------------- C2, C5, H1

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "text/turtle, ttl", "application/ld+json, jsonld", "application/rdf+xml, rdf", "application/n-triples, nt",
            "application/trig, trig", "application/n-quads, nq"})
    void c2EveryRdfMediaType(String mediaType, String ext) throws Exception {
        HttpResponse<byte[]> id = Corpus.get(c.url("/id/organisation/ismu"), "Accept", mediaType);
        assertEquals(303, id.statusCode());
        assertEquals("/doc/organisation/ismu", header(id, "Location"));
        HttpResponse<byte[]> r = Corpus.get(c.url("/doc/organisation/ismu"), "Accept", mediaType);
        assertEquals(200, r.statusCode());
        assertEquals(mediaType, header(r, "Content-Type").split(";")[0].trim());
        if (mediaType.startsWith("text/") || mediaType.contains("json") || mediaType.contains("xml") || mediaType.contains("trig"))
            assertTrue(header(r, "Content-Type").toLowerCase().contains("charset=utf-8"), header(r, "Content-Type"));
        assertEquals("/doc/organisation/ismu." + ext, header(r, "Content-Location"));
        assertTrue(varies(r, "Accept"));
        assertNotNull(header(r, "ETag"));
        Model m = rio(r.body(), header(r, "Content-Type"), c.url("/doc/organisation/ismu"));
        IRI ismu = VF.createIRI(ISMU);
        assertFalse(m.filter(ismu, null, null).isEmpty(), "triples about ISMU");
        // C5: the document says what it is about.
        IRI doc = VF.createIRI(c.publicUrl() + "doc/organisation/ismu");
        assertTrue(m.contains(doc, VF.createIRI(FOAF_PRIMARY_TOPIC), ismu), "foaf:primaryTopic");
        // The same by extension, with no negotiation (no Vary: Accept, no Content-Location).
        HttpResponse<byte[]> fixed = Corpus.get(c.url("/doc/organisation/ismu." + ext));
        assertEquals(200, fixed.statusCode());
        assertEquals(mediaType, header(fixed, "Content-Type").split(";")[0].trim());
        assertFalse(varies(fixed, "Accept"));
        assertTrue(Models.isomorphic(m, rio(fixed.body(), header(fixed, "Content-Type"), c.url("/doc/organisation/ismu"))));
        // And by ?format=
        HttpResponse<byte[]> param = Corpus.get(c.url("/doc/organisation/ismu?format=" + ext), "Accept", "text/html");
        assertEquals(mediaType, header(param, "Content-Type").split(";")[0].trim());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "text/html;q=0.5, text/turtle;q=0.9 | text/turtle",
            "application/ld+json, text/turtle;q=0.5 | application/ld+json",
            "text/turtle;q=0, */*;q=0.1 | application/ld+json",
            "text/*;q=0.8, text/html;q=0.1 | text/turtle",
            "application/rdf+xml;q=0.9, application/n-triples | application/n-triples",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | text/html",
            "application/n-quads;q=0.2, application/trig;q=0.3 | application/trig"})
    void qualityValuesAreHonoured(String accept, String expected) throws Exception {
        HttpResponse<byte[]> r = Corpus.get(c.url("/doc/project/mistra"), "Accept", accept);
        assertEquals(200, r.statusCode());
        assertEquals(expected, header(r, "Content-Type").split(";")[0].trim());
        if (!expected.equals("text/html")) assertFalse(rio(r.body(), expected, c.url("/")).isEmpty());
    }

    @Test
    void turtleAndJsonLdOfOneEntityAreIsomorphic() throws Exception {
        for (String path : List.of("/doc/project/mistra", "/doc/organisation/reseau", "/doc/document/002-34d5001a9e66cf88-txt",
                "/doc/annotation/348d9b32fe18dea7")) {
            HttpResponse<byte[]> ttl = Corpus.get(c.url(path), "Accept", "text/turtle");
            HttpResponse<byte[]> json = Corpus.get(c.url(path), "Accept", "application/ld+json");
            HttpResponse<byte[]> nt = Corpus.get(c.url(path), "Accept", "application/n-triples");
            HttpResponse<byte[]> xml = Corpus.get(c.url(path), "Accept", "application/rdf+xml");
            Model a = rio(ttl.body(), "text/turtle", c.url(path));
            Model b = rio(json.body(), "application/ld+json", c.url(path));
            assertTrue(a.size() > 5, path);
            assertTrue(Models.isomorphic(a, b), path + ": Turtle and JSON-LD differ");
            assertTrue(Models.isomorphic(a, rio(nt.body(), "application/n-triples", c.url(path))), path + " N-Triples");
            assertTrue(Models.isomorphic(a, rio(xml.body(), "application/rdf+xml", c.url(path))), path + " RDF/XML");
        }
    }

    @Test
    void everyEntityParsesInEveryRdfFormat() throws Exception {
        // Every typed entity and every document, in all six syntaxes, through RDF4J Rio; the
        // triple syntaxes give one graph, the quad syntaxes the same triples in named graphs.
        Set<String> iris = new java.util.TreeSet<>(SparqlClient.column(c, """
                SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s a ?t } FILTER(STRSTARTS(STR(?t), "https://w3id.org/ponte/ontology#")) }""", "s"));
        iris.addAll(SparqlClient.column(c, "SELECT ?g WHERE { GRAPH ?g { } }", "g"));
        int n = 0;
        for (String iri : iris) {
            if (!iri.startsWith(Corpus.BASE)) continue;
            String local = iri.substring(Corpus.BASE.length());
            if (local.contains("#")) local = local.substring(0, local.indexOf('#'));
            Model turtle = null;
            for (String type : List.of("text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples",
                    "application/trig", "application/n-quads")) {
                HttpResponse<byte[]> r = Corpus.get(c.url("/doc/" + local), "Accept", type);
                assertEquals(200, r.statusCode(), local + " " + type);
                Model m = rio(r.body(), type, c.url("/doc/" + local));
                assertFalse(m.filter(VF.createIRI(iri), null, null).isEmpty(), local + " " + type);
                Model triples = new org.eclipse.rdf4j.model.impl.LinkedHashModel();
                m.forEach(st -> triples.add(st.getSubject(), st.getPredicate(), st.getObject()));
                if (turtle == null) turtle = triples;
                else assertTrue(Models.isomorphic(turtle, triples), local + ": " + type + " differs from Turtle");
            }
            n++;
        }
        assertTrue(n > 50, "entities checked: " + n);
    }

    @Test
    void quadFormatsKeepTheSourceGraphs() throws Exception {
        HttpResponse<byte[]> r = Corpus.get(c.url("/doc/project/mistra"), "Accept", "application/n-quads");
        Model m = rio(r.body(), "application/n-quads", c.url("/"));
        Set<String> graphs = m.contexts().stream().filter(x -> x != null).map(Resource::stringValue).collect(Collectors.toSet());
        assertTrue(graphs.stream().anyMatch(g -> g.startsWith(Corpus.BASE + "document/")), graphs.toString());
        // Every statement about MiStra sits in a document graph, never lost in the default graph.
        for (Statement s : m.filter(VF.createIRI(Corpus.BASE + "project/mistra"), null, null))
            assertNotNull(s.getContext(), s.toString());
        HttpResponse<byte[]> trig = Corpus.get(c.url("/doc/project/mistra"), "Accept", "application/trig");
        Model t = rio(trig.body(), "application/trig", c.url("/"));
        assertTrue(Models.isomorphic(m, t), "TriG and N-Quads differ");
    }

    @Test
    void descriptionHasIncomingLinksAndEvidence() throws Exception {
        // DG HOME funds KING: the funder's description names the project, with its label and type.
        HttpResponse<byte[]> r = Corpus.get(c.url("/doc/organisation/dg-home"), "Accept", "text/turtle");
        Model m = rio(r.body(), "text/turtle", c.url("/"));
        IRI king = VF.createIRI(Corpus.BASE + "project/king");
        assertTrue(m.contains(king, VF.createIRI("https://w3id.org/ponte/ontology#fundedBy"), VF.createIRI(Corpus.BASE + "organisation/dg-home")));
        assertFalse(m.filter(king, VF.createIRI("http://www.w3.org/2000/01/rdf-schema#label"), null).isEmpty());
        assertTrue(m.contains(king, VF.createIRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), VF.createIRI("https://w3id.org/ponte/ontology#Project")));
        // MiStra's budget evidence: an annotation whose statement has MiStra as subject, with its quote.
        Model mistra = rio(Corpus.get(c.url("/doc/project/mistra"), "Accept", "text/turtle").body(), "text/turtle", c.url("/"));
        IRI exact = VF.createIRI("http://www.w3.org/ns/oa#exact");
        assertFalse(mistra.filter(null, exact, null).isEmpty(), "quotes");
        assertFalse(mistra.filter(null, VF.createIRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject"),
                VF.createIRI(Corpus.BASE + "project/mistra")).isEmpty(), "reified statements about MiStra");
        assertFalse(mistra.filter(null, VF.createIRI("https://schema.org/value"), null).isEmpty(), "the budget node is described");
    }

    // ---------------------------------------------------------------- C4, C6

    @Test
    void c4NothingAcceptableIs406WithTheList() throws Exception {
        for (String path : List.of("/id/organisation/ismu", "/doc/organisation/ismu", "/ontology", "/.well-known/void", "/")) {
            HttpResponse<byte[]> r = Corpus.get(c.url(path), "Accept", "image/png");
            assertEquals(406, r.statusCode(), path);
            String body = new String(r.body(), StandardCharsets.UTF_8);
            assertTrue(body.contains("text/turtle"), path + ": " + body);
            assertTrue(body.contains("application/ld+json"), path);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/id/organisation/no-such-thing", "/doc/organisation/no-such-thing", "/id/project/ismu",
            "/id/nokind/ismu", "/doc/organisation/ismu.exe", "/ontology/NoSuchTerm", "/dumps/nothing.gz", "/list/dragons",
            "/queries/nothing.rq"})
    void c6UnknownIs404(String path) throws Exception {
        HttpResponse<byte[]> r = Corpus.get(c.url(path), "Accept", "text/turtle");
        assertEquals(404, r.statusCode(), path);
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertFalse(body.contains("Exception") || body.contains("at org."), path + ": " + body);
    }

    // ---------------------------------------------------------------- C7: ontology

    @Test
    void c7OntologyAndItsTermsResolve() throws Exception {
        HttpResponse<byte[]> html = Corpus.get(c.url("/ontology"), "Accept", "text/html");
        assertEquals(200, html.statusCode());
        assertEquals("/ontology.html", header(html, "Content-Location"));
        String page = new String(html.body(), StandardCharsets.UTF_8);
        assertTrue(page.contains("id=\"Organisation\""));
        assertTrue(page.contains("id=\"theme-employment\""));
        assertTrue(page.contains("organizzazione"), "Italian labels");
        for (String type : List.of("text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples")) {
            HttpResponse<byte[]> r = Corpus.get(c.url("/ontology"), "Accept", type);
            assertEquals(type, header(r, "Content-Type").split(";")[0].trim());
            Model m = rio(r.body(), type, c.url("/ontology"));
            assertTrue(m.contains(VF.createIRI("https://w3id.org/ponte/ontology#Organisation"), null, null), type);
        }
        HttpResponse<byte[]> term = Corpus.get(c.url("/ontology/Organisation"), "Accept", "text/html");
        assertEquals(303, term.statusCode());
        assertEquals("/ontology#Organisation", header(term, "Location"));
        HttpResponse<byte[]> version = Corpus.get(c.url("/ontology/0.1.0"), "Accept", "text/turtle");
        assertEquals(200, version.statusCode());
        assertEquals(301, Corpus.get(c.url("/ontology/")).statusCode());
        HttpResponse<byte[]> shapes = Corpus.get(c.url("/shapes"), "Accept", "text/turtle");
        assertEquals(200, shapes.statusCode());
        assertFalse(rio(shapes.body(), "text/turtle", c.url("/shapes")).isEmpty());
    }

    @Test
    void everyClassAndPropertyInTheStoreIsDefinedByTheServedOntology() throws Exception {
        Model onto = rio(Corpus.get(c.url("/ontology.ttl")).body(), "text/turtle", c.url("/ontology"));
        String q = """
                SELECT DISTINCT ?t WHERE { GRAPH ?g { { ?s a ?t } UNION { ?s ?t ?o } UNION { ?s ?p ?t FILTER(isIRI(?t)) } }
                  FILTER(?g != <https://w3id.org/ponte/ontology>)
                  FILTER(STRSTARTS(STR(?t), "https://w3id.org/ponte/ontology#")) }""";
        List<String> used = SparqlClient.column(c, q, "t");
        assertFalse(used.isEmpty());
        for (String t : used) {
            // The mapper's software agent is a PROV individual, not an ontology term (see the README).
            if (t.endsWith("#PonteMapper")) continue;
            assertFalse(onto.filter(VF.createIRI(t), null, null).isEmpty(), t + " is used in the data but /ontology does not define it");
        }
    }

    // ---------------------------------------------------------------- H1–H4

    @Test
    void h1ValidatorsAnd304() throws Exception {
        HttpResponse<byte[]> r = Corpus.get(c.url("/doc/organisation/ismu"), "Accept", "text/turtle");
        String etag = header(r, "ETag");
        assertNotNull(etag);
        HttpResponse<byte[]> again = Corpus.get(c.url("/doc/organisation/ismu"), "Accept", "text/turtle", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(etag, header(again, "ETag"));
        // Another representation has another validator.
        HttpResponse<byte[]> html = Corpus.get(c.url("/doc/organisation/ismu"), "Accept", "text/html");
        assertFalse(etag.equals(header(html, "ETag")));
        assertEquals(200, Corpus.get(c.url("/doc/organisation/ismu"), "Accept", "text/html", "If-None-Match", etag).statusCode());
        for (String path : List.of("/", "/list/organisation", "/ontology", "/.well-known/void", "/doc/project/mistra.html")) {
            HttpResponse<byte[]> p = Corpus.get(c.url(path), "Accept", "text/html");
            String tag = header(p, "ETag");
            assertNotNull(tag, path);
            assertEquals(304, Corpus.get(c.url(path), "Accept", "text/html", "If-None-Match", tag).statusCode(), path);
        }
    }

    @Test
    void h2HeadGivesTheHeadersWithoutABody() throws Exception {
        for (String path : List.of("/doc/organisation/ismu", "/id/organisation/ismu", "/", "/dumps/ponte.nq.gz", "/ontology")) {
            HttpResponse<byte[]> get = Corpus.get(c.url(path), "Accept", "text/turtle");
            HttpResponse<byte[]> head = Corpus.send("HEAD", c.url(path), "Accept", "text/turtle");
            assertEquals(get.statusCode(), head.statusCode(), path);
            assertEquals(0, head.body().length, path);
            assertEquals(header(get, "Content-Type"), header(head, "Content-Type"), path);
            assertEquals(header(get, "ETag"), header(head, "ETag"), path);
            if (get.statusCode() == 200) assertEquals(header(get, "Content-Length"), header(head, "Content-Length"), path);
        }
    }

    @Test
    void h3LinkHeadersAndCors() throws Exception {
        HttpResponse<byte[]> r = Corpus.get(c.url("/doc/organisation/ismu"), "Accept", "text/html", "Origin", "https://example.org");
        List<String> links = headers(r, "Link");
        assertTrue(links.contains("<" + ISMU + ">; rel=\"cite-as\""), links.toString());
        for (String ext : List.of("ttl", "jsonld", "rdf", "nt", "trig", "nq"))
            assertTrue(links.stream().anyMatch(l -> l.startsWith("<" + c.publicUrl() + "doc/organisation/ismu." + ext + ">; rel=\"alternate\"")), ext);
        assertTrue(links.stream().anyMatch(l -> l.contains("rel=\"describedby\"") && l.contains("type=\"text/turtle\"")));
        assertTrue(links.contains("<https://creativecommons.org/licenses/by/4.0/>; rel=\"license\""), links.toString());
        assertTrue(links.contains("<" + c.publicUrl() + ".well-known/void#dataset>; rel=\"collection\""), links.toString());
        assertTrue(links.contains("<https://schema.org/Organization>; rel=\"type\""), links.toString());
        String allowed = header(r, "Access-Control-Allow-Origin");
        assertTrue("*".equals(allowed) || "https://example.org".equals(allowed), allowed);
        String exposed = String.join(",", headers(r, "Access-Control-Expose-Headers"));
        assertTrue(List.of(exposed.split("\\s*,\\s*")).contains("Link"), exposed);
        // Preflight for a cross-origin GET with Accept.
        HttpResponse<byte[]> pre = Corpus.send("OPTIONS", c.url("/doc/organisation/ismu"), "Origin", "https://example.org",
                "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "accept");
        assertTrue(pre.statusCode() == 200 || pre.statusCode() == 204, "preflight " + pre.statusCode());
        assertNotNull(header(pre, "Access-Control-Allow-Methods"));
    }

    @Test
    void h4GzipWhenAsked() throws Exception {
        HttpResponse<byte[]> plain = Corpus.get(c.url("/doc/project/mistra"), "Accept", "text/turtle");
        HttpResponse<byte[]> gz = Corpus.get(c.url("/doc/project/mistra"), "Accept", "text/turtle", "Accept-Encoding", "gzip");
        assertEquals("gzip", header(gz, "Content-Encoding"));
        assertTrue(varies(gz, "Accept-Encoding"));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz.body()))) {
            assertArrayEquals(plain.body(), in.readAllBytes());
        }
        assertEquals(null, header(plain, "Content-Encoding"));
    }

    @Test
    void onlyGetAndHead() throws Exception {
        for (String m : List.of("POST", "PUT", "DELETE")) {
            HttpResponse<byte[]> r = Corpus.send(m, c.url("/doc/organisation/ismu"));
            assertEquals(405, r.statusCode(), m);
        }
    }

    @Test
    void idRedirectKeepsAnExplicitFormat() throws Exception {
        Map<String, String> cases = Map.of("/id/organisation/ismu.ttl", "/doc/organisation/ismu.ttl",
                "/id/organisation/ismu?format=jsonld", "/doc/organisation/ismu.jsonld");
        for (Map.Entry<String, String> e : cases.entrySet()) {
            HttpResponse<byte[]> r = Corpus.get(c.url(e.getKey()), "Accept", "text/html");
            assertEquals(303, r.statusCode(), e.getKey());
            assertEquals(e.getValue(), header(r, "Location"), e.getKey());
        }
        assertEquals(400, Corpus.get(c.url("/doc/organisation/ismu?format=pdf")).statusCode());
    }
}
