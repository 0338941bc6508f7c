package org.ponte.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ponte.core.Vocab;

/**
 * A Linked Open Data harvester: starting from {@code /.well-known/void} and following only the
 * links found in RDF responses, with content negotiation (Turtle), it must reach every entity
 * of the store, that is every subject typed with a Ponte class (compared with a SPARQL list).
 *
 * <p>Data IRIs ({@code https://w3id.org/ponte/id/X}) are fetched at {@code /id/X}, as the
 * w3id.org redirect would send them; the ontology IRI at {@code /ontology}; fragments are
 * dropped before fetching, as every HTTP client does. The crawler does not open the dumps
 * (that would be trivially complete) nor the SPARQL endpoint.
 */
class HarvesterTest {
    static Corpus c;

    @BeforeAll
    static void corpus() throws IOException {
        c = Corpus.get();
    }

    /** Where a crawler fetches an IRI it found, or null when it is not this dataset's. */
    static String fetchUrl(String iri) {
        int hash = iri.indexOf('#');
        String doc = hash >= 0 ? iri.substring(0, hash) : iri;
        if (doc.startsWith(Corpus.BASE)) return c.url("/id/" + doc.substring(Corpus.BASE.length()));
        if (doc.equals(Vocab.ONTOLOGY_IRI)) return c.url("/ontology");
        if (doc.startsWith(c.publicUrl())) {
            String path = "/" + doc.substring(c.publicUrl().length());
            if (path.startsWith("/dumps/") || path.startsWith("/ponte/") || path.startsWith("/ui/")) return null;
            return c.url(path);
        }
        return null;
    }

    /** What one crawl saw. */
    record Crawl(Set<String> described, int fetched, Set<String> failures) {}

    static Crawl crawl(List<String> start, Predicate<String> follow) throws Exception {
        return crawl(start, follow, HarvesterTest::fetchUrl);
    }

    /**
     * Breadth-first from {@code start}: fetch with {@code Accept: text/turtle}, follow 303s, parse
     * with Rio, and queue every IRI (subject or object) that {@code map} turns into a URL and
     * {@code follow} accepts.
     */
    static Crawl crawl(List<String> start, Predicate<String> follow, java.util.function.Function<String, String> map) throws Exception {
        Deque<String> todo = new ArrayDeque<>(start);
        Set<String> seen = new HashSet<>(start);
        Set<String> described = new TreeSet<>();
        Set<String> failures = new TreeSet<>();
        int fetched = 0;
        while (!todo.isEmpty() && fetched < 5000) {
            String url = todo.poll();
            HttpResponse<byte[]> r = Corpus.get(url, "Accept", "text/turtle");
            fetched++;
            for (int hops = 0; r.statusCode() == 303 && hops < 3; hops++) {
                String loc = r.headers().firstValue("Location").orElseThrow();
                r = Corpus.get(URI.create(url).resolve(loc).toString(), "Accept", "text/turtle");
            }
            if (r.statusCode() != 200) {
                failures.add(url + " " + r.statusCode());
                continue;
            }
            String type = r.headers().firstValue("Content-Type").orElse("");
            // Not every link is to RDF data (the JSON-LD context a distribution conforms to): skip.
            if (!type.startsWith("text/turtle")) continue;
            Model m = DereferencingTest.rio(r.body(), type, url);
            for (Statement s : m) {
                described.add(s.getSubject().stringValue());
                for (Value v : List.of(s.getSubject(), s.getObject())) {
                    if (!(v instanceof IRI)) continue;
                    String next = map.apply(v.stringValue());
                    if (next != null && follow.test(next) && seen.add(next)) todo.add(next);
                }
            }
        }
        return new Crawl(described, fetched, failures);
    }

    static Set<String> typedEntities() {
        return new TreeSet<>(SparqlClient.column(c, """
                SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s a ?t }
                  FILTER(isIRI(?s) && STRSTARTS(STR(?t), "https://w3id.org/ponte/ontology#")) }""", "s"));
    }

    @Test
    void fromTheVoidACrawlerReachesEveryEntity() throws Exception {
        Crawl crawl = crawl(List.of(c.url("/.well-known/void")), u -> true);
        assertTrue(crawl.failures().isEmpty(), "failed fetches: " + crawl.failures());
        Set<String> missing = new TreeSet<>(typedEntities());
        missing.removeAll(crawl.described());
        assertEquals(Set.of(), missing, "entities the crawler never got a description of (" + crawl.fetched() + " fetches)");
    }

    @Test
    void entityLinksAloneConnectTheData() throws Exception {
        // Without the class indexes and the home page, from the VoID's example resources and
        // only through entity descriptions (outgoing, incoming and evidence links), the
        // evidence and document links still reach every entity.
        Crawl crawl = crawl(List.of(c.url("/.well-known/void")),
                u -> u.contains("/id/") || u.endsWith("/.well-known/void"));
        Set<String> missing = new TreeSet<>(typedEntities());
        missing.removeAll(crawl.described());
        assertEquals(Set.of(), missing, "not reachable through entity links alone");
    }
}
