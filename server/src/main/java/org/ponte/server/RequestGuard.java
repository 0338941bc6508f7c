package org.ponte.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * First filter of every path. Answers 405 to TRACE (servlets inherit a TRACE that echoes the
 * request's headers, credentials included, back to a script: cross-site tracing), and 400 to
 * requests whose parameters cannot be decoded (broken percent-encoding such as
 * {@code ?query=%zz}, or bytes that are not UTF-8), which Fuseki would otherwise answer with
 * 500 "Server Error".
 * <p>
 * After a refusal (any 4xx or 5xx) it also reads what is left of the request's body. Jetty
 * closes a keep-alive connection whose request body was not read, and a client that had
 * already pooled that connection (Java's HttpClient, scripts re-publishing over one connection)
 * then sees its next request fail with no response at all. Bodies past {@link #DRAIN_LIMIT} are
 * left: closing the connection is then the cheaper outcome.
 */
final class RequestGuard implements Filter {
    /** Largest refused request body read and discarded to keep its connection usable. */
    static final long DRAIN_LIMIT = 16L << 20;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request instanceof HttpServletRequest req && response instanceof HttpServletResponse resp) {
            if (req.getMethod().equals("TRACE") || req.getMethod().equals("TRACK")) {
                resp.setStatus(405);
                resp.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
                return;
            }
            String problem = null;
            String q = req.getQueryString();
            if (q != null && !wellFormed(q)) problem = "malformed percent-encoding in the query string";
            else {
                try {
                    req.getParameterMap();
                } catch (RuntimeException e) {
                    problem = "request parameters cannot be decoded";
                }
            }
            if (problem != null) {
                resp.setStatus(400);
                resp.setContentType("text/plain;charset=utf-8");
                resp.getOutputStream().write(("Bad request: " + problem + "\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        chain.doFilter(request, response);
        if (request instanceof HttpServletRequest req && response instanceof HttpServletResponse resp
                && resp.getStatus() >= 400 && hasBody(req)) drain(req);
    }

    private static boolean hasBody(HttpServletRequest req) {
        return req.getContentLengthLong() > 0 || req.getHeader("Transfer-Encoding") != null;
    }

    private static void drain(HttpServletRequest req) {
        try {
            java.io.InputStream in = req.getInputStream();
            byte[] buf = new byte[8192];
            long total = 0;
            int n;
            while (total < DRAIN_LIMIT && (n = in.read(buf)) >= 0) total += n;
        } catch (IOException | RuntimeException e) {
            // Already read as parameters, or the client went away: nothing left to save.
        }
    }

    /** Every '%' followed by two hex digits, and the decoded bytes UTF-8. */
    static boolean wellFormed(String s) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length() || Character.digit(s.charAt(i + 1), 16) < 0 || Character.digit(s.charAt(i + 2), 16) < 0) return false;
                bytes.write(Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16));
                i += 2;
            } else {
                bytes.write(c < 0x80 ? c : '?');
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }
}
