package org.ponte.mapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ponte.core.ProblemLog;
import org.ponte.mapper.read.Document;

/** The facts researchers expect from the corpus, asked in SPARQL over the mapped graphs, and the evidence behind them. */
class MappedGraphTest {
    private static Dataset ds;

    @BeforeAll
    static void map() {
        DatasetGraph dsg = DatasetFactory.createTxnMem().asDatasetGraph();
        new CorpusMapper(TestHome.mapper(), 2).map(CorpusMapper.documents(TestHome.home().resolve("data/documents")),
                new org.apache.jena.riot.system.StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        dsg.add(q);
                    }
                }, Instant.now(), new ProblemLog(100, false), null);
        ds = DatasetFactory.wrap(dsg);
    }

    private static List<String> select(String body) {
        String q = "PREFIX ponte: <https://w3id.org/ponte/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "PREFIX schema: <https://schema.org/> PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
                + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT DISTINCT ?v WHERE { GRAPH ?g { " + body + " } }";
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                ResultSet rs = qe.execSelect();
                java.util.ArrayList<String> out = new java.util.ArrayList<>();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    if (s.get("v") == null) continue;
                    out.add(s.get("v").isLiteral() ? s.getLiteral("v").getLexicalForm() : s.get("v").toString());
                }
                return out;
            }
        });
    }

    private static List<String> selectGraphs(String pattern) {
        String q = "PREFIX ponte: <https://w3id.org/ponte/ontology#> SELECT DISTINCT ?g WHERE { GRAPH ?g { " + pattern + " } }";
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                java.util.ArrayList<String> out = new java.util.ArrayList<>();
                qe.execSelect().forEachRemaining(r -> out.add(r.get("g").toString()));
                return out;
            }
        });
    }

    @Test
    void euMiaIsCoordinatedByTheItcIloWithFieriAndCompasFundedUnderTheEif() {
        String p = "?p ponte:acronym \"EU-MIA\" . ";
        assertEquals(List.of("https://w3id.org/ponte/id/organisation/itc-ilo"), select(p + "?p ponte:coordinatedBy ?v"));
        List<String> partners = select(p + "?p ponte:partner ?o . ?o ponte:acronym ?v");
        assertTrue(partners.containsAll(List.of("FIERI", "COMPAS")), partners.toString());
        assertEquals(List.of("https://w3id.org/ponte/id/programme/eif"), select(p + "?p ponte:fundingProgramme ?v"));
        assertTrue(select("<https://w3id.org/ponte/id/programme/eif> skos:altLabel ?v").contains("European Integration Fund"));
        assertTrue(select(p + "?p ponte:fundedBy ?v").isEmpty(), "the ILO does not fund EU-MIA");
    }

    @Test
    void miStraHasItsLeadBudgetAndDates() {
        String p = "?p ponte:acronym \"MiStra\" . ";
        assertTrue(select(p + "?p ponte:coordinatedBy ?o . ?o rdfs:label ?v").contains("CIOFS-Formazione Professionale"));
        assertEquals(List.of("399740.0"), select(p + "?p ponte:budget ?b . ?b schema:value ?v . ?b schema:currency \"EUR\""),
                "canonical xsd:decimal form, the one TDB2 reads back");
        assertEquals(List.of("2012-10-01"), select(p + "?p ponte:startDate ?v"));
        assertEquals(List.of("2014-09"), select(p + "?p ponte:endDate ?v"), "31/09/14 does not exist: its month is kept");
        assertTrue(select(p + "?p ponte:contactPoint ?c . ?c rdfs:label ?v").contains("Federica Ruggiero"));
    }

    @Test
    void mseAndIsmuArePartners() {
        List<String> partners = select("?x a ponte:Partnership ; ponte:partner ?o . ?o ponte:acronym ?v");
        assertTrue(partners.containsAll(List.of("MSE", "ISMU")), partners.toString());
    }

    @Test
    void theDiasporaSummitIsFundedByDgcsAndAicsAndImplementedByIomWithLeReseau() {
        String p = "?p rdfs:label \"Summit Nazionale delle Diaspore\"@it . ";
        List<String> funders = select(p + "?p ponte:fundedBy ?v");
        assertTrue(funders.containsAll(List.of("https://w3id.org/ponte/id/organisation/dgcs", "https://w3id.org/ponte/id/organisation/aics")), funders.toString());
        assertEquals(List.of("https://w3id.org/ponte/id/organisation/iom"), select(p + "?p ponte:coordinatedBy ?v"));
        assertTrue(select(p + "?p ponte:partner ?o . ?o rdfs:label ?v").contains("Associazione Le Réseau"));
    }

    @Test
    void ismuIsOneEntityAcrossDocuments() {
        List<String> ismu = select("?v ponte:acronym \"ISMU\"");
        assertEquals(List.of("https://w3id.org/ponte/id/organisation/ismu"), ismu);
        List<String> graphs = selectGraphs("<https://w3id.org/ponte/id/organisation/ismu> a ponte:Organisation");
        assertEquals(2, graphs.size(), "named in two documents, typed in both graphs: " + graphs);
    }

    @Test
    void everyFactHasEvidenceWhoseQuoteIsTheTextAtItsOffsets() throws Exception {
        List<String> facts = select("?s ponte:fundedBy ?o . BIND(1 AS ?v)");
        assertFalse(facts.isEmpty());
        String q = "PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX ponte: <https://w3id.org/ponte/ontology#> "
                + "SELECT ?s ?p ?o ?file ?start ?end ?exact WHERE { GRAPH ?g { ?s ?p ?o . FILTER(STRSTARTS(STR(?p), STR(ponte:)) && ?p != ponte:acronym) "
                + "FILTER(?p IN (ponte:fundedBy, ponte:fundingProgramme, ponte:coordinatedBy, ponte:partner, ponte:startDate, ponte:endDate, ponte:budget, ponte:contactPoint)) "
                + "OPTIONAL { ?a oa:hasBody ?st . ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . ?a oa:hasTarget ?t . ?t oa:hasSource ?src ; oa:hasSelector ?pos, ?quote . "
                + "?src ponte:fileName ?file . ?pos oa:start ?start ; oa:end ?end . ?quote oa:exact ?exact } } }";
        int checked = Txn.calculateRead(ds, () -> {
            int n = 0;
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    assertTrue(s.contains("exact"), "fact without evidence: " + s);
                    String file = s.getLiteral("file").getLexicalForm();
                    Document d;
                    try {
                        d = TestHome.mapper().reader().read(TestHome.home().resolve("data/documents").resolve(file));
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                    String text = d.text();
                    int start = text.offsetByCodePoints(0, s.getLiteral("start").getInt());
                    int end = text.offsetByCodePoints(0, s.getLiteral("end").getInt());
                    assertEquals(s.getLiteral("exact").getLexicalForm(), text.substring(start, end));
                    n++;
                }
            }
            return n;
        });
        assertTrue(checked >= 30, "checked " + checked + " facts");
    }
}
