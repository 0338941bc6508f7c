package org.ponte.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ponte.core.PonteConfig;
import org.ponte.loader.FusekiConfigFile;
import org.ponte.loader.StoreLayout;

/**
 * fuseki-config/config.ttl on a plain Fuseki, without Ponte's server code: the same file, with
 * its two relative locations resolved as a stock Fuseki started from the project root would
 * (here against the test's work directory), through the {@code current} link the loader keeps.
 */
class StockFusekiTest {
    @TempDir
    Path tmp;

    @Test
    void configRunsOnPlainFuseki() throws Exception {
        PonteConfig cfg = ServerFixture.config(tmp, Map.of());
        ServerFixture.publish(cfg, tmp);
        Path current = cfg.storeRoot().resolve(StoreLayout.CURRENT_LINK);
        Model model = FusekiConfigFile.read(cfg.fusekiConfig()).boundTo(current.resolve("tdb2"), current.resolve("text"));
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).parseConfig(model).build().start();
        try {
            String base = "http://localhost:" + fuseki.getHttpPort() + "/ponte/";
            String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                    + "SELECT ?s { ?s text:query (rdfs:label 'Reseau') }";
            try (QueryExec qe = QueryExecHTTP.service(base + "sparql").query(q).build()) {
                assertEquals(ServerFixture.BASE + "organisation/le-reseau", qe.select().next().get("s").getURI());
            }
            try (QueryExec qe = QueryExecHTTP.service(base + "query").query("ASK { ?s a <https://w3id.org/ponte/ontology#Project> }").build()) {
                assertTrue(qe.ask(), "union default graph");
            }
            assertEquals(200, ServerFixture.get(base + "get?graph=" + ServerFixture.enc(ServerFixture.G1), "text/turtle").statusCode());
            assertEquals(404, ServerFixture.send("POST", base + "update", "application/sparql-update", "CLEAR ALL", null, null).statusCode());
        } finally {
            fuseki.stop();
        }
    }
}
