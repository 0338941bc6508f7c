package org.ponte.mapper.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.ponte.mapper.lexicon.Lexicon;
import org.ponte.mapper.lexicon.PhraseTrie;
import org.ponte.mapper.resolve.RefEntity;
import org.ponte.mapper.resolve.ReferenceData;
import org.ponte.mapper.segment.Sentence;
import org.ponte.mapper.segment.SegmentKind;
import org.ponte.mapper.segment.Token;

/**
 * Finds the names a document defines, so that every later mention of them is recognised:
 * acronym definitions ("International Training Centre (ITC)", "COMPAS (Centre on Migration,
 * Policy and Society)", "EMILL stands for …"), organisations named with a head word ("Fondazione
 * X", "X Foundation", "Directorate General X"), projects named as such ("the ReSOMA project",
 * "il progetto «X»", "X is a project") and people (a known given name and a surname, or a title).
 */
final class NameFinder {
    private static final Pattern VERBISH = Pattern.compile(
            "will|aims|aimed|is|was|has|had|seeks|intends|focuses|promotes|supports|addresses|provides|develops|offers|"
            + "mira|intende|promuove|sostiene|vuole|prevede|offre|sviluppa|nasce|è|ha|si");
    private static final Set<String> LEGAL_FORMS = Set.of("scs", "s.c.s.", "e.v.", "asbl", "vzw", "ry", "r.y.", "onlus", "aps", "odv",
            "ets", "srl", "s.r.l.", "gmbh", "ggmbh");
    private static final Set<String> QUOTES_OPEN = Set.of("\"", "“", "«", "‘", "'");
    private static final Set<String> PARTICLES = Set.of("de", "di", "del", "della", "da", "van", "von", "der", "le", "la", "dos", "el", "al", "bin", "ben");
    private static final Set<String> LOCATIVE = Set.of("in", "a", "at", "nel", "nella", "nello", "negli", "nelle", "across", "throughout");

    private final DocumentContext ctx;
    private final Lexicon lx;

    NameFinder(DocumentContext ctx) {
        this.ctx = ctx;
        this.lx = ctx.lexicon;
    }

    void find() {
        List<Sentence> content = new ArrayList<>();
        for (Sentence s : ctx.sentences) if (!isTitle(s)) content.add(s);
        // Most precise first: quoted project names, then acronym definitions, then head words.
        for (Sentence s : content) quotedNames(s);
        for (Sentence s : content) {
            parentheses(s);
            standsFor(s);
        }
        for (Sentence s : content) headNames(s);
        for (Sentence s : content) branches(s);
        // Again, now that head-word names are known: "Centro Studi di Politica Internazionale (Centre for …)".
        for (Sentence s : content) parentheses(s);
        for (Sentence s : content) dashExpansions(s);
        for (Sentence s : content) projectNames(s);
        for (Sentence s : content) persons(s);
    }

    static boolean isTitle(Sentence s) {
        SegmentKind k = s.segment().kind();
        return k == SegmentKind.TITLE || k == SegmentKind.BULLET_TITLE || k == SegmentKind.HEADING;
    }

    // ------------------------------------------------------------------ shared helpers

    /** Token index just past a name starting at {@code i}: name-shaped words and the small words inside names. */
    int runEnd(Sentence s, int i) {
        List<Token> t = s.tokens();
        int end = i;
        int k = i;
        while (k < t.size()) {
            Token tok = t.get(k);
            if (tok.isNameShaped() || tok.is(Token.DIGIT) && k > i) {
                k++;
                end = k;
            } else if (k > i && (lx.is("name-inner", tok.folded()) || tok.folded().equals("&") || tok.folded().equals("'s"))
                    && !tok.isNameShaped()) {
                if (NameRules.breaksAt(s, k, lx)) break;
                k++;
            } else {
                break;
            }
            if (k - i > 20) break;
        }
        return end;
    }

    boolean covered(Sentence s, int i) {
        for (Mention m : ctx.mentions(s)) if (m.from() <= i && i < m.to()) return true;
        return false;
    }

    private Mention mentionAt(Sentence s, int from, int to) {
        for (Mention m : ctx.mentions(s)) if (m.from() == from && m.to() == to) return m;
        return null;
    }

    private Mention mentionEndingAt(Sentence s, int end) {
        for (Mention m : ctx.mentions(s)) if (m.to() == end) return m;
        return null;
    }

    private Mention mentionStartingAt(Sentence s, int from) {
        for (Mention m : ctx.mentions(s)) if (m.from() == from) return m;
        return null;
    }

    /** The reference entity whose name this exactly is, or null. */
    RefEntity refNamed(String name) {
        List<String> tokens = org.ponte.mapper.lexicon.PhraseTokens.split(org.ponte.mapper.lexicon.Folding.fold(name));
        if (tokens.isEmpty()) return null;
        PhraseTrie.Match<ReferenceData.GazetteerEntry> m = ctx.reference.gazetteer().longest(tokens, 0);
        if (m == null || m.end() != tokens.size()) return null;
        for (ReferenceData.GazetteerEntry e : m.values()) {
            if (e.acronym() && !e.surface().replace(" ", "").equals(name.replace(" ", ""))) continue;
            return e.entity();
        }
        return null;
    }

    /** Whether a name is known as an organisation, programme or place (in reference data or this document). */
    boolean knownAsNonProject(String name) {
        RefEntity r = refNamed(name);
        if (r != null) return true;
        EntityDraft d = ctx.findAnyByName(name);
        return d != null && d.type() != EntityType.PROJECT;
    }

    /** Organisation or programme, by the head words in a name (written with a capital), or null. */
    EntityType typeByHeads(String name) {
        List<Token> written = org.ponte.mapper.segment.Tokenizer.tokens(name, 0, name.length());
        List<String> f = org.ponte.mapper.segment.Tokenizer.folded(written);
        boolean org = false, programme = false;
        for (int i = 0; i < f.size(); i++) {
            for (PhraseTrie<Lexicon.Head> trie : List.of(lx.preHeads(), lx.postHeads(), lx.unitHeads())) {
                PhraseTrie.Match<Lexicon.Head> m = trie.longest(f, i);
                if (m == null) continue;
                Lexicon.Head h = m.value();
                if (!written.get(i).isNameShaped()) continue; // "public employment services" has no head word
                boolean atStart = i == 0, atEnd = m.end() == f.size();
                boolean placed = h.position() == Lexicon.HeadPosition.POST ? atEnd : atStart || h.position() == Lexicon.HeadPosition.UNIT;
                if (!placed) continue;
                if (h.programme()) programme = true;
                else org = true;
            }
        }
        if (programme && !org) return EntityType.PROGRAMME;
        if (org) return EntityType.ORGANISATION;
        return null;
    }

    /** The org type suggested by a name's head word, or null. */
    String orgTypeByHeads(String name) {
        List<String> f = org.ponte.mapper.lexicon.PhraseTokens.split(org.ponte.mapper.lexicon.Folding.fold(name));
        if (f.isEmpty()) return null;
        PhraseTrie.Match<Lexicon.Head> m = lx.preHeads().longest(f, 0);
        if (m == null) m = lx.unitHeads().longest(f, 0);
        if (m != null) return m.value().orgType();
        for (int i = f.size() - 1; i >= 0; i--) {
            m = lx.postHeads().longest(f, i);
            if (m != null && m.end() == f.size()) return m.value().orgType();
        }
        return null;
    }

    /** Registers a definition (long form and acronym) as one entity. */
    EntityDraft define(String longForm, String shortForm, EntityType fallback, String lang, Span span, boolean expansion) {
        RefEntity r = refNamed(longForm);
        if (r == null && shortForm != null) r = refNamed(shortForm);
        List<Name> names = new ArrayList<>();
        names.add(new Name(longForm, lang, expansion ? Name.Role.FULL : Name.Role.TRANSLATION));
        if (shortForm != null) names.add(new Name(shortForm, null, Name.Role.ACRONYM));
        if (r != null) {
            EntityDraft d = ctx.entityFor(r, span);
            for (Name n : names) ctx.addName(d, n);
            return d;
        }
        EntityDraft existing = shortForm != null ? ctx.findAnyByName(shortForm) : null;
        if (existing == null) existing = ctx.findAnyByName(longForm);
        EntityType type = existing != null ? existing.type() : typeByHeads(longForm);
        if (type == null) type = fallback;
        EntityDraft d = ctx.entityNamed(type, names, span);
        if (type == EntityType.ORGANISATION) d.setOrgType(orgTypeByHeads(longForm));
        return d;
    }

    // ------------------------------------------------------------------ organisations by head words

    private void headNames(Sentence s) {
        List<Token> t = s.tokens();
        List<String> f = s.folded();
        int i = 0;
        while (i < t.size()) {
            Token tok = t.get(i);
            if (!tok.isNameShaped() || covered(s, i)) {
                i++;
                continue;
            }
            // Pre and unit heads: "Fondazione X", "Ministero degli X", "Directorate General X".
            PhraseTrie.Match<Lexicon.Head> pre = lx.preHeads().longest(f, i);
            PhraseTrie.Match<Lexicon.Head> unit = lx.unitHeads().longest(f, i);
            PhraseTrie.Match<Lexicon.Head> head = pre != null && (unit == null || pre.end() >= unit.end()) ? pre : unit;
            // A head word inside a capitalised run ("International Training Centre") closes that name; it does not open one.
            // ("– Il Dipartimento …" after a dateline: a capitalised article is no name word.)
            if (head != null && i > 0 && t.get(i - 1).isNameShaped() && !isSentenceWord(s, i - 1) && !lx.is("article", f.get(i - 1))) head = null;
            if (head != null) {
                int end = runEnd(s, head.end());
                // Allow the small words between head and name: "Ministero degli Affari Esteri".
                int k = head.end();
                while (end == head.end() && k < t.size() && lx.is("name-inner", f.get(k)) && !t.get(k).isNameShaped()) {
                    k++;
                    end = runEnd(s, k);
                    if (end == k) end = head.end();
                }
                if (end > head.end() && hasNameWord(s, head.end(), end)) {
                    registerHeadName(s, i, trimEnd(s, i, end), head.value());
                    i = end;
                    continue;
                }
            }
            i++;
        }
        // Post heads: "ISMU Foundation", "Jesuit Refugee Service".
        for (int h = 1; h < t.size(); h++) {
            // Legal forms are often written in small letters: "Kulturverein Mosaik e.V.", "Nuorten Silta ry".
            if (!t.get(h).isNameShaped() && !LEGAL_FORMS.contains(f.get(h)) || covered(s, h)) continue;
            PhraseTrie.Match<Lexicon.Head> post = lx.postHeads().longest(f, h);
            if (post == null || post.value().programme()) continue;
            if (!t.get(h - 1).isNameShaped() || covered(s, h - 1)) continue;
            int start = h - 1;
            while (start > 0) {
                Token p = t.get(start - 1);
                // "Sahel Futuro ETS": a place word inside a name is part of it.
                if (p.isNameShaped() && (!covered(s, start - 1) || coveredByPlaceWord(s, start - 1))) start--;
                else if (start - 2 >= 0 && lx.is("name-inner", p.folded()) && !p.isNameShaped() && t.get(start - 2).isNameShaped()
                        && !covered(s, start - 2) && !NameRules.breaksAt(s, start - 1, lx)) start -= 2;
                else break;
            }
            // "Regional Councillor for Labour of the Autonomous Region of …": the office held names a
            // person's role; the body starts after it.
            for (int k = start; k < h; k++) if (lx.is("role", f.get(k))) start = k + 1;
            while (start < h && (lx.is("article", f.get(start)) || lx.is("name-inner", f.get(start)) || isSentenceWord(s, start))) start++;
            if (start >= h) continue;
            registerHeadName(s, start, post.end(), post.value());
            h = post.end() - 1;
        }
    }

    /**
     * "ANCI Toscana", "Save the Children Italia" written as one name: a known network or NGO and a place
     * right after it, with no preposition, is its local branch, a body of its own.
     */
    private void branches(Sentence s) {
        List<Mention> ms = ctx.mentions(s);
        for (int i = 0; i + 1 < ms.size(); i++) {
            Mention body = ms.get(i), place = ms.get(i + 1);
            if (body.to() != place.from() || place.type() != EntityType.PLACE || body.ref() == null) continue;
            String cat = body.ref().category();
            if (!"network".equals(cat) && !"ngo".equals(cat)) continue;
            if (!s.tokens().get(place.from()).isNameShaped()) continue;
            String name = s.text(ctx.text, body.from(), place.to());
            if (refNamed(name) != null) continue;
            EntityDraft d = ctx.entityNamed(EntityType.ORGANISATION, List.of(new Name(name, null, Name.Role.FULL)), DocumentContext.span(s, body.from(), place.to()));
            d.setOrgType(cat);
            ms = ctx.mentions(s);
        }
    }

    private boolean coveredByPlaceWord(Sentence s, int k) {
        for (Mention m : ctx.mentions(s)) if (m.from() <= k && k < m.to()) return m.type() == EntityType.PLACE && m.to() - m.from() == 1;
        return false;
    }

    private boolean locativeBefore(Sentence s, int from) {
        int k = from - 1;
        if (k >= 0 && lx.is("article", s.folded().get(k))) k--;
        return k >= 0 && (LOCATIVE.contains(s.folded().get(k)) || s.folded().get(k).equals("within") || s.folded().get(k).equals("nell'"));
    }

    /** A capitalised first word of a sentence that is a common word, not a name ("Thanks", "Also"). */
    private boolean isSentenceWord(Sentence s, int i) {
        if (i != 0) return false;
        String w = s.folded().get(0);
        return lx.languageWords("en").contains(w) || lx.languageWords("it").contains(w) || w.equals("thanks")
                || w.equals("also") || w.equals("grazie") || w.equals("anche");
    }

    private boolean hasNameWord(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) if (s.tokens().get(k).isNameShaped() || s.tokens().get(k).is(Token.DIGIT)) return true;
        return false;
    }

    /** Drops trailing small words a run may have swallowed. */
    private int trimEnd(Sentence s, int from, int end) {
        while (end > from + 1 && !s.tokens().get(end - 1).isNameShaped() && !s.tokens().get(end - 1).is(Token.DIGIT)) end--;
        return end;
    }

    private void registerHeadName(Sentence s, int from, int to, Lexicon.Head head) {
        String name = s.text(ctx.text, from, to);
        Span span = DocumentContext.span(s, from, to);
        if (!head.programme() && "local-authority".equals(head.orgType()) && locativeBefore(s, from)) return; // "in the Province of Milan"
        if (head.position() != Lexicon.HeadPosition.POST && to - from >= 3) {
            // "Forum in Italy": a head word, a locative and a place name is not a name.
            int afterHead = from + head.words().size();
            if (afterHead < to && LOCATIVE.contains(s.folded().get(afterHead)) && !"local-authority".equals(head.orgType())) {
                RefEntity place = refNamed(s.text(ctx.text, afterHead + 1, to));
                if (place != null && place.type() == EntityType.PLACE) return;
            }
        }
        RefEntity r = refNamed(name);
        if (r != null) {
            if (!ctx.locative(s, from, r)) ctx.entityFor(r, span);
            return;
        }
        EntityType type = head.programme() ? EntityType.PROGRAMME : EntityType.ORGANISATION;
        List<Name> names = new ArrayList<>();
        names.add(new Name(name, s.segment().lang(), Name.Role.FULL));
        // "Fondazione ISMU", "ISMU Foundation": the acronym alone names it too.
        List<Token> inner = new ArrayList<>();
        for (int k = from; k < to; k++) if (s.tokens().get(k).isAcronymShaped()) inner.add(s.tokens().get(k));
        if (inner.size() == 1 && to - from == 2) names.add(new Name(inner.get(0).text(), null, Name.Role.ACRONYM));
        EntityDraft d = ctx.entityNamed(type, names, span);
        if (type == EntityType.ORGANISATION) d.setOrgType(head.orgType());
    }

    // ------------------------------------------------------------------ acronym definitions

    private void parentheses(Sentence s) {
        List<Token> t = s.tokens();
        for (int p = 0; p < t.size(); p++) {
            if (!t.get(p).text().equals("(")) continue;
            int q = closing(t, p);
            if (q < 0 || q == p + 1) continue;
            String inner = s.text(ctx.text, p + 1, q);
            Token firstInner = t.get(p + 1);
            if (firstInner.is(Token.DIGIT)) continue;
            boolean innerAcronym = q == p + 2 && AcronymMatcher.isAcronymLike(firstInner.text());
            Span span = new Span(t.get(Math.max(0, p - 1)).start(), t.get(q).end());
            if (innerAcronym) {
                String sf = firstInner.text();
                // The long form is the name just before the parenthesis.
                int from = Math.max(0, p - Math.min(sf.length() + 5, sf.length() * 2 + 1));
                for (int k = p - 1; k >= from; k--) {
                    String w = t.get(k).text();
                    if (w.equals(")") || w.equals("(") || w.equals(";") || w.equals(":") || w.equals(".")) {
                        from = k + 1;
                        break;
                    }
                }
                if (from >= p) continue;
                String candidate = s.text(ctx.text, from, p);
                String lf = AcronymMatcher.longForm(sf, candidate);
                if ((lf == null || !validLongForm(lf, sf)) && sf.length() >= 3) lf = headAnchoredLongForm(s, p);
                if (lf != null && validLongForm(lf, sf)) {
                    Mention known = mentionEndingAt(s, p);
                    if (known != null && known.span().start() <= t.get(p - 1).start()
                            && ctx.text.substring(known.span().start(), known.span().end()).length() >= lf.length()) {
                        ctx.addName(known.canonical(), new Name(sf, null, Name.Role.ACRONYM));
                        continue;
                    }
                    int lfStart = t.get(p - 1).end() - lf.length();
                    EntityDraft d = define(lf, sf, EntityType.ORGANISATION, s.segment().lang(), new Span(Math.max(lfStart, s.start()), t.get(q).end()), true);
                    // "Azienda Sanitaria Provinciale (ASP) di Palermo": the place after the acronym completes the name.
                    int after = q + 1;
                    if (d.ref() == null && after + 1 < t.size() && lx.is("ofprep", s.folded().get(after)) || after + 1 < t.size() && s.folded().get(after).equals("of")) {
                        int end = runEnd(s, after + 1);
                        if (end > after + 1 && d.ref() == null) {
                            String place = s.text(ctx.text, after + 1, end);
                            String of = s.tokens().get(after).text();
                            ctx.addName(d, new Name(lf + " " + of + " " + place, s.segment().lang(), Name.Role.FULL));
                            ctx.addName(d, new Name(sf + " " + of + " " + place, s.segment().lang(), Name.Role.ALIAS));
                        }
                    }
                } else if (sf.length() >= 3) {
                    // A two-letter code in parentheses is more often a country ("(IT)") than an acronym.
                    Mention known = mentionEndingAt(s, p);
                    if (known != null && known.type() != EntityType.PLACE && known.type() != EntityType.PERSON)
                        ctx.addName(known.canonical(), new Name(sf, null, Name.Role.ACRONYM));
                }
                continue;
            }
            // "UNAR (Italian National Office …)", "IAP Project (Integration, Reception and Participation)".
            int a = p - 1;
            if (a >= 1 && lx.is("project", t.get(a).folded())) a--;
            if (a < 0 || !AcronymMatcher.isAcronymLike(t.get(a).text())) {
                Mention known = mentionEndingAt(s, p);
                if (known != null && nameLike(s, p + 1, q) && known.type() != EntityType.PLACE && known.type() != EntityType.PERSON)
                    addTranslation(known.canonical(), s, p + 1, q);
                continue;
            }
            if (!nameLike(s, p + 1, q)) continue;
            String sf = t.get(a).text();
            if (innerHasCue(s, p + 1, q)) continue;
            boolean project = a < p - 1;
            Mention known = mentionAt(s, a, a + 1);
            if (known != null) {
                addTranslation(known.canonical(), s, p + 1, q);
                continue;
            }
            define(inner, sf, project ? EntityType.PROJECT : EntityType.ORGANISATION, s.segment().lang(),
                    new Span(t.get(a).start(), t.get(q).end()), AcronymMatcher.spells(sf, inner));
        }
    }

    /**
     * When the acronym does not spell the name before it (an Italian acronym after an English
     * name: "Department of Philosophy, Sociology, Education and Applied Psychology (FISPPA)"),
     * the name runs back to the organisation head word that opens it.
     */
    private String headAnchoredLongForm(Sentence s, int p) {
        List<Token> t = s.tokens();
        int k = p - 1;
        int headAt = -1;
        while (k >= 0 && p - k <= 16) {
            Token x = t.get(k);
            boolean ok = x.isNameShaped() || x.text().equals(",") || lx.is("name-inner", x.folded()) && !x.isNameShaped();
            if (!ok || NameRules.breaksAt(s, k, lx)) break;
            if (x.isNameShaped() && (lx.preHeads().longest(s.folded(), k) != null || lx.unitHeads().longest(s.folded(), k) != null)) {
                headAt = k; // the nearest head word opens the name
                break;
            }
            k--;
        }
        if (headAt < 0 || headAt >= p - 1) return null;
        // "Società Cooperativa Sociale (IT)": head words alone name nothing.
        String lf = s.text(ctx.text, headAt, p);
        return typeByHeads(lf) != null && hasNonHeadWord(s, headAt, p) ? lf : null;
    }

    private boolean hasNonHeadWord(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            Token x = s.tokens().get(k);
            if (!x.isNameShaped()) continue;
            if (lx.preHeads().longest(s.folded(), k) == null && lx.postHeads().longest(s.folded(), k) == null
                    && lx.unitHeads().longest(s.folded(), k) == null && !x.folded().equals("sociale")) return true;
        }
        return false;
    }

    private void addTranslation(EntityDraft d, Sentence s, int from, int to) {
        String n = s.text(ctx.text, from, to);
        RefEntity r = refNamed(n);
        if (r != null && d.ref() != null && !r.id().equals(d.ref().id())) return;
        ctx.addName(d, new Name(n, s.segment().lang(), d.ref() != null ? Name.Role.ALIAS : Name.Role.TRANSLATION));
    }

    private static int closing(List<Token> t, int p) {
        int depth = 0;
        for (int k = p; k < t.size(); k++) {
            String w = t.get(k).text();
            if (w.equals("(")) depth++;
            else if (w.equals(")")) {
                depth--;
                if (depth == 0) return k;
            }
        }
        return -1;
    }

    private boolean validLongForm(String lf, String sf) {
        String[] words = lf.trim().split("\\s+");
        if (words.length < 2 && lf.length() < 2 * sf.length()) return false;
        if (words.length > sf.replaceAll("[^A-Za-z0-9]", "").length() + 5) return false;
        char c = lf.charAt(0);
        if (!Character.isUpperCase(c) && !Character.isDigit(c)) return false;
        String first = org.ponte.mapper.lexicon.Folding.fold(words[0]);
        return !lx.is("article", first) && !lx.is("name-inner", first);
    }

    /** At least two words, starting with a capital, and no digits first: a name, not a comment. */
    private boolean nameLike(Sentence s, int from, int to) {
        if (to - from < 2) return false;
        Token first = s.tokens().get(from);
        if (!first.isNameShaped()) return false;
        int words = 0;
        for (int k = from; k < to; k++) if (s.tokens().get(k).isWord()) words++;
        return words >= 2 && words <= 16;
    }

    private boolean innerHasCue(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            PhraseTrie.Match<Lexicon.Cue> c = lx.cues().longest(s.folded(), k);
            if (c != null && c.end() <= to && c.value() != Lexicon.Cue.PROGRAMME && c.value() != Lexicon.Cue.BETWEEN) return true;
        }
        return false;
    }

    private void standsFor(Sentence s) {
        List<String> f = s.folded();
        for (int c = 1; c < f.size(); c++) {
            PhraseTrie.Match<Lexicon.Cue> m = lx.cues().longest(f, c);
            if (m == null || !m.values().contains(Lexicon.Cue.DEFINITION)) continue;
            Token sfTok = s.tokens().get(c - 1);
            if (!AcronymMatcher.isAcronymLike(sfTok.text())) continue;
            int from = m.end();
            int to = from;
            while (to < f.size() && !",;.(:".contains(s.tokens().get(to).text())) to++;
            if (to - from < 2 || !s.tokens().get(from).isNameShaped()) continue;
            String lf = s.text(ctx.text, from, to);
            EntityType fallback = ctx.layout.listMode() ? EntityType.PROJECT : EntityType.ORGANISATION;
            define(lf, sfTok.text(), fallback, s.segment().lang(), new Span(sfTok.start(), s.tokens().get(to - 1).end()), true);
        }
    }

    /** "FONDAZIONE ISMU – Initiatives and studies on Multiethnicity –": a name between dashes is another name. */
    private void dashExpansions(Sentence s) {
        List<Token> t = s.tokens();
        for (int d = 1; d < t.size() - 2; d++) {
            String w = t.get(d).text();
            if (!(w.equals("–") || w.equals("—") || w.equals("-"))) continue;
            Mention before = mentionEndingAt(s, d);
            if (before == null || before.type() != EntityType.ORGANISATION) continue;
            int e = d + 1;
            while (e < t.size() && !(t.get(e).text().equals("–") || t.get(e).text().equals("—") || t.get(e).text().equals("-"))
                    && !",;.()".contains(t.get(e).text())) e++;
            boolean closed = e < t.size() && !",;.()".contains(t.get(e).text());
            if (!closed || e - (d + 1) < 2 || e - (d + 1) > 10 || !t.get(d + 1).isNameShaped()) continue;
            if (innerHasCue(s, d + 1, e) || mentionStartingAt(s, d + 1) != null) continue;
            ctx.addName(before.canonical(), new Name(s.text(ctx.text, d + 1, e), s.segment().lang(), Name.Role.FULL));
            before.canonical().addMention(DocumentContext.span(s, d + 1, e));
        }
    }

    // ------------------------------------------------------------------ projects named as such

    private void projectNames(Sentence s) {
        List<Token> t = s.tokens();
        List<String> f = s.folded();
        for (int i = 0; i < t.size(); i++) {
            boolean noun = isProjectNoun(t.get(i));
            if (!noun) continue;
            // "the ReSOMA project", "START project": the name comes before the noun.
            int start = i;
            while (start > 0 && i - start < 4) {
                Token p = t.get(start - 1);
                if ((p.isNameShaped() || p.is(Token.DIGIT) && start < i) && !lx.is("article", p.folded())) start--;
                else break;
            }
            if (start < i && acceptProjectName(s, start, i)) {
                registerProject(s, start, i, new Span(t.get(start).start(), t.get(i).end() > t.get(i).start() ? t.get(i).end() : t.get(i).start()));
            }
            // "il progetto «Casa Comune»", "progetto MIMOSA": the name comes after the noun.
            if (i + 1 < t.size()) {
                int j = i + 1;
                if (QUOTES_OPEN.contains(t.get(j).text())) {
                    int close = closingQuote(t, j);
                    if (close > j + 1) registerProject(s, j + 1, close, DocumentContext.span(s, j, close + 1));
                } else if (t.get(j).isAcronymShaped() || t.get(j).is(Token.MIXED)) {
                    int end = runEnd(s, j);
                    if (end > j && acceptProjectName(s, j, end)) registerProject(s, j, end, DocumentContext.span(s, i, end));
                }
            }
        }
        // "CASA COMUNE – Percorsi …, the project that …", "HOME-SCAPES, the Horizon 2020 research project": an apposition.
        for (int c = 1; c + 2 < t.size(); c++) {
            if (!t.get(c).text().equals(",")) continue;
            String art = f.get(c + 1);
            if (!(art.equals("the") || art.equals("a") || art.equals("an") || art.equals("il") || art.equals("un") || art.equals("our") || art.equals("il nostro"))) continue;
            boolean noun = false;
            for (int j = c + 2; j < Math.min(t.size(), c + 9); j++) {
                if (isProjectNoun(t.get(j))) { noun = true; break; }
                if (!t.get(j).isWord()) break;
            }
            if (!noun) continue;
            int end = c;
            // The name before the comma: "ACR – Long name" or a name-shaped run.
            int start = end;
            while (start > 0 && (t.get(start - 1).isNameShaped() || t.get(start - 1).is(Token.DIGIT)
                    || lx.is("name-inner", f.get(start - 1)) || t.get(start - 1).text().equals("–") || t.get(start - 1).text().equals("-"))
                    && end - start < 14) start--;
            while (start < end && !t.get(start).isNameShaped()) start++;
            if (start >= end || !t.get(start).isAcronymShaped() && !t.get(start).is(Token.MIXED)) continue;
            int dash = -1;
            for (int j = start; j < end; j++) if (t.get(j).text().equals("–") || t.get(j).text().equals("-")) { dash = j; break; }
            if (dash > start) {
                String shortName = s.text(ctx.text, start, dash), longName = s.text(ctx.text, dash + 1, end);
                if (knownAsNonProject(shortName)) continue;
                ctx.entityNamed(EntityType.PROJECT, List.of(new Name(shortName, null, Name.Role.ACRONYM),
                        new Name(longName, s.segment().lang(), Name.Role.FULL)), DocumentContext.span(s, start, end));
            } else if (acceptProjectName(s, start, end)) {
                registerProject(s, start, end, DocumentContext.span(s, start, end));
            }
        }
        // "MENTOR-UP – Mentoring Young Newcomers into Adulthood": an acronym, a dash and a capitalised name, anywhere in the text.
        for (int a = 0; a + 3 < t.size(); a++) {
            Token acr = t.get(a);
            if (!acr.isAcronymShaped() || acr.text().length() < 3 || covered(s, a)) continue;
            String dash = t.get(a + 1).text();
            if (!(dash.equals("–") || dash.equals("—") || dash.equals("-"))) continue;
            int end = runEnd(s, a + 2);
            if (end - (a + 2) < 2 || capitalisedShare(s, a + 2, end) < 0.5) continue;
            String shortName = acr.text(), longName = s.text(ctx.text, a + 2, end);
            if (knownAsNonProject(shortName)) continue;
            EntityType type = typeByHeads(longName);
            EntityType existing = ctx.findAnyByName(shortName) != null ? ctx.findAnyByName(shortName).type() : null;
            EntityType chosen = existing != null ? existing : type != null ? type : EntityType.PROJECT;
            EntityDraft d = ctx.entityNamed(chosen, List.of(new Name(shortName, null, Name.Role.ACRONYM),
                    new Name(longName, s.segment().lang(), Name.Role.FULL)), DocumentContext.span(s, a, end));
            if (chosen == EntityType.ORGANISATION) d.setOrgType(orgTypeByHeads(longName));
            a = end - 1;
        }
        // "È DIMORE – Abitare l'autonomia, il progetto …", "ha avviato NASCERE QUI – Percorso nascita interculturale, un
        // progetto …": a name in capitals, a dash and a long name in sentence case, in a document about projects.
        for (int a = 0; a + 3 < t.size(); a++) {
            if (covered(s, a) || !capsWord(t.get(a))) continue;
            int b = a;
            while (b < t.size() && b - a < 4 && capsWord(t.get(b)) && !covered(s, b)) b++;
            if (b + 2 >= t.size() || a > 0 && capsWord(t.get(a - 1))) continue;
            String dash = t.get(b).text();
            if (!(dash.equals("–") || dash.equals("—"))) continue;
            if (!t.get(b + 1).isNameShaped() || capsWord(t.get(b + 1)) && t.get(b + 1).text().length() > 3) continue;
            int end = b + 1;
            while (end < t.size() && end - b <= 12 && !",;.:()«»\"“”".contains(t.get(end).text())) end++;
            if (end - (b + 1) < 2 || !aboutProjects(s)) continue;
            String shortName = s.text(ctx.text, a, b), longName = s.text(ctx.text, b + 1, end);
            long letters = shortName.chars().filter(Character::isLetter).count();
            if (letters < 4 || knownAsNonProject(shortName) || refNamed(shortName) != null) continue;
            EntityType byHeads = typeByHeads(longName);
            if (byHeads != null && byHeads != EntityType.PROJECT) continue;
            EntityDraft existing = ctx.findAnyByName(shortName);
            if (existing != null && existing.type() != EntityType.PROJECT) continue;
            ctx.entityNamed(EntityType.PROJECT, List.of(new Name(shortName, null, Name.Role.ALIAS),
                    new Name(longName, s.segment().lang(), Name.Role.FULL),
                    new Name(shortName + " – " + longName, s.segment().lang(), Name.Role.ALIAS)), DocumentContext.span(s, a, end));
            a = end - 1;
        }
        // "NIEM will establish …" opening an untitled item of a project list; "X is a project".
        if (t.size() >= 3 && t.get(0).isAcronymShaped() && !covered(s, 0)) {
            boolean firstOfItem = ctx.layout.listMode() && s.item().title() == null && isFirstSentenceOfItem(s);
            boolean isAProject = t.size() > 3 && (f.get(1).equals("is") || f.get(1).equals("e") || f.get(1).equals("è"))
                    && (f.get(2).equals("a") || f.get(2).equals("an") || f.get(2).equals("un") || f.get(2).equals("una"))
                    && containsProjectNounWithin(s, 3, 6);
            if (firstOfItem && verbAt(s, 1) || isAProject) {
                if (acceptProjectName(s, 0, 1)) registerProject(s, 0, 1, DocumentContext.span(s, 0, 1));
            }
        }
        // "Funded under Horizon 2020, TRANSIT-EU investigates …": the same after a fronted phrase.
        if (ctx.layout.listMode() && s.item().title() == null && isFirstSentenceOfItem(s)) {
            int comma = -1;
            for (int k = 1; k < Math.min(10, t.size()); k++) if (t.get(k).text().equals(",")) {
                comma = k;
                break;
            }
            int k = comma + 1;
            if (comma > 0 && k + 1 < t.size() && t.get(k).isAcronymShaped() && !covered(s, k) && verbAt(s, k + 1)
                    && acceptProjectName(s, k, k + 1)) registerProject(s, k, k + 1, DocumentContext.span(s, k, k + 1));
        }
    }

    /** A verb after a name: one of the usual ones, or an English third person ("investigates", "builds"). */
    private static boolean verbAt(Sentence s, int k) {
        if (k >= s.tokens().size()) return false;
        String w = s.folded().get(k);
        if (VERBISH.matcher(w).matches()) return true;
        Token x = s.tokens().get(k);
        return x.isWord() && !x.isNameShaped() && w.length() >= 5 && w.endsWith("s") && !w.endsWith("ss") && "en".equals(s.segment().lang());
    }

    /**
     * Naming cues: "una fase denominata “DRAFT the Future!”", "a project called “X”"; and a quoted
     * name with "the project" in apposition: "i numeri di «Lavoro in Rete», il progetto finanziato …".
     */
    private void quotedNames(Sentence s) {
        List<Token> t = s.tokens();
        List<String> f = s.folded();
        // Also "HOME-SCAPES, the Horizon 2020 research project on …": an acronym, then the noun a few words on.
        for (int j = 0; j < t.size(); j++) {
            boolean quoted = QUOTES_OPEN.contains(t.get(j).text()) && !t.get(j).text().equals("'");
            boolean acronym = !quoted && t.get(j).isAcronymShaped() && t.get(j).text().chars().filter(Character::isLetter).count() >= 4
                    && !covered(s, j);
            if (!quoted && !acronym) continue;
            int close = quoted ? closingQuote(t, j) : j + 1;
            if (quoted && (close <= j + 1 || close - j > 10 || !t.get(j + 1).isNameShaped())) continue;
            int k = quoted ? close + 1 : j + 1;
            if (k >= t.size() || !t.get(k).text().equals(",")) continue;
            k++;
            if (k >= t.size() || !lx.is("article", f.get(k))) continue;
            int noun = -1;
            for (int m = k + 1; m < Math.min(t.size(), k + 6); m++) {
                if (isProjectNoun(t.get(m))) {
                    noun = m;
                    break;
                }
                if (!t.get(m).isWord() && !t.get(m).is(Token.DIGIT)) break;
            }
            if (noun < 0 || noun + 1 < t.size() && t.get(noun + 1).isNameShaped()) continue;
            if (quoted) registerProject(s, j + 1, close, DocumentContext.span(s, j, close + 1));
            else if (acceptProjectName(s, j, j + 1)) registerProject(s, j, j + 1, DocumentContext.span(s, j, j + 1));
        }
        for (int c = 0; c < f.size(); c++) {
            PhraseTrie.Match<Lexicon.Cue> m = lx.cues().longest(f, c);
            if (m == null || !m.values().contains(Lexicon.Cue.NAMING)) continue;
            int j = m.end();
            if (j < t.size() && QUOTES_OPEN.contains(t.get(j).text())) {
                int close = closingQuote(t, j);
                if (close > j + 1 && nearProjectWord(s, c)) registerProject(s, j + 1, close, DocumentContext.span(s, j, close + 1));
            }
        }
    }

    private static double capitalisedShare(Sentence s, int from, int to) {
        int words = 0, caps = 0;
        for (int k = from; k < to; k++) {
            Token x = s.tokens().get(k);
            if (!x.isWord() || x.folded().length() <= 3 && !x.isNameShaped()) continue;
            words++;
            if (x.isNameShaped()) caps++;
        }
        return words == 0 ? 0 : (double) caps / words;
    }

    /** A word in capitals of two letters or more ("DIMORE", "QUI"), not a number. */
    private static boolean capsWord(Token x) {
        String w = x.text();
        if (w.length() < 2 || !x.isWord()) return false;
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) return false;
            }
        }
        return letter;
    }

    private Boolean aboutProjects;

    /** Whether the document speaks of projects at all ("il progetto", "the project"). */
    private boolean aboutProjects(Sentence s) {
        if (aboutProjects == null) {
            aboutProjects = false;
            for (Sentence o : ctx.sentences)
                for (Token x : o.tokens())
                    if (isProjectNoun(x)) {
                        aboutProjects = true;
                        break;
                    }
        }
        return aboutProjects;
    }

    private boolean containsProjectNounWithin(Sentence s, int from, int to) {
        for (int k = from; k < Math.min(to, s.tokens().size()); k++) if (isProjectNoun(s.tokens().get(k))) return true;
        return false;
    }

    private boolean nearProjectWord(Sentence s, int c) {
        for (int k = Math.max(0, c - 4); k < c; k++) {
            String w = s.folded().get(k);
            if (lx.is("project", w) || w.equals("fase") || w.equals("phase") || w.equals("edizione") || w.equals("edition")) return true;
        }
        return false;
    }

    private boolean isFirstSentenceOfItem(Sentence s) {
        for (Sentence o : ctx.sentences) {
            if (o.item() == s.item() && o.segment().kind() == SegmentKind.PARAGRAPH) return o == s;
        }
        return false;
    }

    private static int closingQuote(List<Token> t, int open) {
        String o = t.get(open).text();
        String want = switch (o) {
            case "“" -> "”";
            case "«" -> "»";
            case "‘" -> "’";
            default -> o;
        };
        for (int k = open + 1; k < t.size() && k < open + 25; k++) if (t.get(k).text().equals(want)) return k;
        return -1;
    }

    /** "project" and its glued typos ("projectaims"). */
    boolean isProjectNoun(Token tok) {
        String w = tok.folded();
        if (w.equals("project") || w.equals("progetto")) return true;
        if (w.startsWith("project") && w.length() > 7) {
            String rest = w.substring(7);
            return VERBISH.matcher(rest).matches();
        }
        return false;
    }

    private boolean acceptProjectName(Sentence s, int from, int to) {
        String name = s.text(ctx.text, from, to);
        if (knownAsNonProject(name)) return false;
        if (to - from == 1) {
            Token only = s.tokens().get(from);
            // One plain capitalised word is too often an adjective ("European project").
            if (!only.isAcronymShaped() && !only.is(Token.MIXED)) return false;
        }
        for (int k = from; k < to; k++) if (covered(s, k) && ctx.findAnyByName(name) == null) return false;
        return true;
    }

    private void registerProject(Sentence s, int from, int to, Span span) {
        String name = s.text(ctx.text, from, to).strip();
        if (name.isEmpty() || name.length() > 200) return;
        EntityDraft existing = ctx.findAnyByName(name);
        if (existing != null && existing.type() != EntityType.PROJECT) return;
        Name.Role role = AcronymMatcher.isAcronymLike(name) ? Name.Role.ACRONYM : Name.Role.FULL;
        ctx.entityNamed(EntityType.PROJECT, List.of(new Name(name, role == Name.Role.ACRONYM ? null : s.segment().lang(), role)), span);
    }

    // ------------------------------------------------------------------ people

    private void persons(Sentence s) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            if (covered(s, i)) continue;
            boolean titled = lx.is("title", tok.folded()) || lx.is("title", tok.folded() + ".");
            // "our director, Joost Hendriks", "il prefetto Enrico Ricci": a role names the person after it.
            boolean afterRole = tok.is(Token.CAP) && !tok.is(Token.UPPER) && i > 0
                    && (lx.is("role", t.get(i - 1).folded()) || i > 1 && t.get(i - 1).text().equals(",") && lx.is("role", t.get(i - 2).folded()));
            boolean given = tok.is(Token.CAP) && !tok.is(Token.UPPER) && ctx.reference.isGivenName(tok.folded());
            if (!titled && !given && !afterRole) continue;
            // "Ospedale Vito Fazzi", "San Pietro Vernotico", "Istituto Giovanni Maria Bertin" are not people.
            if (i > 0 && (lx.is("saintly", t.get(i - 1).folded()) || QUOTES_OPEN.contains(t.get(i - 1).text()))) continue;
            int start = titled ? i + 1 : i;
            if (titled && start < t.size() && t.get(start).text().equals(".")) start++;
            int end = personEnd(s, start);
            int nameWords = end - start;
            if (nameWords < 2 || nameWords > 4) continue;
            if (end < t.size() && lx.postHeads().longest(s.folded(), end) != null) continue; // "Giovanni Agnelli Foundation"
            String name = s.text(ctx.text, start, end);
            if (knownAsNonProject(name)) continue;
            ctx.entityNamed(EntityType.PERSON, List.of(new Name(name, null, Name.Role.FULL)), DocumentContext.span(s, start, end));
            i = end - 1;
        }
    }

    /** End of a person name: capitalised words, with surname particles ("De", "Van"). */
    int personEnd(Sentence s, int start) {
        List<Token> t = s.tokens();
        int k = start;
        while (k < t.size() && k - start < 4) {
            Token x = t.get(k);
            boolean particle = x.is(Token.CAP) && PARTICLES
                    .contains(x.folded()) && k + 1 < t.size() && t.get(k + 1).is(Token.CAP);
            if ((x.is(Token.CAP) && x.isWord() && !x.is(Token.DIGIT)) || particle) {
                if (lx.is("article", x.folded()) && k == start) break;
                if (lx.preHeads().longest(s.folded(), k) != null || lx.postHeads().longest(s.folded(), k) != null) break;
                if (covered(s, k)) break;
                k++;
            } else break;
        }
        return k;
    }
}
