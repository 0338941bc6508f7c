package org.ponte.mapper.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ponte.mapper.lexicon.Lexicon;
import org.ponte.mapper.lexicon.PhraseTrie;
import org.ponte.mapper.segment.Item;
import org.ponte.mapper.segment.Segment;
import org.ponte.mapper.segment.SegmentKind;
import org.ponte.mapper.segment.Sentence;
import org.ponte.mapper.segment.Token;

/**
 * Reads relations stated in running text and metadata lines: a cue ("funded by", "finanziato
 * dal", "coordinated by", "in collaborazione con", "under the") followed by a list of entities
 * ("FIERI and COMPAS", "la DGCS … e l'AICS"), said of the project the sentence is about; and
 * partnership agreements ("X has signed a memorandum of understanding with Y", "protocollo
 * d'intesa tra X e Y").
 *
 * <p>The subject is, in order: a project named before the cue in the same sentence; nobody, when
 * an organisation is the sentence's subject ("ISMU is funded by …" is not about a project); the
 * item's project when the sentence says "the project" or is a line under the item's title; a
 * project named after a cue that opens the sentence ("Funded under X, the ReSOMA project …");
 * the item's project; the document's project.
 */
final class RelationReader {
    private static final Set<String> AUXILIARY = Set.of("is", "was", "are", "were", "has", "have", "had", "been", "being", "be",
            "will", "also", "currently", "fully", "partly", "jointly", "mainly", "entirely", "è", "e", "sono", "stato", "stata",
            "stati", "state", "era", "sarà", "viene", "venne", "vengono", "anche", "interamente", "parzialmente", ",");
    private static final Set<String> LIST = Set.of(",", "and", "e", "ed", "&", ":", ";", "plus", "nonche", "nonché", "/");
    private static final Set<String> DESCRIPTORS = Set.of("istituto", "associazione", "fondazione", "organizzazione", "agenzia",
            "cooperativa", "rete", "ente", "centro", "institute", "association", "foundation", "organisation", "organization",
            "agency", "ngo", "ong", "network", "centre", "center", "partner", "partners", "university", "università", "universita",
            "ministry", "ministero", "municipality", "comune", "both", "also", "anche", "entrambi", "sia", "impresa", "sociale");
    private static final Set<String> PREPOSITIONS = Set.of("con", "col", "coi", "with", "per", "for", "in", "a", "ad", "al", "alla", "allo",
            "ai", "agli", "alle", "all'", "tra", "fra", "between", "among", "presso", "at", "by", "da", "dal", "dalla", "dai", "dagli",
            "dalle", "dall'", "to", "verso", "su", "on", "under", "sotto", "insieme", "together", "including", "tra cui", "among them");
    private static final Set<String> AGENT = Set.of("by", "from", "of", "da", "dal", "dallo", "dalla", "dall'", "dai", "dagli",
            "dalle", "del", "della", "dello", "dell'", "dei", "degli", "delle", "di", "with", "con");

    private final DocumentContext ctx;
    private final NameFinder names;
    private final Lexicon lx;

    RelationReader(DocumentContext ctx, NameFinder names) {
        this.ctx = ctx;
        this.names = names;
        this.lx = ctx.lexicon;
    }

    record Cue(Lexicon.Cue type, int from, int to) {}

    private ValueReader values;

    void read() {
        for (Sentence s : ctx.sentences) if (inScope(s) || isTitleSentence(s)) discoverCandidates(s);
        new AgreementReader(ctx, this).read();
        values = new ValueReader(ctx, this);
        Map<Item, EntityDraft> current = new IdentityHashMap<>();
        Item last = null;
        for (Sentence s : ctx.sentences) {
            if (!inScope(s)) continue;
            // An untitled item is the next paragraph of the text before it: "il progetto" there is still
            // the project the previous paragraph named ("È DIMORE, il progetto …" / "Il progetto è cofinanziato …").
            if (s.item() != last && last != null && s.item().title() == null && last.title() == null
                    && !current.containsKey(s.item()) && current.get(last) != null && ctx.itemProject(s.item()) == null)
                current.put(s.item(), current.get(last));
            last = s.item();
            List<Mention> ms = ctx.mentions(s);
            relations(s, ms, current);
            values.read(s, ms, current);
            // The last project named explicitly in an item is what "the project" refers to next.
            for (Mention m : ms) if (m.type() == EntityType.PROJECT) current.put(s.item(), m.canonical());
        }
    }

    static boolean isTitleSentence(Sentence s) {
        SegmentKind k = s.segment().kind();
        return k == SegmentKind.TITLE || k == SegmentKind.HEADING;
    }

    /** Titles are read by TitleReader and form fields by FieldReader; everything else is running text. */
    private static boolean inScope(Sentence s) {
        Segment seg = s.segment();
        if (seg.kind() == SegmentKind.TITLE || seg.kind() == SegmentKind.BULLET_TITLE || seg.kind() == SegmentKind.HEADING) return false;
        return !(seg.field() != null && (seg.kind() == SegmentKind.KEY_VALUE || seg.kind() == SegmentKind.LIST_VALUE));
    }

    List<Cue> cues(Sentence s, List<Mention> ms) {
        List<Cue> out = new ArrayList<>();
        List<String> f = s.folded();
        for (int i = 0; i < f.size(); i++) {
            if (insideMention(ms, i)) continue;
            PhraseTrie.Match<Lexicon.Cue> m = lx.cues().longest(f, i);
            if (m == null) continue;
            // ", con il contributo della Fondazione X": a longer cue starting inside this one is the
            // one the writer meant (funding), not the shorter list cue (", con il" = partner).
            PhraseTrie.Match<Lexicon.Cue> inner = m.end() - i > 1 && i + 1 < f.size() && !insideMention(ms, i + 1) ? lx.cues().longest(f, i + 1) : null;
            if (inner != null && inner.end() > m.end()) continue;
            for (Lexicon.Cue c : m.values()) out.add(new Cue(c, m.start(), m.end()));
            i = m.end() - 1;
        }
        return out;
    }

    private static boolean insideMention(List<Mention> ms, int i) {
        for (Mention m : ms) if (m.from() <= i && i < m.to()) return true;
        return false;
    }

    // ------------------------------------------------------------------ candidates

    /** Unknown names right after a cue ("in collaboration with FIERI") become entities. */
    private void discoverCandidates(Sentence s) {
        List<Mention> ms = ctx.mentions(s);
        for (Cue c : cues(s, ms)) {
            EntityType fallback = switch (c.type()) {
                case FUNDING, COORDINATION, PARTNER, BETWEEN, SIGNING -> EntityType.ORGANISATION;
                case PROGRAMME -> EntityType.PROGRAMME;
                default -> null;
            };
            if (fallback == null) continue;
            if ((c.type() == Lexicon.Cue.BETWEEN || c.type() == Lexicon.Cue.SIGNING) && !hasCue(s, ms, Lexicon.Cue.AGREEMENT)
                    && !(c.type() == Lexicon.Cue.SIGNING && agreementNearby(s))) continue;
            int k = skipGap(s, c.to());
            int guard = 0;
            while (k < s.tokens().size() && guard++ < 10) {
                Mention at = mentionAt(ctx.mentions(s), k);
                int end;
                if (at != null) {
                    end = at.to();
                } else {
                    end = candidateEnd(s, k);
                    if (end == k) break;
                    registerCandidate(s, k, end, fallback, c.type());
                    ms = ctx.mentions(s);
                }
                end = skipAttached(s, end);
                if (end < s.tokens().size() && LIST.contains(s.folded().get(end))) k = skipGap(s, end + 1);
                else break;
            }
        }
        // "… and by Stefano Franzin, regional coordinator of Caritas": in a roll call of signers, what a
        // signer's office is "of" is the body that signed.
        if (hasCue(s, ms, Lexicon.Cue.SIGNING) && (hasCue(s, ms, Lexicon.Cue.AGREEMENT) || agreementNearby(s))) {
            List<String> f = s.folded();
            for (int k = 0; k + 2 < f.size(); k++) {
                if (!lx.is("role", f.get(k)) || !lx.is("of", f.get(k + 1))) continue;
                int j = skipGap(s, k + 2);
                if (j >= f.size() || mentionAt(ctx.mentions(s), j) != null) continue;
                int end = candidateEnd(s, j);
                if (end > j) registerCandidate(s, j, end, EntityType.ORGANISATION, Lexicon.Cue.SIGNING);
            }
            ms = ctx.mentions(s);
        }
        // "MSE has signed a partnership agreement with …": the signer is an organisation.
        if (hasCue(s, ms, Lexicon.Cue.AGREEMENT) && hasCue(s, ms, Lexicon.Cue.SIGNING)) {
            int k = 0;
            while (k < s.tokens().size() && lx.is("article", s.folded().get(k))) k++;
            while (k < s.tokens().size()) {
                Mention at = mentionAt(ctx.mentions(s), k);
                int end = at != null ? at.to() : candidateEnd(s, k);
                if (end == k) break;
                if (at == null) registerCandidate(s, k, end, EntityType.ORGANISATION, Lexicon.Cue.AGREEMENT);
                end = skipAttached(s, end);
                if (end < s.tokens().size() && LIST.contains(s.folded().get(end))) k = skipGap(s, end + 1);
                else break;
            }
        }
    }

    /** Whether the sentence before or after this one in the same item names an agreement. */
    boolean agreementNearby(Sentence s) {
        int i = ctx.sentences.indexOf(s);
        for (int d = -2; d <= 2; d++) {
            int j = i + d;
            if (d == 0 || j < 0 || j >= ctx.sentences.size()) continue;
            Sentence o = ctx.sentences.get(j);
            if (o.item() == s.item() && hasCue(o, ctx.mentions(o), Lexicon.Cue.AGREEMENT)) return true;
        }
        return false;
    }

    boolean hasCue(Sentence s, List<Mention> ms, Lexicon.Cue type) {
        for (Cue c : cues(s, ms)) if (c.type() == type) return true;
        return false;
    }

    /** "Six Mediterranean port cities": a branch's name needs a word of its own before the place. */
    private static boolean hasLongWord(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) if (t.get(k).text().length() >= 4) return true;
        return false;
    }

    /** The end of an unknown name starting at k: capitalised words, not across list words or known names. */
    private int candidateEnd(Sentence s, int k) {
        List<Token> t = s.tokens();
        if (k >= t.size() || !t.get(k).isNameShaped()) return k;
        int end = k;
        int i = k;
        while (i < t.size()) {
            Token x = t.get(i);
            if (insideMention(ctx.mentions(s), i)) {
                // "ASP Città di Bologna": a place after "di"/"of" is part of the name.
                Mention place = mentionAt(ctx.mentions(s), i);
                // "Refugees Welcome Italia", "Coldiretti Cuneo": a place right after the name's words, with no
                // preposition, is the part that says which branch.
                if (place != null && place.type() == EntityType.PLACE && i > k && (lx.is("ofprep", s.folded().get(i - 1)) || s.folded().get(i - 1).equals("of")
                        || t.get(i - 1).isNameShaped() && !NameRules.isAnd(s, i - 1) && hasLongWord(t, k, i))) {
                    i = place.to();
                    end = i;
                    continue;
                }
                break;
            }
            if (x.isNameShaped() || (x.is(Token.DIGIT) && i > k)) {
                i++;
                end = i;
            } else if (i > k && lx.is("name-inner", x.folded()) && !x.isNameShaped()
                    && (!LIST.contains(x.folded()) || NameRules.isAnd(s, i)) && !NameRules.breaksAt(s, i, lx)) {
                i++;
            } else break;
            if (i - k > 10) break;
        }
        return end;
    }

    private void registerCandidate(Sentence s, int from, int to, EntityType fallback, Lexicon.Cue cue) {
        List<Token> t = s.tokens();
        // "signed by A, Regional Councillor for Labour of the Autonomous Region of …": the office
        // is the person's role; the body starts after it.
        boolean role = false;
        for (int k = from; k < to - 1; k++) if (lx.is("role", s.folded().get(k))) { from = k + 1; role = true; }
        // "Councillor for Labour of the Region …": the body is what the office is "of".
        if (role) {
            int of = -1;
            for (int k = from; k < to - 1 && of < 0; k++) if (lx.is("of", s.folded().get(k))) of = k;
            if (of < 0) return; // "Councillor for Labour": the office's remit, no body
            from = of + 1;
        }
        while (from < to && !t.get(from).isNameShaped()) from++;
        if (from >= to) return;
        String name = s.text(ctx.text, from, to);
        if (to - from == 1) {
            Token only = t.get(from);
            boolean acronym = only.isAcronymShaped() || only.is(Token.MIXED);
            // "tra Università e ASP": a bare head word is not a name.
            if (!acronym && (lx.preHeads().longest(s.folded(), from) != null || lx.postHeads().longest(s.folded(), from) != null
                    || lx.unitHeads().longest(s.folded(), from) != null)) return;
            // "Italian institutions": a capitalised adjective before a common noun is not a name.
            boolean modifier = to < t.size() && t.get(to).isWord() && !t.get(to).isNameShaped() && !LIST.contains(t.get(to).folded())
                    && !AGENT.contains(t.get(to).folded()) && !lx.is("article", t.get(to).folded());
            if (!acronym && (modifier || only.text().length() < 4)) return;
            if (ctx.reference.isGivenName(only.folded())) return;
        }
        if (names.refNamed(name) != null) return;
        if (lx.isFurnitureLine(name) || lx.month(org.ponte.mapper.lexicon.Folding.fold(name)) > 0) return;
        if (fallback == EntityType.ORGANISATION && NameRules.implausibleOrganisation(t, from, to)) return;
        // "fundingProgramme 2022": a name has letters.
        if (name.chars().filter(Character::isLetter).count() < 2) return;
        if (ctx.reference.isGivenName(t.get(from).folded()) && to - from >= 2 && names.typeByHeads(name) == null) return;
        EntityType byHeads = names.typeByHeads(name);
        EntityType type = byHeads != null ? byHeads : fallback;
        if (cue == Lexicon.Cue.PROGRAMME && byHeads != EntityType.PROGRAMME) return;
        EntityDraft existing = ctx.findAnyByName(name);
        if (existing != null) {
            // "coinvolge Mondinsieme", "led by Il Melograno": the core of a body named in full on the page
            // ("Associazione Mondinsieme") names it here, and wherever else the page uses it.
            if (existing.type() == EntityType.ORGANISATION && fallback == EntityType.ORGANISATION)
                ctx.addName(existing, new Name(name, s.segment().lang(), Name.Role.ALIAS));
            return;
        }
        EntityDraft d = ctx.entityNamed(type, List.of(new Name(name, AcronymMatcher.isAcronymLike(name) ? null : s.segment().lang(),
                AcronymMatcher.isAcronymLike(name) ? Name.Role.ACRONYM : Name.Role.FULL)), DocumentContext.span(s, from, to));
        if (type == EntityType.ORGANISATION) d.setOrgType(names.orgTypeByHeads(name));
    }

    // ------------------------------------------------------------------ chains

    /** Skips articles, agent prepositions, quotes and generic descriptors ("l'istituto") before a name. */
    private int skipGap(Sentence s, int k) {
        List<String> f = s.folded();
        int descriptors = 0;
        while (k < f.size()) {
            String w = f.get(k);
            Token t = s.tokens().get(k);
            // "l'associazione Il Baobab": a capitalised article after a descriptor opens the name itself.
            boolean namesArticle = descriptors > 0 && lx.is("article", w) && t.isNameShaped() && k + 1 < f.size()
                    && s.tokens().get(k + 1).isNameShaped();
            if (namesArticle) break;
            // "Il consorzio riunisce, oltre all'Università di Padova, l'Università di Malmö …": the aside
            // names one more member.
            if ((w.equals(",") && descriptors == 0) || ASIDE.contains(w) || lx.is("toprep", w) && k > 0 && ASIDE.contains(f.get(k - 1))) {
                k++;
                continue;
            }
            if (lx.is("article", w) || AGENT.contains(w) || w.equals("\"") || w.equals("“") || w.equals("«") || w.equals(":")) {
                k++;
            } else if (DESCRIPTORS.contains(w) && !t.isNameShaped() && descriptors < 2) {
                k++;
                descriptors++;
            } else break;
        }
        return k;
    }

    /** Skips what belongs to the entity just read: "(ITC)", "(Centre on …)", "of the University of Oxford" when that is its parent. */
    private int skipAttached(Sentence s, int k) {
        List<Token> t = s.tokens();
        for (int guard = 0; guard < 4 && k < t.size(); guard++) {
            String w = t.get(k).text();
            if (w.equals("(")) {
                int close = k;
                while (close < t.size() && !t.get(close).text().equals(")")) close++;
                if (close >= t.size() || close - k > 14) return k;
                k = close + 1;
                continue;
            }
            if (w.equals("–") || w.equals("—")) {
                // "FONDAZIONE ISMU – Initiatives and studies on Multiethnicity –"
                int close = k + 1;
                while (close < t.size() && !(t.get(close).text().equals("–") || t.get(close).text().equals("—")) && close - k < 12) close++;
                if (close < t.size() && (t.get(close).text().equals("–") || t.get(close).text().equals("—"))) {
                    k = close + 1;
                    continue;
                }
                return k;
            }
            int after = ofPreposition(s, k);
            if (after > k) {
                Mention y = mentionAt(ctx.mentions(s), after);
                if (y != null && y.type() == EntityType.ORGANISATION && isParentOfPrevious(s, k, y)) {
                    k = y.to();
                    continue;
                }
                // "the Port System Authority of the Central Adriatic Sea (…) and the Department …": the rest
                // of a name that is no entity of its own does not end the list.
                if (y == null && after < t.size() && t.get(after).isNameShaped() && mentionStartingWithin(s, after, after + 1) == null) {
                    int j = after;
                    while (j < t.size() && j - after < 20 && (t.get(j).isNameShaped() || j + 1 < t.size() && lx.is("name-inner", t.get(j).folded())
                            && !t.get(j).isNameShaped() && t.get(j + 1).isNameShaped()) && mentionStartingWithin(s, j, j + 1) == null) j++;
                    k = j;
                    continue;
                }
            }
            break;
        }
        return k;
    }

    private Mention mentionStartingWithin(Sentence s, int from, int to) {
        for (Mention m : ctx.mentions(s)) if (m.from() < to && from < m.to()) return m;
        return null;
    }

    private boolean isParentOfPrevious(Sentence s, int k, Mention y) {
        for (Mention m : ctx.mentions(s)) {
            if (m.to() <= k && m.canonical().parent() != null && m.canonical().parent().canonical() == y.canonical()) return true;
        }
        return false;
    }

    private int ofPreposition(Sentence s, int k) {
        List<String> f = s.folded();
        for (List<String> phrase : lx.phraseList("of")) {
            if (k + phrase.size() > f.size()) continue;
            if (f.subList(k, k + phrase.size()).equals(phrase)) {
                int e = k + phrase.size();
                if (e < f.size() && lx.is("article", f.get(e))) e++;
                return e;
            }
        }
        return -1;
    }

    private static Mention mentionAt(List<Mention> ms, int k) {
        for (Mention m : ms) if (m.from() == k) return m;
        return null;
    }

    private static final Set<String> PLURAL_VERBS = Set.of("are", "sono", "completano", "fanno");
    private static final Set<String> ASIDE = Set.of("oltre", "besides", "including", "compreso", "compresa", "incluso", "inclusa");
    private static final Set<String> CLAUSE_VERBS = Set.of("is", "are", "was", "were", "will", "has", "have", "e", "sono", "sara", "ha",
            "hanno", "cura", "curera", "si", "leads", "coordinates", "coordina", "provides", "offers", "offre");

    /** The entities listed from token k on: "the European Integration Fund", "FIERI and COMPAS (…) of the University of Oxford". */
    List<Mention> chain(Sentence s, List<Mention> ms, int k) {
        List<Mention> out = new ArrayList<>();
        k = skipGap(s, k);
        while (k < s.tokens().size()) {
            Mention m = mentionAt(ms, k);
            // Lists of funders and partners hold bodies and programmes; a project after a comma starts a new clause.
            if (m == null || m.type() != EntityType.ORGANISATION && m.type() != EntityType.PROGRAMME) break;
            out.add(m);
            // "the European Union's Erasmus+ programme": the funder and its programme.
            int after = m.to();
            if (after + 1 < s.tokens().size() && s.folded().get(after).equals("'s") && mentionAt(ms, after + 1) != null) {
                Mention owned = mentionAt(ms, after + 1);
                if (owned.type() == EntityType.PROGRAMME || owned.type() == EntityType.ORGANISATION) {
                    out.add(owned);
                    after = owned.to();
                }
            }
            k = skipAttached(s, after);
            if (k < s.tokens().size() && LIST.contains(s.folded().get(k))) {
                // "Capofila X, con Y e Z": after the list mark, "with" opens another relation.
                if (k + 1 < s.tokens().size() && PREPOSITIONS.contains(s.folded().get(k + 1))) break;
                int next = skipDescriptors(s, ms, skipGap(s, k + 1));
                Mention n = mentionAt(ms, next);
                if (n == null) break;
                // "led by X; Y is responsible for …": a semicolon before a new clause ends the list.
                if (s.folded().get(k).equals(";") && n.to() < s.tokens().size() && CLAUSE_VERBS.contains(s.folded().get(n.to()))) break;
                k = next;
            } else break;
        }
        return out;
    }

    /** "the Italian social cooperative Il Ponte di Babele": up to four describing words before a name. */
    private int skipDescriptors(Sentence s, List<Mention> ms, int k) {
        for (int j = k; j < Math.min(k + 5, s.tokens().size()); j++) {
            if (mentionAt(ms, j) != null) return j;
            Token t = s.tokens().get(j);
            // "…, con la Cooperativa X": a preposition starts a new relation, it does not describe the next body.
            if (!t.isWord() || LIST.contains(s.folded().get(j)) || PREPOSITIONS.contains(s.folded().get(j))
                    || lx.cues().longest(s.folded(), j) != null) return k;
        }
        return k;
    }

    // ------------------------------------------------------------------ relations

    private void relations(Sentence s, List<Mention> ms, Map<Item, EntityDraft> current) {
        for (Cue c : cues(s, ms)) {
            if (c.type() == Lexicon.Cue.COORDINATOR_BEFORE || c.type() == Lexicon.Cue.PARTNER_BEFORE) {
                // "Nieuwe Buren is the coordinator", "il Comune di Reggio Emilia, in qualità di capofila";
                // "CeSMiT is responsible for monitoring", "l'Università curerà la formazione": a partner's share.
                boolean lead = c.type() == Lexicon.Cue.COORDINATOR_BEFORE;
                Mention org = adjacentBefore(s, ms, c.from());
                if (org == null || org.type() != EntityType.ORGANISATION) continue;
                // "X, Y and Z are the project partners": a list that opens the sentence.
                if (!lead && PLURAL_VERBS.contains(s.folded().get(c.from()))) {
                    List<Mention> listed = chain(s, ms, 0);
                    if (!listed.isEmpty() && listed.get(listed.size() - 1) == org) {
                        Subject subject = subject(s, ms, c, listed, current, true);
                        if (subject != null)
                            for (Mention x : listed)
                                if (x.type() == EntityType.ORGANISATION && x.canonical() != subject.entity)
                                    ctx.claim(subject.entity, Relation.PARTNER, x.canonical(), new Span(s.start(), s.end()), subject.confidence * 0.9, "cue-partners-before");
                        continue;
                    }
                }
                Subject subject = subject(s, ms, c, List.of(org), current, true);
                if (subject != null && subject.entity != org.canonical())
                    ctx.claim(subject.entity, lead ? Relation.COORDINATED_BY : Relation.PARTNER, org.canonical(), new Span(s.start(), s.end()),
                            lead ? subject.confidence : subject.confidence * 0.9, lead ? "cue-coordinator-before" : "cue-partner-before");
                continue;
            }
            if (c.type() != Lexicon.Cue.FUNDING && c.type() != Lexicon.Cue.PROGRAMME && c.type() != Lexicon.Cue.COORDINATION
                    && c.type() != Lexicon.Cue.PARTNER && c.type() != Lexicon.Cue.MANAGEMENT) continue;
            // "una convenzione con il Comune di X": a bare "con" after an agreement names its other party, not a partner.
            if (c.type() == Lexicon.Cue.PARTNER && c.to() - c.from() == 2 && s.folded().get(c.from()).equals("con")
                    && (hasCue(s, ms, Lexicon.Cue.AGREEMENT) || hasCue(s, ms, Lexicon.Cue.SIGNING))) continue;
            List<Mention> chain = chain(s, ms, c.to());
            if (chain.isEmpty()) continue;
            if (c.type() == Lexicon.Cue.MANAGEMENT) {
                // "nell'ambito del PON Inclusione – Asse 3, gestito dalla Direzione Generale …": the programme's manager.
                Mention programme = adjacentBefore(s, ms, c.from());
                if (programme != null && programme.type() == EntityType.PROGRAMME) {
                    for (Mention m : chain)
                        if (m.type() == EntityType.ORGANISATION)
                            ctx.claim(programme.canonical(), Relation.MANAGED_BY, m.canonical(), new Span(s.start(), s.end()), 0.8, "cue-management");
                    continue;
                }
                c = new Cue(Lexicon.Cue.COORDINATION, c.from(), c.to());
            }
            Subject subject = subject(s, ms, c, chain, current);
            if (subject == null) continue;
            List<EntityDraft> objects = new ArrayList<>();
            for (Mention m : chain) objects.add(m.canonical());
            objects = mostSpecific(ctx, objects);
            Span evidence = new Span(s.start(), s.end());
            for (EntityDraft o : objects) {
                Relation r = switch (c.type()) {
                    case FUNDING -> o.type() == EntityType.PROGRAMME ? Relation.FUNDING_PROGRAMME
                            : o.type() == EntityType.ORGANISATION ? Relation.FUNDED_BY : null;
                    case PROGRAMME -> o.type() == EntityType.PROGRAMME ? Relation.FUNDING_PROGRAMME : null;
                    case COORDINATION -> o.type() == EntityType.ORGANISATION ? Relation.COORDINATED_BY : null;
                    case PARTNER -> o.type() == EntityType.ORGANISATION ? Relation.PARTNER : null;
                    default -> null;
                };
                if (r == null || o == subject.entity) continue;
                ctx.claim(subject.entity, r, o, evidence, subject.confidence, "cue-" + c.type().name().toLowerCase() + "-" + subject.how);
            }
        }
    }

    /** The mention just before token {@code k}, with at most four tokens of punctuation, numbers or labels between. */
    private Mention adjacentBefore(Sentence s, List<Mention> ms, int k) {
        Mention before = null;
        for (Mention m : ms) if (m.to() <= k) before = m;
        if (before == null || k - before.to() > 4) return null;
        for (int j = before.to(); j < k; j++) {
            Token t = s.tokens().get(j);
            if (t.isWord() && !t.is(Token.DIGIT) && !t.isNameShaped()) return null;
        }
        return before;
    }

    record Subject(EntityDraft entity, double confidence, String how) {}

    Subject subject(Sentence s, List<Mention> ms, Cue c, List<Mention> chain, Map<Item, EntityDraft> current) {
        return subject(s, ms, c, chain, current, false);
    }

    /** @param actorBefore the body before the cue is its object ("X is the coordinator"), not the clause's topic */
    private Subject subject(Sentence s, List<Mention> ms, Cue c, List<Mention> chain, Map<Item, EntityDraft> current, boolean actorBefore) {
        // 1. A project named before the cue.
        // A place names where a body is ("l'ASP di Palermo, in partenariato con …"), not who acts.
        Mention before = null;
        for (Mention m : ms) if (m.to() <= c.from() && m.type() != EntityType.PLACE) before = m;
        for (int i = ms.size() - 1; i >= 0; i--) {
            Mention m = ms.get(i);
            if (m.to() <= c.from() && m.type() == EntityType.PROJECT) return new Subject(m.canonical(), 0.9, "named");
        }
        // 2. An organisation as the subject of the clause: the statement is not about a project.
        if (actorBefore) before = null;
        if (before != null && before.type() != EntityType.PROJECT && isClauseSubject(s, before, c.from())) return null;
        EntityDraft itemProject = ctx.itemProject(s.item());
        EntityDraft currentProject = current.get(s.item());
        EntityDraft contextProject = itemProject != null ? itemProject : currentProject;
        if (contextProject == null && s.item().documentLevel()) contextProject = ctx.documentProject;
        if (contextProject == null && !ctx.layout.listMode() && ctx.layout.items().size() == 1) contextProject = ctx.documentProject;
        // 3. "The project", "il progetto" before the cue.
        int pronoun = pronounAt(ctx, s);
        if (pronoun >= 0 && pronoun < c.from()) return contextProject == null ? null : new Subject(contextProject, 0.85, "pronoun");
        // 4. A cue opening the sentence, then the project it is about.
        if (c.from() <= 1) {
            int after = chain.get(chain.size() - 1).to();
            for (Mention m : ms) if (m.from() >= after && m.type() == EntityType.PROJECT) return new Subject(m.canonical(), 0.9, "fronted");
        }
        // 5. A line under a title, or any other sentence of the item.
        if (s.segment().kind() == SegmentKind.META) return contextProject == null ? null : new Subject(contextProject, 0.9, "meta");
        if (before != null && before.type() != EntityType.PROJECT && before.to() + 2 >= c.from() && !objectOfEarlierCue(s, ms, before)
                && !clauseBreakBetween(s, before.to(), c.from()))
            return null;
        return contextProject == null ? null : new Subject(contextProject, 0.8, "context");
    }

    /**
     * Whether a mention is what an earlier cue of the sentence introduced ("Capofila X, in
     * partenariato con Y"): then the next cue is still about the project, not about X.
     */
    private boolean objectOfEarlierCue(Sentence s, List<Mention> ms, Mention m) {
        for (Cue c : cues(s, ms)) {
            if (c.to() > m.from()) break;
            if (c.type() != Lexicon.Cue.COORDINATION && c.type() != Lexicon.Cue.FUNDING && c.type() != Lexicon.Cue.PARTNER) continue;
            for (Mention x : chain(s, ms, c.to())) if (x == m || x.canonical() == m.canonical()) return true;
        }
        return false;
    }

    /** "… through the Lombardy Region; the partnership included …": a semicolon closes the body's clause. */
    private static boolean clauseBreakBetween(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) if (s.folded().get(k).equals(";")) return true;
        return false;
    }

    /** Whether a mention opens its clause and only auxiliaries stand between it and the cue ("ISMU is funded by"). */
    private boolean isClauseSubject(Sentence s, Mention m, int cueFrom) {
        for (int k = m.to(); k < cueFrom; k++) {
            String w = s.folded().get(k);
            if (!AUXILIARY.contains(w) && !w.equals("(") && !w.equals(")") && !insideParenthesis(s, k)) return false;
        }
        int b = m.from() - 1;
        while (b >= 0 && lx.is("article", s.folded().get(b))) b--;
        return b < 0 || s.folded().get(b).equals(",") || s.folded().get(b).equals(";") || s.folded().get(b).equals(":");
    }

    private static boolean insideParenthesis(Sentence s, int k) {
        int depth = 0;
        for (int i = 0; i < k; i++) {
            String w = s.tokens().get(i).text();
            if (w.equals("(")) depth++;
            else if (w.equals(")")) depth--;
        }
        return depth > 0;
    }

    /**
     * The token index of "the project", "il progetto", "this initiative", "the four-year project"
     * in a sentence, or -1. A project noun followed by a name ("il progetto MIMOSA") is a name,
     * not a pronoun.
     */
    static int pronounAt(DocumentContext ctx, Sentence s) {
        return pronounAt(ctx, s, false);
    }

    /**
     * As {@link #pronounAt(DocumentContext, Sentence)}; when {@code strict}, only phrases with the
     * word "project" or "progetto" count ("la ricerca" may be any research).
     */
    static int pronounAt(DocumentContext ctx, Sentence s, boolean strict) {
        List<String> f = s.folded();
        for (List<String> phrase : ctx.lexicon.phraseList("pronoun")) {
            if (strict && !phrase.contains("project") && !phrase.contains("progetto")) continue;
            for (int i = 0; i + phrase.size() <= f.size(); i++) {
                if (!phrase.isEmpty() && !java.util.Objects.equals(f.get(i), phrase.get(0))) continue; // cheap first word
                if (!f.subList(i, i + phrase.size()).equals(phrase)) continue;
                int after = i + phrase.size();
                if (after < f.size() && s.tokens().get(after).isAcronymShaped()) continue;
                return i;
            }
        }
        // Article + up to three modifiers + project noun: "the four-year project", "this pilot project".
        for (int i = 0; i < f.size(); i++) {
            String w = f.get(i);
            if (!(w.equals("the") || w.equals("this") || w.equals("il") || w.equals("questo") || w.equals("tale"))) continue;
            for (int j = i + 1; j < Math.min(f.size(), i + 5); j++) {
                Token t = s.tokens().get(j);
                String fw = f.get(j);
                if (fw.equals("project") || fw.equals("progetto") || fw.startsWith("project") && fw.length() > 7) {
                    if (j + 1 < f.size() && s.tokens().get(j + 1).isAcronymShaped()) break;
                    return i;
                }
                if (t.isNameShaped() || !t.isWord()) break;
            }
        }
        return -1;
    }

    /** Whether "between"/"tra" follows the agreement noun ("protocollo d'intesa tra X e Y"). */
    boolean hasBetweenAfterNoun(Sentence s, Cue noun) {
        int k = noun.to();
        return k < s.folded().size() && Set.of("between", "tra", "fra").contains(s.folded().get(k));
    }

    /** Of entities where one is a unit of another ("European Commission, DG HOME"), keep the unit. */
    static List<EntityDraft> mostSpecific(DocumentContext ctx, List<EntityDraft> in) {
        Set<EntityDraft> out = new LinkedHashSet<>();
        for (EntityDraft a : in) {
            boolean general = false;
            for (EntityDraft b : in) {
                if (a == b) continue;
                if (isAncestor(ctx, a, b)) general = true;
            }
            if (!general) out.add(a);
        }
        return new ArrayList<>(out);
    }

    private static boolean isAncestor(DocumentContext ctx, EntityDraft a, EntityDraft b) {
        if (a.ref() != null && b.ref() != null && a.type() == b.type() && !a.ref().id().equals(b.ref().id())
                && ctx.reference.isAncestorOrSelf(a.ref(), b.ref())) return true;
        EntityDraft p = b.parent();
        int guard = 0;
        while (p != null && guard++ < 10) {
            if (p.canonical() == a) return true;
            p = p.parent();
        }
        return false;
    }

}
