package org.ponte.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The layout of one generated document, as blocks (title, headings, paragraphs, bullets,
 * key–value lines, parenthetical metadata, page furniture), rendered either as plain text with
 * the spacing the real documents have or as an HTML page with its chrome (cookie banner,
 * navigation, footer, scripts). Styles write blocks; they never format text themselves.
 */
final class Page {
    enum Kind { TITLE, HEADING, PARA, LINE, BULLET, KV, META, TOP, BOTTOM, GAP }

    record Block(Kind kind, String text, String extra) {}

    private final List<Block> blocks = new ArrayList<>();

    void title(String s) { blocks.add(new Block(Kind.TITLE, s, null)); }

    void heading(String s) { blocks.add(new Block(Kind.HEADING, s, null)); }

    void para(String s) { blocks.add(new Block(Kind.PARA, s, null)); }

    /** A line of its own, with no blank line after it. */
    void line(String s) { blocks.add(new Block(Kind.LINE, s, null)); }

    void bullet(String marker, String s) { blocks.add(new Block(Kind.BULLET, s, marker)); }

    void kv(String key, String value) { blocks.add(new Block(Kind.KV, value, key)); }

    /** A parenthetical metadata line such as "(Duration: 2016-2018)". */
    void meta(String s) { blocks.add(new Block(Kind.META, s, null)); }

    /** Furniture above the content: skip links, menus, breadcrumbs. */
    void top(String s) { blocks.add(new Block(Kind.TOP, s, null)); }

    /** Furniture below the content: share bars, related links, footers, cookie banners. */
    void bottom(String s) { blocks.add(new Block(Kind.BOTTOM, s, null)); }

    /** A blank line. */
    void gap() { blocks.add(new Block(Kind.GAP, null, null)); }

    /** Plain text, as the corpus's .txt files are. */
    String text() {
        StringBuilder sb = new StringBuilder(4096);
        for (Block b : blocks) {
            switch (b.kind) {
                case TITLE, PARA -> sb.append(b.text).append("\n\n");
                case HEADING, LINE, META, TOP, BOTTOM -> sb.append(b.text).append('\n');
                case BULLET -> sb.append(b.extra).append(b.text).append('\n');
                case KV -> sb.append(b.extra).append(':').append(b.text.isEmpty() ? "" : " " + b.text).append('\n');
                case GAP -> sb.append('\n');
            }
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == '\n') end--;
        sb.setLength(end);
        return sb.append('\n').toString();
    }

    /**
     * An HTML page: the content blocks in {@code <main>}, the furniture in navigation, footer and
     * cookie banner elements, some of it in an aside that a text reader keeps.
     */
    String html(Rand r, boolean italian, String siteName) {
        StringBuilder sb = new StringBuilder(8192);
        String title = "";
        for (Block b : blocks) if (b.kind == Kind.TITLE) { title = b.text; break; }
        sb.append(r.chance(0.5) ? "<!DOCTYPE html>\n" : "<!doctype html>\n");
        sb.append("<html lang=\"").append(italian ? "it" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.append("<title>").append(esc(title)).append(" | ").append(esc(siteName)).append("</title>\n");
        sb.append("<link rel=\"stylesheet\" href=\"/static/css/site.min.css\">\n");
        sb.append("<script>\n  window.dataLayer = window.dataLayer || [];\n  function gtag(){dataLayer.push(arguments);}\n")
                .append("  gtag('js', new Date()); gtag('config', 'G-").append(Integer.toHexString(r.below(1 << 24)).toUpperCase()).append("');\n</script>\n");
        sb.append("</head>\n<body>\n");
        sb.append("<div class=\"cookiebar\" role=\"dialog\">\n  <p>").append(italian
                ? "Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione di terze parti. <a href=\"/privacy\">Leggi l'informativa</a>"
                : "We use cookies to understand how visitors use our website. <a href=\"/cookies\">Cookie statement</a>")
                .append("</p>\n  <button class=\"btn accept\">").append(italian ? "Accetto" : "Accept all").append("</button>\n</div>\n");
        sb.append("<header class=\"site-header\">\n  <a class=\"brand\" href=\"/\">").append(esc(siteName)).append("</a>\n  <nav class=\"main-menu\">\n    <ul>\n");
        for (Block b : blocks) if (b.kind == Kind.TOP) sb.append("      <li>").append(esc(b.text)).append("</li>\n");
        sb.append("    </ul>\n  </nav>\n</header>\n<main>\n<article>\n");
        Kind open = null;
        for (Block b : blocks) {
            Kind k = b.kind;
            if (open == Kind.BULLET && k != Kind.BULLET) sb.append("</ul>\n");
            if (open == Kind.KV && k != Kind.KV) sb.append("</table>\n");
            switch (k) {
                case TITLE -> sb.append("<h1>").append(esc(b.text)).append("</h1>\n");
                case HEADING -> sb.append("<h2>").append(esc(b.text)).append("</h2>\n");
                case PARA, LINE -> sb.append("<p>").append(esc(b.text)).append("</p>\n");
                case META -> sb.append("<p class=\"meta\">").append(esc(b.text)).append("</p>\n");
                case BULLET -> {
                    if (open != Kind.BULLET) sb.append("<ul>\n");
                    sb.append("  <li>").append(esc(b.text)).append("</li>\n");
                }
                case KV -> {
                    if (open != Kind.KV) sb.append("<table class=\"table\">\n");
                    sb.append("  <tr><th>").append(esc(b.extra)).append("</th><td>").append(esc(b.text)).append("</td></tr>\n");
                }
                default -> { }
            }
            if (k != Kind.TOP && k != Kind.BOTTOM && k != Kind.GAP) open = k;
        }
        if (open == Kind.BULLET) sb.append("</ul>\n");
        if (open == Kind.KV) sb.append("</table>\n");
        sb.append("</article>\n</main>\n<footer class=\"site-footer\">\n");
        for (Block b : blocks) if (b.kind == Kind.BOTTOM) sb.append("  <p>").append(esc(b.text)).append("</p>\n");
        sb.append("</footer>\n<script src=\"/static/js/site.js\"></script>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
