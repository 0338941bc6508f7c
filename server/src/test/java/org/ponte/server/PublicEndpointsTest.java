package org.ponte.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ponte.server.ServerFixture.enc;
import static org.ponte.server.ServerFixture.get;
import static org.ponte.server.ServerFixture.send;
import static org.ponte.server.ServerFixture.url;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ponte.core.PonteConfig;

/** The public, read-only contract of /ponte, the UI and the service description. */
class PublicEndpointsTest {
    private static final String SELECT_PROJECTS = """
            PREFIX ponte: <https://w3id.org/ponte/ontology#>
            SELECT DISTINCT ?p WHERE { ?p a ponte:Project } ORDER BY ?p""";
    private static final List<String> PROJECTS = List.of(
            ServerFixture.BASE + "project/eu-mia", ServerFixture.BASE + "project/progetto-accoglienza",
            ServerFixture.BASE + "project/rete-scuole");

    @TempDir
    static Path tmp;
    static PonteServer server;
    static PonteConfig cfg;

    @BeforeAll
    static void start() throws Exception {
        cfg = ServerFixture.config(tmp, Map.of());
        ServerFixture.publish(cfg, tmp);
        server = PonteServer.create(cfg).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    private static List<String> projects(String endpoint, QuerySendMode mode) {
        try (QueryExec qe = QueryExecHTTP.service(url(server, endpoint)).sendMode(mode).query(SELECT_PROJECTS).build()) {
            RowSet rs = qe.select();
            return rs.stream().map(b -> b.get("p").getURI()).toList();
        }
    }

    @Test
    void selectOnBothEndpointsByGetAndPost() {
        for (String ep : List.of("/ponte/sparql", "/ponte/query"))
            for (QuerySendMode mode : List.of(QuerySendMode.asGetAlways, QuerySendMode.asPostForm, QuerySendMode.asPost))
                assertEquals(PROJECTS, projects(ep, mode), ep + " " + mode);
    }

    @Test
    void resultFormatsByAccept() throws Exception {
        String q = url(server, "/ponte/sparql?query=" + enc(SELECT_PROJECTS));
        Map<String, String> expect = Map.of(
                "application/sparql-results+json", "\"bindings\"",
                "application/sparql-results+xml", "<sparql",
                "text/csv", "p\r\n",
                "text/tab-separated-values", "?p\n");
        for (Map.Entry<String, String> e : expect.entrySet()) {
            HttpResponse<String> r = get(q, e.getKey());
            assertEquals(200, r.statusCode(), e.getKey());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(e.getKey()), e.getKey());
            assertTrue(r.body().contains(e.getValue()), e.getKey() + ": " + r.body());
            assertTrue(r.body().contains("rete-scuole"));
        }
        HttpResponse<String> ask = get(url(server, "/ponte/sparql?query=" + enc("ASK { ?s ?p ?o }")), "application/sparql-results+json");
        assertTrue(ask.body().contains("true"));
    }

    @Test
    void constructAsTurtleAndJsonLd() throws Exception {
        String construct = "PREFIX ponte: <https://w3id.org/ponte/ontology#> CONSTRUCT { ?p ponte:fundedBy ?f } WHERE { ?p ponte:fundedBy ?f }";
        String q = url(server, "/ponte/sparql?query=" + enc(construct));
        for (Map.Entry<String, Lang> e : Map.of("text/turtle", Lang.TURTLE, "application/ld+json", Lang.JSONLD,
                "application/n-triples", Lang.NTRIPLES, "application/rdf+xml", Lang.RDFXML).entrySet()) {
            HttpResponse<String> r = get(q, e.getKey());
            assertEquals(200, r.statusCode(), e.getKey());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(e.getKey()));
            Model m = ModelFactory.createDefaultModel();
            RDFParser.fromString(r.body(), e.getValue()).parse(m);
            assertEquals(3, m.size(), e.getKey() + ":\n" + r.body());
        }
    }

    @Test
    void defaultGraphIsTheUnionOfNamedGraphs() {
        // Fondazione ISMU is described in three graphs (2 + 4 + 2 triples); the union sees each triple once.
        String ismu = "<" + ServerFixture.BASE + "organisation/fondazione-ismu>";
        try (QueryExec qe = QueryExecHTTP.service(url(server, "/ponte/sparql")).query("SELECT (COUNT(*) AS ?n) { " + ismu + " ?p ?o }").build()) {
            assertEquals(4, ((Number) qe.select().next().get("n").getLiteralValue()).intValue());
        }
        try (QueryExec qe = QueryExecHTTP.service(url(server, "/ponte/sparql")).query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { " + ismu + " ?p ?o } }").build()) {
            assertEquals(8, ((Number) qe.select().next().get("n").getLiteralValue()).intValue());
        }
        String g = "SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }";
        Set<String> graphs = new HashSet<>();
        try (QueryExec qe = QueryExecHTTP.service(url(server, "/ponte/sparql")).query(g).build()) {
            qe.select().forEachRemaining(b -> graphs.add(b.get("g").getURI()));
        }
        assertEquals(Set.of(ServerFixture.G1, ServerFixture.G2, ServerFixture.G3, ServerFixture.ONTOLOGY_GRAPH), graphs);
    }

    @Test
    void textSearchThroughTheServer() {
        String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?s { ?s text:query (rdfs:label 'universita') }";
        try (QueryExec qe = QueryExecHTTP.service(url(server, "/ponte/sparql")).query(q).build()) {
            assertEquals(ServerFixture.BASE + "organisation/universita-di-oxford", qe.select().next().get("s").getURI());
        }
    }

    @Test
    void graphStoreReadOfOneGraph() throws Exception {
        HttpResponse<String> r = get(url(server, "/ponte/get?graph=" + enc(ServerFixture.G3)), "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        assertEquals(9, m.size());
        assertEquals(404, get(url(server, "/ponte/get?graph=" + enc(ServerFixture.BASE + "document/none")), "text/turtle").statusCode());
    }

    @Test
    void ping() throws Exception {
        assertEquals(200, get(url(server, "/$/ping"), null).statusCode());
    }

    @Test
    void serviceDescriptionOnGetWithoutQuery() throws Exception {
        String sd = "http://www.w3.org/ns/sparql-service-description#";
        HttpResponse<String> r = get(url(server, "/ponte/sparql"), null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);

        Resource service = m.listResourcesWithProperty(RDF.type, m.createResource(sd + "Service")).next();
        String endpoint = server.publicUrl() + "ponte/sparql";
        assertEquals("http://localhost:" + server.port() + "/ponte/sparql", endpoint);
        assertEquals(endpoint, service.getPropertyResourceValue(m.createProperty(sd, "endpoint")).getURI());
        assertTrue(service.hasProperty(m.createProperty(sd, "supportedLanguage"), m.createResource(sd + "SPARQL11Query")));
        assertTrue(service.hasProperty(m.createProperty(sd, "feature"), m.createResource(sd + "UnionDefaultGraph")));
        assertTrue(service.hasProperty(m.createProperty(sd, "resultFormat"), m.createResource("http://www.w3.org/ns/formats/SPARQL_Results_JSON")));

        Property triples = m.createProperty("http://rdfs.org/ns/void#", "triples");
        Resource dataset = service.getPropertyResourceValue(m.createProperty(sd, "defaultDataset"));
        Resource dftGraph = dataset.getPropertyResourceValue(m.createProperty(sd, "defaultGraph"));
        assertTrue(dftGraph.getProperty(triples).getLong() > 30);
        Map<String, Long> sizes = new HashMap<>();
        for (Statement st : dataset.listProperties(m.createProperty(sd, "namedGraph")).toList()) {
            Resource ng = st.getResource();
            RDFNode name = ng.getProperty(m.createProperty(sd, "name")).getObject();
            long n = ng.getPropertyResourceValue(m.createProperty(sd, "graph")).getProperty(triples).getLong();
            sizes.put(name.asResource().getURI(), n);
        }
        assertEquals(Set.of(ServerFixture.G1, ServerFixture.G2, ServerFixture.G3, ServerFixture.ONTOLOGY_GRAPH), sizes.keySet());
        assertEquals(9L, sizes.get(ServerFixture.G3));

        HttpResponse<String> jsonld = get(url(server, "/ponte/sparql"), "application/ld+json");
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        Model m2 = ModelFactory.createDefaultModel();
        RDFParser.fromString(jsonld.body(), Lang.JSONLD).parse(m2);
        assertTrue(m2.isIsomorphicWith(m));
        assertEquals(200, get(url(server, "/ponte/query"), "application/rdf+xml").statusCode());

        // A GET with a query still runs the query.
        HttpResponse<String> q = get(url(server, "/ponte/sparql?query=" + enc("ASK {}")), "application/sparql-results+json");
        assertTrue(q.body().contains("\"boolean\""));
    }

    @Test
    void writesAreRefusedWithoutCredentials() throws Exception {
        String update = "update=" + enc("INSERT DATA { GRAPH <http://x/g> { <http://x/s> <http://x/p> 1 } }");
        String form = "application/x-www-form-urlencoded";
        assertEquals(404, send("POST", url(server, "/ponte/update"), form, update, null, null).statusCode());
        assertEquals(404, send("POST", url(server, "/ponte/update"), "application/sparql-update",
                "INSERT DATA { <http://x/s> <http://x/p> 1 }", null, null).statusCode());
        int viaQuery = send("POST", url(server, "/ponte/sparql"), form, update, null, null).statusCode();
        assertTrue(viaQuery >= 400 && viaQuery < 500, "update on the query endpoint: " + viaQuery);
        int viaUpdateType = send("POST", url(server, "/ponte/sparql"), "application/sparql-update",
                "INSERT DATA { <http://x/s> <http://x/p> 1 }", null, null).statusCode();
        assertTrue(viaUpdateType >= 400 && viaUpdateType < 500, "update body on the query endpoint: " + viaUpdateType);
        int gspPut = send("PUT", url(server, "/ponte/get?graph=" + enc("http://x/g")), "text/turtle", "<http://x/s> <http://x/p> 1 .", null, null).statusCode();
        assertTrue(gspPut == 405 || gspPut == 404, "GSP PUT: " + gspPut);
        int gspPost = send("POST", url(server, "/ponte/get?graph=" + enc("http://x/g")), "text/turtle", "<http://x/s> <http://x/p> 1 .", null, null).statusCode();
        assertTrue(gspPost >= 400 && gspPost < 500, "GSP POST: " + gspPost);
        assertEquals(404, send("PUT", url(server, "/ponte/data?graph=" + enc("http://x/g")), "text/turtle", "<http://x/s> <http://x/p> 1 .", null, null).statusCode());
        assertEquals(404, send("PUT", url(server, "/ponte/replace?graph=" + enc("http://x/g")), "text/turtle", "", null, null).statusCode());
        assertEquals(404, send("POST", url(server, "/ponte/reload"), null, null, null, null).statusCode());
        assertEquals(404, send("POST", url(server, "/$/datasets"), form, "dbName=x&dbType=mem", null, null).statusCode());
        assertEquals(405, send("POST", url(server, "/$/server"), null, null, null, null).statusCode());
        // And nothing was written.
        String ask = "ASK { GRAPH ?g { <http://x/s> ?p ?o } }";
        try (QueryExec qe = QueryExecHTTP.service(url(server, "/ponte/sparql")).query(ask).build()) {
            assertFalse(qe.ask());
        }
    }

    @Test
    void errorsAreShortAndWithoutStackTraces() throws Exception {
        HttpResponse<String> bad = get(url(server, "/ponte/sparql?query=" + enc("SELECT * WHERE { ?s ?p }")), null);
        assertEquals(400, bad.statusCode());
        assertNoStackTrace(bad.body());
        HttpResponse<String> badText = get(url(server, "/ponte/sparql?query=" + enc(
                "PREFIX text: <http://jena.apache.org/text#> SELECT * { ?s text:query ('\"unclosed') }")), null);
        assertTrue(badText.statusCode() == 400 || badText.statusCode() == 200, "status " + badText.statusCode());
        assertNoStackTrace(badText.body());
        HttpResponse<String> html = get(url(server, "/ponte/sparql?query=" + enc("SELECT")), "text/html");
        assertEquals(400, html.statusCode());
        assertNoStackTrace(html.body());
        HttpResponse<String> none = get(url(server, "/nowhere"), "text/html");
        assertEquals(404, none.statusCode());
        assertNoStackTrace(none.body());
    }

    static void assertNoStackTrace(String body) {
        assertFalse(body.matches("(?s).*\\bat [a-z]+\\.[a-zA-Z.$]+\\(.*"), "stack trace in body:\n" + body);
        assertFalse(body.contains("Exception"), "exception class in body:\n" + body);
    }

    @Test
    void siteRootIsLeftFree() throws Exception {
        assertEquals(404, get(url(server, "/"), "text/html").statusCode());
    }

    @Test
    void queryUiAndItsCalls() throws Exception {
        HttpResponse<String> index = get(url(server, "/ui/"), "text/html");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("Fuseki"));
        Matcher m = Pattern.compile("(?:src|href)=\"\\./([^\"]+)\"").matcher(index.body());
        int assets = 0;
        while (m.find()) {
            HttpResponse<String> a = get(url(server, "/ui/" + m.group(1)), null);
            assertEquals(200, a.statusCode(), m.group(1));
            assets++;
        }
        assertTrue(assets >= 2, "index.html links its script and style");
        HttpResponse<String> redirect = get(url(server, "/ui"), null);
        assertTrue(redirect.statusCode() == 302 || redirect.statusCode() == 200);

        // The calls the app makes from /ui/ (see QueryUi): all GET, all 200.
        HttpResponse<String> srv = get(url(server, "/ui/$/server"), "application/json");
        assertEquals(200, srv.statusCode());
        assertTrue(srv.body().contains("\"/ponte\""), srv.body());
        assertTrue(srv.body().contains("\"sparql\""));
        assertEquals(200, get(url(server, "/ui/$/ping"), null).statusCode());
        assertEquals(200, get(url(server, "/ui/$/stats/ponte"), "application/json").statusCode());
        HttpResponse<String> q = get(url(server, "/ui/ponte/sparql?query=" + enc("select (count(*) as ?count) {?s ?p ?o}")),
                "application/sparql-results+json");
        assertEquals(200, q.statusCode());
        assertTrue(q.body().contains("\"count\""));
        assertEquals(200, send("POST", url(server, "/ui/ponte/query"), "application/sparql-query",
                "select ?g (count(*) as ?count) {graph ?g {?s ?p ?o}} group by ?g", null, null).statusCode());
        // Its write calls find nothing.
        assertEquals(404, send("POST", url(server, "/ui/ponte/update"), "application/sparql-update", "CLEAR ALL", null, null).statusCode());
        assertEquals(404, send("DELETE", url(server, "/ui/$/datasets/ponte"), null, null, null, null).statusCode());
        assertEquals(404, get(url(server, "/ui/$/backup/ponte"), null).statusCode());
    }

    @Test
    void corsForReadOnlyEndpoints() throws Exception {
        var preflight = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(server, "/ponte/sparql")))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://example.org")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Content-Type")
                .build();
        HttpResponse<String> r = ServerFixture.HTTP.send(preflight, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(Set.of("*", "https://example.org").contains(r.headers().firstValue("Access-Control-Allow-Origin").orElse("")));
        assertTrue(r.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));

        var get = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(server, "/ponte/get?graph=" + enc(ServerFixture.G1))))
                .header("Origin", "https://example.org").GET().build();
        HttpResponse<String> g = ServerFixture.HTTP.send(get, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, g.statusCode());
        assertTrue(Set.of("*", "https://example.org").contains(g.headers().firstValue("Access-Control-Allow-Origin").orElse("")));
        assertTrue(g.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), "no credentials cross-origin");
        String exposed = g.headers().firstValue("Access-Control-Expose-Headers").orElse("");
        for (String h : List.of("Link", "ETag", "Content-Location")) assertTrue(exposed.contains(h), exposed);
    }
}
