package org.ponte.mapper.extract;

import java.util.List;
import java.util.Set;
import org.ponte.mapper.lexicon.Lexicon;
import org.ponte.mapper.segment.Sentence;
import org.ponte.mapper.segment.Token;

/**
 * Where a name ends at "and" / "e": "Ministero degli Affari Esteri e della Cooperazione
 * Internazionale" is one name, "Fondazione Casa San Martino and the Department of …" and
 * "la Cooperativa Mosaico Sud e il Dipartimento di …" are two.
 */
final class NameRules {
    private static final Set<String> AND = Set.of("and", "e", "ed", "&", "und", "et", "y");
    private static final Set<String> WITH = Set.of("con", "with");
    private static final Set<String> BREAK_AFTER_AND = Set.of("the", "il", "la", "lo", "l'", "i", "gli", "le", "all'", "al", "alla",
            "allo", "ai", "agli", "alle", "a", "ad", "to", "with", "con", "its", "their", "die", "der", "das", "les");
    private static final Set<String> PREPOSITION_ARTICLES = Set.of("del", "della", "dello", "dell'", "dei", "degli", "delle", "dal",
            "dalla", "dallo", "dall'", "dai", "dagli", "dalle", "of", "from");

    private NameRules() {}

    /**
     * Whether the "and" at token {@code k} separates two names rather than joining the words of
     * one: it does when an article or preposition follows, when the next word opens a name of
     * its own (a head word such as "Università"), or when it joins two acronyms ("FIERI and
     * COMPAS").
     */
    static boolean breaksAt(Sentence s, int k, Lexicon lx) {
        List<String> f = s.folded();
        // "promosso da Coldiretti Puglia con la Cooperativa Sociale X": "con"/"with" and an article
        // bring in another body.
        if (k + 1 < f.size() && WITH.contains(f.get(k)) && BREAK_AFTER_AND.contains(f.get(k + 1))) return true;
        if (k >= f.size() || !AND.contains(f.get(k))) return false;
        if (k + 1 >= f.size()) return true;
        if (BREAK_AFTER_AND.contains(f.get(k + 1))) return true;
        if (lx.preHeads().longest(f, k + 1) != null || lx.unitHeads().longest(f, k + 1) != null) return true;
        // "della Cooperativa X e del Comune di Fano" (but "Ministero del Lavoro e delle Politiche Sociali").
        if (PREPOSITION_ARTICLES.contains(f.get(k + 1)) && k + 2 < f.size()
                && (lx.preHeads().longest(f, k + 2) != null || lx.unitHeads().longest(f, k + 2) != null)) return true;
        // "della Fondazione della Comunità Bergamasca e di Intesa Sanpaolo": "and of" and a name is a second body.
        if ((f.get(k + 1).equals("di") || f.get(k + 1).equals("of")) && k + 2 < f.size() && s.tokens().get(k + 2).isNameShaped()) return true;
        Token prev = k > 0 ? s.tokens().get(k - 1) : null;
        Token next = s.tokens().get(k + 1);
        if (prev != null && prev.isAcronymShaped() && next.isAcronymShaped()) return true;
        // "… dell'Alma Mater e ASP Città di Bologna": in mixed-case text an acronym after "e" opens another body.
        return prev != null && !prev.is(Token.UPPER) && next.is(Token.UPPER) && next.text().length() <= 6;
    }

    /** Whether token k is an "and"-like word. */
    static boolean isAnd(Sentence s, int k) {
        return k < s.folded().size() && AND.contains(s.folded().get(k));
    }

    private static final Set<String> CLAUSE_OPENERS = Set.of("nel", "nella", "nello", "nei", "negli", "nelle", "gia", "dal", "dalla",
            "dallo", "dai", "dagli", "dalle", "dopo", "durante", "fino", "entro", "since", "from", "during", "after", "before", "until",
            "in", "on", "by", "per", "con", "tra", "fra", "oggi", "ieri", "today", "yesterday", "also", "anche", "inoltre", "however");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(19|20)\\d\\d");
    /** Words that say what kind of body, never which one. */
    private static final Set<String> GENERIC = Set.of("comune", "universita", "ateneo", "regione", "provincia", "prefettura", "citta",
            "university", "city", "municipality", "region", "province", "ministry", "ministero", "fondazione", "foundation",
            "associazione", "association", "cooperativa", "cooperative", "cooperativa sociale", "istituto", "institute", "centro",
            "centre", "center", "ente", "enti", "agenzia", "agency", "dipartimento", "department", "ufficio", "office", "scuola",
            "school", "scuole", "schools", "rete", "network", "caritas", "diocesi", "parrocchia", "cpia", "asl", "questura");

    /**
     * Whether a span that reads like a new organisation's name is no name at all: no letters
     * ("248.870"), a clause opener with a year ("Nel 2023", "Già nel 2021"), or only words for
     * kinds of bodies ("Comune e Università", "Comune e l'Ateneo").
     */
    static boolean implausibleOrganisation(List<Token> t, int from, int to) {
        boolean letters = false, specific = false;
        for (int k = from; k < to; k++) {
            Token x = t.get(k);
            String f = x.folded();
            if (f.chars().anyMatch(Character::isLetter)) letters = true;
            if (YEAR.matcher(x.text()).matches()) return true;
            if (x.isNameShaped() && !GENERIC.contains(f) && !AND.contains(f)) specific = true;
        }
        if (!letters || !specific) return true;
        // "Rome-based", "Turin-based": where a body is, not its name.
        String last = t.get(to - 1).folded();
        if (last.endsWith("-based") || last.equals("based")) return true;
        return CLAUSE_OPENERS.contains(t.get(from).folded());
    }
}
