package org.ponte.server.ld;

import java.util.regex.Pattern;
import org.ponte.core.EntityKind;

/**
 * A validated local path of a data IRI, read from a request path ({@code /organisation/ismu}
 * under {@code /id/} or {@code /doc/}, optionally with a format extension under {@code /doc/}).
 *
 * <p>Only the IRI alphabet Ponte mints is accepted: a known kind segment and a slug of
 * {@code [a-z0-9]} words joined by single hyphens, at most {@value #MAX_SLUG} characters
 * (slugs are ASCII by construction: "Le Réseau" is {@code le-reseau}). The request path never
 * reaches a query as text: it is parsed here and only then turned into a Jena {@code Node}.
 *
 * @param kind   the kind segment, for example {@code organisation}
 * @param slug   the slug
 * @param format the format an extension named, or null (negotiate)
 */
record DataPath(String kind, String slug, MediaFormat format) {
    static final int MAX_SLUG = 200;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    /** Characters that may appear in a harmless but unknown path: answered 404, everything else 400. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._~/-]*");

    /** The outcome of reading a request path. */
    enum Status { OK, NOT_FOUND, BAD_REQUEST }

    /** A parse result: a path, or why there is none. */
    record Parsed(Status status, DataPath path) {}

    /** {@code kind/slug}: the part after the base IRI. */
    String local() { return kind + "/" + slug; }

    /**
     * Reads a path info such as {@code /organisation/ismu} or {@code /organisation/ismu.ttl}.
     *
     * @param allowExtension whether a format extension may follow the slug
     */
    static Parsed parse(String pathInfo, boolean allowExtension) {
        if (pathInfo == null || pathInfo.isEmpty() || pathInfo.length() > MAX_SLUG + 40)
            return new Parsed(pathInfo == null || pathInfo.isEmpty() ? Status.NOT_FOUND : Status.BAD_REQUEST, null);
        if (!PLAIN.matcher(pathInfo).matches() || pathInfo.contains("..") || pathInfo.contains("//"))
            return new Parsed(Status.BAD_REQUEST, null);
        String p = pathInfo.startsWith("/") ? pathInfo.substring(1) : pathInfo;
        int slash = p.indexOf('/');
        if (slash <= 0 || p.indexOf('/', slash + 1) >= 0) return new Parsed(Status.NOT_FOUND, null);
        String kind = p.substring(0, slash);
        String rest = p.substring(slash + 1);
        if (EntityKind.bySegment(kind) == null) return new Parsed(Status.NOT_FOUND, null);
        MediaFormat format = null;
        int dot = rest.indexOf('.');
        if (dot >= 0) {
            if (!allowExtension || rest.indexOf('.', dot + 1) >= 0) return new Parsed(Status.NOT_FOUND, null);
            format = MediaFormat.byExtension(rest.substring(dot + 1));
            if (format == null) return new Parsed(Status.NOT_FOUND, null);
            rest = rest.substring(0, dot);
        }
        if (rest.length() > MAX_SLUG || !SLUG.matcher(rest).matches()) return new Parsed(Status.NOT_FOUND, null);
        return new Parsed(Status.OK, new DataPath(kind, rest, format));
    }
}
