package org.ponte.server.ld;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.ponte.core.PonteException;
import org.ponte.core.PonteVersion;

/**
 * Renders the HTML pages from the Pebble templates in {@code templates/ponte/} on the classpath
 * ({@code server/src/main/resources}), with auto-escaping on: every value from the data is
 * escaped for HTML; nothing from the store or the request is ever marked raw, except the
 * embedded JSON-LD, which {@link EntityPageModel} escapes for a script element itself.
 *
 * <p>The page chrome is in English or Italian ({@code messages_en.properties},
 * {@code messages_it.properties}); every template gets {@code t} (the messages), {@code lang},
 * {@code root} (the public root path), {@code langSwitch} (this page in the other language) and
 * the site links.
 */
final class Pages {
    static final String PREFIX = "templates/ponte/";
    private final PebbleEngine engine;
    private final Site site;
    private final Map<String, Map<String, String>> messages = new LinkedHashMap<>();

    Pages(Site site) {
        this.site = site;
        ClasspathLoader loader = new ClasspathLoader(Pages.class.getClassLoader());
        loader.setPrefix(PREFIX);
        loader.setSuffix(".peb");
        this.engine = new PebbleEngine.Builder().loader(loader).autoEscaping(true).strictVariables(false)
                .newLineTrimming(true).cacheActive(true).build();
        for (String lang : List.of("en", "it")) messages.put(lang, load(lang));
    }

    /** The UI messages of a language (en or it). */
    Map<String, String> messages(String lang) {
        return messages.getOrDefault(lang, messages.get("en"));
    }

    /** Renders {@code template} with the common model plus {@code model}, as UTF-8 bytes. */
    byte[] render(String template, HttpServletRequest req, String lang, Map<String, Object> model) {
        Map<String, Object> ctx = common(req, lang);
        ctx.putAll(model);
        try {
            PebbleTemplate t = engine.getTemplate(template);
            StringWriter w = new StringWriter(16384);
            t.evaluate(w, ctx);
            return w.toString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A short error page (no detail beyond the message given). */
    byte[] error(HttpServletRequest req, int status, String message) {
        String lang = ContentNegotiation.language(safeParam(req, "lang"), req.getHeader("Accept-Language"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status);
        m.put("message", message);
        m.put("title", status + "");
        return render("error", req, lang, m);
    }

    private Map<String, Object> common(HttpServletRequest req, String lang) {
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("t", messages(lang));
        ctx.put("lang", lang);
        ctx.put("root", site.root());
        ctx.put("publicUrl", site.publicUrl());
        ctx.put("version", PonteVersion.get());
        ctx.put("license", site.config().license());
        String other = lang.equals("it") ? "en" : "it";
        ctx.put("otherLang", other);
        ctx.put("langSwitch", withParam(req, "lang", other));
        ctx.put("alternates", Collections.emptyList());
        ctx.put("query", safeParam(req, "q"));
        return ctx;
    }

    /** The request's path with one query parameter set (others kept), root-relative. */
    static String withParam(HttpServletRequest req, String name, String value) {
        StringBuilder sb = new StringBuilder(req.getRequestURI());
        List<String> parts = new ArrayList<>();
        Map<String, String[]> params = req.getParameterMap();
        for (Map.Entry<String, String[]> e : params.entrySet()) {
            if (e.getKey().equals(name)) continue;
            for (String v : e.getValue())
                parts.add(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
        }
        parts.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        sb.append('?').append(String.join("&", parts));
        return sb.toString();
    }

    /** A request parameter, or null; never throws on malformed query strings. */
    static String safeParam(HttpServletRequest req, String name) {
        try {
            return req.getParameter(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Map<String, String> load(String lang) {
        String name = PREFIX + "messages_" + lang + ".properties";
        try (InputStream in = Pages.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new PonteException("missing " + name);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> m = new LinkedHashMap<>();
            for (String k : p.stringPropertyNames()) m.put(k, p.getProperty(k));
            return Collections.unmodifiableMap(m);
        } catch (IOException e) {
            throw new PonteException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
