package org.ponte.mapper.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ponte.mapper.segment.Item;
import org.ponte.mapper.segment.SegmentKind;
import org.ponte.mapper.segment.Sentence;

/**
 * Reads a project's dates and budget from running text, when the sentence is plainly about the
 * project (it names it, or says "the project", "il progetto"): "Il progetto durerà da gennaio
 * 2018 a dicembre 2020 e ha un costo complessivo di 1,2 milioni di euro", "The project started
 * in March 2019". Dates of other things in the same text (an event "held on 3 February") are
 * left alone because their sentences are not about the project.
 */
final class ValueReader {
    private static final Set<String> BUDGET = Set.of("budget", "cost", "costs", "costo", "costi", "valore", "value", "worth",
            "importo", "totale", "total", "complessivo", "complessiva", "overall", "amounts", "amounting", "ammonta", "pari");
    private static final Set<String> CONTRIBUTION = Set.of("contribution", "contributo", "grant", "cofinanziamento", "co-financing",
            "cofinancing", "co-funding", "contributi", "finanziamento", "funding", "sovvenzione", "quota");
    private static final Set<String> DURATION = Set.of("from", "da", "dal", "dall'", "runs", "ran", "run", "running", "lasting",
            "lasts", "last", "durerà", "durera", "dura", "durata", "duration", "period", "periodo", "started", "starts", "avviato",
            "iniziato", "between", "tra", "nel", "in", "during", "durante", "will", "si", "svolge", "svolgerà", "svolto");
    private static final Set<String> START = Set.of("started", "starts", "start", "began", "begins", "launched", "kicked", "since",
            "avviato", "avviata", "iniziato", "iniziata", "partito", "partita", "parte", "dal", "da", "inizio", "avvio", "from");
    private static final Set<String> END = Set.of("ended", "ends", "end", "until", "till", "concluded", "completed", "closed",
            "terminato", "terminata", "concluso", "conclusa", "terminerà", "concluderà", "fino", "conclusione", "scade", "scadenza", "entro", "by");

    private final DocumentContext ctx;
    private final RelationReader relations;
    private final DateParser dates;
    private final MoneyParser money = new MoneyParser();

    ValueReader(DocumentContext ctx, RelationReader relations) {
        this.ctx = ctx;
        this.relations = relations;
        this.dates = DateParser.of(ctx.lexicon);
    }

    void read(Sentence s, List<Mention> ms, Map<Item, EntityDraft> current) {
        if (s.segment().kind() != SegmentKind.PARAGRAPH && s.segment().kind() != SegmentKind.LIST_ITEM) return;
        EntityDraft subject = explicitSubject(s, ms, current);
        if (subject == null) return;
        String text = s.text(ctx.text, 0, s.tokens().size());
        int base = s.tokens().get(0).start();
        Span evidence = new Span(s.start(), s.end());
        for (Period p : dates.periods(text, ctx.warnAt(base))) {
            // "FAMI 2014-2020" is part of a programme's name, not the project's period.
            if (insideMention(ms, base + p.matchStart(), base + p.matchEnd())) continue;
            boolean range = p.start() != null && (p.end() != p.start() || p.open());
            if (range && !containsAny(wordsBefore(text, p.matchStart(), 6), DURATION)) continue;
            if (range) {
                ctx.claim(subject, Relation.START_DATE, p.start(), evidence, 0.75, "text-period");
                if (p.end() != null && !p.open()) ctx.claim(subject, Relation.END_DATE, p.end(), evidence, 0.75, "text-period");
                break;
            }
            String before = wordsBefore(text, p.matchStart(), 4);
            if (containsAny(before, START)) ctx.claim(subject, Relation.START_DATE, p.start(), evidence, 0.7, "text-start");
            else if (containsAny(before, END)) ctx.claim(subject, Relation.END_DATE, p.end() != null ? p.end() : p.start(), evidence, 0.7, "text-end");
        }
        MoneyParser.Found f = money.first(text, null);
        if (f != null) {
            String before = wordsBefore(text, f.start(), 8);
            if (containsAny(before, BUDGET) && !containsAny(wordsBefore(text, f.start(), 3), CONTRIBUTION))
                ctx.claim(subject, Relation.BUDGET, f.money(), evidence, 0.75, "text-budget");
        }
    }

    private static boolean insideMention(List<Mention> ms, int from, int to) {
        for (Mention m : ms) if (m.span().start() < to && from < m.span().end()) return true;
        return false;
    }

    /** The project a sentence plainly speaks of: named in it, or "the project" with a project in context. */
    private EntityDraft explicitSubject(Sentence s, List<Mention> ms, Map<Item, EntityDraft> current) {
        for (Mention m : ms) if (m.type() == EntityType.PROJECT) return m.canonical();
        if (RelationReader.pronounAt(ctx, s, true) < 0) return null;
        EntityDraft p = ctx.itemProject(s.item());
        if (p == null) p = current.get(s.item());
        if (p == null && (s.item().documentLevel() || !ctx.layout.listMode())) p = ctx.documentProject;
        return p;
    }

    private static String wordsBefore(String text, int at, int n) {
        int i = at;
        int words = 0;
        while (i > 0 && words < n) {
            i--;
            if (Character.isWhitespace(text.charAt(i)) && i > 0 && !Character.isWhitespace(text.charAt(i - 1))) words++;
        }
        return org.ponte.mapper.lexicon.Folding.fold(text.substring(i, at));
    }

    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}'-]+");

    private static boolean containsAny(String folded, Set<String> words) {
        for (String w : NON_WORD.split(folded)) if (words.contains(w)) return true;
        return false;
    }
}
