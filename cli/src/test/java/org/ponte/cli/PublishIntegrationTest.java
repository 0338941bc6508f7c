package org.ponte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecutionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ponte.core.PonteConfig;
import org.ponte.core.ProblemLog;
import org.ponte.core.Setting;
import org.ponte.server.PonteServer;

/**
 * The whole pipeline as publish runs it: the corpus mapped, validated, loaded into a new store
 * generation and served on a free port; researchers' questions answered over HTTP through
 * Jena's SPARQL client; writes refused without credentials.
 */
class PublishIntegrationTest {
    @TempDir
    static Path work;
    static PonteServer server;
    static String endpoint;
    static Publisher.Result published;

    static Path home() {
        return CliTestSupport.home();
    }

    @BeforeAll
    static void publishAndServe() throws Exception {
        PonteConfig cfg = PonteConfig.builder().set(Setting.HOME, home().toString()).set(Setting.WORK, work.toString())
                .set(Setting.DIST, work.resolve("dist").toString()).set(Setting.PORT, "0").build();
        ProblemLog problems = new ProblemLog(1000, false);
        Publisher publisher = new Publisher(cfg, problems);
        published = publisher.full(publisher.documents(cfg.documents()), true);
        server = PonteServer.create(cfg).problems(problems).build().start();
        endpoint = "http://localhost:" + server.port() + "/ponte/sparql";
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    private static List<String> select(String query, String... vars) {
        List<String> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(query).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                StringBuilder sb = new StringBuilder();
                for (String v : vars) {
                    if (sb.length() > 0) sb.append(" | ");
                    sb.append(s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.getResource(v).getURI());
                }
                rows.add(sb.toString());
            }
        }
        return rows;
    }

    @Test
    void allFiveDocumentsArePublishedWithTheirDumps() {
        assertEquals(5, published.map().mapped());
        assertTrue(published.map().skipped().isEmpty());
        assertTrue(Files.isRegularFile(work.resolve("dist/ponte.nq.gz")));
        assertTrue(Files.isRegularFile(work.resolve("manifest.tsv")));
        List<String> graphs = select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "g");
        assertTrue(graphs.size() >= 7, "five documents, the reference data and the ontology: " + graphs);
    }

    @Test
    void projectsAndTheirFundersAreTheRowsTheDocumentsState() {
        List<String> rows = select("""
                PREFIX ponte: <https://w3id.org/ponte/ontology#>
                SELECT ?p ?f WHERE { ?p ponte:fundedBy ?f }""", "p", "f");
        String id = "https://w3id.org/ponte/id/";
        assertTrue(rows.contains(id + "project/face-to-face-with-prejudice | " + id + "organisation/unar"), rows.toString());
        assertTrue(rows.contains(id + "project/king | " + id + "organisation/dg-home"), rows.toString());
        assertTrue(rows.contains(id + "project/summit-nazionale-delle-diaspore | " + id + "organisation/dgcs"), rows.toString());
        assertTrue(rows.contains(id + "project/summit-nazionale-delle-diaspore | " + id + "organisation/aics"), rows.toString());
        List<String> programmes = select("""
                PREFIX ponte: <https://w3id.org/ponte/ontology#>
                SELECT ?p ?f WHERE { ?p ponte:fundingProgramme ?f }""", "p", "f");
        assertTrue(programmes.contains(id + "project/eu-mia | " + id + "programme/eif"), programmes.toString());
    }

    @Test
    void csvResultsByAccept() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(endpoint + "?query="
                + java.net.URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "UTF-8"))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(r.body().startsWith("n\r\n") || r.body().startsWith("n\n"), r.body());
    }

    @Test
    void anUpdateWithoutCredentialsIsRefused() throws Exception {
        String update = "INSERT DATA { <http://example.org/x> <http://example.org/y> \"z\" }";
        Exception e = null;
        try {
            UpdateExecutionHTTP.service("http://localhost:" + server.port() + "/ponte/update").update(update).execute();
        } catch (Exception ex) {
            e = ex;
        }
        assertTrue(e != null, "an update without credentials must fail");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertNotEquals(200, r.statusCode());
        assertFalse(r.body().contains("Exception"), r.body());
        assertTrue(select("SELECT ?o WHERE { <http://example.org/x> ?p ?o }", "o").isEmpty(), "nothing was written");
    }
}
