package org.ponte.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * CORS for the public, read-only surface: any origin may GET, HEAD and POST (SPARQL queries by
 * form or body) and read the {@code Link}, {@code ETag} and {@code Content-Location} headers;
 * preflight requests are answered here. No credentials and no {@code Authorization} header
 * cross-origin, so a web page can never drive the admin endpoints with a user's login.
 * Wraps Fuseki's own filter with these settings (Fuseki's defaults expose neither {@code Link}
 * nor {@code ETag}).
 */
final class CorsFilter implements Filter {
    static final Map<String, String> SETTINGS = Map.of(
            CrossOriginFilter.ALLOWED_ORIGINS_PARAM, "*",
            CrossOriginFilter.ALLOWED_METHODS_PARAM, "GET,HEAD,POST,OPTIONS",
            CrossOriginFilter.ALLOWED_HEADERS_PARAM, "X-Requested-With,Content-Type,Accept,Origin,Last-Modified,If-None-Match,If-Modified-Since",
            CrossOriginFilter.EXPOSED_HEADERS_PARAM, "Link,ETag,Content-Location,Location,Content-Type,Content-Length,"
                    + "Content-Language,Cache-Control,Expires,Last-Modified,Pragma,Vary",
            CrossOriginFilter.ALLOW_CREDENTIALS_PARAM, "false",
            CrossOriginFilter.CHAIN_PREFLIGHT_PARAM, "false",
            CrossOriginFilter.PREFLIGHT_MAX_AGE_PARAM, "3600");

    private final CrossOriginFilter delegate = new CrossOriginFilter();

    @Override
    public void init(FilterConfig config) throws ServletException {
        delegate.init(new FilterConfig() {
            @Override public String getFilterName() { return "ponte-cors"; }
            @Override public ServletContext getServletContext() { return config.getServletContext(); }
            @Override public String getInitParameter(String name) { return SETTINGS.get(name); }
            @Override public Enumeration<String> getInitParameterNames() { return Collections.enumeration(SETTINGS.keySet()); }
        });
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        delegate.doFilter(request, response, chain);
    }

    @Override
    public void destroy() {
        delegate.destroy();
    }
}
