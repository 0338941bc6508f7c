package org.ponte.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ponte.core.EntityKind;
import org.ponte.core.PonteConfig;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SitemapWriterTest {
    private static final String SM = SitemapWriter.SITEMAP_NS;
    private static final String SC = SitemapWriter.SC_NS;
    private static final String ID = Fixtures.PUBLIC_URL + "id/";

    @TempDir
    Path home;

    @Test
    void listsEveryEntityPageWithItsRealModificationTime() throws Exception {
        for (DatasetGraph dsg : List.of(Fixtures.tdb(), Fixtures.memory())) {
            Path dir = Files.createTempDirectory(home, "sitemap");
            List<Path> files = SitemapWriter.create(config()).write(dsg, dir);
            assertEquals(List.of(dir.resolve("sitemap.xml")), files);
            Document doc = parse(files.get(0));
            assertEquals("urlset", doc.getDocumentElement().getLocalName());
            assertEquals(SM, doc.getDocumentElement().getNamespaceURI());
            Map<String, String> urls = urls(doc);
            assertEquals(12, urls.size(), urls.keySet().toString());
            for (String loc : urls.keySet()) assertTrue(loc.startsWith(ID), loc);
            assertFalse(urls.keySet().stream().anyMatch(u -> u.contains("/annotation/")), "annotations are left out by default");
            // Typed in doc-a (2025-03-01) and doc-b (2025-04-20): the newer one.
            assertEquals("2025-04-20T08:00:00Z", urls.get(ID + "organisation/fondazione-ismu"));
            // doc-a 2025-03-01T10:15:30Z is newer than doc-c 2025-02-10T11:00:00Z.
            assertEquals("2025-03-01T10:15:30Z", urls.get(ID + "project/ponte-verso-il-lavoro"));
            assertEquals("2025-02-10T11:00:00Z", urls.get(ID + "person/mario-rossi"), "time zone normalised to UTC");
            // Reference data carries no provenance time: no lastmod rather than the build time.
            assertTrue(urls.containsKey(ID + "organisation/european-commission"));
            assertNull(urls.get(ID + "organisation/european-commission"));
            assertEquals(1, doc.getElementsByTagNameNS(SC, "dataset").getLength());
            assertEquals(ID, text(doc, SC, "linkedDataPrefix").get(0));
            assertEquals(List.of(Fixtures.PUBLIC_URL + "ponte/sparql"), text(doc, SC, "sparqlEndpointLocation"));
        }
    }

    @Test
    void namesTheDumpsAndSamples() throws Exception {
        DatasetGraph dsg = Fixtures.tdb();
        PonteConfig config = Fixtures.config(home);
        ExportResult r = DumpExporter.create(config).export(dsg);
        Document doc = parse(config.dist().resolve("sitemap.xml"));
        assertEquals(List.of("ponte.nq.gz", "ponte.nt.gz", "ponte.ttl", "ponte.jsonld").stream()
                .map(f -> Fixtures.PUBLIC_URL + "dumps/" + f).toList(), text(doc, SC, "dataDumpLocation"));
        List<String> samples = text(doc, SC, "sampleURI");
        assertEquals(r.summary().examples().size(), samples.size());
        assertTrue(samples.stream().allMatch(s -> s.startsWith(ID)));
        assertTrue(r.manifest().files().stream().anyMatch(f -> f.name().equals("sitemap.xml")), "sitemap is checksummed too");
    }

    @Test
    void splitsIntoAnIndexAtTheUrlLimit() throws Exception {
        DatasetGraph dsg = Fixtures.tdb();
        Path dir = home.resolve("split");
        List<Path> files = SitemapWriter.create(config()).maxUrlsPerFile(5).write(dsg, dir);
        assertEquals(List.of("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        Document index = parse(files.get(0));
        assertEquals("sitemapindex", index.getDocumentElement().getLocalName());
        assertEquals(List.of(Fixtures.PUBLIC_URL + "sitemap-1.xml", Fixtures.PUBLIC_URL + "sitemap-2.xml",
                Fixtures.PUBLIC_URL + "sitemap-3.xml"), text(index, SM, "loc"));
        Map<String, String> all = new HashMap<>();
        List<String> partLastmods = text(index, SM, "lastmod");
        for (int i = 1; i < files.size(); i++) {
            Document part = parse(files.get(i));
            Map<String, String> urls = urls(part);
            assertTrue(urls.size() <= 5 && !urls.isEmpty());
            assertEquals(1, part.getElementsByTagNameNS(SC, "dataset").getLength(), "each part names the dataset");
            String newest = urls.values().stream().filter(v -> v != null).max(String::compareTo).orElse(null);
            assertEquals(newest, partLastmods.get(i - 1));
            all.putAll(urls);
        }
        assertEquals(12, all.size());
    }

    @Test
    void splitsAtTheByteLimitAndHonoursKinds() throws Exception {
        DatasetGraph dsg = Fixtures.tdb();
        Path dir = home.resolve("bytes");
        List<Path> files = SitemapWriter.create(config()).maxBytesPerFile(1024)
                .kinds(EnumSet.allOf(EntityKind.class)).write(dsg, dir);
        assertTrue(files.size() > 2, "split by size: " + files);
        int total = 0;
        for (Path p : files.subList(1, files.size())) {
            assertTrue(Files.size(p) <= 1024, p + " " + Files.size(p));
            total += urls(parse(p)).size();
        }
        assertEquals(13, total, "the annotation too");
    }

    @Test
    void leavesOutHashIrisThatNamePartsOfAPage() throws Exception {
        // A document's graph types its #source and #mapping (and a budget node); they are parts
        // of the document's description, not pages, and a sitemap lists pages.
        DatasetGraph dsg = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        String doc = "https://w3id.org/ponte/id/document/report-txt";
        String trig = "PREFIX ponte: <https://w3id.org/ponte/ontology#>\n"
                + "PREFIX schema: <https://schema.org/>\n"
                + "<" + doc + "> { <" + doc + "> a ponte:Document .\n"
                + "  <" + doc + "#source> a ponte:SourceDocument .\n"
                + "  <" + doc + "#mapping> a <http://www.w3.org/ns/prov#Activity> .\n"
                + "  <" + doc + "#budget-be4baa238e> a schema:MonetaryAmount .\n"
                + "  <https://w3id.org/ponte/id/project/mistra> a ponte:Project ; ponte:budget <" + doc + "#budget-be4baa238e> . }\n";
        org.apache.jena.system.Txn.executeWrite(dsg, () -> org.apache.jena.riot.RDFParser.fromString(trig, org.apache.jena.riot.Lang.TRIG).parse(dsg));
        Path dir = home.resolve("hash");
        Map<String, String> urls = urls(parse(SitemapWriter.create(config()).write(dsg, dir).get(0)));
        assertEquals(java.util.Set.of(ID + "document/report-txt", ID + "project/mistra"), urls.keySet());
    }

    @Test
    void mapsDataIrisToPageUrls() {
        SitemapWriter w = SitemapWriter.create(config());
        assertEquals(ID + "organisation/fondazione-ismu", w.pageUrl("https://w3id.org/ponte/id/organisation/fondazione-ismu"));
        assertEquals(ID + "place/citt%C3%A0", w.pageUrl("https://w3id.org/ponte/id/place/città"));
        assertNull(w.pageUrl("https://w3id.org/ponte/ontology#Organisation"));
        assertEquals("a&amp;b&lt;", SitemapWriter.xml("a&b<"));
    }

    private PonteConfig config() {
        return Fixtures.config(home);
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    /** loc to lastmod (null when absent). */
    private static Map<String, String> urls(Document doc) {
        Map<String, String> m = new HashMap<>();
        NodeList urls = doc.getElementsByTagNameNS(SM, "url");
        for (int i = 0; i < urls.getLength(); i++) {
            Element u = (Element) urls.item(i);
            String loc = u.getElementsByTagNameNS(SM, "loc").item(0).getTextContent();
            NodeList lm = u.getElementsByTagNameNS(SM, "lastmod");
            assertFalse(m.containsKey(loc), "listed twice: " + loc);
            m.put(loc, lm.getLength() == 0 ? null : lm.item(0).getTextContent());
        }
        return m;
    }

    private static List<String> text(Document doc, String ns, String name) {
        List<String> out = new ArrayList<>();
        NodeList l = doc.getElementsByTagNameNS(ns, name);
        for (int i = 0; i < l.getLength(); i++) out.add(l.item(i).getTextContent());
        return out;
    }
}
