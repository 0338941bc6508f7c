package org.ponte.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Dispatcher;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.EndpointSet;
import org.apache.jena.fuseki.server.Operation;

/**
 * Fuseki's query UI (the jena-fuseki-ui Vue app, classpath {@code webapp/}) at {@code /ui/},
 * leaving the site root to Ponte's home page.
 *
 * <p>The app computes every URL it calls from its own path, so under {@code /ui/} it calls:
 * {@code GET /ui/$/ping} (every few seconds), {@code GET /ui/$/server} (datasets and their
 * endpoints), {@code GET /ui/$/stats/{dataset}} (dataset page), and the dataset's first query
 * endpoint, {@code GET|POST /ui/{dataset}/{endpoint}?query=} (query page, and the info page's
 * triple counts). Its management pages (create, delete, back up, upload, edit) call write
 * endpoints that do not exist here and fail. {@link Routing} maps exactly those read calls
 * back to {@code /$/ping}, {@code /$/server}, {@code /$/stats/*} and the dataset's public query
 * and graph-read endpoints; everything else under {@code /ui/} is a static file.
 */
final class QueryUi {
    static final String PATH = "/ui";
    private static final String WEBAPP = "webapp";
    private static final Set<String> ADMIN_READS = Set.of("/$/ping", "/$/server");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("ico", "image/x-icon"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("json", "application/json"),
            Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"), Map.entry("ttf", "font/ttf"),
            Map.entry("map", "application/json"), Map.entry("txt", "text/plain; charset=utf-8"));

    private QueryUi() {}

    /** Whether the UI files are on the classpath (the jena-fuseki-ui jar). */
    static boolean available() {
        return QueryUi.class.getClassLoader().getResource(WEBAPP + "/index.html") != null;
    }

    /** Serves the UI's files from the classpath; GET and HEAD only. */
    static final class Files extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String path = req.getPathInfo();
            if (path == null || path.isEmpty()) {
                resp.sendRedirect(req.getContextPath() + PATH + "/");
                return;
            }
            if (path.equals("/")) path = "/index.html";
            if (path.contains("..") || path.contains("\\") || path.contains("//")) {
                resp.sendError(404);
                return;
            }
            try (InputStream in = QueryUi.class.getClassLoader().getResourceAsStream(WEBAPP + path)) {
                if (in == null) {
                    resp.sendError(404);
                    return;
                }
                String ext = path.substring(path.lastIndexOf('.') + 1);
                resp.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
                // File names under static/ carry a content hash.
                resp.setHeader("Cache-Control", path.startsWith("/static/") ? "public, max-age=86400" : "no-cache");
                if (req.getMethod().equals("HEAD")) return;
                OutputStream out = resp.getOutputStream();
                in.transferTo(out);
            }
        }
    }

    /** Sends the UI's API calls under {@code /ui/} to the read-only endpoints they mean. */
    static final class Routing implements Filter {
        private final Supplier<DataService> service;
        private final Supplier<String> datasetName;

        Routing(Supplier<DataService> service, Supplier<String> datasetName) {
            this.service = service;
            this.datasetName = datasetName;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest req = (HttpServletRequest) request;
            HttpServletResponse resp = (HttpServletResponse) response;
            String path = req.getRequestURI().substring(req.getContextPath().length());
            if (!path.startsWith(PATH + "/")) {
                chain.doFilter(request, response);
                return;
            }
            String target = path.substring(PATH.length());
            String method = req.getMethod();
            boolean read = method.equals("GET") || method.equals("HEAD");
            if (target.startsWith("/$/")) {
                if (read && (ADMIN_READS.contains(target) || target.startsWith("/$/stats/") || target.equals("/$/stats")))
                    req.getRequestDispatcher(target).forward(request, response);
                else
                    resp.sendError(404);
                return;
            }
            String ds = datasetName.get();
            if (ds != null && target.startsWith(ds + "/")) {
                String endpoint = target.substring(ds.length() + 1);
                if ((read || method.equals("POST")) && isPublicRead(endpoint)) {
                    HttpServletRequest stripped = new StrippedRequest(req, target);
                    if (Dispatcher.dispatch(stripped, resp)) return;
                }
                resp.sendError(404);
                return;
            }
            chain.doFilter(request, response);
        }

        // Only endpoints that query or read graphs, and that need no login.
        private boolean isPublicRead(String endpoint) {
            DataService svc = service.get();
            if (svc == null || endpoint.isEmpty() || endpoint.contains("/")) return false;
            EndpointSet eps = svc.getEndpointSet(endpoint);
            if (eps == null || eps.isEmpty()) return false;
            for (Endpoint ep : svc.getEndpoints()) {
                if (!ep.getName().equals(endpoint)) continue;
                Operation op = ep.getOperation();
                if (!(op.equals(Operation.Query) || op.equals(Operation.GSP_R)) || ep.getAuthPolicy() != null) return false;
            }
            return true;
        }
    }

    /** The request as if it had been sent without the {@code /ui} prefix. */
    private static final class StrippedRequest extends HttpServletRequestWrapper {
        private final String path;

        StrippedRequest(HttpServletRequest req, String path) {
            super(req);
            this.path = path;
        }

        @Override
        public String getRequestURI() {
            return getContextPath() + path;
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = super.getRequestURL();
            String uri = super.getRequestURI();
            int i = url.lastIndexOf(uri);
            if (i >= 0) url.replace(i, i + uri.length(), getRequestURI());
            return url;
        }

        @Override
        public String getServletPath() {
            return path;
        }

        @Override
        public String getPathInfo() {
            return null;
        }
    }
}
