package org.ponte.server.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.ponte.core.Slugs;

/**
 * The HTTP details every linked-data response shares: validators and conditional GET
 * ({@code ETag}, {@code If-None-Match}, {@code 304}), {@code HEAD}, gzip on request for text
 * bodies ({@code Content-Encoding: gzip}, {@code Vary: Accept-Encoding}), and short error pages
 * that never carry a stack trace.
 */
final class Http {
    /** Bodies smaller than this are sent uncompressed: gzip would not pay. */
    static final int GZIP_MIN = 1024;

    private Http() {}

    /** A weak validator from the parts that determine a representation. */
    static String weakEtag(String... parts) {
        return "W/\"" + Slugs.sha256Hex(String.join("\u0000", parts)).substring(0, 24) + "\"";
    }

    /** A strong validator from a hex digest. */
    static String strongEtag(String hex) {
        return "\"" + hex + "\"";
    }

    /**
     * Whether {@code If-None-Match} matches {@code etag} (weak comparison, RFC 9110 §13.1.2), in
     * which case the caller answers 304.
     */
    static boolean notModified(HttpServletRequest req, String etag) {
        String inm = req.getHeader("If-None-Match");
        if (inm == null || etag == null) return false;
        String mine = opaque(etag);
        for (String t : inm.split(",")) {
            String tag = t.trim();
            if (tag.equals("*") || opaque(tag).equals(mine)) return true;
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** Answers 304 with the validator (and the headers set so far). */
    static void sendNotModified(HttpServletResponse resp, String etag) {
        resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        if (etag != null) resp.setHeader("ETag", etag);
    }

    /**
     * Sends a body: {@code Content-Type}, {@code ETag} (when given; 304 when the client has it),
     * gzip when the client accepts it and the body is large enough, {@code Content-Length}, and
     * no body for HEAD.
     */
    static void send(HttpServletRequest req, HttpServletResponse resp, int status, String contentType, byte[] body, String etag)
            throws IOException {
        if (etag != null) {
            resp.setHeader("ETag", etag);
            if (status == 200 && notModified(req, etag)) {
                sendNotModified(resp, etag);
                return;
            }
        }
        resp.setStatus(status);
        resp.setContentType(contentType);
        resp.addHeader("Vary", "Accept-Encoding");
        byte[] out = body;
        if (body.length >= GZIP_MIN && acceptsGzip(req)) {
            out = gzip(body);
            resp.setHeader("Content-Encoding", "gzip");
        }
        resp.setContentLength(out.length);
        if (req.getMethod().equals("HEAD")) return;
        try (OutputStream os = resp.getOutputStream()) {
            os.write(out);
        }
    }

    /** Whether the client accepts gzip ({@code Accept-Encoding: gzip}, not {@code gzip;q=0}). */
    static boolean acceptsGzip(HttpServletRequest req) {
        String ae = req.getHeader("Accept-Encoding");
        if (ae == null) return false;
        for (String part : ae.toLowerCase(Locale.ROOT).split(",")) {
            String[] bits = part.trim().split(";");
            if (!bits[0].trim().equals("gzip") && !bits[0].trim().equals("x-gzip")) continue;
            for (int i = 1; i < bits.length; i++) if (bits[i].trim().replace(" ", "").matches("q=0(\\.0*)?")) return false;
            return true;
        }
        return false;
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(body);
        }
        return bytes.toByteArray();
    }

    /**
     * A short error answer: an HTML page when the client prefers HTML (or says nothing), plain
     * text otherwise. The message is the caller's, never an exception's.
     */
    static void error(HttpServletRequest req, HttpServletResponse resp, int status, String message, Pages pages)
            throws IOException {
        if (resp.isCommitted()) return;
        resp.resetBuffer();
        MediaFormat f = ContentNegotiation.choose(req.getHeader("Accept"), List.of(MediaFormat.HTML, MediaFormat.TURTLE),
                MediaFormat.HTML);
        if (f == MediaFormat.HTML && pages != null) {
            byte[] html = pages.error(req, status, message);
            send(req, resp, status, MediaFormat.HTML.contentType(), html, null);
        } else {
            send(req, resp, status, "text/plain; charset=utf-8", (status + " " + message + "\n").getBytes(StandardCharsets.UTF_8), null);
        }
    }

    /** Hex of the first bytes of a SHA-256, for compact keys. */
    static String shortHash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 24);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
