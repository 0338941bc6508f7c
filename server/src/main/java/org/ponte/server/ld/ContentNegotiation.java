package org.ponte.server.ld;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses a {@link MediaFormat} from an {@code Accept} header (RFC 9110 §12.5.1).
 *
 * <p>Each offered format gets the quality of the most specific media range that matches one of
 * its media types (its main type or an alias such as {@code application/x-turtle}) ({@code text/turtle} beats {@code text/*} beats {@code *}{@code /*}); ranges
 * with {@code q=0} exclude. The best quality wins; on a tie a format the client named
 * explicitly beats one reached through a wildcard, then the order of the offers decides (so a
 * bare {@code *}{@code /*}, as curl sends, gives the first offer: Turtle). A missing or empty
 * header gives the caller's default (HTML: browsers always send one, and people typing an IRI
 * somewhere that sends none should still see a page). Malformed ranges are ignored.
 */
final class ContentNegotiation {
    private ContentNegotiation() {}

    /** One media range of an Accept header. */
    record Range(String type, String subtype, double q) {
        int specificity() {
            return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2;
        }

        boolean matches(String mediaType) {
            int slash = mediaType.indexOf('/');
            String t = mediaType.substring(0, slash), s = mediaType.substring(slash + 1);
            return type.equals("*") || (type.equals(t) && (subtype.equals("*") || subtype.equals(s)));
        }
    }

    /** The ranges of an Accept header, in header order; malformed ones left out. */
    static List<Range> parse(String accept) {
        List<Range> out = new ArrayList<>();
        if (accept == null) return out;
        for (String part : splitOutsideQuotes(accept, ',')) {
            List<String> params = splitOutsideQuotes(part, ';');
            if (params.isEmpty()) continue;
            String mt = params.get(0).trim().toLowerCase(Locale.ROOT);
            int slash = mt.indexOf('/');
            if (slash <= 0 || slash == mt.length() - 1 || mt.indexOf('/', slash + 1) >= 0) continue;
            String type = mt.substring(0, slash).trim(), sub = mt.substring(slash + 1).trim();
            if (type.equals("*") && !sub.equals("*")) continue;
            if (!token(type) || !token(sub)) continue;
            double q = 1.0;
            for (int i = 1; i < params.size(); i++) {
                String p = params.get(i).trim();
                int eq = p.indexOf('=');
                if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase("q")) {
                    try {
                        q = Double.parseDouble(p.substring(eq + 1).trim());
                    } catch (NumberFormatException e) {
                        q = -1;
                    }
                }
            }
            if (q < 0 || q > 1 || Double.isNaN(q)) continue;
            out.add(new Range(type, sub, q));
        }
        return out;
    }

    /**
     * The format to send, or null when the client accepts none of the offers (answer 406).
     *
     * @param accept      the Accept header, possibly null
     * @param offers      the formats available, in the server's order of preference
     * @param whenMissing the format for a missing or blank header
     */
    static MediaFormat choose(String accept, List<MediaFormat> offers, MediaFormat whenMissing) {
        if (accept == null || accept.isBlank()) return whenMissing;
        List<Range> ranges = parse(accept);
        if (ranges.isEmpty()) return whenMissing;   // nothing readable: treat as absent
        MediaFormat best = null;
        double bestQ = 0;
        int bestSpec = -1;
        for (MediaFormat f : offers) {
            double q = 0;
            int spec = -1;
            for (String mt : f.acceptedTypes()) {
                Range r = mostSpecific(ranges, mt);
                if (r == null) continue;
                // The most specific match among the format's types decides (text/turtle;q=0
                // is not undone by */* matching the application/x-turtle alias).
                if (r.specificity() > spec || (r.specificity() == spec && r.q() > q)) {
                    q = r.q();
                    spec = r.specificity();
                }
            }
            if (q <= 0) continue;
            if (q > bestQ || (q == bestQ && spec > bestSpec)) {
                best = f;
                bestQ = q;
                bestSpec = spec;
            }
        }
        return best;
    }

    private static Range mostSpecific(List<Range> ranges, String mediaType) {
        Range best = null;
        for (Range r : ranges)
            if (r.matches(mediaType) && (best == null || r.specificity() > best.specificity())) best = r;
        return best;
    }

    private static boolean token(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128) && "!#$%&'*+-.^_`|~".indexOf(c) < 0) return false;
        }
        return true;
    }

    private static List<String> splitOutsideQuotes(String s, char sep) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') quoted = !quoted;
            if (c == sep && !quoted) {
                if (!cur.toString().isBlank()) out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (!cur.toString().isBlank()) out.add(cur.toString());
        return out;
    }

    /**
     * The page language, {@code en} or {@code it}: {@code ?lang=} when it names one of them,
     * else the best-rated of the two in {@code Accept-Language} (a range {@code it-CH} counts as
     * {@code it}, {@code *} as English), else English.
     */
    static String language(String langParam, String acceptLanguage) {
        if (langParam != null) {
            String l = langParam.trim().toLowerCase(Locale.ROOT);
            if (l.equals("it") || l.equals("en")) return l;
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) return "en";
        double en = 0, it = 0;
        int enPos = Integer.MAX_VALUE, itPos = Integer.MAX_VALUE, pos = 0;
        for (String part : acceptLanguage.split(",")) {
            pos++;
            String[] bits = part.trim().split(";");
            String tag = bits[0].trim().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < bits.length; i++) {
                String p = bits[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
            if (primary.equals("it") && q > it) { it = q; itPos = Math.min(itPos, pos); }
            if ((primary.equals("en") || primary.equals("*")) && q > en) { en = q; enPos = Math.min(enPos, pos); }
        }
        if (it > en || (it == en && it > 0 && itPos < enPos)) return "it";
        return "en";
    }
}
