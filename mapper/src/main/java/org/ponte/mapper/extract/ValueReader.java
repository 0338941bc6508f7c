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
    private static final Set<String> BUDGET = folded("budget", "cost", "costs", "costo", "costi", "valore", "value", "worth",
            "importo", "totale", "total", "complessivo", "complessiva", "overall", "amounts", "amounting", "ammonta", "pari");
    private static final Set<String> CONTRIBUTION = folded("contribution", "contributo", "grant", "cofinanziamento", "co-financing",
            "cofinancing", "co-funding", "contributi", "finanziamento", "funding", "sovvenzione", "quota");
    private static final Set<String> DURATION = folded("from", "da", "dal", "dall'", "runs", "ran", "run", "running", "lasting",
            "lasts", "last", "durerà", "durera", "dura", "durata", "duration", "period", "periodo", "started", "starts", "avviato",
            "iniziato", "between", "tra", "nel", "in", "during", "durante", "will", "si", "svolge", "svolgerà", "svolto", "annualità", "realizzato", "realizzata");
    private static final Set<String> START = folded("started", "starts", "start", "began", "begins", "launched", "kicked", "since",
            "avviato", "avviata", "iniziato", "iniziata", "partito", "partita", "parte", "dal", "da", "inizio", "avvio", "from", "via");
    private static final Set<String> END = folded("ended", "ends", "end", "until", "till", "concluded", "completed", "closed",
            "terminato", "terminata", "concluso", "conclusa", "terminerà", "concluderà", "fino", "conclusione", "scade", "scadenza", "entro", "by");

    /** The words as the extractor compares them: accents dropped ("durerà" = "durera"). */
    private static Set<String> folded(String... words) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : words) out.add(org.ponte.mapper.lexicon.Folding.fold(w));
        return Set.copyOf(out);
    }

    private final DocumentContext ctx;
    private final RelationReader relations;
    private final DateParser dates;
    private final MoneyParser money = new MoneyParser();

    ValueReader(DocumentContext ctx, RelationReader relations) {
        this.ctx = ctx;
        this.relations = relations;
        this.dates = DateParser.of(ctx.lexicon);
    }

    /** The project the previous sentence was about, and its segment: Italian drops a repeated subject. */
    private EntityDraft lastSubject;
    private org.ponte.mapper.segment.Segment lastSegment;

    void read(Sentence s, List<Mention> ms, Map<Item, EntityDraft> current) {
        if (s.segment().kind() != SegmentKind.PARAGRAPH && s.segment().kind() != SegmentKind.LIST_ITEM) return;
        EntityDraft subject = explicitSubject(s, ms, current);
        // "Il progetto è cofinanziato … . Ha un valore di 480.000 euro, è partito a gennaio …": a sentence
        // opening with its verb continues the subject of the one before it in the paragraph.
        if (subject == null && s.segment() == lastSegment && lastSubject != null && opensWithVerb(s)) subject = lastSubject;
        // "Finanziato dal PON Inclusione, ha avuto inizio a maggio 2021 …": a sentence that opens with
        // the project's funding or lead drops the project it is about.
        boolean implied = false;
        if (subject == null && opensWithCue(s, ms)) subject = contextProject(s, current);
        // "Dal 2016, con il contributo di …", "Realizzato tra il 2018 e il 2020 insieme a …", "(2019-2021)"
        // in a project's own description: the period the sentence opens with, or gives in brackets, is the project's.
        if (subject == null) {
            subject = contextProject(s, current);
            implied = subject != null;
        }
        lastSegment = s.segment();
        lastSubject = implied ? null : subject;
        if (subject == null) return;
        String text = s.text(ctx.text, 0, s.tokens().size());
        int base = s.tokens().get(0).start();
        Span evidence = new Span(s.start(), s.end());
        Integer pageYear = ctx.pageDate == null ? null : ctx.pageDate.yearValue();
        for (Period p : dates.periods(text, pageYear, ctx.warnAt(base))) {
            // "FAMI 2014-2020" is part of a programme's name, not the project's period.
            if (insideMention(ms, base + p.matchStart(), base + p.matchEnd())) continue;
            if (implied && !(opensSentence(text, p) || bracketed(text, p))) continue;
            if (bracketed(text, p) && p.start() != null && p.end() != null && p.end() != p.start() && !p.open()) {
                ctx.claim(subject, Relation.START_DATE, p.start(), evidence, 0.7, "text-period-bracketed");
                ctx.claim(subject, Relation.END_DATE, p.end(), evidence, 0.7, "text-period-bracketed");
                break;
            }
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
        // "Il costo complessivo è di 210.000 euro." on a page about one project: a sentence that opens
        // with the cost speaks of the project's.
        if (implied && !containsAny(wordsBefore(text, Math.min(text.length(), firstWordsEnd(text, 3)), 3), BUDGET)) return;
        MoneyParser.Found f = money.first(text, null);
        if (f != null) {
            String before = wordsBefore(text, f.start(), 8);
            if (containsAny(before, BUDGET) && !containsAny(wordsBefore(text, f.start(), 3), CONTRIBUTION))
                ctx.claim(subject, Relation.BUDGET, f.money(), evidence, 0.75, "text-budget");
        }
    }

    /** The end of the sentence's first {@code n} words. */
    private static int firstWordsEnd(String text, int n) {
        int words = 0, i = 0;
        while (i < text.length() && words < n) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) i++;
            words++;
        }
        return i;
    }

    /** The project of a titled item of a list, or of a page about one project; else null. */
    private EntityDraft contextProject(Sentence s, Map<Item, EntityDraft> current) {
        EntityDraft p = ctx.itemProject(s.item());
        if (p == null) p = current.get(s.item());
        if (p == null && !ctx.layout.listMode()) p = ctx.documentProject;
        return p;
    }

    /** Whether the sentence's first token opens a funding, lead or partner cue ("Finanziato dal …", "Promosso da …"). */
    private boolean opensWithCue(Sentence s, List<Mention> ms) {
        for (RelationReader.Cue c : relations.cues(s, ms)) {
            if (c.from() > 0) break;
            if (c.type() == org.ponte.mapper.lexicon.Lexicon.Cue.FUNDING || c.type() == org.ponte.mapper.lexicon.Lexicon.Cue.COORDINATION) return true;
        }
        return false;
    }

    private static final Set<String> OF_PERIOD = folded("realizzato", "realizzata", "svolto", "svolta", "attivo", "attiva", "active",
            "run", "ran", "carried", "annualità", "periodo", "period", "durata", "duration", "anni", "years");

    /**
     * Whether the period opens the sentence as its frame: "Dal 2016, con il contributo …" (set off by
     * a comma), "Annualità 2022-2023." (alone), or after a word that speaks of the work's time
     * ("Realizzato tra il 2018 e il 2020 …"). "Dal 2023 aderiscono alla rete …" dates the joining instead.
     */
    private static boolean opensSentence(String text, Period p) {
        String before = text.substring(0, p.matchStart()).strip();
        if (!before.isEmpty() && NON_WORD.split(before).length > 3) return false;
        String[] words = NON_WORD.split(org.ponte.mapper.lexicon.Folding.fold(before));
        if (words.length > 0 && OF_PERIOD.contains(words[0])) return true;
        String after = text.substring(p.matchEnd()).strip();
        return after.isEmpty() || after.charAt(0) == ',' || after.charAt(0) == '.';
    }

    /** "(2019-2021)": a period alone in brackets. */
    private static boolean bracketed(String text, Period p) {
        int a = p.matchStart() - 1, b = p.matchEnd();
        while (a >= 0 && text.charAt(a) == ' ') a--;
        while (b < text.length() && text.charAt(b) == ' ') b++;
        return a >= 0 && b < text.length() && text.charAt(a) == '(' && text.charAt(b) == ')';
    }

    private static boolean insideMention(List<Mention> ms, int from, int to) {
        for (Mention m : ms) if (m.span().start() < to && from < m.span().end()) return true;
        return false;
    }

    /** The project a sentence plainly speaks of: named in it, or "the project" with a project in context. */
    private EntityDraft explicitSubject(Sentence s, List<Mention> ms, Map<Item, EntityDraft> current) {
        for (Mention m : ms) if (m.type() == EntityType.PROJECT) return m.canonical();
        // "La ricerca si è svolta da …" opening a sentence in a page about one study speaks of it;
        // further in, "la ricerca" may be any research.
        if (RelationReader.pronounAt(ctx, s, true) < 0 && RelationReader.pronounAt(ctx, s, false) != 0 && !opensWithActivities(s)) return null;
        EntityDraft p = ctx.itemProject(s.item());
        if (p == null) p = current.get(s.item());
        if (p == null && (s.item().documentLevel() || !ctx.layout.listMode())) p = ctx.documentProject;
        return p;
    }

    private static final Set<String> OPENING_VERBS = folded("ha", "hanno", "è", "e'", "sarà", "sara", "durerà", "durera", "dura",
            "si", "avrà", "avra", "prevede", "costa", "costerà", "partirà", "partira", "terminerà", "has", "will", "runs", "lasts", "costs");

    private boolean opensWithVerb(Sentence s) {
        return !s.folded().isEmpty() && OPENING_VERBS.contains(s.folded().get(0)) && Character.isUpperCase(s.tokens().get(0).text().charAt(0));
    }

    /** "Le attività si svolgono dal … al …", "The activities run from …": the project's own work. */
    private boolean opensWithActivities(Sentence s) {
        if (!s.item().documentLevel() && ctx.itemProject(s.item()) == null) return false;
        for (List<String> phrase : ctx.lexicon.phraseList("activities"))
            if (phrase.size() <= s.folded().size() && s.folded().subList(0, phrase.size()).equals(phrase)) return true;
        return false;
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
