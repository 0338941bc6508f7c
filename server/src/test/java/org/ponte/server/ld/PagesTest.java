package org.ponte.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ponte.core.Slugs;

/** The HTML pages for people, read over HTTP and parsed with jsoup. */
class PagesTest {
    static Corpus c;

    @BeforeAll
    static void corpus() throws IOException {
        c = Corpus.get();
    }

    static Document page(String path, String... headers) throws Exception {
        String[] h = new String[headers.length + 2];
        h[0] = "Accept";
        h[1] = "text/html";
        System.arraycopy(headers, 0, h, 2, headers.length);
        HttpResponse<String> r = Corpus.getString(c.url(path), h);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        Document d = Jsoup.parse(r.body(), c.url(path));
        assertEquals(1, d.select("html[lang]").size());
        return d;
    }

    @Test
    void homePageShowsCountsLinksSearchAndQueries() throws Exception {
        Document d = page("/");
        assertNotNull(d.selectFirst("form[role=search] input[name=q]"));
        for (String kind : List.of("organisation", "project", "programme", "partnership", "person", "place", "document")) {
            Element a = d.selectFirst("ul.counts a[href=/list/" + kind + "]");
            assertNotNull(a, kind);
            String cls = switch (kind) {
                case "programme" -> "FundingProgramme";
                case "document" -> "SourceDocument";
                default -> Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
            };
            long expected = SparqlClient.count(c, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <https://w3id.org/ponte/ontology#" + cls + "> }", "n");
            assertEquals(expected, Long.parseLong(a.selectFirst(".count").text()), kind);
        }
        assertFalse(d.select("a.query-editor[href^=/ui/#/dataset/ponte/query?query=]").isEmpty(), "queries open in the editor");
        assertNotNull(d.selectFirst("a[href=/ponte/sparql]"));
        assertNotNull(d.selectFirst("a[href=/ui/]"));
        assertNotNull(d.selectFirst("a[href=/dumps/]"));
        assertNotNull(d.selectFirst("a[href=/.well-known/void]"));
        assertNotNull(d.selectFirst("a[href=/ontology]"));
    }

    @Test
    void entityPageShowsEverything() throws Exception {
        Document d = page("/doc/organisation/ismu");
        assertTrue(d.selectFirst("h1").text().contains("ISMU"));
        assertNotNull(d.selectFirst("a.type[href=/ontology#Organisation]"));
        assertTrue(d.select("dl.properties dt").size() >= 3);
        // Incoming: the partnership with MSE names ISMU as partner.
        assertFalse(d.select("section.incoming a[href^=/doc/partnership/]").isEmpty(), "incoming partnership");
        // Evidence: quotes with their context, the quote highlighted, the document linked.
        assertFalse(d.select("ol.evidence li blockquote.quote mark.exact").isEmpty());
        assertFalse(d.select("ol.evidence a.document[href^=/doc/document/]").isEmpty());
        // Neighbourhood drawing: inline SVG, nodes linking to pages.
        Element svg = d.selectFirst("section.neighbourhood svg");
        assertNotNull(svg);
        assertFalse(svg.select("a[href^=/doc/]").isEmpty());
        // Alternate formats and embedded schema.org JSON-LD.
        assertNotNull(d.selectFirst("link[rel=alternate][type=text/turtle][href=/doc/organisation/ismu.ttl]"));
        JsonObject json = JSON.parse(d.selectFirst("script[type=application/ld+json]").data());
        assertEquals("Organization", json.getString("@type"));
        assertEquals(Corpus.BASE + "organisation/ismu", json.getString("@id"));
    }

    @Test
    void funderPageListsTheProjectsItFunds() throws Exception {
        Document d = page("/doc/organisation/dg-home");
        Element incoming = d.selectFirst("section.incoming");
        assertNotNull(incoming);
        assertTrue(incoming.text().contains("funded by"), incoming.text());
        assertNotNull(incoming.selectFirst("a[href=/doc/project/king]"));
        Document p = page("/doc/project/summit-nazionale-delle-diaspore");
        Set<String> funders = new TreeSet<>();
        for (Element a : p.select("dl.properties dd a[href^=/doc/organisation/]")) funders.add(a.attr("href"));
        assertTrue(funders.containsAll(List.of("/doc/organisation/aics", "/doc/organisation/dgcs")), funders.toString());
    }

    @Test
    void partnersOfAnOrganisation() throws Exception {
        // ISMU and MSE signed a partnership: each page names the other, and draws it.
        Document ismu = page("/doc/organisation/ismu");
        Element works = ismu.selectFirst("section.works-with");
        assertNotNull(works);
        assertNotNull(works.selectFirst("a[href=/doc/organisation/mse]"));
        assertNotNull(works.selectFirst("a[href^=/doc/partnership/]"));
        assertNotNull(ismu.selectFirst("section.neighbourhood svg a[href=/doc/organisation/mse]"));
        // The coordinator of EU-MIA works with its partners.
        Document itc = page("/doc/organisation/itc-ilo");
        Set<String> partners = new TreeSet<>();
        for (Element a : itc.select("section.works-with li > a")) partners.add(a.attr("href"));
        assertTrue(partners.containsAll(List.of("/doc/organisation/compas", "/doc/organisation/fieri")), partners.toString());
    }

    @Test
    void nonAsciiNamesAndPageLanguage() throws Exception {
        Document reseau = page("/doc/organisation/reseau");
        assertEquals("Associazione Le Réseau", reseau.selectFirst("h1").text());
        Document en = page("/doc/organisation/oxford", "Accept-Language", "en-GB,en;q=0.9");
        assertEquals("University of Oxford", en.selectFirst("h1").text());
        Document it = page("/doc/organisation/oxford", "Accept-Language", "it-IT,it;q=0.9,en;q=0.5");
        assertEquals("Università di Oxford", it.selectFirst("h1").text());
        assertEquals("it", it.selectFirst("html").attr("lang"));
        assertTrue(it.text().contains("Proprietà"), "Italian page chrome");
        Document param = page("/doc/organisation/oxford?lang=it", "Accept-Language", "en");
        assertEquals("Università di Oxford", param.selectFirst("h1").text());
        // The linked entity's name follows the language too: COMPAS is part of "Università di Oxford".
        Document compas = page("/doc/organisation/compas?lang=it");
        assertTrue(compas.select("dl.properties a[href=/doc/organisation/oxford]").text().contains("Università di Oxford"));
        // The IRI stays ASCII.
        HttpResponse<byte[]> id = Corpus.get(c.url("/id/organisation/reseau"), "Accept", "text/html");
        assertEquals(303, id.statusCode());
    }

    @Test
    void documentPageShowsProvenanceAndFacts() throws Exception {
        String file = "002_34d5001a9e66cf88.txt";
        Document d = page("/doc/document/" + Slugs.of(file));
        Element prov = d.selectFirst("section.provenance");
        assertNotNull(prov);
        assertEquals(file, prov.selectFirst("dd.file-name").text());
        Path path = c.cfg.documents().resolve(file);
        assertEquals(Slugs.sha256Hex(Files.readAllBytes(path)), prov.selectFirst("dd.sha256").text());
        assertFalse(prov.selectFirst("dd.generated").text().isBlank());
        assertFalse(prov.selectFirst("dd.version").text().isBlank());
        String text = Files.readString(path, StandardCharsets.UTF_8);
        List<Element> facts = prov.select("table.facts tr.fact");
        assertTrue(facts.size() >= 5, "facts: " + facts.size());
        for (Element f : facts) {
            String exact = f.selectFirst("mark.exact").wholeText();
            assertTrue(text.contains(exact), "quote not in the document: " + exact);
        }
    }

    @Test
    void classIndexPagesPage() throws Exception {
        long projects = SparqlClient.count(c, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <https://w3id.org/ponte/ontology#Project> }", "n");
        Document d = page("/list/project");
        assertEquals(Math.min(projects, ClassIndex.PAGE_SIZE), d.select("ul.entities li a[href^=/doc/project/]").size());
        assertTrue(d.selectFirst("h1").text().contains(Long.toString(projects)));
        assertEquals(404, Corpus.get(c.url("/list/project?page=99")).statusCode());
        assertEquals(400, Corpus.get(c.url("/list/project?page=abc")).statusCode());
        Document docs = page("/list/document");
        assertFalse(docs.select("ul.entities a[href^=/doc/document/]").isEmpty());
        Document lists = page("/list/");
        assertNotNull(lists.selectFirst("a[href=/list/organisation]"));
    }

    @Test
    void searchFindsNamesWithoutAccents() throws Exception {
        Document d = page("/search?q=Reseau");
        Element first = d.selectFirst("ol.results li.result a");
        assertNotNull(first, d.text());
        assertEquals("/doc/organisation/reseau", first.attr("href"));
        Document u = page("/search?q=universita+oxford");
        assertEquals("/doc/organisation/oxford", u.selectFirst("ol.results li.result a").attr("href"));
        Document none = page("/search?q=zzzzqqq");
        assertNotNull(none.selectFirst("p.none"));
        // The query is echoed escaped, never as markup.
        HttpResponse<String> x = Corpus.getString(c.url("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E"), "Accept", "text/html");
        assertEquals(200, x.statusCode());
        assertFalse(x.body().contains("<script>alert(1)</script>"));
        assertTrue(x.body().contains("&lt;script&gt;"));
    }

    @Test
    void ontologyPageHasAnAnchorForEveryTerm() throws Exception {
        Document d = page("/ontology");
        var g = GraphFactory.createDefaultGraph();
        RDFParser.source(Corpus.home().resolve("ontology/ponte.ttl")).parse(g);
        int terms = 0;
        for (Triple t : g.find(Node.ANY, Node.ANY, Node.ANY).toList()) {
            Node s = t.getSubject();
            if (!s.isURI() || !s.getURI().startsWith("https://w3id.org/ponte/ontology#")) continue;
            String id = s.getURI().substring("https://w3id.org/ponte/ontology#".length());
            assertNotNull(d.getElementById(id), "no anchor for " + id);
            terms++;
        }
        assertTrue(terms > 50);
        Element org = d.getElementById("Organisation");
        assertTrue(org.text().contains("organizzazione") && org.text().contains("organisation"), org.text());
        assertTrue(org.text().contains("org:Organization"), "alignments shown");
    }

    @Test
    void otherPagesRender() throws Exception {
        Document v = page("/.well-known/void");
        assertFalse(v.select("table.stats td.num").isEmpty());
        Document dumps = page("/dumps/");
        assertNotNull(dumps.selectFirst("a[href=/dumps/ponte.nq.gz]"));
        Document q = page("/queries/");
        assertTrue(q.select("section.query").size() >= 7);
        Document ann = page("/doc/annotation/348d9b32fe18dea7");
        assertNotNull(ann.selectFirst("h1"));
        // An annotation shows its own quote, and its statement and selectors inline.
        assertEquals("Name of institution: CIOFS-Formazione Professionale", ann.selectFirst("mark.exact").text());
        assertFalse(ann.select("dl.properties dl.nested").isEmpty());
        // A document graph is named after its source document.
        assertTrue(page("/doc/document/002-34d5001a9e66cf88-txt").selectFirst("h1").text().startsWith("MiStra"));
    }

    @Test
    void errorPagesAreShortAndHaveNoStackTraces() throws Exception {
        HttpResponse<String> r = Corpus.getString(c.url("/doc/organisation/no-such-thing"), "Accept", "text/html");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().length() < 4000);
        assertFalse(r.body().contains("Exception"));
        Document d = Jsoup.parse(r.body());
        assertNotNull(d.selectFirst("a[href=/]"));
    }
}
