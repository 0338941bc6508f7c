package org.ponte.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.ponte.core.EntityKind;
import org.ponte.core.IriPolicy;
import org.ponte.core.PonteConfig;
import org.ponte.core.Problems;
import org.ponte.core.Vocab;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes sitemaps.org sitemaps of the HTML pages of Ponte's entities, with the Semantic Sitemap
 * extension ({@code <sc:dataset>}) that tells crawlers where the SPARQL endpoint and the dumps
 * are, so they need not crawl every page for the data.
 *
 * <p>Every typed subject whose IRI is {@code {base}{kind}/{slug}} (no fragment), for the {@linkplain #kinds
 * kinds} chosen, is listed at {@code {publicUrl}id/{kind}/{slug}}, which the server answers
 * with HTML for browsers. {@code lastmod} is the newest {@code prov:generatedAtTime} of the
 * graphs that type the entity, the real modification time; an entity with no provenance gets
 * no {@code lastmod} rather than the build time.
 *
 * <p>Up to {@link #maxUrlsPerFile} URLs (50,000, the protocol's limit; also never over 50 MB)
 * go in {@code sitemap.xml}; beyond that the parts are {@code sitemap-1.xml}, {@code
 * sitemap-2.xml}, … and {@code sitemap.xml} is a sitemap index. A sitemap may only list URLs
 * under its own directory, so the files must be served at the public root
 * ({@code {publicUrl}sitemap.xml}); robots.txt should name that URL. Memory is bounded: the
 * entities stream from the store's subject order; per-graph provenance times are the only
 * table kept (one entry per document). Write into a fresh directory and move it into place
 * (as the exporter does): a failed run leaves partial files behind, and a smaller sitemap
 * does not delete the extra parts of a larger earlier one.
 */
public final class SitemapWriter {
    private static final Logger LOG = LoggerFactory.getLogger(SitemapWriter.class);

    /** The protocol's limit of URLs per sitemap file. */
    public static final int MAX_URLS = 50_000;
    /** The protocol's limit of uncompressed bytes per sitemap file. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    /** The sitemap (or sitemap index) file name. */
    public static final String INDEX = "sitemap.xml";
    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String SC_NS = "http://sw.deri.org/2007/07/sitemapextension/scschema.xsd";

    private final PonteConfig config;
    private Problems problems = Problems.ignore();
    private int maxUrls = MAX_URLS;
    private long maxBytes = MAX_BYTES;
    private Set<EntityKind> kinds = EnumSet.complementOf(EnumSet.of(EntityKind.ANNOTATION));
    private DumpManifest dumps;
    private List<String> samples = List.of();

    private SitemapWriter(PonteConfig config) {
        this.config = config;
    }

    /** A writer for this configuration's base IRI and public URL. */
    public static SitemapWriter create(PonteConfig config) {
        if (config == null) throw new IllegalArgumentException("config is required");
        return new SitemapWriter(config);
    }

    /** Where unreadable provenance times are reported; default: dropped. */
    public SitemapWriter problems(Problems p) {
        this.problems = p == null ? Problems.ignore() : p;
        return this;
    }

    /** URLs per file before splitting; default and maximum {@value #MAX_URLS}. */
    public SitemapWriter maxUrlsPerFile(int n) {
        if (n < 1 || n > MAX_URLS) throw new IllegalArgumentException("URLs per sitemap must be 1.." + MAX_URLS);
        this.maxUrls = n;
        return this;
    }

    /** Bytes per file before splitting; default and maximum 50 MB. */
    SitemapWriter maxBytesPerFile(long n) {
        if (n < 1024 || n > MAX_BYTES) throw new IllegalArgumentException("bytes per sitemap must be 1 KB..50 MB");
        this.maxBytes = n;
        return this;
    }

    /**
     * Which kinds of entity get a page in the sitemap. Default: all but
     * {@link EntityKind#ANNOTATION}: there is one annotation per extracted fact, so they would
     * outnumber everything else many times over, and they are evidence records, reached from
     * the entity pages, not pages anyone searches for.
     */
    public SitemapWriter kinds(Set<EntityKind> kinds) {
        this.kinds = kinds.isEmpty() ? EnumSet.noneOf(EntityKind.class) : EnumSet.copyOf(kinds);
        return this;
    }

    /** The dumps to name as {@code sc:dataDumpLocation}; default none. */
    public SitemapWriter dumps(DumpManifest manifest) {
        this.dumps = manifest;
        return this;
    }

    /** Data IRIs to name as {@code sc:sampleURI} (for example the description's example resources). */
    public SitemapWriter samples(List<String> dataIris) {
        this.samples = List.copyOf(dataIris);
        return this;
    }

    /** {@code {publicUrl}id/} : where data IRIs are served, the Semantic Sitemap's linked-data prefix. */
    public String linkedDataPrefix() {
        return config.publicUrl() + "id/";
    }

    /** The page URL of a data IRI ({@code {base}X} to {@code {publicUrl}id/X}), or null when the IRI is not data. */
    public String pageUrl(String dataIri) {
        String local = config.iris().localPath(dataIri);
        return local == null ? null : linkedDataPrefix() + uriEscape(local);
    }

    /**
     * Writes {@code sitemap.xml} and, when split, its parts into {@code dir} (created if needed),
     * reading the store in a read transaction (or the caller's).
     *
     * @return the files written, index first
     */
    public List<Path> write(DatasetGraph dsg, Path dir) throws IOException {
        Files.createDirectories(dir);
        try {
            return Txn.calculateRead(dsg, () -> {
                try {
                    return writeInTxn(dsg, dir);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private List<Path> writeInTxn(DatasetGraph dsg, Path dir) throws IOException {
        long t0 = System.nanoTime();
        ProvenanceTimes times = ProvenanceTimes.read(dsg, problems);
        IriPolicy iris = config.iris();
        List<Part> parts = new ArrayList<>();
        Part part = null;
        long urls = 0;
        try {
            Iterator<Triple> it = StoreScan.of(dsg).unionTriples();
            Node subject = null;
            boolean typed = false;
            while (true) {
                Triple t = it.hasNext() ? it.next() : null;
                if (t == null || !t.getSubject().equals(subject)) {
                    if (typed && subject.isURI()) {
                        String url = entityUrl(iris, subject.getURI());
                        if (url != null) {
                            Instant lastmod = lastModified(dsg, subject, times);
                            String entry = urlEntry(url, lastmod);
                            if (part == null || part.urls >= maxUrls || part.bytes + utf8Length(entry) + CLOSING > maxBytes) {
                                if (part != null) part.close();
                                part = new Part(dir.resolve("sitemap-" + (parts.size() + 1) + ".xml"));
                                parts.add(part);
                                part.open(datasetElement());
                            }
                            part.add(entry, lastmod);
                            urls++;
                        }
                    }
                    if (t == null) break;
                    subject = t.getSubject();
                    typed = false;
                }
                if (t.getPredicate().equals(Vocab.RDF_TYPE)) typed = true;
            }
            if (part == null) {
                part = new Part(dir.resolve("sitemap-1.xml"));
                parts.add(part);
                part.open(datasetElement());
            }
            part.close();
        } catch (IOException | RuntimeException e) {
            if (part != null) part.abandon();
            throw e;
        }
        List<Path> files = new ArrayList<>();
        Path index = dir.resolve(INDEX);
        if (parts.size() == 1) {
            Files.move(parts.get(0).file, index, StandardCopyOption.REPLACE_EXISTING);
            files.add(index);
        } else {
            writeIndex(index, parts);
            files.add(index);
            for (Part p : parts) files.add(p.file);
        }
        LOG.info("Sitemap: {} URLs in {} file(s), {} ms", urls, parts.size(), (System.nanoTime() - t0) / 1_000_000);
        return files;
    }

    /**
     * The page URL of an entity of a listed kind, or null. Hash IRIs ({@code document/x#source},
     * {@code #mapping}, a budget {@code #budget-…}) name parts of the description of the IRI
     * before the {@code #}, not pages: a sitemap lists pages (a crawler drops the fragment and
     * would fetch the same page again), so they are left out.
     */
    private String entityUrl(IriPolicy iris, String iri) {
        String local = iris.localPath(iri);
        if (local == null || local.indexOf('#') >= 0) return null;
        int slash = local.indexOf('/');
        if (slash <= 0 || slash == local.length() - 1 || local.indexOf('/', slash + 1) >= 0) return null;
        EntityKind kind = EntityKind.bySegment(local.substring(0, slash));
        if (kind == null || !kinds.contains(kind)) return null;
        return linkedDataPrefix() + uriEscape(local);
    }

    /** Newest generation time of the graphs that type the entity, or null. */
    private static Instant lastModified(DatasetGraph dsg, Node entity, ProvenanceTimes times) {
        Instant newest = null;
        for (Iterator<Quad> it = dsg.findNG(Node.ANY, entity, Vocab.RDF_TYPE, Node.ANY); it.hasNext(); ) {
            Instant t = times.of(it.next().getGraph());
            if (t != null && (newest == null || t.isAfter(newest))) newest = t;
        }
        return newest;
    }

    private String datasetElement() {
        DatasetDescription d = DatasetDescription.create(config);
        StringBuilder sb = new StringBuilder();
        sb.append("  <sc:dataset>\n");
        sb.append("    <sc:datasetLabel>Ponte linked data</sc:datasetLabel>\n");
        sb.append("    <sc:datasetURI>").append(xml(d.datasetIri())).append("</sc:datasetURI>\n");
        sb.append("    <sc:linkedDataPrefix>").append(xml(linkedDataPrefix())).append("</sc:linkedDataPrefix>\n");
        for (String s : samples) {
            String url = pageUrl(s);
            if (url != null) sb.append("    <sc:sampleURI>").append(xml(url)).append("</sc:sampleURI>\n");
        }
        sb.append("    <sc:sparqlEndpointLocation>").append(xml(d.sparqlEndpoint())).append("</sc:sparqlEndpointLocation>\n");
        if (dumps != null)
            for (DumpFile f : dumps.dumps())
                sb.append("    <sc:dataDumpLocation>").append(xml(d.dumpUrl(f.name()))).append("</sc:dataDumpLocation>\n");
        sb.append("  </sc:dataset>\n");
        return sb.toString();
    }

    private static String urlEntry(String url, Instant lastmod) {
        StringBuilder sb = new StringBuilder(url.length() + 80);
        sb.append("  <url><loc>").append(xml(url)).append("</loc>");
        if (lastmod != null) sb.append("<lastmod>").append(w3cDatetime(lastmod)).append("</lastmod>");
        return sb.append("</url>\n").toString();
    }

    private void writeIndex(Path index, List<Part> parts) throws IOException {
        try (Writer w = Files.newBufferedWriter(index, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            w.write("<sitemapindex xmlns=\"" + SITEMAP_NS + "\">\n");
            for (Part p : parts) {
                w.write("  <sitemap><loc>" + xml(config.publicUrl() + p.file.getFileName()) + "</loc>");
                if (p.newest != null) w.write("<lastmod>" + w3cDatetime(p.newest) + "</lastmod>");
                w.write("</sitemap>\n");
            }
            w.write("</sitemapindex>\n");
        }
    }

    /** One urlset file being written. */
    private static final class Part {
        final Path file;
        Writer out;
        int urls;
        long bytes;
        Instant newest;

        Part(Path file) {
            this.file = file;
        }

        void open(String dataset) throws IOException {
            out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
            write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            write("<urlset xmlns=\"" + SITEMAP_NS + "\" xmlns:sc=\"" + SC_NS + "\">\n");
            write(dataset);
        }

        void add(String entry, Instant lastmod) throws IOException {
            write(entry);
            urls++;
            if (lastmod != null && (newest == null || lastmod.isAfter(newest))) newest = lastmod;
        }

        void close() throws IOException {
            write("</urlset>\n");
            out.close();
        }

        void abandon() {
            try {
                if (out != null) out.close();
            } catch (IOException e) {
                // Already failing; the caller's exception is the one that matters.
            }
        }

        private void write(String s) throws IOException {
            out.write(s);
            bytes += utf8Length(s);
        }
    }

    /** W3C Datetime as sitemaps expect it, to the second, in UTC. */
    static String w3cDatetime(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Percent-encodes what may not stand in a URI (non-ASCII as UTF-8 bytes, spaces, controls, delimiters). */
    static String uriEscape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f || "<>\"{}|\\^`".indexOf(c) >= 0) sb.append('%').append(String.format("%02X", c));
            else sb.append((char) c);
        }
        return sb.toString();
    }

    /** Escapes the five XML special characters. */
    static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static final int CLOSING = "</urlset>\n".length();

    private static long utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
