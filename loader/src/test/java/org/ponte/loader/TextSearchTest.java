package org.ponte.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ponte.core.PonteConfig;

/** The text index as configured in fuseki-config/config.ttl: accents, languages, name lists. */
class TextSearchTest {
    private static final String PREFIXES = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX ponte: <https://w3id.org/ponte/ontology#>
            PREFIX ptext: <https://w3id.org/ponte/text#>
            """;
    private static final String ORG = LoaderFixtures.BASE + "organisation/";
    private static final String PROJECT = LoaderFixtures.BASE + "project/";

    @TempDir
    static Path tmp;
    static DatasetGraph dsg;

    @BeforeAll
    static void build() throws IOException {
        PonteConfig cfg = LoaderFixtures.config(tmp);
        Generation gen = LoaderFixtures.fixtureBuild(cfg, tmp).build().generation();
        dsg = FusekiConfigFile.read(cfg.fusekiConfig()).openDataset(gen);
    }

    @AfterAll
    static void close() {
        GenerationDatasets.close(dsg);
    }

    private static Set<String> subjects(String pattern) {
        Set<String> out = new HashSet<>();
        Txn.executeRead(dsg, () -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(PREFIXES + "SELECT DISTINCT ?s { " + pattern + " }").build()) {
                RowSet rs = qe.select();
                rs.forEachRemaining(b -> out.add(b.get("s").getURI()));
            }
        });
        return out;
    }

    @Test
    void accentInsensitive() {
        assertTrue(subjects("?s text:query (rdfs:label 'Reseau')").contains(ORG + "le-reseau"));
        assertTrue(subjects("?s text:query (rdfs:label 'réseau')").contains(ORG + "le-reseau"));
        assertEquals(Set.of(ORG + "universita-di-oxford"), subjects("?s text:query (rdfs:label 'università')"));
        assertEquals(Set.of(ORG + "universita-di-oxford"), subjects("?s text:query (rdfs:label 'universita')"));
        assertEquals(Set.of(ORG + "universita-di-oxford"), subjects("?s text:query (rdfs:label 'UNIVERSITA')"));
    }

    @Test
    void italianStemming() {
        // "progetti" (plural) meets "Progetto" only through the Italian analyzer.
        assertTrue(subjects("?s text:query (rdfs:label 'progetti' 'lang:it')").contains(PROJECT + "progetto-accoglienza"));
        assertTrue(subjects("?s text:query (rdfs:label 'universita' 'lang:it')").contains(ORG + "universita-di-oxford"));
        assertTrue(subjects("?s text:query (rdfs:label 'progetti')").isEmpty(), "no stemming without a language");
    }

    @Test
    void englishStemming() {
        assertTrue(subjects("?s text:query (ponte:description 'cities' 'lang:en')").contains(PROJECT + "eu-mia"));
        assertTrue(subjects("?s text:query (ponte:description 'city' 'lang:en')").contains(PROJECT + "eu-mia"));
    }

    @Test
    void otherFieldsAndNameList() {
        assertTrue(subjects("?s text:query (ponte:acronym 'ismu')").contains(ORG + "fondazione-ismu"));
        assertTrue(subjects("?s text:query (<http://www.w3.org/2004/02/skos/core#altLabel> 'foundation')").contains(ORG + "fondazione-ismu"));
        assertTrue(subjects("?s text:query (ptext:name 'LR')").contains(ORG + "le-reseau"), "acronym via the name list");
        assertTrue(subjects("?s text:query (ptext:name 'commissione')").contains(ORG + "european-commission"));
    }

    @Test
    void searchWithinOneGraph() {
        String q = "GRAPH <" + LoaderFixtures.G3 + "> { ?s text:query (rdfs:label 'scuole') }";
        assertEquals(Set.of(PROJECT + "rete-scuole"), subjects(q));
    }
}
