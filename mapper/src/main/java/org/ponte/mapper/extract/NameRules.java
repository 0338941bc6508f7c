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
    private static final Set<String> BREAK_AFTER_AND = Set.of("the", "il", "la", "lo", "l'", "i", "gli", "le", "all'", "al", "alla",
            "allo", "ai", "agli", "alle", "a", "ad", "to", "with", "con", "its", "their", "die", "der", "das", "les");

    private NameRules() {}

    /**
     * Whether the "and" at token {@code k} separates two names rather than joining the words of
     * one: it does when an article or preposition follows, when the next word opens a name of
     * its own (a head word such as "Università"), or when it joins two acronyms ("FIERI and
     * COMPAS").
     */
    static boolean breaksAt(Sentence s, int k, Lexicon lx) {
        List<String> f = s.folded();
        if (k >= f.size() || !AND.contains(f.get(k))) return false;
        if (k + 1 >= f.size()) return true;
        if (BREAK_AFTER_AND.contains(f.get(k + 1))) return true;
        if (lx.preHeads().longest(f, k + 1) != null || lx.unitHeads().longest(f, k + 1) != null) return true;
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
}
