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
 */
final class RequestGuard implements Filter {
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
