package org.ponte.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ponte.core.PonteConfig;
import org.ponte.core.Setting;
import org.ponte.server.PonteServer;

/**
 * A deployment whose data base IRI is the server itself ({@code --base http://127.0.0.1:PORT/id/}):
 * the IRIs in the data are directly dereferenceable, with no redirect service in between, and
 * a crawler that follows them as they are reaches every entity.
 */
class CustomBaseTest {
    @TempDir
    static Path dir;
    static PonteServer server;
    static String base;
    static String root;

    @BeforeAll
    static void start() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        root = "http://127.0.0.1:" + port + "/";
        base = root + "id/";
        PonteConfig cfg = Corpus.config(dir, Map.of(Setting.BASE_IRI, base, Setting.PORT, Integer.toString(port),
                Setting.PUBLIC_URL, root));
        Path doc = cfg.documents().resolve("000_d355328ac488115d.txt");
        Corpus.publish(cfg, List.of(doc));
        server = Corpus.start(cfg);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    @Test
    void dataIrisAreServedWhereTheyPoint() throws Exception {
        String ismu = base + "organisation/ismu";
        HttpResponse<byte[]> r = Corpus.get(ismu, "Accept", "text/turtle");
        assertEquals(303, r.statusCode());
        assertEquals("/doc/organisation/ismu", r.headers().firstValue("Location").orElse(null));
        HttpResponse<byte[]> doc = Corpus.get(root + "doc/organisation/ismu", "Accept", "text/turtle");
        Model m = DereferencingTest.rio(doc.body(), "text/turtle", root);
        var vf = SimpleValueFactory.getInstance();
        assertFalse(m.filter(vf.createIRI(ismu), null, null).isEmpty());
        assertTrue(m.contains(vf.createIRI(root + "doc/organisation/ismu"), vf.createIRI(DereferencingTest.FOAF_PRIMARY_TOPIC), vf.createIRI(ismu)));
        assertTrue(m.filter(vf.createIRI("https://w3id.org/ponte/id/organisation/ismu"), null, null).isEmpty(), "no default-base IRIs");
        HttpResponse<byte[]> v = Corpus.get(root + ".well-known/void", "Accept", "text/turtle");
        Model desc = DereferencingTest.rio(v.body(), "text/turtle", root);
        assertTrue(desc.filter(null, vf.createIRI("http://rdfs.org/ns/void#uriSpace"), vf.createLiteral(base)).size() == 1);
    }

    @Test
    void aCrawlerFollowingTheIrisAsTheyAreReachesEveryEntity() throws Exception {
        HarvesterTest.Crawl crawl = HarvesterTest.crawl(List.of(root + ".well-known/void"),
                u -> !u.contains("/dumps/") && !u.contains("/ponte/") && !u.contains("/ui/"),
                iri -> {
                    String doc = iri.contains("#") ? iri.substring(0, iri.indexOf('#')) : iri;
                    return doc.startsWith(root) ? doc : null;
                });
        assertTrue(crawl.failures().isEmpty(), crawl.failures().toString());
        Set<String> typed = new TreeSet<>();
        HttpResponse<String> q = Corpus.getString(root + "ponte/sparql?query=" + java.net.URLEncoder.encode("""
                SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s a ?t } FILTER(STRSTARTS(STR(?t), "https://w3id.org/ponte/ontology#")) }""",
                java.nio.charset.StandardCharsets.UTF_8), "Accept", "text/csv");
        for (String line : q.body().split("\r?\n")) if (line.startsWith("http")) typed.add(line.trim());
        assertTrue(typed.size() > 3, typed.toString());
        for (String t : typed) assertTrue(t.startsWith(base), t);
        typed.removeAll(crawl.described());
        assertEquals(Set.of(), typed);
    }
}
