package org.ponte.server.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ponte.core.Slugs;
import org.ponte.export.JsonLdContext;

/**
 * Small fixed files: {@code /context.jsonld} (Ponte's JSON-LD context, the exporter's bytes),
 * {@code /robots.txt} (everything may be crawled but the SPARQL endpoint, the query editor and
 * search results; names the sitemap), {@code /favicon.ico} and the stylesheet and icon under
 * {@code /assets/} (classpath {@code templates/ponte/assets/}). Strong ETags from the content.
 */
final class StaticServlet extends LdServlet {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> ASSETS = Map.of(
            "ponte.css", "text/css; charset=utf-8",
            "favicon.svg", "image/svg+xml");
    private final transient Map<String, byte[]> cache = new ConcurrentHashMap<>();

    StaticServlet(LinkedDataContext ld) {
        super(ld);
    }

    @Override
    void get(HttpServletRequest req, HttpServletResponse resp, LinkedDataContext.Resolved r) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        byte[] body;
        String type;
        switch (path) {
            case "/context.jsonld" -> {
                body = JsonLdContext.ponte().bytes();
                type = "application/ld+json";
                resp.addHeader("Link", link(r.site().config().license(), "license", null));
            }
            case "/robots.txt" -> {
                body = robots(r.site()).getBytes(StandardCharsets.UTF_8);
                type = "text/plain; charset=utf-8";
            }
            case "/favicon.ico" -> {
                body = asset("favicon.svg");
                type = ASSETS.get("favicon.svg");
            }
            default -> {
                String name = path.startsWith("/assets/") ? path.substring("/assets/".length()) : "";
                type = ASSETS.get(name);
                body = type == null ? null : asset(name);
            }
        }
        if (body == null) {
            Http.error(req, resp, 404, "no such file", r.pages());
            return;
        }
        resp.setHeader("Cache-Control", "public, max-age=3600");
        Http.send(req, resp, 200, type, body, Http.strongEtag(Slugs.sha256Hex(body).substring(0, 32)));
    }

    private byte[] asset(String name) throws IOException {
        byte[] hit = cache.get(name);
        if (hit != null) return hit;
        try (InputStream in = StaticServlet.class.getClassLoader().getResourceAsStream(Pages.PREFIX + "assets/" + name)) {
            if (in == null) return null;
            byte[] b = in.readAllBytes();
            cache.put(name, b);
            return b;
        }
    }

    /** robots.txt: the pages and data may be crawled; queries and search results are not worth it. */
    static String robots(Site site) {
        String root = site.root();
        return "# Ponte: linked open data. Entity pages and data are at " + site.publicUrl() + "id/ (see the sitemap);\n"
                + "# the whole dataset is downloadable from " + site.publicUrl() + "dumps/ and described at "
                + site.voidUrl() + "\n"
                + "User-agent: *\n"
                + "Disallow: " + root + "ponte/\n"
                + "Disallow: " + root + "ui/\n"
                + "Disallow: " + root + "search\n"
                + "Allow: " + root + "\n"
                + "\n"
                + "Sitemap: " + site.publicUrl() + "sitemap.xml\n";
    }
}
