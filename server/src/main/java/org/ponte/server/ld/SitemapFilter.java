package org.ponte.server.ld;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.ponte.export.DumpManifest;
import org.ponte.export.SitemapWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /sitemap.xml} (and its parts {@code /sitemap-N.xml} when the sitemap is an index): the
 * exporter's {@link SitemapWriter} run over the live store with this server's public URL, so
 * the sitemap always lists what is served (also after an incremental publish) with honest
 * {@code lastmod}s, and its Semantic Sitemap {@code <sc:dataset>} names the dumps of
 * {@code dist/}. Written once per store state and manifest into {@code {work}/sitemap/}.
 * A filter rather than a servlet because servlet mappings cannot express {@code sitemap-*.xml}.
 */
final class SitemapFilter implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(SitemapFilter.class);
    private static final Pattern NAME = Pattern.compile("/sitemap(-[0-9]{1,5})?\\.xml");

    private final LinkedDataContext ld;
    private String key;
    private Path dir;

    SitemapFilter(LinkedDataContext ld) {
        this.ld = ld;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!NAME.matcher(path).matches() || !(req.getMethod().equals("GET") || req.getMethod().equals("HEAD"))) {
            chain.doFilter(request, response);
            return;
        }
        LinkedDataContext.Resolved r = ld.get(req.getLocalPort());
        try {
            Path d = current(r);
            Path file = d.resolve(path.substring(1));
            if (!Files.isRegularFile(file)) {
                Http.error(req, resp, 404, "no such sitemap", r.pages());
                return;
            }
            byte[] body = Files.readAllBytes(file);
            resp.setHeader("Cache-Control", "public, max-age=300");
            Http.send(req, resp, 200, "application/xml; charset=utf-8", body, Http.strongEtag(Http.shortHash(body)));
        } catch (RuntimeException e) {
            LOG.warn("sitemap: {}", e.toString());
            Http.error(req, resp, 500, "internal error", r.pages());
        }
    }

    /** The directory holding the sitemap of the store's current state, written if needed. */
    private synchronized Path current(LinkedDataContext.Resolved r) throws IOException {
        DatasetGraph dsg = ld.dataset();
        DumpManifest manifest = ld.manifest();
        String k = Http.weakEtag(ld.stateTag(dsg), manifest == null ? "" : manifest.checksums(), r.site().publicUrl())
                .replaceAll("[^a-f0-9]", "");
        if (k.equals(key) && dir != null && Files.isDirectory(dir)) return dir;
        Path root = ld.config().work().resolve("sitemap");
        Path next = root.resolve(k);
        if (!Files.isDirectory(next)) {
            Path tmp = root.resolve(k + ".tmp");
            delete(tmp);
            SitemapWriter.create(r.site().config()).problems(ld.problems()).dumps(manifest).write(dsg, tmp);
            Files.move(tmp, next);
        }
        Path old = dir;
        key = k;
        dir = next;
        if (old != null && !old.equals(next)) delete(old);
        return next;
    }

    private static void delete(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
        }
    }
}
