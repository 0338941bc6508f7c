package org.ponte.mapper.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ponte.mapper.lexicon.Lexicon;
import org.ponte.mapper.resolve.RefEntity;
import org.ponte.mapper.segment.Segment;
import org.ponte.mapper.segment.SegmentKind;
import org.ponte.mapper.segment.Sentence;

/**
 * Reads partnership agreements: "X has signed a memorandum of understanding with Y", "È stato
 * firmato il protocollo d'intesa … A firmarlo sono stati X, Y e Z", "accordo di collaborazione
 * tra X e Y". Each becomes a {@code ponte:Partnership} with its partners, the date it was
 * signed (stated, or "yesterday"/"ieri" counted from the page's dateline) and where.
 */
final class AgreementReader {
    private static final Pattern INLINE_DATELINE = Pattern.compile("^([\\p{Lu}][\\p{L}'’. -]{1,40}?)(?:,\\s*([^–—-]{4,40}?))?\\s+[–—-]\\s");
    private static final Set<String> YESTERDAY = Set.of("yesterday", "ieri");
    private static final Set<String> TODAY = Set.of("today", "oggi", "stamattina", "stamane", "stasera", "tonight");
    private static final Set<String> MORNING = Set.of("morning", "mattina", "pomeriggio", "afternoon", "evening", "sera");

    private final DocumentContext ctx;
    private final RelationReader relations;
    private final DateParser dates;
    private LocalDate docDay;
    private Value.Date docDate;
    private EntityDraft docPlace;

    AgreementReader(DocumentContext ctx, RelationReader relations) {
        this.ctx = ctx;
        this.relations = relations;
        this.dates = DateParser.of(ctx.lexicon);
    }

    void read() {
        findDateline();
        List<Sentence> ss = ctx.sentences;
        for (int i = 0; i < ss.size(); i++) {
            Sentence s = ss.get(i);
            if (s.segment().kind() == SegmentKind.FURNITURE || s.segment().kind() == SegmentKind.DATELINE) continue;
            List<Mention> ms = ctx.mentions(s);
            List<RelationReader.Cue> cs = relations.cues(s, ms);
            RelationReader.Cue noun = first(cs, Lexicon.Cue.AGREEMENT), sign = first(cs, Lexicon.Cue.SIGNING);
            if (noun == null) continue;
            Set<EntityDraft> parties = parties(s, ms, cs, noun, sign);
            Sentence evidence = s;
            // "… il protocollo d'intesa … A firmarlo sono stati X, Y e Z": the signers may come in the next
            // sentences, of the same item or of the paragraph that follows it.
            if (parties.size() < 2) {
                for (int j = i + 1; j <= i + 2 && j < ss.size(); j++) {
                    Sentence o = ss.get(j);
                    if (o.item() != s.item() && o.segment().kind() != SegmentKind.PARAGRAPH) break;
                    List<Mention> oms = ctx.mentions(o);
                    List<RelationReader.Cue> ocs = relations.cues(o, oms);
                    RelationReader.Cue osign = first(ocs, Lexicon.Cue.SIGNING);
                    if (osign == null) continue;
                    Set<EntityDraft> more = new LinkedHashSet<>();
                    List<Mention> before = relations.chain(o, oms, 0);
                    for (Mention m : before) if (m.to() <= osign.from()) more.add(m.canonical());
                    if (more.isEmpty() && (opensRollCall(o, osign) || signedByAfterNoun(o, oms, ocs, osign))) {
                        // "A firmare il protocollo sono stati l'assessora … del Comune di Perugia, Francesca
                        // Lupattelli; il rettore dell'Università …": a roll call names every signer, each
                        // with its representative, so every body after the cue signed.
                        int end = relativeClause(o, osign.to());
                        for (Mention m : oms) if (m.from() >= osign.to() && m.to() <= end) more.add(m.canonical());
                    } else {
                        for (Mention m : relations.chain(o, oms, osign.to())) more.add(m.canonical());
                    }
                    more.removeIf(d -> d.type() != EntityType.ORGANISATION);
                    if (more.size() >= 2) {
                        parties = more;
                        break;
                    }
                }
            }
            if (parties.size() < 2 || sign == null && !relations.hasBetweenAfterNoun(s, noun) && !signedNearby(i)) continue;
            List<EntityDraft> list = new ArrayList<>(parties);
            Span span = new Span(evidence.start(), evidence.end());
            // "A learning partnership between CeSMiT and Stichting Nieuwe Buren on …" describing an item's
            // project: the project is that partnership, and the parties are its partners.
            EntityDraft described = ctx.itemProject(s.item());
            if (sign == null && described != null && noun.from() <= 3 && !signedNearby(i)) {
                for (EntityDraft o : list) ctx.claim(described, Relation.PARTNER, o, span, 0.8, "described-partnership");
                continue;
            }
            // "L'accordo, valido fino al …" and its signers after a first report of the same agreement:
            // parties already all in a partnership of this page are that partnership, not a second one.
            if (coveredByEarlier(list)) continue;
            EntityDraft p = ctx.newPartnership("Partnership between " + names(list), list, span);
            made.add(new LinkedHashSet<>(list));
            for (EntityDraft o : list) ctx.claim(p, Relation.PARTNER, o, span, 0.9, "agreement");
            Value.Date when = signingDate(s);
            if (when != null) ctx.claim(p, Relation.START_DATE, when, span, 0.8, "agreement-date");
            EntityDraft where = signingPlace(s, ms, noun, sign);
            if (where != null) ctx.claim(p, Relation.LOCATION, where, span, 0.7, "agreement-place");
        }
        signerLists();
    }

    /**
     * "The agreement was signed by A, councillor of X, by B for Y …", "Il protocollo è stato firmato da …":
     * the sentence names the agreement, not a body, before its signing cue, so what follows is a roll call.
     */
    private static boolean signedByAfterNoun(Sentence o, List<Mention> oms, List<RelationReader.Cue> ocs, RelationReader.Cue sign) {
        if (sign.from() > 6) return false;
        for (Mention m : oms) if (m.from() < sign.from()) return false;
        for (RelationReader.Cue c : ocs) if (c.type() == Lexicon.Cue.AGREEMENT && c.to() <= sign.from()) return true;
        return false;
    }

    /** The party sets of the partnerships made so far on this page. */
    private final List<Set<EntityDraft>> made = new ArrayList<>();

    private boolean coveredByEarlier(List<EntityDraft> parties) {
        for (Set<EntityDraft> m : made) if (m.containsAll(parties)) return true;
        return false;
    }

    private static final Set<String> RELATIVE = Set.of("che", "cui", "which", "who", "that", "whose");

    /** Where ", che gestisce …" / ", which runs …" starts after token k: what follows describes the last signer. */
    private static int relativeClause(Sentence o, int k) {
        for (int j = Math.max(k, 1); j < o.tokens().size(); j++)
            if (RELATIVE.contains(o.folded().get(j)) && o.tokens().get(j - 1).text().equals(",")) return j;
        return Integer.MAX_VALUE;
    }

    /**
     * A sentence that opens with its signing cue ("A firmare il protocollo sono stati …", "The
     * signatories are …") lists signers and nothing else: no body is named before the cue.
     */
    private static boolean opensRollCall(Sentence o, RelationReader.Cue sign) {
        return sign.from() <= 2;
    }

    /**
     * "Hanno firmato il protocollo:" or "Signatories:" and then one bullet per signer: the bodies
     * the bullets open with are the parties of one partnership.
     */
    private void signerLists() {
        List<EntityDraft> parties = new ArrayList<>();
        Segment run = null;
        Object runItem = null;
        String runKey = null;
        int from = 0, to = 0;
        for (Sentence s : ctx.sentences) {
            Segment seg = s.segment();
            if (seg == run) continue;
            boolean signers = seg.kind() == SegmentKind.LIST_VALUE && seg.key() != null && namesAgreement(seg.key());
            if (!signers || !seg.key().equals(runKey) || s.item() != runItem) {
                emitSignerList(parties, from, to);
                parties = new ArrayList<>();
                runKey = signers ? seg.key() : null;
                from = seg.start();
                if (signers) {
                    Sentence keyLine = keyLineBefore(s);
                    if (keyLine != null) from = keyLine.start();
                }
            }
            run = seg;
            runItem = s.item();
            if (!signers) continue;
            to = seg.end();
            for (Mention m : ctx.mentions(s)) {
                if (m.type() != EntityType.ORGANISATION) continue;
                if (!parties.contains(m.canonical())) parties.add(m.canonical());
                break;
            }
        }
        emitSignerList(parties, from, to);
    }

    private Sentence keyLineBefore(Sentence s) {
        int i = ctx.sentences.indexOf(s);
        return i > 0 ? ctx.sentences.get(i - 1) : null;
    }

    private void emitSignerList(List<EntityDraft> parties, int from, int to) {
        if (parties.size() < 2) return;
        Span span = new Span(from, to);
        EntityDraft p = ctx.newPartnership("Partnership between " + names(parties), parties, span);
        for (EntityDraft o : parties) ctx.claim(p, Relation.PARTNER, o, span, 0.85, "agreement-signer-list");
    }

    /** Keys already asked about: every bullet of a list repeats its key. */
    private final java.util.Map<String, Boolean> signingKeys = new java.util.HashMap<>();

    /** Whether a list's key speaks of signing an agreement ("Hanno firmato il protocollo", "Signatories"). */
    private boolean namesAgreement(String key) {
        return signingKeys.computeIfAbsent(key, this::hasSigningCue);
    }

    private boolean hasSigningCue(String key) {
        List<String> f = org.ponte.mapper.segment.Tokenizer.folded(org.ponte.mapper.segment.Tokenizer.tokens(key, 0, key.length()));
        for (int k = 0; k < f.size(); k++) {
            var c = ctx.lexicon.cues().longest(f, k);
            if (c != null && c.values().contains(Lexicon.Cue.SIGNING)) return true;
        }
        return false;
    }

    private boolean signedNearby(int i) {
        for (int j = i + 1; j <= i + 2 && j < ctx.sentences.size(); j++) {
            Sentence o = ctx.sentences.get(j);
            if (first(relations.cues(o, ctx.mentions(o)), Lexicon.Cue.SIGNING) != null) return true;
        }
        return false;
    }

    private static RelationReader.Cue first(List<RelationReader.Cue> cs, Lexicon.Cue type) {
        for (RelationReader.Cue c : cs) if (c.type() == type) return c;
        return null;
    }

    /** Signers before the verb, and parties after "with", "between", "tra" or the signing cue. */
    private Set<EntityDraft> parties(Sentence s, List<Mention> ms, List<RelationReader.Cue> cs, RelationReader.Cue noun, RelationReader.Cue sign) {
        Set<EntityDraft> parties = new LinkedHashSet<>();
        int start = leadingDateline(s);
        if (sign != null) for (Mention m : relations.chain(s, ms, start)) if (m.to() <= sign.from()) parties.add(m.canonical());
        for (RelationReader.Cue c : cs) {
            if (c.type() != Lexicon.Cue.BETWEEN && c.type() != Lexicon.Cue.SIGNING) continue;
            if (c.from() < Math.min(noun.from(), sign != null ? sign.from() : noun.from())) continue;
            for (Mention m : relations.chain(s, ms, c.to())) parties.add(m.canonical());
            if (c.type() == Lexicon.Cue.BETWEEN) break;
        }
        // "ha firmato … una convenzione con il Dipartimento …": the other party follows "with" after the noun.
        if (sign != null && sign.from() < noun.from()) {
            for (int k = noun.to(); k < Math.min(noun.to() + 2, s.tokens().size()); k++) {
                String w = s.folded().get(k);
                if (w.equals("con") || w.equals("with") || w.equals("col") || w.equals("coi")) {
                    for (Mention m : relations.chain(s, ms, k + 1)) parties.add(m.canonical());
                    break;
                }
            }
        }
        parties.removeIf(d -> d.type() != EntityType.ORGANISATION);
        return parties;
    }

    /** The token after an inline dateline ("BERGAMO –", "Padua, 12 March 2019 –"), or 0. */
    private int leadingDateline(Sentence s) {
        for (int k = 1; k < Math.min(10, s.tokens().size()); k++) {
            String w = s.tokens().get(k).text();
            if (!(w.equals("–") || w.equals("—"))) continue;
            String prefix = ctx.text.substring(s.tokens().get(0).start(), s.tokens().get(k).end() + 1);
            Matcher m = INLINE_DATELINE.matcher(prefix);
            if (!m.find()) return 0;
            String place = m.group(1).strip();
            boolean allCaps = place.equals(place.toUpperCase()) && place.chars().anyMatch(Character::isLetter);
            return placeNamed(place) != null || allCaps ? k + 1 : 0;
        }
        return 0;
    }

    /** The page's date and place, from its dateline line or the inline dateline of its first paragraph. */
    private void findDateline() {
        for (Segment seg : ctx.layout.segments()) {
            String body = seg.body(ctx.text);
            if (seg.kind() == SegmentKind.DATELINE) {
                setDocDate(body);
                if (docDate != null) break;
            }
            if (seg.kind() == SegmentKind.PARAGRAPH) {
                Matcher m = INLINE_DATELINE.matcher(body);
                if (m.find()) {
                    RefEntity place = placeNamed(m.group(1).strip());
                    if (place != null) docPlace = ctx.entityFor(place, new Span(seg.bodyStart() + m.start(1), seg.bodyStart() + m.end(1)));
                    if (m.group(2) != null && docDate == null) setDocDate(m.group(2));
                }
                break;
            }
        }
    }

    private void setDocDate(String text) {
        List<Value.Date> ds = dates.singleDates(text, null, w -> {});
        if (ds.isEmpty()) return;
        docDate = ds.get(0);
        ctx.pageDate = docDate;
        if (docDate.lexical().length() == 10) docDay = LocalDate.parse(docDate.lexical());
    }

    private RefEntity placeNamed(String name) {
        for (var e : ctx.reference.gazetteer().longest(org.ponte.mapper.lexicon.PhraseTokens.split(org.ponte.mapper.lexicon.Folding.fold(name)), 0) == null
                ? List.<org.ponte.mapper.resolve.ReferenceData.GazetteerEntry>of()
                : ctx.reference.gazetteer().longest(org.ponte.mapper.lexicon.PhraseTokens.split(org.ponte.mapper.lexicon.Folding.fold(name)), 0).values())
            if (e.entity().type() == EntityType.PLACE) return e.entity();
        return null;
    }

    /** The date the sentence gives (completed with the page's year), or "yesterday"/"today" from the page's date. */
    private Value.Date signingDate(Sentence s) {
        String text = s.text(ctx.text, leadingDateline(s), s.tokens().size());
        Integer year = docDate == null ? null : docDate.yearValue();
        List<Value.Date> ds = dates.singleDates(text, year, w -> {});
        if (!ds.isEmpty()) return ds.get(0);
        for (String w : s.folded()) {
            if (YESTERDAY.contains(w) && docDay != null) {
                LocalDate d = docDay.minusDays(1);
                return Value.Date.day(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            }
            if (TODAY.contains(w) && docDate != null) return docDate;
            if (MORNING.contains(w) && docDate != null && s.folded().contains("this")) return docDate;
        }
        // The lead paragraph of a news page reports what happened on its date.
        if (docDate != null && isLead(s) && leadingDateline(s) > 0) return docDate;
        return null;
    }

    private boolean isLead(Sentence s) {
        for (Sentence o : ctx.sentences) if (o.segment().kind() == SegmentKind.PARAGRAPH) return o.segment() == s.segment();
        return false;
    }

    /** A place the sentence says the agreement was signed in ("in Rome", "a Palermo"), else the dateline's. */
    private EntityDraft signingPlace(Sentence s, List<Mention> ms, RelationReader.Cue noun, RelationReader.Cue sign) {
        int from = Math.min(noun.from(), sign != null ? sign.from() : noun.from());
        for (Mention m : ms) {
            if (m.type() != EntityType.PLACE || m.from() <= from) continue;
            String before = s.folded().get(m.from() - 1);
            if (!(before.equals("in") || before.equals("a") || before.equals("at"))) continue;
            // "Il Ponte di Babele, based in Bologna": where a signer is based is not where it signed.
            if (m.from() >= 2 && (s.folded().get(m.from() - 2).equals("based") || s.folded().get(m.from() - 2).equals("sede"))) continue;
            return m.canonical();
        }
        return docPlace;
    }

    private static String names(List<EntityDraft> list) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) sb.append(i == list.size() - 1 ? " and " : ", ");
            EntityDraft d = list.get(i);
            sb.append(d.acronyms().isEmpty() ? (d.ref() != null ? d.ref().displayName() : d.mainName()) : d.acronyms().get(0));
        }
        return sb.toString();
    }
}
