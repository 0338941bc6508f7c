package org.ponte.mapper.segment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ponte.mapper.lexicon.Lexicon;
import org.ponte.mapper.read.Document;

/**
 * Reads a document's layout from its lines: title, headings, bullets, parenthetical metadata
 * lines, key–value lines, paragraphs and furniture; then groups them into {@link Item}s.
 *
 * <p>The grouping rule that keeps facts on the right item: an item opened by a bullet or
 * heading owns the metadata lines right under it and its first paragraph. A metadata line or a
 * paragraph that comes after the item's paragraph starts a new item whose title was lost
 * (common when a web page with per-project headings becomes text). This applies to documents
 * that are lists of items ({@link Layout#listMode()}); a document that tells one story keeps
 * every paragraph under its title.
 */
public final class LayoutSegmenter implements Segmenter {
    private static final Pattern BULLET = Pattern.compile(
            "^([•·▪◦●■□➢►‣⁃∙○◆◇✓✔→»*▸▹▶▷➤➔➜✦◾◼▫⯈]|[-–—](?=\\s)|\\d{1,3}[.)](?=\\s)|[a-zA-Z][)](?=\\s))\\s*");
    private static final Pattern HEADING_END = Pattern.compile("\\s*[:–—-]+$");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern NON_LETTERS_DASH = Pattern.compile("[^\\p{L}-]+");
    private static final Pattern KEY_VALUE = Pattern.compile("^([^:]{1,120}?)\\s*:(?!//)\\s*(.*)$");
    private static final Pattern LANG_MARK = Pattern.compile(
            "^(?:\\[(IT|EN|ITA|ENG|it|en)]|(IT|EN|ITA|ENG)\\b:?|((?i:italiano|english|inglese|italian))\\s*:)\\s+");
    private static final Pattern VERBISH = Pattern.compile(
            "\\b(is|are|was|were|has|have|had|will|would|can|è|sono|era|erano|ha|hanno|sarà|saranno|può|possono)\\b",
            Pattern.CASE_INSENSITIVE);

    private final Lexicon lexicon;
    private final LanguageGuesser languages;

    public LayoutSegmenter(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.languages = new LanguageGuesser(lexicon);
        String months = String.join("|", lexicon.monthNames().stream().sorted((a, c) -> c.length() - a.length()).toList());
        this.datePattern = Pattern.compile("(?i)\\b(\\d{1,2}(?:°|º)?\\s+(?:" + months + ")\\.?,?\\s+\\d{4}|(?:" + months
                + ")\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})\\b");
    }

    /** A line of the text with its trimmed bounds. */
    private record Line(int start, int end, int cStart, int cEnd) {
        boolean blank() { return cStart >= cEnd; }
    }

    private enum LineKind { BLANK, BULLET, META, KEY_VALUE, TEXT }

    @Override
    public Layout segment(Document document) {
        String text = document.text();
        List<Line> lines = lines(text);
        List<Segment> segments = new ArrayList<>();
        String langMark = null;

        int i = 0;
        String pendingListKey = null; // key whose values the following bullets are
        Lexicon.KeyMatch pendingListField = null;
        boolean first = true;
        AllFurniture allFurniture = new AllFurniture(segments);
        while (i < lines.size()) {
            Line line = lines.get(i);
            if (line.blank()) {
                i++;
                continue;
            }
            String content = text.substring(line.cStart, line.cEnd);
            int tableEnd = first ? i : tableEnd(text, lines, i);
            if (tableEnd > i) {
                // A table: rows are items when a column titles them, else values of the key above ("Partners").
                tableRows(text, lines, i, tableEnd, segments, pendingListKey, pendingListField);
                pendingListKey = null;
                i = tableEnd;
                first = false;
                continue;
            }
            List<int[]> dotted = dottedMeta(content);
            if (dotted != null) {
                // "Erasmus+ – Jean Monnet Module · 2021-2024 · Coordinatore: prof. X" under a heading:
                // the item's metadata, one part per field.
                for (int[] part : dotted) {
                    int a = line.cStart + part[0], b = line.cStart + part[1];
                    Matcher pm = KEY_VALUE.matcher(text.substring(a, b));
                    Lexicon.KeyMatch pf = pm.find() ? lexicon.keyField(pm.group(1).trim()) : null;
                    if (pf != null) segments.add(new Segment(SegmentKind.KEY_VALUE, a, b, a + pm.start(2), b, pm.group(1).trim(), pf, null));
                    else segments.add(new Segment(SegmentKind.META, a, b, a, b, null, null, null));
                }
                pendingListKey = null;
                i++;
                first = false;
                continue;
            }
            LineKind kind = classify(text, line, lines, i);
            if (kind == LineKind.TEXT && pendingListField != null && LISTED.contains(pendingListField.field())
                    && !lines.get(i - 1).blank() && unmarkedListValue(content)) {
                // "Participants:" and then one body per line, without bullets (database exports):
                // each line is a value of the key, not a heading of its own.
                segments.add(new Segment(SegmentKind.LIST_VALUE, line.cStart, line.cEnd, line.cStart, line.cEnd, pendingListKey, pendingListField, null));
                i++;
                first = false;
                continue;
            }
            switch (kind) {
                case BULLET -> {
                    Matcher m = BULLET.matcher(content);
                    m.find();
                    int bodyStart = line.cStart + m.end();
                    Segment s = new Segment(SegmentKind.LIST_ITEM, line.cStart, line.cEnd, bodyStart, line.cEnd,
                            pendingListKey, pendingListField, null);
                    if (pendingListKey != null) s = s.withKind(SegmentKind.LIST_VALUE);
                    String bulletBody = text.substring(bodyStart, line.cEnd);
                    if (isFurnitureLine(bulletBody) || isNavigation(bulletBody)) s = s.withKind(SegmentKind.FURNITURE);
                    segments.add(s);
                    i++;
                }
                case META -> {
                    segments.add(new Segment(SegmentKind.META, line.cStart, line.cEnd, line.cStart + 1, line.cEnd - 1, null, null, null));
                    pendingListKey = null;
                    i++;
                }
                case KEY_VALUE -> {
                    // "Funding: X · Duration: 2020-2023 · Budget: € 420.000" holds three fields.
                    List<int[]> parts = inlineFields(text, line.cStart, line.cEnd);
                    if (parts.size() > 1) {
                        for (int[] part : parts) {
                            String pc = text.substring(part[0], part[1]);
                            Matcher pm = KEY_VALUE.matcher(pc);
                            if (!pm.find()) continue;
                            String pkey = pm.group(1).trim();
                            Lexicon.KeyMatch pf = lexicon.keyField(pkey);
                            segments.add(new Segment(lexicon.isFurnitureKey(pkey) ? SegmentKind.FURNITURE : SegmentKind.KEY_VALUE,
                                    part[0], part[1], part[0] + pm.start(2), part[1], pkey, pf, null));
                        }
                        pendingListKey = null;
                        i++;
                        break;
                    }
                    Matcher m = KEY_VALUE.matcher(content);
                    m.find();
                    String key = m.group(1).trim();
                    int valueStart = line.cStart + m.start(2);
                    Lexicon.KeyMatch field = lexicon.keyField(key);
                    SegmentKind kvKind = lexicon.isFurnitureKey(key) ? SegmentKind.FURNITURE : SegmentKind.KEY_VALUE;
                    if (kvKind == SegmentKind.KEY_VALUE && field == null && isDateline(content)) kvKind = SegmentKind.DATELINE;
                    segments.add(new Segment(kvKind, line.cStart, line.cEnd, valueStart, line.cEnd, key, field, null));
                    boolean empty = m.group(2).isBlank();
                    pendingListKey = empty ? key : null;
                    pendingListField = empty ? field : null;
                    i++;
                }
                case TEXT -> {
                    // A paragraph: this line plus the lines that continue its sentence.
                    int j = i + 1;
                    int end = line.cEnd;
                    while (j < lines.size() && !lines.get(j).blank() && classify(text, lines.get(j), lines, j) == LineKind.TEXT
                            && continues(text, lines.get(j - 1), lines.get(j))) {
                        end = lines.get(j).cEnd;
                        j++;
                    }
                    int bodyStart = line.cStart;
                    String lang = null;
                    Matcher lm = LANG_MARK.matcher(content);
                    if (lm.find() && line.cStart + lm.end() < end) {
                        String code = lm.group(1) != null ? lm.group(1) : lm.group(2) != null ? lm.group(2) : lm.group(3);
                        code = code.toLowerCase();
                        lang = code.startsWith("it") ? "it" : "en";
                        bodyStart = line.cStart + lm.end();
                        langMark = lang;
                    }
                    boolean singleLine = j == i + 1;
                    String body = text.substring(bodyStart, end);
                    SegmentKind sk = SegmentKind.PARAGRAPH;
                    Lexicon.KeyMatch headingKey = null;
                    // The page marked this line as a heading (HTML h1–h6).
                    boolean marked = singleLine && document.isHeadingAt(line.cStart);
                    if (singleLine && isFurnitureLine(body)) sk = SegmentKind.FURNITURE;
                    else if (singleLine && allFurniture.test() && isMasthead(body))
                        sk = SegmentKind.FURNITURE;
                    else if (singleLine && isDateline(body)) sk = SegmentKind.DATELINE;
                    else if (singleLine && isNavigation(body)) sk = SegmentKind.FURNITURE;
                    else if (first && singleLine && (looksLikeTitle(body) || marked)) sk = SegmentKind.TITLE;
                    else if (singleLine && (marked && wordCount(body) <= 25 || looksLikeHeading(body))) {
                        sk = SegmentKind.HEADING;
                        headingKey = lexicon.headingField(HEADING_END.matcher(body.strip()).replaceAll(""));
                    } else if (lexicon.isBoilerplate(body) && !mentionsFunding(body)) sk = SegmentKind.FURNITURE;
                    Segment s = new Segment(sk, line.cStart, end, bodyStart, end, headingKey != null ? body.strip() : null, headingKey, lang);
                    if (sk == SegmentKind.PARAGRAPH && embeddedFields(text, s, segments)) {
                        pendingListKey = null;
                        pendingListField = null;
                        i = j;
                        first = allFurniture.test();
                        continue;
                    }
                    segments.add(s);
                    // A paragraph ending with a colon, or a key heading, introduces the bullets below it.
                    if (headingKey != null) {
                        pendingListKey = body.strip();
                        pendingListField = headingKey;
                    } else if (sk == SegmentKind.PARAGRAPH && body.stripTrailing().endsWith(":")) {
                        pendingListKey = lastSentence(body.strip());
                        pendingListField = lexicon.keyField(pendingListKey);
                    } else if (sk != SegmentKind.FURNITURE) {
                        pendingListKey = null;
                        pendingListField = null;
                    }
                    i = j;
                }
                default -> i++;
            }
            // Menus and mastheads above the headline do not use up the title's place.
            first = allFurniture.test();
        }
        segments = refineBullets(text, segments);
        segments = titleLines(text, segments);
        segments = leadInTitles(text, segments);
        segments = compactProjectBullets(text, segments);
        segments = dropEmptyHeadings(segments);
        String docLang = assignLanguages(text, segments);
        boolean listMode = segments.stream().filter(s -> s.kind() == SegmentKind.BULLET_TITLE
                || s.kind() == SegmentKind.HEADING && s.field() == null && nameLikeHeading(s.body(text))).count() >= 2;
        List<Item> items = group(text, segments, listMode);
        return new Layout(document, segments, items, docLang, listMode);
    }

    /**
     * Whether every segment of a list that only grows is furniture, looking at each segment once
     * (what {@code segments.stream().allMatch(furniture)} answers, without rescanning the list).
     */
    private static final class AllFurniture {
        private final List<Segment> segments;
        private int checked;
        private boolean all = true;

        AllFurniture(List<Segment> segments) { this.segments = segments; }

        boolean test() {
            while (all && checked < segments.size()) all = segments.get(checked++).kind() == SegmentKind.FURNITURE;
            return all;
        }
    }

    // ------------------------------------------------------------------ lines

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int n = text.length();
        int s = 0;
        while (s <= n) {
            int e = text.indexOf('\n', s);
            if (e < 0) e = n;
            int cs = s, ce = e;
            while (cs < ce && isSpace(text.charAt(cs))) cs++;
            while (ce > cs && isSpace(text.charAt(ce - 1))) ce--;
            out.add(new Line(s, e, cs, ce));
            if (e == n) break;
            s = e + 1;
        }
        return out;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2009' || c == '\u202F' || c == '\f';
    }

    private LineKind classify(String text, Line line, List<Line> lines, int index) {
        if (line.blank()) return LineKind.BLANK;
        String c = text.substring(line.cStart, line.cEnd);
        // "— SINTESI —", "-- Summary --": a heading framed by dashes, not a bullet.
        if (BULLET.matcher(c).find() && c.length() > 2 && !framed(c)) return LineKind.BULLET;
        if (c.length() >= 3 && c.length() <= 600 && c.charAt(0) == '(' && c.charAt(c.length() - 1) == ')' && balancedOuter(c))
            return LineKind.META;
        if (c.indexOf(':') < 0) return LineKind.TEXT; // KEY_VALUE needs a colon
        Matcher m = KEY_VALUE.matcher(c);
        if (m.find() && isKey(m.group(1).trim(), m.group(2), lines, index, text)) return LineKind.KEY_VALUE;
        return LineKind.TEXT;
    }

    private static boolean framed(String c) {
        char a = c.charAt(0), z = c.charAt(c.length() - 1);
        return a == z && (a == '—' || a == '–' || a == '-' || a == '*' || a == '=' || a == '~');
    }

    private static final Pattern INLINE_FIELD = Pattern.compile("\\s[·|•]\\s+(?=[\\p{L}][\\p{L} ]{0,40}:\\s)");

    /** The bounds of "Key: value" parts joined on one line by " · " or " | ", or one part. */
    private List<int[]> inlineFields(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        String line = text.substring(from, to);
        Matcher m = INLINE_FIELD.matcher(line);
        int a = from;
        while (m.find()) {
            out.add(new int[] {a, from + m.start()});
            a = from + m.end();
        }
        if (out.isEmpty()) {
            // "Capofila: X. Partner: Y; Z. Periodo: 2022-2023": sentences that each start with a known key.
            Matcher k = SENTENCE_FIELD.matcher(line);
            while (k.find()) {
                if (lexicon.keyField(k.group(1).strip()) == null) continue;
                out.add(new int[] {a, from + k.start()});
                a = from + k.end();
            }
        }
        out.add(new int[] {a, to});
        return out;
    }

    /** Keys whose values may follow one per line without bullets. */
    private static final Set<Lexicon.Field> LISTED = EnumSet.of(Lexicon.Field.PARTNER, Lexicon.Field.COORDINATOR, Lexicon.Field.FUNDING,
            Lexicon.Field.TARGET);

    /** A short line that names something rather than saying it: no colon, no full stop at its end, at most 15 words. */
    private static boolean unmarkedListValue(String line) {
        String c = line.strip();
        if (c.isEmpty() || c.length() > 150 || c.indexOf(':') >= 0 || c.endsWith(".") || wordCount(c) > 15) return false;
        return Character.isUpperCase(c.charAt(0)) || Character.isDigit(c.charAt(0));
    }

    /** Fields a project list writes as sentences of its description ("… scolastica. Capofila: X. Partner: Y; Z."). */
    private static final Set<Lexicon.Field> EMBEDDED = EnumSet.of(Lexicon.Field.COORDINATOR, Lexicon.Field.PARTNER, Lexicon.Field.FUNDING,
            Lexicon.Field.PROGRAMME, Lexicon.Field.DURATION, Lexicon.Field.START, Lexicon.Field.END, Lexicon.Field.BUDGET);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[\\p{Ll}\\d)»\\p{Lu}]\\.)\\s+(?=\\p{Lu})");

    /**
     * A paragraph whose later sentences are "Key: value" fields ("Sostegno all'italiano per bambini
     * neoarrivati. Ente finanziatore: X. Periodo: 2022-2024. Partner: A, B."): the prose stays a
     * paragraph and each field sentence becomes a field of the item. Only whole keys of project
     * particulars count, so "Il progetto: …" or "Nota: …" stay prose. False when there is none.
     */
    private boolean embeddedFields(String text, Segment p, List<Segment> out) {
        String body = text.substring(p.bodyStart(), p.bodyEnd());
        Matcher k = SENTENCE_FIELD.matcher(body);
        List<int[]> cuts = new ArrayList<>(); // [sentence start, value start] of each field sentence
        List<Lexicon.KeyMatch> fields = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        while (k.find()) {
            String key = k.group(1).strip();
            Lexicon.KeyMatch f = lexicon.headingField(key);
            if (f == null || !EMBEDDED.contains(f.field())) continue;
            cuts.add(new int[] {k.end(), k.end(1) + 1});
            fields.add(f);
            keys.add(key);
        }
        if (cuts.isEmpty()) return false;
        int a = p.bodyStart();
        for (int n = 0; n < cuts.size(); n++) {
            int from = p.bodyStart() + cuts.get(n)[0];
            if (from > a && !text.substring(a, from).isBlank())
                out.add(new Segment(SegmentKind.PARAGRAPH, a, from, a, from, null, null, p.lang()));
            int limit = n + 1 < cuts.size() ? p.bodyStart() + cuts.get(n + 1)[0] : p.bodyEnd();
            int valueStart = p.bodyStart() + cuts.get(n)[1];
            while (valueStart < limit && Character.isWhitespace(text.charAt(valueStart))) valueStart++;
            // The field ends with its sentence; prose after it is the paragraph again.
            Matcher e = SENTENCE_END.matcher(text.substring(valueStart, limit));
            int to = e.find() ? valueStart + e.start() : limit;
            out.add(new Segment(SegmentKind.KEY_VALUE, from, to, valueStart, to, keys.get(n), fields.get(n), p.lang()));
            a = e.find(0) ? valueStart + e.end() : limit;
        }
        if (a < p.bodyEnd() && !text.substring(a, p.bodyEnd()).isBlank())
            out.add(new Segment(SegmentKind.PARAGRAPH, a, p.bodyEnd(), a, p.bodyEnd(), null, null, p.lang()));
        return true;
    }

    private static final Pattern SENTENCE_FIELD = Pattern.compile("(?<=[\\p{Ll}\\d)»\\p{Lu}]\\.)\\s+(?=([\\p{Lu}][\\p{L} ]{0,40}):\\s)");

    // ------------------------------------------------------------------ plain-text tables

    private static final Pattern CELL_SPLIT = Pattern.compile("\\s*\\|\\s*");

    private static int cellCount(String line) {
        if (line.indexOf('|') < 0) return 0;
        String t = line.strip();
        if (t.startsWith("|")) t = t.substring(1);
        if (t.endsWith("|")) t = t.substring(0, t.length() - 1);
        return CELL_SPLIT.split(t, -1).length;
    }

    /**
     * The end (exclusive line index) of a table of projects starting at line {@code i}, or
     * {@code i}: a header of at least two short cells, one of them a title key ("Progetto",
     * "Titolo del progetto"), followed by at least one row with the same number of cells.
     */
    private int tableEnd(String text, List<Line> lines, int i) {
        Line h = lines.get(i);
        int cells = cellCount(text.substring(h.cStart, h.cEnd));
        if (cells < 2) return i;
        if (titleColumn(text, h) < 0 && !headerRow(text, h)) return i;
        int j = i + 1;
        while (j < lines.size() && !lines.get(j).blank()
                && cellCount(text.substring(lines.get(j).cStart, lines.get(j).cEnd)) == cells) j++;
        return j - i >= 2 ? j : i;
    }

    /** A header row: short cells, none of them a number, at least one of them a known key or a word. */
    private boolean headerRow(String text, Line header) {
        for (int[] c : cells(text, header)) {
            String cell = text.substring(c[0], c[1]);
            if (cell.isEmpty() || wordCount(cell) > 6 || !Character.isLetter(cell.charAt(0))) return false;
        }
        return true;
    }

    /** The column of a header line whose key names the rows (a title or acronym key), or -1. */
    private int titleColumn(String text, Line header) {
        List<int[]> cs = cells(text, header);
        int found = -1;
        for (int c = 0; c < cs.size(); c++) {
            String cell = text.substring(cs.get(c)[0], cs.get(c)[1]);
            if (cell.isEmpty() || wordCount(cell) > 6) return -1;
            Lexicon.KeyMatch km = lexicon.keyField(cell);
            if (found < 0 && km != null && (km.field() == Lexicon.Field.TITLE || km.field() == Lexicon.Field.ACRONYM)) found = c;
        }
        return found;
    }

    /** The trimmed bounds of a table line's cells. */
    private static List<int[]> cells(String text, Line l) {
        List<int[]> out = new ArrayList<>();
        int a = l.cStart, end = l.cEnd;
        if (a < end && text.charAt(a) == '|') a++;
        if (end > a && text.charAt(end - 1) == '|') end--;
        int k = a;
        while (true) {
            int bar = text.indexOf('|', k);
            int e = bar < 0 || bar > end ? end : bar;
            int cs = k, ce = e;
            while (cs < ce && isSpace(text.charAt(cs))) cs++;
            while (ce > cs && isSpace(text.charAt(ce - 1))) ce--;
            out.add(new int[] {cs, ce});
            if (e >= end) break;
            k = e + 1;
        }
        return out;
    }

    private static final Set<String> NAME_COLUMNS = Set.of("name", "nome", "denominazione", "organisation", "organization",
            "organizzazione", "ente", "institution", "istituzione", "partner", "beneficiary", "beneficiario", "soggetto");

    private void tableRows(String text, List<Line> lines, int from, int to, List<Segment> segments,
                           String aboveKey, Lexicon.KeyMatch aboveField) {
        Line h = lines.get(from);
        int titleCol = titleColumn(text, h);
        List<String> keys = new ArrayList<>();
        for (int[] c : cells(text, h)) keys.add(text.substring(c[0], c[1]));
        segments.add(new Segment(SegmentKind.FURNITURE, h.cStart, h.cEnd, h.cStart, h.cEnd, null, null, null));
        for (int r = from + 1; r < to; r++) {
            Line row = lines.get(r);
            List<int[]> cs = cells(text, row);
            if (titleCol < 0) {
                // No column names the rows: a column of bodies ("Partner", or "Name" under a "Partners" heading) lists
                // values of that key; the other columns describe those bodies or are data we do not read.
                for (int c = 0; c < cs.size(); c++) {
                    int[] cell = cs.get(c);
                    if (cell[1] <= cell[0]) continue;
                    String key = keys.get(c);
                    Lexicon.KeyMatch field = lexicon.keyField(key);
                    boolean bodies = field != null && (field.field() == Lexicon.Field.PARTNER || field.field() == Lexicon.Field.COORDINATOR
                            || field.field() == Lexicon.Field.FUNDING);
                    if (!bodies && aboveField != null && NAME_COLUMNS.contains(org.ponte.mapper.lexicon.Folding.key(key))) {
                        key = aboveKey;
                        field = aboveField;
                        bodies = true;
                    }
                    segments.add(new Segment(bodies ? SegmentKind.LIST_VALUE : SegmentKind.FURNITURE,
                            cell[0], cell[1], cell[0], cell[1], key, bodies ? field : null, null));
                }
                continue;
            }
            int[] title = cs.get(titleCol);
            String titleCell = text.substring(title[0], title[1]);
            if (titleCell.isEmpty() || isFurnitureLine(titleCell) || TOTAL.matcher(cellsText(text, cs)).matches()) {
                segments.add(new Segment(SegmentKind.FURNITURE, row.cStart, row.cEnd, row.cStart, row.cEnd, null, null, null));
                continue;
            }
            segments.add(new Segment(SegmentKind.BULLET_TITLE, title[0], title[1], title[0], title[1], null, null, null));
            for (int c = 0; c < cs.size(); c++) {
                int[] cell = cs.get(c);
                if (c == titleCol || cell[1] <= cell[0]) continue;
                String key = keys.get(c);
                Lexicon.KeyMatch field = lexicon.keyField(key);
                segments.add(new Segment(field == null ? SegmentKind.FURNITURE : SegmentKind.KEY_VALUE,
                        cell[0], cell[1], cell[0], cell[1], key, field, null));
            }
        }
    }

    /** The row's non-empty cells joined by spaces (to spot a "TOTALE | | 1.620.000" row). */
    private static String cellsText(String text, List<int[]> cs) {
        StringBuilder b = new StringBuilder();
        for (int[] c : cs) if (c[1] > c[0]) b.append(text, c[0], c[1]).append(' ');
        return b.toString().strip();
    }

    private static final Pattern TOTAL = Pattern.compile("(?i)(totale?|totals?|somma|sum|subtotale?|subtotal)\\b.*");

    // ------------------------------------------------------------------ titles on their own line

    /**
     * A short line right before a project's fields titles the item those fields describe:
     * "TESSERE – Community networks … (Italy)" over "Period: 2023-2025", "PESCARA–KOLDA:
     * co-development with the diaspora" over "Period: …". Sentences, questions and lines
     * ending with a colon introduce rather than name.
     */
    private List<Segment> titleLines(String text, List<Segment> in) {
        List<Segment> out = new ArrayList<>(in);
        for (int k = 0; k < out.size(); k++) {
            Segment s = out.get(k);
            boolean candidate = s.kind() == SegmentKind.PARAGRAPH || s.kind() == SegmentKind.HEADING && s.field() == null
                    || s.kind() == SegmentKind.KEY_VALUE && s.field() == null && allCaps(s.key());
            if (!candidate) continue;
            // Inside a form an unknown key is one more field ("CUP: J21B…"), not a title.
            if (s.kind() == SegmentKind.KEY_VALUE && k > 0 && previousContent(out, k) != null
                    && previousContent(out, k).kind() == SegmentKind.KEY_VALUE) continue;
            String line = text.substring(s.start(), s.end()).strip();
            if (line.indexOf('\n') >= 0 || !nameStart(line) || wordCount(line) > 30 || line.length() > 240) continue;
            char last = line.charAt(line.length() - 1);
            if (last == '.' || last == ':' || last == '?' || last == ';' || last == ',') continue;
            if (lexicon.isFurnitureLine(line) || lexicon.isBoilerplate(line)) continue;
            if (s.kind() != SegmentKind.KEY_VALUE && VERBISH.matcher(line).find() && !allCaps(leadingName(line))) continue;
            Segment next = nextContent(out, k);
            boolean fieldsFollow = next != null && (next.kind() == SegmentKind.META || next.kind() == SegmentKind.KEY_VALUE && next.field() != null);
            if (!fieldsFollow) continue;
            out.set(k, new Segment(SegmentKind.BULLET_TITLE, s.start(), s.end(), s.start(), s.end(), null, null, s.lang()));
        }
        return out;
    }

    private static Segment previousContent(List<Segment> segments, int k) {
        for (int m = k - 1; m >= 0; m--) if (segments.get(m).kind() != SegmentKind.FURNITURE) return segments.get(m);
        return null;
    }

    private static Segment nextContent(List<Segment> segments, int k) {
        for (int m = k + 1; m < segments.size(); m++) {
            Segment n = segments.get(m);
            if (n.kind() != SegmentKind.FURNITURE) return n;
        }
        return null;
    }

    private static boolean nameStart(String b) {
        if (b.isEmpty()) return false;
        char c0 = b.charAt(0);
        return Character.isUpperCase(c0) || Character.isDigit(c0) || c0 == '"' || c0 == '“' || c0 == '«';
    }

    private static boolean allCaps(String s) {
        return s != null && s.chars().anyMatch(Character::isLetter) && s.equals(s.toUpperCase());
    }

    private static final Pattern LEAD_NAME = Pattern.compile(
            "^([\\p{Lu}\\d][\\p{Lu}\\d'’&+.\\-]*(?:\\s+[\\p{Lu}\\d][\\p{Lu}\\d'’&+.\\-]*){0,6})\\s*(?:[–—:]|-\\s|\\.\\s)");

    /** The all-capitals name at the start of a line ("LARIO CROCEVIA – Como. …"), or "". */
    private static String leadingName(String line) {
        Matcher m = LEAD_NAME.matcher(line);
        if (!m.find()) return "";
        String name = m.group(1).strip();
        long letters = name.chars().filter(Character::isLetter).count();
        return letters >= 4 && allCaps(name) ? name : "";
    }

    /**
     * Paragraphs that open with a name in capitals, where the document does so at least
     * twice ("LARIO CROCEVIA – Como. Capofila la …", "SCUOLE APERTE PADANE – Cremona. …"),
     * list projects: the name titles an item and the rest is its text.
     */
    private List<Segment> leadInTitles(String text, List<Segment> in) {
        List<Integer> found = new ArrayList<>();
        for (int k = 0; k < in.size(); k++) {
            Segment s = in.get(k);
            if (s.kind() != SegmentKind.PARAGRAPH) continue;
            String body = s.body(text);
            String name = leadingName(body);
            if (name.isEmpty() || wordCount(body) < wordCount(name) + 4) continue;
            found.add(k);
        }
        if (found.size() < 2) return in;
        List<Segment> out = new ArrayList<>(in.size() + found.size());
        int f = 0;
        for (int k = 0; k < in.size(); k++) {
            Segment s = in.get(k);
            if (f < found.size() && found.get(f) == k) {
                f++;
                String body = s.body(text);
                Matcher m = LEAD_NAME.matcher(body);
                m.find();
                int nameEnd = s.bodyStart() + m.start(1) + m.group(1).strip().length();
                int rest = s.bodyStart() + m.end();
                while (rest < s.bodyEnd() && isSpace(text.charAt(rest))) rest++;
                out.add(new Segment(SegmentKind.BULLET_TITLE, s.start(), nameEnd, s.bodyStart(), nameEnd, null, null, s.lang()));
                out.add(new Segment(SegmentKind.PARAGRAPH, rest, s.end(), rest, s.bodyEnd(), null, null, s.lang()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static final Pattern DASH_PART = Pattern.compile("\\s+[–—-]\\s+|\\s*\\((?=[^)]*\\d{4})|\\)\\s*");

    /**
     * Bullets that each give a project in capitals and its particulars on one line ("IMPARARE
     * INSIEME – FAMI 2014-2020 – concluso (2018-2021)"), two or more in a run: the name titles an
     * item and each dash-separated part (and a parenthesised period) is a metadata line of it.
     */
    private List<Segment> compactProjectBullets(String text, List<Segment> in) {
        List<Segment> out = new ArrayList<>(in.size());
        int k = 0;
        while (k < in.size()) {
            int end = k;
            while (end < in.size() && in.get(end).kind() == SegmentKind.LIST_ITEM && compactName(text, in.get(end)) != null) end++;
            if (end - k < 2) {
                out.add(in.get(k++));
                continue;
            }
            for (int j = k; j < end; j++) {
                Segment s = in.get(j);
                Matcher m = compactName(text, s);
                int nameEnd = s.bodyStart() + m.start(1) + m.group(1).strip().length();
                out.add(new Segment(SegmentKind.BULLET_TITLE, s.start(), nameEnd, s.bodyStart(), nameEnd, null, null, s.lang()));
                int a = s.bodyStart() + m.end();
                String rest = text.substring(a, s.bodyEnd());
                Matcher d = DASH_PART.matcher(rest);
                int from = 0;
                while (true) {
                    boolean more = d.find();
                    int to = more ? d.start() : rest.length();
                    String part = rest.substring(from, to);
                    int lead = part.length() - part.stripLeading().length();
                    String body = part.strip();
                    if (!body.isEmpty()) {
                        int ps = a + from + lead;
                        out.add(new Segment(SegmentKind.META, ps, ps + body.length(), ps, ps + body.length(), null, null, s.lang()));
                    }
                    if (!more) break;
                    from = d.end();
                }
            }
            k = end;
        }
        return out;
    }

    /** The leading capitals name of a one-line project bullet whose rest is short, or null. */
    private Matcher compactName(String text, Segment s) {
        String body = s.body(text);
        if (leadingName(body).isEmpty()) return null;
        Matcher m = LEAD_NAME.matcher(body);
        if (!m.find() || !body.substring(m.start(), m.end()).strip().endsWith("–") && !body.substring(m.start(), m.end()).strip().endsWith("—")) return null;
        String rest = body.substring(m.end());
        int words = wordCount(rest);
        return words >= 1 && words <= 15 && rest.indexOf('.') < 0 || words >= 1 && words <= 15 && !rest.strip().endsWith(".") ? m : null;
    }

    /** "(a (b) c)" is one parenthetical; "(a) and (b)" is not. */
    private static boolean balancedOuter(String c) {
        int depth = 0;
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (ch == '(') depth++;
            else if (ch == ')') {
                depth--;
                if (depth == 0 && i < c.length() - 1) return false;
            }
        }
        return depth == 0;
    }

    /**
     * A key is a known form key, or a short noun phrase (no verb, at most six words outside
     * parentheses) on a line next to other key–value lines.
     */
    private boolean isKey(String key, String value, List<Line> lines, int index, String text) {
        if (key.isEmpty() || !Character.isLetter(key.charAt(0))) return false;
        if (Character.isDigit(key.charAt(key.length() - 1))) return false; // "10:30"
        if (key.contains("http") || key.contains("www.")) return false;
        if (lexicon.isFurnitureKey(key)) return true;
        String outside = PARENTHESES.matcher(key).replaceAll(" ");
        int words = Math.max(1, wordCount(outside)); // as outside.trim().split("\\s+").length, which is 1 for ""
        if (words > 12) return false;
        if (VERBISH.matcher(outside).find()) return false;
        if (lexicon.keyField(key) != null && words <= 10) return true;
        if (words > 6) return false;
        if (outside.trim().endsWith(".")) return false;
        // An unknown key counts only among other key–value lines (a form), not in prose.
        return neighbourIsKeyValue(lines, index, text);
    }

    private boolean neighbourIsKeyValue(List<Line> lines, int index, String text) {
        for (int d : new int[] {-1, 1, -2, 2}) {
            int k = index + d;
            if (k < 0 || k >= lines.size() || lines.get(k).blank()) continue;
            Line l = lines.get(k);
            String c = text.substring(l.cStart, l.cEnd);
            if (c.startsWith("(") || BULLET.matcher(c).find()) continue;
            Matcher m = KEY_VALUE.matcher(c);
            if (m.find() && lexicon.keyField(m.group(1).trim()) != null) return true;
        }
        return false;
    }

    /** Whether line b continues the sentence of line a (a soft-wrapped paragraph). */
    private static boolean continues(String text, Line a, Line b) {
        char last = text.charAt(a.cEnd - 1);
        char next = text.charAt(b.cStart);
        if (".!?:;".indexOf(last) >= 0 || last == '»' || last == '"' || last == '”') return false;
        return Character.isLowerCase(next) || Character.isDigit(next) || (a.cEnd - a.cStart) >= 60 && !Character.isUpperCase(next);
    }

    // ------------------------------------------------------------------ titles and headings

    /**
     * A newspaper's or site's name over its headline: "PESCARA SETTE – Il quotidiano online della
     * tua città", "GOLFO NEWS · Il giornale online …", "JONIO NOTIZIE".
     */
    private boolean isMasthead(String body) {
        String b = body.strip();
        if (wordCount(b) > 14) return false;
        for (String w : NON_LETTERS.split(org.ponte.mapper.lexicon.Folding.fold(b)))
            if (lexicon.is("masthead", w)) return true;
        return false;
    }

    private boolean isFurnitureLine(String body) {
        String b = body.strip();
        if (b.length() <= 200 && mayBeAttachment(b) && ATTACHMENT.matcher(b).find()) return true;
        return b.length() <= 60 && (lexicon.isFurnitureLine(b) || COUNTER.matcher(b).matches());
    }

    private static final String[] ATTACHMENT_PARTS = {"pdf", "doc", "odt", "xls", "ods", "zip", "rtf", "ppt", "kb", "mb", "ib"};

    /** Whether {@code s} holds (in any case) a piece every ATTACHMENT match holds: a file type, or kb/mb/kib/mib. */
    private static boolean mayBeAttachment(String s) {
        for (int i = 0, n = s.length() - 1; i < n; i++)
            for (String p : ATTACHMENT_PARTS) if (s.regionMatches(true, i, p, 0, p.length())) return true;
        return false;
    }

    /** A link to a file: "Testo del protocollo d'intesa (PDF, 420 KB)", "Bando.pdf – 1,2 MB". */
    private static final Pattern ATTACHMENT = Pattern.compile(
            "(?i)\\((?:pdf|docx?|odt|xlsx?|ods|zip|rtf|pptx?)\\b[^)]*\\)|\\b\\d+(?:[.,]\\d+)?\\s?(?:kb|mb|kib|mib)\\b|\\.(?:pdf|docx?|odt|xlsx?|zip)\\b");

    private static final Pattern TICKER = Pattern.compile("\\s[▸▶►]\\s");
    private static final Pattern BREADCRUMB = Pattern.compile("\\s[›>»]\\s");
    private static final Pattern SEPARATORS = Pattern.compile("\\s[|›>·»/•▸▶►]\\s");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?i:di|by|da|a cura di|written by|scritto da|posted(?: on| by)?|pubblicato(?: il| da)?|published(?: on| by)?|ultima modifica|last (?:modified|updated)|aggiornato(?: al| il)?)\\b.*");
    private static final Set<String> SOCIAL = Set.of("facebook", "twitter", "linkedin", "instagram", "youtube", "whatsapp",
            "telegram", "tiktok", "x", "email", "e-mail", "mail", "rss", "flickr", "vimeo", "pinterest", "mastodon", "bluesky");

    /** Breadcrumbs, menus, share bars and metadata strips: several short parts between separators. */
    private boolean isNavigation(String body) {
        String b = body.strip();
        // Without a separator only the share-bar test below can hold.
        if (!hasSeparatorChar(b)) return wordCount(b) <= 12 && socialWords(b) >= 2;
        // One scan gives the count and the parts, as SEPARATORS.split(b) cuts them (trailing empty parts dropped).
        Matcher m = SEPARATORS.matcher(b);
        int seps = 0, at = 0;
        List<String> cut = new ArrayList<>();
        while (m.find()) {
            seps++;
            cut.add(b.substring(at, m.start()));
            at = m.end();
        }
        cut.add(b.substring(at));
        int size = cut.size();
        if (seps > 0) while (size > 0 && cut.get(size - 1).isEmpty()) size--;
        String[] parts = cut.subList(0, size).toArray(new String[0]);
        boolean shortParts = true;
        for (String part : parts) if (wordCount(part) > 6) shortParts = false;
        boolean firstShort = wordCount(parts[0]) <= 3;
        if (seps >= 2 && shortParts && firstShort) return true;
        // "Segui la diretta di JonioTV ▶ | Meteo | Edicola digitale": one longer link among one- and two-word ones.
        int tiny = 0;
        for (String part : parts) if (wordCount(part) <= 2) tiny++;
        if (seps >= 2 && shortParts && tiny >= parts.length - 1 && b.indexOf(':') < 0) return true;
        // "ULTIM'ORA ▸ Variante Aurelia, riaperta la galleria ▸ …": a news ticker.
        if (seps >= 2 && TICKER.matcher(b).find()) return true;
        // "La Gazzetta del Nord Sardegna › Sassari › Società": breadcrumb arrows need no short first part
        // (but "Summit: Esserci › Conoscersi › Costruire" is a title with a motto).
        if (seps >= 2 && shortParts && BREADCRUMB.matcher(b).find() && b.indexOf('|') < 0 && b.indexOf(':') < 0) return true;
        // "Salute › Sanità pubblica": a section and its subsection.
        if (seps == 1 && parts.length == 2 && wordCount(parts[0]) <= 3 && wordCount(parts[1]) <= 3
                && BREADCRUMB.matcher(b).find() && b.indexOf(':') < 0 && b.indexOf('|') < 0) return true;
        if (seps >= 1 && shortParts && (BYLINE.matcher(parts[parts.length - 1].strip()).matches() || hasDate(b))) return true;
        return wordCount(b) <= 12 && socialWords(b) >= 2;
    }

    private static int socialWords(String b) {
        int social = 0;
        for (String w : NON_LETTERS_DASH.split(b.toLowerCase())) if (SOCIAL.contains(w)) social++;
        return social;
    }

    /** Whether {@code s} holds a character SEPARATORS needs between two spaces. */
    private static boolean hasSeparatorChar(String s) {
        for (int i = 1, n = s.length() - 1; i < n; i++) {
            switch (s.charAt(i)) {
                case '|', '›', '>', '·', '»', '/', '•', '▸', '▶', '►' -> { return true; }
                default -> { }
            }
        }
        return false;
    }

    private static final Pattern DATELINE_PUNCT = Pattern.compile("[\\p{Punct}–—|·›»]+");
    private static final Pattern COUNTER = Pattern.compile("(?i)^(record|scheda|page|pagina|item|result|risultato|entry)\\s+\\d+(\\s+(of|di|/)\\s+\\d+)?$");

    /** A line that only says who wrote the page and when: "Padua, 12 March 2019", "di Redazione | 6 novembre 2020". */
    private boolean isDateline(String body) {
        String b = body.strip();
        int words = wordCount(b);
        if (BYLINE.matcher(b).matches() && hasDate(b) && words <= 18) return true;
        if (words > 12) return false;
        if (BYLINE.matcher(b).matches() && words <= 5) return true;
        if (!hasDate(b)) return false;
        String rest = dates().matcher(b).replaceAll(" ");
        rest = DATELINE_PUNCT.matcher(rest).replaceAll(" ").strip();
        return wordCount(rest) <= 3 && (rest.isEmpty() || Character.isUpperCase(rest.charAt(0)) || BYLINE.matcher(rest).matches());
    }

    private static final Pattern MIDDLE_DOT = Pattern.compile("\\s+·\\s+");
    private static final Pattern BARE_PERIOD = Pattern.compile("(?:\\d{1,2}[/.])?(?:\\d{1,2}[/.])?\\d{4}(?:\\s*[-–—/]\\s*(?:\\d{1,2}[/.])?(?:\\d{1,2}[/.])?\\d{2,4})?");

    /**
     * The parts of a metadata line whose fields are joined by middle dots: at least two parts of
     * at most 80 characters, one of them a bare period ("2021-2024") or a known "Key: value".
     * Null for any other line (a menu "Home · News · Contacts" has neither).
     */
    private List<int[]> dottedMeta(String line) {
        if (line.length() > 240 || line.indexOf('·') < 0) return null;
        List<int[]> parts = new ArrayList<>();
        Matcher m = MIDDLE_DOT.matcher(line);
        int a = 0;
        boolean fieldLike = false;
        while (true) {
            boolean more = m.find();
            int b = more ? m.start() : line.length();
            String part = line.substring(a, b).strip();
            if (part.isEmpty() || part.length() > 80) return null;
            Matcher kv = KEY_VALUE.matcher(part);
            if (BARE_PERIOD.matcher(part).matches() || kv.find() && lexicon.keyField(kv.group(1).trim()) != null) fieldLike = true;
            int lead = line.indexOf(part, a);
            parts.add(new int[] {lead, lead + part.length()});
            if (!more) break;
            a = m.end();
        }
        return parts.size() >= 2 && fieldLike ? parts : null;
    }

    /** Dates in a dateline; compiled once with the segmenter (it was compiled lazily, unsynchronised, per segmenter). */
    private final Pattern datePattern;

    private Pattern dates() {
        return datePattern;
    }

    private boolean hasDate(String s) {
        return dates().matcher(s).find();
    }

    /**
     * Words between runs of white space ({@code \s}: space, tab, newline, vertical tab, form feed,
     * carriage return) after {@code trim()}: what {@code s.trim().split("\\s+").length} counted, without a
     * regular expression. trim() removes every {@code \s} character at both ends, so no run is there.
     */
    private static int wordCount(String s) {
        int from = 0, to = s.length();
        while (from < to && s.charAt(from) <= ' ') from++;
        while (to > from && s.charAt(to - 1) <= ' ') to--;
        if (from == to) return 0;
        int words = 1;
        boolean inSpace = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && !inSpace) words++;
            inSpace = space;
        }
        return words;
    }

    private boolean looksLikeTitle(String body) {
        String b = body.strip();
        int words = wordCount(b);
        if (words == 0 || words > 25 || b.length() > 220) return false;
        char last = b.charAt(b.length() - 1);
        return last != '.' && last != ',' && last != ';' && last != ':';
    }

    private boolean looksLikeHeading(String body) {
        String b = body.strip();
        int words = wordCount(b);
        if (words == 0 || words > 14 || b.length() > 160) return false;
        char last = b.charAt(b.length() - 1);
        if (last == '.' || last == ',' || last == ';') return false;
        if (lexicon.headingField(b.endsWith(":") ? b.substring(0, b.length() - 1) : b) != null && words <= 5) return true;
        return capitalisedShare(b) >= 0.6;
    }

    private static final Pattern CAPS_SPLIT = Pattern.compile("[\\s\\p{Punct}–—•’']+");

    /** Share of content words (not function words) that start with a capital or are numbers. */
    private double capitalisedShare(String s) {
        int content = 0, caps = 0;
        for (String w : CAPS_SPLIT.split(s)) {
            if (w.isEmpty()) continue;
            String lw = w.toLowerCase();
            if (lexicon.is("name-inner", lw) || lexicon.is("article", lw)) continue;
            content++;
            if (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))) caps++;
        }
        return content == 0 ? 0 : (double) caps / content;
    }

    /**
     * Whether a heading can name an item (a project): not an all-capitals sentence like
     * "DAL SUMMIT … AL FORUM …", not a question, at most twelve words.
     */
    boolean nameLikeHeading(String body) {
        String b = body.strip();
        int words = wordCount(b);
        if (words > 12 || b.endsWith("?")) return false;
        boolean allCaps = b.equals(b.toUpperCase()) && b.chars().anyMatch(Character::isLetter);
        if (words == 1) {
            // One plain word ("Training", "Documenti") names a section; an acronym or "OratorInsieme" can name a project.
            boolean inner = false;
            for (int i = 1; i < b.length(); i++) if (Character.isUpperCase(b.charAt(i))) inner = true;
            if (!inner && !allCaps) return false;
        }
        return !(allCaps && words >= 3);
    }

    private static boolean mentionsFunding(String body) {
        String f = body.toLowerCase();
        return f.contains("funded") || f.contains("finanziat") || f.contains("co-funded") || f.contains("support of")
                || f.contains("sostegno") || f.contains("grant agreement") || f.contains("funding");
    }

    private static String lastSentence(String s) {
        String t = s.endsWith(":") ? s.substring(0, s.length() - 1) : s;
        int cut = Math.max(t.lastIndexOf(". "), Math.max(t.lastIndexOf("! "), t.lastIndexOf("? ")));
        return (cut >= 0 ? t.substring(cut + 2) : t).strip();
    }

    // ------------------------------------------------------------------ bullets, headings, languages

    /**
     * A bullet that starts like a name and owns content under it (a metadata line or a
     * paragraph before the next bullet) titles an item; other bullets are list items.
     */
    private List<Segment> refineBullets(String text, List<Segment> in) {
        List<Segment> out = new ArrayList<>(in);
        for (int k = 0; k < out.size(); k++) {
            Segment s = out.get(k);
            if (s.kind() != SegmentKind.LIST_ITEM) continue;
            String body = s.body(text).strip();
            if (body.isEmpty()) continue;
            char c0 = body.charAt(0);
            boolean nameStart = Character.isUpperCase(c0) || Character.isDigit(c0) || c0 == '"' || c0 == '“' || c0 == '«';
            char last = body.charAt(body.length() - 1);
            boolean open = last == ';' || last == ',';
            boolean ownsContent = false;
            // The last bullet of a run of plain list items is one of them, even when a paragraph follows it.
            boolean afterSibling = k > 0 && out.get(k - 1).kind() == SegmentKind.LIST_ITEM;
            for (int m = k + 1; m < out.size(); m++) {
                SegmentKind nk = out.get(m).kind();
                if (nk == SegmentKind.FURNITURE) continue;
                ownsContent = nk == SegmentKind.META || nk == SegmentKind.PARAGRAPH && !afterSibling || nk == SegmentKind.KEY_VALUE;
                break;
            }
            if (nameStart && !open && ownsContent && wordCount(body) <= 80) out.set(k, s.withKind(SegmentKind.BULLET_TITLE));
        }
        return out;
    }

    /** A key heading with nothing under it ("PARTNER DI PROGETTO" above logos) is furniture. */
    private static List<Segment> dropEmptyHeadings(List<Segment> in) {
        List<Segment> out = new ArrayList<>(in);
        for (int k = 0; k < out.size(); k++) {
            Segment s = out.get(k);
            if (s.kind() != SegmentKind.HEADING || s.field() == null) continue;
            boolean hasContent = false;
            for (int m = k + 1; m < out.size(); m++) {
                SegmentKind nk = out.get(m).kind();
                if (nk == SegmentKind.FURNITURE) continue;
                hasContent = nk == SegmentKind.LIST_VALUE || nk == SegmentKind.PARAGRAPH;
                break;
            }
            if (!hasContent) out.set(k, s.withKind(SegmentKind.FURNITURE));
        }
        return out;
    }

    /** Gives every segment a language: its marker, its own words, or the document's. */
    private String assignLanguages(String text, List<Segment> segments) {
        int[] votes = new int[2];
        List<String> guessed = new ArrayList<>(segments.size());
        for (Segment s : segments) {
            String g = s.lang() != null ? s.lang() : languages.guess(text, s.bodyStart(), s.bodyEnd());
            guessed.add(g);
            int weight = s.bodyEnd() - s.bodyStart();
            if ("en".equals(g)) votes[0] += weight;
            else if ("it".equals(g)) votes[1] += weight;
        }
        String docLang = votes[1] > votes[0] ? "it" : votes[0] > 0 ? "en" : null;
        for (int k = 0; k < segments.size(); k++) {
            String g = guessed.get(k);
            segments.set(k, segments.get(k).withLang(g != null ? g : docLang));
        }
        return docLang;
    }

    // ------------------------------------------------------------------ items

    /** Whether {@code s} gives a project's title or acronym that the item already gave in a field. */
    private static boolean repeatsIdentityKey(List<Segment> item, Segment s) {
        if (s.kind() != SegmentKind.KEY_VALUE || s.field() == null) return false;
        Lexicon.Field f = s.field().field();
        if (f != Lexicon.Field.TITLE && f != Lexicon.Field.ACRONYM) return false;
        for (Segment o : item) if (o.kind() == SegmentKind.KEY_VALUE && o.field() != null && o.field().field() == f) return true;
        return false;
    }

    private List<Item> group(String text, List<Segment> segments, boolean listMode) {
        List<Item> items = new ArrayList<>();
        List<Segment> cur = null;
        Segment curTitle = null;
        boolean curDocLevel = false;
        int curParagraphs = 0;
        boolean seenListTitle = false;

        Segment prev = null;
        for (Segment s : segments) {
            // The prose after a paragraph's embedded fields is the same paragraph, not a new one.
            boolean continuation = s.kind() == SegmentKind.PARAGRAPH && prev != null && prev.kind() == SegmentKind.KEY_VALUE
                    && prev.end() <= s.start() && text.substring(prev.end(), s.start()).indexOf('\n') < 0;
            prev = s;
            boolean opens = s.kind() == SegmentKind.TITLE
                    || s.kind() == SegmentKind.BULLET_TITLE
                    || s.kind() == SegmentKind.HEADING && s.field() == null && nameLikeHeading(s.body(text)) && (listMode || cur == null);
            boolean startsUntitled = false;
            if (!opens && cur != null) {
                boolean inList = listMode && (!curDocLevel || seenListTitle);
                if ((s.kind() == SegmentKind.META || s.kind() == SegmentKind.PARAGRAPH) && inList && curParagraphs > 0 && !continuation)
                    startsUntitled = true;
            }
            List<Segment> carried = List.of();
            if (!opens && cur != null && repeatsIdentityKey(cur, s)) {
                // "Project title: …" a second time: a database export lists records one after the
                // other ("RECORD 2 / 3", "Record ID: …"), and each record is an item of its own. The
                // separator lines and keyless lines just before it open the new record.
                int b = cur.size();
                while (b > 1 && (cur.get(b - 1).kind() == SegmentKind.FURNITURE
                        || cur.get(b - 1).kind() == SegmentKind.KEY_VALUE && cur.get(b - 1).field() == null)) b--;
                carried = List.copyOf(cur.subList(b, cur.size()));
                cur.subList(b, cur.size()).clear();
                startsUntitled = true;
            }
            if (opens || startsUntitled || cur == null) {
                if (cur != null) items.add(new Item(items.size(), curTitle, curDocLevel, List.copyOf(cur)));
                cur = new ArrayList<>(carried);
                curTitle = opens ? s : null;
                curDocLevel = s.kind() == SegmentKind.TITLE;
                curParagraphs = 0;
                if (s.kind() == SegmentKind.BULLET_TITLE || s.kind() == SegmentKind.HEADING) seenListTitle = true;
            }
            cur.add(s);
            if (s.kind() == SegmentKind.PARAGRAPH) curParagraphs++;
        }
        if (cur != null) items.add(new Item(items.size(), curTitle, curDocLevel, List.copyOf(cur)));
        return items;
    }
}
