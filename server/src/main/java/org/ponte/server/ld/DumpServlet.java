package org.ponte.server.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ponte.core.Slugs;
import org.ponte.export.DumpFile;
import org.ponte.export.DumpFormat;
import org.ponte.export.DumpManifest;

/**
 * The dumps the exporter wrote into {@code dist/}, at {@code /dumps/{file}}, and a listing page
 * at {@code /dumps/}. Only the files {@code SHA256SUMS} lists (and {@code SHA256SUMS} itself)
 * are served: a request can never name another file.
 *
 * <p>Compressed dumps are served as they are stored, {@code Content-Type: application/gzip}
 * without {@code Content-Encoding}, so clients save exactly the bytes the checksum covers
 * ({@code sha256sum -c SHA256SUMS} passes on a download) and nothing decompresses them on the
 * way; what they contain is in the VoID/DCAT description ({@code dcat:mediaType},
 * {@code dcat:compressFormat}). Each file has a strong {@code ETag} (its SHA-256 from
 * {@code SHA256SUMS}), {@code Repr-Digest} (RFC 9530), {@code Last-Modified}; conditional GET
 * ({@code If-None-Match}, {@code If-Modified-Since}) answers 304; HEAD sends the headers only.
 */
final class DumpServlet extends LdServlet {
    private static final long serialVersionUID = 1L;

    DumpServlet(LinkedDataContext ld) {
        super(ld);
    }

    /** The media type a dist file is served with. */
    static String mediaType(String name) {
        if (name.endsWith(".gz")) return DumpFormat.GZIP_MEDIA_TYPE;
        if (name.endsWith(".ttl")) return "text/turtle; charset=utf-8";
        if (name.endsWith(".jsonld")) return "application/ld+json";
        if (name.endsWith(".nt")) return "application/n-triples";
        if (name.endsWith(".nq")) return "application/n-quads";
        if (name.endsWith(".xml")) return "application/xml";
        if (name.equals(DumpManifest.CHECKSUMS)) return "text/plain; charset=utf-8";
        return "application/octet-stream";
    }

    @Override
    void get(HttpServletRequest req, HttpServletResponse resp, LinkedDataContext.Resolved r) throws IOException {
        String info = req.getPathInfo();
        Site site = r.site();
        if (info == null) {
            resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            resp.setHeader("Location", site.root() + "dumps/");
            return;
        }
        String name = info.substring(1);
        DumpManifest manifest = ld.manifest();
        if (name.isEmpty()) {
            listing(req, resp, r, manifest);
            return;
        }
        if (!name.matches("[A-Za-z0-9._-]{1,100}") || name.startsWith(".")) {
            Http.error(req, resp, name.matches("[A-Za-z0-9._~/-]*") ? 404 : 400, "no such file", r.pages());
            return;
        }
        Path dist = ld.config().dist();
        String sha;
        if (name.equals(DumpManifest.CHECKSUMS) && manifest != null) {
            sha = null;
        } else {
            DumpFile f = manifest == null ? null : find(manifest, name);
            if (f == null) {
                Http.error(req, resp, 404, "no such dump", r.pages());
                return;
            }
            sha = f.sha256();
        }
        Path file = dist.resolve(name);
        byte[] small = null;
        long size;
        long mtime;
        try {
            size = Files.size(file);
            mtime = Files.getLastModifiedTime(file).toMillis();
            if (sha == null) {
                small = Files.readAllBytes(file);
                sha = Slugs.sha256Hex(small);
            }
        } catch (NoSuchFileException e) {
            Http.error(req, resp, 404, "no such dump", r.pages());
            return;
        }
        String etag = Http.strongEtag(sha);
        resp.setHeader("ETag", etag);
        resp.setDateHeader("Last-Modified", mtime);
        resp.setHeader("Cache-Control", "public, max-age=300");
        resp.setHeader("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha)) + ":");
        resp.setHeader("Accept-Ranges", "none");
        resp.addHeader("Link", link(site.datasetIri(), "collection", null));
        resp.addHeader("Link", link(site.voidUrl(), "describedby", "text/turtle"));
        resp.addHeader("Link", link(site.config().license(), "license", null));
        if (Http.notModified(req, etag) || (req.getHeader("If-None-Match") == null && notModifiedSince(req, mtime))) {
            Http.sendNotModified(resp, etag);
            return;
        }
        resp.setStatus(200);
        resp.setContentType(mediaType(name));
        resp.setContentLengthLong(size);
        if (req.getMethod().equals("HEAD")) return;
        try (OutputStream out = resp.getOutputStream()) {
            if (small != null) {
                out.write(small);
            } else {
                try (InputStream in = Files.newInputStream(file)) {
                    in.transferTo(out);
                }
            }
        }
    }

    private static boolean notModifiedSince(HttpServletRequest req, long mtime) {
        long since;
        try {
            since = req.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return false;
        }
        return since >= 0 && mtime / 1000 <= since / 1000;
    }

    private static DumpFile find(DumpManifest m, String name) {
        for (DumpFile f : m.files()) if (f.name().equals(name)) return f;
        return null;
    }

    private void listing(HttpServletRequest req, HttpServletResponse resp, LinkedDataContext.Resolved r, DumpManifest manifest)
            throws IOException {
        MediaFormat format = format(req, resp, List.of(MediaFormat.HTML), MediaFormat.HTML, r);
        if (format == null) return;
        String lang = lang(req);
        List<Map<String, Object>> files = new ArrayList<>();
        if (manifest != null) {
            for (DumpFile f : manifest.files()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", f.name());
                row.put("href", r.site().root() + "dumps/" + f.name());
                row.put("size", f.byteSize());
                row.put("sha256", f.sha256());
                row.put("mediaType", mediaType(f.name()).replace("; charset=utf-8", ""));
                row.put("content", f.format() == null ? null : f.format().title());
                files.add(row);
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", r.pages().messages(lang).get("dumps.title"));
        m.put("files", files);
        m.put("created", manifest == null ? null : manifest.created().toString());
        m.put("checksums", manifest == null ? null : r.site().root() + "dumps/" + DumpManifest.CHECKSUMS);
        String etag = Http.weakEtag("dumps", manifest == null ? "" : manifest.checksums(), lang, ld.instance());
        resp.setHeader("Cache-Control", "public, max-age=60");
        varyLanguage(req, resp);
        Http.send(req, resp, 200, MediaFormat.HTML.contentType(), r.pages().render("dumps", req, lang, m), etag);
    }
}
