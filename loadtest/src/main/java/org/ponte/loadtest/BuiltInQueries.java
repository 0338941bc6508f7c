package org.ponte.loadtest;

import java.util.List;

/** The README's example queries, used when no {@code data/queries/*.rq} exist, plus two cheap lookups. */
final class BuiltInQueries {
    private BuiltInQueries() {}

    private static final String P = """
            PREFIX ponte: <https://w3id.org/ponte/ontology#>
            PREFIX rdfs:  <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX oa:    <http://www.w3.org/ns/oa#>
            PREFIX rdf:   <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            """;

    static final List<String> ALL = List.of(
            P + """
            SELECT ?funder ?funderName ?project WHERE {
              ?project ponte:fundedBy ?funder .
              {
                SELECT ?funder (SAMPLE(?name) AS ?funderName) WHERE {
                  { SELECT DISTINCT ?funder WHERE { [] ponte:fundedBy ?funder } }
                  OPTIONAL { ?funder rdfs:label ?name FILTER(langMatches(lang(?name), "en")) }
                } GROUP BY ?funder
              }
            } ORDER BY ?funderName ?project""",
            P + """
            SELECT DISTINCT ?partner ?name WHERE {
              ?x ponte:partner|ponte:coordinatedBy <https://w3id.org/ponte/id/organisation/ismu> ;
                 ponte:partner|ponte:coordinatedBy ?partner .
              FILTER(?partner != <https://w3id.org/ponte/id/organisation/ismu>)
              ?partner rdfs:label ?name .
            }""",
            P + """
            SELECT ?project ?start ?end WHERE {
              { SELECT ?project (MIN(STR(?s)) AS ?start) WHERE { ?project a ponte:Project ; ponte:startDate ?s } GROUP BY ?project }
              OPTIONAL { SELECT ?project (MAX(STR(?e)) AS ?end) WHERE { ?project a ponte:Project ; ponte:endDate ?e } GROUP BY ?project }
              FILTER(SUBSTR(?start, 1, 4) <= "2014" && (!BOUND(?end) || SUBSTR(?end, 1, 4) >= "2014"))
            } ORDER BY ?start""",
            P + """
            SELECT ?file ?start ?end ?quote ?confidence WHERE {
              ?a oa:hasBody ?st ; ponte:confidence ?confidence ; oa:hasTarget ?t .
              ?st rdf:subject <https://w3id.org/ponte/id/project/mistra> ; rdf:predicate ponte:budget .
              ?t oa:hasSource ?doc ; oa:hasSelector ?pos, ?q .
              ?doc ponte:fileName ?file .
              ?pos oa:start ?start ; oa:end ?end .
              ?q oa:exact ?quote .
            }""",
            P + "SELECT ?o ?name { ?o a ponte:Organisation ; rdfs:label ?name } ORDER BY ?name LIMIT 50",
            P + "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g");
}
