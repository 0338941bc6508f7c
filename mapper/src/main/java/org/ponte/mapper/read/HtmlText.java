package org.ponte.mapper.read;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reduces an HTML page to the visible text a reader sees, keeping the layout the segmenter
 * relies on: headings and paragraphs on lines of their own separated by blank lines, list
 * items as "• " bullets, definition lists and two-cell table rows as "key: value" lines.
 *
 * <p>Navigation, footers, scripts, forms and elements whose class, id or role says they are a
 * menu, cookie banner, breadcrumb or share bar are dropped: they are page furniture.
 */
public final class HtmlText {
    private static final Set<String> DROP = Set.of("script", "style", "noscript", "template", "svg", "iframe", "form",
            "button", "select", "option", "nav", "footer", "head", "object", "embed", "canvas", "audio", "video", "map");
    private static final Set<String> BLOCK = Set.of("p", "div", "section", "article", "main", "header", "aside",
            "blockquote", "pre", "address", "figure", "figcaption", "table", "thead", "tbody", "tfoot", "ul", "ol",
            "dl", "center", "details", "summary", "hr", "fieldset", "body");
    private static final Set<String> HEADING = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Pattern FURNITURE = Pattern.compile(
            "(^|[\\s_-])(cookie|cookies|gdpr|consent|banner|navbar|nav|menu|breadcrumbs?|share|sharing|social|skip-link|sidebar-menu|newsletter|modal|popup)($|[\\s_-])");

    private HtmlText() {}

    /** The visible text of a page and where its headings start in that text. */
    public record Result(String text, java.util.List<Integer> headings) {}

    /** The visible text of an HTML document. */
    public static String toText(String html) {
        return read(html).text();
    }

    /** The visible text of an HTML document, with the offsets of its heading lines. */
    public static Result read(String html) {
        org.jsoup.nodes.Document doc = Jsoup.parse(html);
        Out out = new Out();
        Element body = doc.body();
        boolean hasHeading = !body.select("h1, h2").isEmpty();
        if (!hasHeading) {
            String title = doc.title().trim();
            if (!title.isEmpty()) {
                out.heading();
                out.text(title);
                out.paragraph();
            }
        }
        // Everything before the page's main heading is chrome (top bars, menus, language switches).
        Element h1 = body.selectFirst("h1");
        if (h1 != null) {
            out.heading();
            out.text(h1.text());
            out.paragraph();
            walkAfter(body, h1, out);
            return out.done();
        }
        walk(body, out);
        return out.done();
    }

    private static void walk(Node node, Out out) {
        if (node instanceof TextNode t) {
            out.text(t.text());
            return;
        }
        if (!(node instanceof Element e)) return;
        String tag = e.normalName();
        if (DROP.contains(tag) || isFurniture(e)) return;
        switch (tag) {
            case "br" -> out.line();
            case "li" -> {
                Element first = e.children().isEmpty() ? null : e.child(0);
                if (first != null && HEADING.contains(first.normalName()) && !isFurniture(first)) {
                    // A list of sections, each opened by a heading: the heading is the bullet.
                    out.paragraph();
                    out.bullet();
                    out.text(first.text());
                    out.paragraph();
                    for (Node c : e.childNodes()) if (c != first) walk(c, out);
                    out.paragraph();
                } else {
                    out.line();
                    out.bullet();
                    children(e, out);
                    out.line();
                }
            }
            case "dt" -> {
                out.line();
                children(e, out);
                out.key();
            }
            case "dd" -> {
                children(e, out);
                out.line();
            }
            case "table" -> table(e, out);
            case "tr" -> row(e, out);
            default -> {
                boolean heading = HEADING.contains(tag);
                boolean block = heading || BLOCK.contains(tag);
                if (block) out.paragraph();
                if (heading) out.heading();
                children(e, out);
                if (block) out.paragraph();
            }
        }
    }

    /** Walks the document from the node after {@code start} on, in document order, as {@link #walk} would. */
    private static void walkAfter(Element root, Element start, Out out) {
        Node n = start;
        while (n != null && n != root) {
            Node next = n.nextSibling();
            while (next == null && n.parent() != null && n.parent() != root) {
                n = n.parent();
                if (n instanceof Element pe && BLOCK.contains(pe.normalName())) out.paragraph();
                next = n.nextSibling();
            }
            if (next == null) break;
            walk(next, out);
            n = next;
        }
    }

    private static void children(Element e, Out out) {
        for (Node c : e.childNodes()) walk(c, out);
    }

    /**
     * A table with a header row reads as the plain-text table it looks like: the header and
     * each row on a line, cells joined by " | " (the segmenter turns rows into items when a
     * column names them). Other tables go row by row.
     */
    private static void table(Element table, Out out) {
        var rows = table.select("> tr, > thead > tr, > tbody > tr, > tfoot > tr");
        if (rows.size() >= 2) {
            var header = cellsOf(rows.get(0));
            boolean isHeader = !header.isEmpty() && header.stream().allMatch(c -> c.normalName().equals("th"));
            if (isHeader && header.size() >= 2) {
                out.paragraph();
                pipeRow(header, out);
                for (int r = 1; r < rows.size(); r++) {
                    var cells = cellsOf(rows.get(r));
                    if (cells.size() != header.size()) row(rows.get(r), out);
                    else pipeRow(cells, out);
                }
                out.paragraph();
                return;
            }
        }
        out.paragraph();
        for (Node c : table.childNodes()) walk(c, out);
        out.paragraph();
    }

    private static java.util.List<Element> cellsOf(Element tr) {
        return tr.children().stream().filter(c -> c.normalName().equals("th") || c.normalName().equals("td")).toList();
    }

    /** One table row on one line; a bar inside a cell would split it, so it becomes a slash. */
    private static void pipeRow(java.util.List<Element> cells, Out out) {
        out.line();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.raw(" | ");
            out.text(cells.get(i).text().replace('|', '/'));
        }
        out.line();
    }

    /** A two-cell row reads as "key: value"; wider rows as cells joined by " | ". */
    private static void row(Element tr, Out out) {
        var cells = tr.children().stream().filter(c -> c.normalName().equals("td") || c.normalName().equals("th")).toList();
        out.line();
        if (cells.size() == 2) {
            children(cells.get(0), out);
            out.key();
            children(cells.get(1), out);
        } else {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) out.raw(" | ");
                children(cells.get(i), out);
            }
        }
        out.line();
    }

    private static boolean isFurniture(Element e) {
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("navigation") || role.equals("banner") && e.select("h1").isEmpty() || role.equals("contentinfo")
                || role.equals("dialog") || role.equals("menu") || role.equals("menubar")) return true;
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equals("true")) return true;
        String names = (e.id() + " " + e.className()).toLowerCase(Locale.ROOT);
        return !names.isBlank() && FURNITURE.matcher(names).find() && e.select("h1").isEmpty();
    }

    /** Accumulates text, collapsing white space and keeping at most one blank line. */
    private static final class Out {
        private final StringBuilder sb = new StringBuilder();
        private boolean pendingSpace;

        void text(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0') {
                    pendingSpace = true;
                } else {
                    if (pendingSpace && sb.length() > 0 && !atLineStart() && sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
                    pendingSpace = false;
                    sb.append(c);
                }
            }
        }

        void raw(String s) {
            trimSpace();
            sb.append(s);
            pendingSpace = false;
        }

        void bullet() {
            sb.append("• ");
            pendingSpace = false;
        }

        void key() {
            trimSpace();
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') sb.append(':');
            sb.append(' ');
            pendingSpace = false;
        }

        void line() {
            trimSpace();
            if (sb.length() > 0 && !atLineStart()) sb.append('\n');
            pendingSpace = false;
        }

        void paragraph() {
            line();
            if (sb.length() > 0 && !(sb.length() >= 2 && sb.charAt(sb.length() - 1) == '\n' && sb.charAt(sb.length() - 2) == '\n'))
                sb.append('\n');
            pendingSpace = false;
        }

        private boolean atLineStart() {
            return sb.length() == 0 || sb.charAt(sb.length() - 1) == '\n';
        }

        private void trimSpace() {
            while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') sb.setLength(sb.length() - 1);
        }

        private final java.util.List<Integer> headings = new java.util.ArrayList<>();

        /** The next text starts a heading line. */
        void heading() {
            line();
            headings.add(sb.length());
        }

        Result done() {
            // Leading white space is stripped, so offsets move by what was stripped.
            String raw = sb.toString();
            int lead = 0;
            while (lead < raw.length() && Character.isWhitespace(raw.charAt(lead))) lead++;
            String text = raw.strip() + "\n";
            java.util.List<Integer> hs = new java.util.ArrayList<>();
            for (int h : headings) {
                int o = h - lead;
                if (o >= 0 && o < text.length() && (hs.isEmpty() || hs.get(hs.size() - 1) < o)) hs.add(o);
            }
            return new Result(text, hs);
        }
    }
}
