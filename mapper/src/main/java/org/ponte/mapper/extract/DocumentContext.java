package org.ponte.mapper.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.ponte.core.Problems;
import org.ponte.mapper.lexicon.Folding;
import org.ponte.mapper.lexicon.Lexicon;
import org.ponte.mapper.lexicon.PhraseTokens;
import org.ponte.mapper.lexicon.PhraseTrie;
import org.ponte.mapper.read.Document;
import org.ponte.mapper.resolve.RefEntity;
import org.ponte.mapper.resolve.ReferenceData;
import org.ponte.mapper.segment.Item;
import org.ponte.mapper.segment.Layout;
import org.ponte.mapper.segment.Segment;
import org.ponte.mapper.segment.SegmentKind;
import org.ponte.mapper.segment.Sentence;
import org.ponte.mapper.segment.SentenceSplitter;
import org.ponte.mapper.segment.Token;
import org.ponte.mapper.segment.Tokenizer;

/**
 * Everything the extraction rules share while reading one document: its sentences, the
 * entities found so far with a gazetteer of their names (so a name defined once is recognised
 * everywhere in the document), the claims, and each item's project. One per document; never
 * shared between threads.
 */
final class DocumentContext {
    final Document doc;
    final String text;
    final Layout layout;
    final Lexicon lexicon;
    final ReferenceData reference;
    final Problems problems;
    final List<Sentence> sentences = new ArrayList<>();

    private final List<EntityDraft> entities = new ArrayList<>();
    private final Map<String, EntityDraft> byRef = new HashMap<>();
    private final Map<String, List<EntityDraft>> byKey = new HashMap<>();
    private PhraseTrie<DocName> docGazetteer = new PhraseTrie<>();
    private final Map<Sentence, List<Mention>> mentionCache = new IdentityHashMap<>();
    final List<Claim> claims = new ArrayList<>();
    private final Map<Item, EntityDraft> itemProjects = new IdentityHashMap<>();
    EntityDraft documentProject;
    /** The page's own date (dateline or byline), for dates that leave out their year ("parte lunedì 9 ottobre"); may be null. */
    Value.Date pageDate;

    /** A name in the document gazetteer. */
    record DocName(EntityDraft entity, String surface, boolean acronym) {}

    DocumentContext(Layout layout, Lexicon lexicon, ReferenceData reference, Problems problems) {
        this.doc = layout.document();
        this.text = doc.text();
        this.layout = layout;
        this.lexicon = lexicon;
        this.reference = reference;
        this.problems = problems;
        buildSentences();
    }

    private void buildSentences() {
        SentenceSplitter splitter = new SentenceSplitter(lexicon.words("abbreviation"));
        for (Item item : layout.items()) {
            for (Segment s : item.segments()) {
                if (s.kind() == SegmentKind.FURNITURE || s.bodyEnd() <= s.bodyStart()) continue;
                boolean running = s.kind() == SegmentKind.PARAGRAPH || s.kind() == SegmentKind.LIST_ITEM
                        || s.kind() == SegmentKind.LIST_VALUE && s.field() == null
                        || s.kind() == SegmentKind.KEY_VALUE && s.field() == null;
                if (running) {
                    for (int[] b : splitter.split(text, s.bodyStart(), s.bodyEnd())) addSentence(s, item, b[0], b[1]);
                } else {
                    addSentence(s, item, s.bodyStart(), s.bodyEnd());
                }
            }
        }
    }

    /**
     * Longest sentence, in tokens, the rules see. Real sentences stay far below it; a run-on
     * "sentence" (a megabyte line without a full stop) is cut into pieces of this size, because
     * several rules look at every mention of a sentence for each of its tokens.
     */
    static final int MAX_SENTENCE_TOKENS = 400;

    private void addSentence(Segment s, Item item, int start, int end) {
        List<Token> tokens = Tokenizer.tokens(text, start, end);
        if (tokens.isEmpty()) return;
        if (tokens.size() <= MAX_SENTENCE_TOKENS) {
            sentences.add(new Sentence(s, item, start, end, tokens, Tokenizer.folded(tokens)));
            return;
        }
        for (int from = 0; from < tokens.size(); from += MAX_SENTENCE_TOKENS) {
            List<Token> piece = List.copyOf(tokens.subList(from, Math.min(tokens.size(), from + MAX_SENTENCE_TOKENS)));
            int pieceStart = from == 0 ? start : piece.get(0).start();
            int pieceEnd = from + MAX_SENTENCE_TOKENS >= tokens.size() ? end : tokens.get(from + MAX_SENTENCE_TOKENS).start();
            sentences.add(new Sentence(s, item, pieceStart, pieceEnd, piece, Tokenizer.folded(piece)));
        }
    }

    private EntityDraft publisher;
    private boolean publisherLooked;

    /**
     * The organisation the document speaks for: the first organisation named by its title,
     * or by the headings above its first paragraph ("Cooperativa Sociale Domu Noa", "SAHEL
     * FUTURO ETS"); null when the top of the document names none.
     */
    EntityDraft publisher() {
        if (publisherLooked) return publisher == null ? null : publisher.canonical();
        publisherLooked = true;
        for (Sentence s : sentences) {
            SegmentKind k = s.segment().kind();
            if (k != SegmentKind.TITLE && k != SegmentKind.HEADING) break;
            for (Mention m : mentions(s)) {
                if (m.type() == EntityType.ORGANISATION) {
                    publisher = m.canonical();
                    return publisher;
                }
            }
            // "COOPERATIVA SOCIALE LARIO APERTO – BILANCIO SOCIALE 2023": a title in capitals that opens with a head word.
            if (k == SegmentKind.TITLE) {
                String title = s.text(text, 0, s.tokens().size());
                String first = title.split("\\s+[–—|:]\\s+")[0].strip();
                List<String> folded = PhraseTokens.split(Folding.fold(first));
                if (folded.size() >= 2 && folded.size() <= 8 && lexicon.preHeads().longest(folded, 0) != null
                        && !lexicon.preHeads().longest(folded, 0).value().programme()) {
                    String key = Folding.key(first);
                    for (EntityDraft d : entities)
                        if (!d.isMerged() && d.type() == EntityType.ORGANISATION && d.names().stream().anyMatch(n -> Folding.key(n.text()).equals(key)))
                            return publisher = d.canonical();
                    publisher = entityNamed(EntityType.ORGANISATION, List.of(new Name(first, s.segment().lang(), Name.Role.FULL)),
                            new Span(s.start(), s.start() + first.length()));
                    return publisher;
                }
            }
        }
        return null;
    }

    /** A warning about this document at an offset (UTF-16; converted by the reporter's reader). */
    Consumer<String> warnAt(int offset) {
        return msg -> problems.warning(doc.id(), offset, msg);
    }

    // ------------------------------------------------------------------ entities

    /** All drafts, merged ones included. */
    List<EntityDraft> allEntities() { return entities; }

    /** The draft for a reference entity, created on first use. */
    EntityDraft entityFor(RefEntity ref, Span mention) {
        EntityDraft d = byRef.get(ref.type() + ":" + ref.id());
        if (d == null) {
            d = newDraft(ref.type());
            d.setRef(ref);
            byRef.put(ref.type() + ":" + ref.id(), d);
            if (ref.category() != null) d.setOrgType(orgTypeOf(ref.category()));
        }
        d = d.canonical();
        if (mention != null) d.addMention(mention);
        return d;
    }

    private static String orgTypeOf(String category) {
        return switch (category) {
            case "eu-institution", "eu-body" -> "eu-institution";
            case "international-organisation" -> "international-organisation";
            case "ministry" -> "ministry";
            case "national-agency", "public-body" -> "public-body";
            case "local-authority" -> "local-authority";
            case "university" -> "university";
            case "research-centre" -> "research-centre";
            case "foundation" -> "foundation";
            case "ngo" -> "ngo";
            case "network" -> "network";
            case "company" -> "company";
            case "religious-body" -> "religious-body";
            default -> null;
        };
    }

    private EntityDraft newDraft(EntityType type) {
        EntityDraft d = new EntityDraft(entities.size(), type);
        entities.add(d);
        return d;
    }

    /**
     * The draft named {@code names} of this type: an existing one sharing a name key (or the
     * core of a name, "Fondazione ISMU" = "ISMU"), else a new one. Adds the names and mention.
     */
    EntityDraft entityNamed(EntityType type, List<Name> names, Span mention) {
        EntityDraft found = null;
        for (Name n : names) {
            found = findByName(type, n.text());
            if (found != null) break;
        }
        if (found == null) found = newDraft(type);
        for (Name n : names) addName(found, n);
        if (mention != null) found.addMention(mention);
        return found.canonical();
    }

    /** An existing draft of this type that goes by this name (or its core), or null. */
    EntityDraft findByName(EntityType type, String name) {
        for (String k : keys(name)) {
            List<EntityDraft> list = byKey.get(k);
            if (list == null) continue;
            for (EntityDraft d : list) {
                EntityDraft c = d.canonical();
                if (c.type() == type) return c;
            }
        }
        return null;
    }

    /** Any existing draft that goes by this name, whatever its type, or null. */
    EntityDraft findAnyByName(String name) {
        for (String k : keys(name)) {
            List<EntityDraft> list = byKey.get(k);
            if (list != null && !list.isEmpty()) return list.get(0).canonical();
        }
        return null;
    }

    void addName(EntityDraft d, Name n) {
        d = d.canonical();
        d.addName(n);
        for (String k : keys(n.text())) {
            List<EntityDraft> list = byKey.computeIfAbsent(k, x -> new ArrayList<>(1));
            if (!list.contains(d)) list.add(d);
        }
        List<String> tokens = PhraseTokens.split(Folding.fold(n.text()));
        if (!tokens.isEmpty())
            docGazetteer.add(tokens, new DocName(d, n.text(), n.role() == Name.Role.ACRONYM || ReferenceData.isAcronymShaped(n.text())));
        // "Nieuwe Buren" names "Stichting Nieuwe Buren" too: the core of an organisation's name is recognised.
        if (d.type() == EntityType.ORGANISATION) {
            String core = NameCore.core(Folding.key(n.text()));
            if (!core.equals(Folding.key(n.text())) && core.length() >= 4 && core.contains(" ")) {
                List<String> coreTokens = PhraseTokens.split(core);
                docGazetteer.add(coreTokens, new DocName(d, core, false));
            }
        }
        mentionCache.clear();
    }

    /**
     * Matching keys of a name: its evaluation key, and its core without organisation-type words
     * and articles ("Fondazione ISMU", "The ISMU Foundation" → "ismu").
     */
    List<String> keys(String name) {
        return keysByName.computeIfAbsent(name, DocumentContext::computeKeys);
    }

    /** {@link #keys} of the names seen in this document: a name is looked up many times, its keys cost three regular expressions. */
    private final Map<String, List<String>> keysByName = new HashMap<>();

    private static List<String> computeKeys(String name) {
        String k = Folding.key(name);
        List<String> out = new ArrayList<>(2);
        if (k.isEmpty()) return List.of();
        out.add(k);
        String core = NameCore.core(k);
        if (!core.isEmpty() && !core.equals(k)) out.add("core:" + core);
        else out.add("core:" + k);
        String cross = NameCore.crossLingual(k);
        if (cross != null) out.add(cross);
        return List.copyOf(out);
    }

    /** Merges {@code from} into {@code into}: names, mentions, reference, parent. */
    void merge(EntityDraft into, EntityDraft from) {
        into = into.canonical();
        from = from.canonical();
        if (into == from) return;
        for (Name n : new ArrayList<>(from.names())) addName(into, n);
        for (Span s : from.mentions()) into.addMention(s);
        if (into.ref() == null && from.ref() != null) into.setRef(from.ref());
        if (into.parent() == null && from.parent() != null) into.setParent(from.parent(), from.parentEvidence());
        if (from.orgType() != null) into.setOrgType(from.orgType());
        from.markMergedInto(into);
        mentionCache.clear();
    }

    private final Map<String, EntityDraft> partnerships = new HashMap<>();
    private final Map<String, List<EntityDraft>> partnershipParties = new java.util.LinkedHashMap<>();

    /** Whether two party lists name the same bodies, counting a unit as its parent. */
    private static boolean sameParties(List<EntityDraft> a, List<EntityDraft> b) {
        if (a.size() != b.size()) return false;
        for (EntityDraft x : a) {
            boolean found = false;
            for (EntityDraft y : b) if (related(x.canonical(), y.canonical())) found = true;
            if (!found) return false;
        }
        return true;
    }

    private static boolean related(EntityDraft x, EntityDraft y) {
        if (x == y) return true;
        for (EntityDraft p = x.parent(); p != null; p = p.parent()) if (p.canonical() == y) return true;
        for (EntityDraft p = y.parent(); p != null; p = p.parent()) if (p.canonical() == x) return true;
        return false;
    }

    /** The partnership of these parties (one per set of parties in a document). */
    EntityDraft newPartnership(String label, List<EntityDraft> parties, Span evidence) {
        List<Integer> ids = new ArrayList<>();
        for (EntityDraft d : parties) ids.add(d.canonical().id());
        java.util.Collections.sort(ids);
        String key = ids.toString();
        EntityDraft p = partnerships.get(key);
        // The headline's "Fondazione X and the University of Padua" and the text's "Fondazione X and the
        // Department … of the University of Padua" are one agreement.
        if (p == null) {
            for (Map.Entry<String, List<EntityDraft>> e : partnershipParties.entrySet()) {
                if (sameParties(e.getValue(), parties)) {
                    p = partnerships.get(e.getKey());
                    break;
                }
            }
        }
        if (p == null) {
            p = newDraft(EntityType.PARTNERSHIP);
            p.addName(new Name(label, "en", Name.Role.FULL));
            partnerships.put(key, p);
            partnershipParties.put(key, new ArrayList<>(parties));
        }
        p.addMention(evidence);
        return p;
    }

    // ------------------------------------------------------------------ mentions

    /**
     * The entity mentions of a sentence: reference names and names already known in this
     * document, longest first, without overlaps. Acronyms match only in capitals ("AICS"), or
     * title case for acronyms of four letters or more ("Ismu"); other names match in any case
     * but must start with a capital.
     */
    List<Mention> mentions(Sentence s) {
        List<Mention> cached = mentionCache.get(s);
        if (cached != null) return cached;
        List<Mention> candidates = new ArrayList<>();
        List<String> f = s.folded();
        List<Token> t = s.tokens();
        for (int i = 0; i < f.size(); i++) {
            if (!t.get(i).isWord()) continue;
            PhraseTrie.Match<ReferenceData.GazetteerEntry> rm = reference.gazetteer().longest(f, i);
            if (rm != null) {
                ReferenceData.GazetteerEntry e = pickRef(rm.values());
                if (caseFits(t, rm.start(), rm.end(), e.surface(), e.acronym()) && !locative(s, rm.start(), e.entity()))
                    candidates.add(new Mention(rm.start(), rm.end(), null, span(s, rm.start(), rm.end()), e.entity()));
            }
            PhraseTrie.Match<DocName> dm = docGazetteer.longest(f, i);
            if (dm != null) {
                DocName e = dm.values().get(dm.values().size() - 1);
                if (caseFits(t, dm.start(), dm.end(), e.surface(), e.acronym()))
                    candidates.add(new Mention(dm.start(), dm.end(), e.entity().canonical(), span(s, dm.start(), dm.end())));
            }
            // "ISMUS" for "ISMU": a known acronym with a stray final S.
            Token tok = t.get(i);
            if (tok.is(Token.UPPER) && tok.text().length() >= 4 && tok.text().endsWith("S")) {
                String stem = tok.text().substring(0, tok.text().length() - 1);
                EntityDraft d = findAnyByName(stem);
                if (d != null && d.acronyms().contains(stem))
                    candidates.add(new Mention(i, i + 1, d, span(s, i, i + 1)));
            }
        }
        List<Mention> chosen = pickNonOverlapping(candidates);
        List<Mention> bound = new ArrayList<>(chosen.size());
        for (Mention m : chosen) bound.add(m.entity() != null ? m : new Mention(m.from(), m.to(), entityFor(m.ref(), m.span()), m.span(), m.ref()));
        mentionCache.put(s, bound);
        return bound;
    }

    private ReferenceData.GazetteerEntry pickRef(List<ReferenceData.GazetteerEntry> values) {
        // Prefer an entity the document already knows; else the first listed.
        for (ReferenceData.GazetteerEntry e : values)
            if (byRef.containsKey(e.entity().type() + ":" + e.entity().id())) return e;
        for (ReferenceData.GazetteerEntry e : values) if (e.entity().type() != EntityType.PLACE) return e;
        return values.get(0);
    }

    /** "in the European Union": a body that is also a place, used as a place, is not mentioned as a body. */
    boolean locative(Sentence s, int start, RefEntity e) {
        // Bodies that are also territories: the EU, regions, provinces, municipalities.
        if (e.type() != EntityType.ORGANISATION) return false;
        if (!e.id().equals("european-union") && !"local-authority".equals(e.category())) return false;
        int k = start - 1;
        if (k >= 0 && lexicon.is("article", s.folded().get(k))) k--;
        if (k < 0) return false;
        String w = s.folded().get(k);
        // "Councillor for Labour of the Autonomous Region …", "l'assessora al welfare della Regione …": an
        // office held in the body, not a place.
        if (w.equals("of") || w.equals("dell'"))
            for (int j = Math.max(0, k - 4); j < k; j++) if (lexicon.is("role", s.folded().get(j))) return false;
        return w.equals("in") || w.equals("across") || w.equals("throughout") || w.equals("within") || w.equals("nell'")
                || w.equals("nella") || w.equals("dell'") || w.equals("of");
    }

    private boolean caseFits(List<Token> t, int from, int to, String surface, boolean acronym) {
        Token first = t.get(from);
        if (acronym) {
            StringBuilder sb = new StringBuilder();
            for (int k = from; k < to; k++) sb.append(t.get(k).text());
            String written = sb.toString();
            String want = surface.replace(" ", "");
            if (written.equals(want)) return true;
            // Title case of a longer acronym: "Ismu" for "ISMU".
            return to - from == 1 && want.length() >= 4 && first.is(Token.CAP) && !first.is(Token.UPPER)
                    && written.equalsIgnoreCase(want) && want.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
        }
        return first.isNameShaped() || first.is(Token.DIGIT);
    }

    private static List<Mention> pickNonOverlapping(List<Mention> c) {
        c.sort((a, b) -> {
            int la = a.to() - a.from(), lb = b.to() - b.from();
            if (la != lb) return lb - la;
            // Names this document defined win over reference names of the same length.
            return Boolean.compare(a.entity() == null, b.entity() == null);
        });
        List<Mention> out = new ArrayList<>();
        boolean[] used = new boolean[512];
        for (Mention m : c) {
            if (m.to() > used.length) used = java.util.Arrays.copyOf(used, Math.max(m.to() + 1, used.length * 2));
            boolean free = true;
            for (int k = m.from(); k < m.to(); k++) if (used[k]) free = false;
            if (!free) continue;
            for (int k = m.from(); k < m.to(); k++) used[k] = true;
            out.add(m);
        }
        out.sort((a, b) -> a.from() - b.from());
        return out;
    }

    static Span span(Sentence s, int from, int to) {
        return new Span(s.tokens().get(from).start(), s.tokens().get(to - 1).end());
    }

    // ------------------------------------------------------------------ projects of items

    EntityDraft itemProject(Item item) {
        EntityDraft d = itemProjects.get(item);
        return d == null ? null : d.canonical();
    }

    void setItemProject(Item item, EntityDraft project) {
        itemProjects.put(item, project);
    }

    // ------------------------------------------------------------------ claims

    void claim(EntityDraft subject, Relation r, EntityDraft object, Span evidence, double confidence, String rule) {
        if (subject == null || object == null) return;
        subject = subject.canonical();
        object = object.canonical();
        if (subject == object) return;
        if (r.objectType() != null && object.type() != r.objectType()) return;
        claims.add(new Claim(subject, r, object, null, evidence, confidence, rule));
    }

    void claim(EntityDraft subject, Relation r, Value value, Span evidence, double confidence, String rule) {
        if (subject == null || value == null) return;
        claims.add(new Claim(subject.canonical(), r, null, value, evidence, confidence, rule));
    }
}
