package org.ponte.mapper.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ponte.mapper.lexicon.ConceptIndex;
import org.ponte.mapper.lexicon.Folding;
import org.ponte.mapper.lexicon.Lexicon;
import org.ponte.mapper.lexicon.PhraseTokens;
import org.ponte.mapper.resolve.RefEntity;
import org.ponte.mapper.segment.Item;
import org.ponte.mapper.segment.LanguageGuesser;
import org.ponte.mapper.segment.Segment;
import org.ponte.mapper.segment.SegmentKind;
import org.ponte.mapper.segment.Sentence;
import org.ponte.mapper.segment.Token;

/**
 * Reads form fields ("Lead partner: X", "Budget of the project in EUR: 399740", "Duration:
 * 01/10/12 to 31/09/14", "Contact person: …", "Target group:" with bullets) and the metadata
 * lines under titles ("(Duration: 2013-2015)", "(Conclusion: june 2014)", a translation of the
 * title) into claims about the item's project.
 */
final class FieldReader {
    private static final Pattern KEY_VALUE = Pattern.compile("^\\s*([^:]{1,80}?)\\s*:\\s*(.+)$", Pattern.DOTALL);
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern URL = Pattern.compile("(https?://|www\\.)[^\\s<>\"]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]{5,}[0-9]");

    private final DocumentContext ctx;
    private final NameFinder names;
    private final DateParser dates;
    private final MoneyParser money = new MoneyParser();
    private final ConceptIndex concepts;
    private final LanguageGuesser languages;

    FieldReader(DocumentContext ctx, NameFinder names, DateParser dates, ConceptIndex concepts) {
        this.ctx = ctx;
        this.names = names;
        this.dates = dates;
        this.concepts = concepts;
        this.languages = new LanguageGuesser(ctx.lexicon);
    }

    /** Per item: the organisation that filled in the form and its contact person, for fields about them. */
    private EntityDraft institution;
    private EntityDraft contact;

    void read() {
        for (Item item : ctx.layout.items()) {
            institution = null;
            contact = null;
            EntityDraft project = ctx.itemProject(item);
            if (project == null && item.documentLevel()) project = ctx.documentProject;
            boolean afterTitle = item.title() != null;
            for (Sentence s : ctx.sentences) {
                if (s.item() != item) continue;
                Segment seg = s.segment();
                if (seg.kind() == SegmentKind.META) {
                    readMeta(project, s, afterTitle);
                } else if (seg.field() != null && (seg.kind() == SegmentKind.KEY_VALUE || seg.kind() == SegmentKind.LIST_VALUE
                        || seg.kind() == SegmentKind.HEADING)) {
                    if (seg.kind() != SegmentKind.HEADING) readField(project, seg.field(), seg.key(), s, 0, s.tokens().size());
                }
                if (seg.kind() != SegmentKind.META && seg.kind() != SegmentKind.TITLE && seg.kind() != SegmentKind.BULLET_TITLE) afterTitle = false;
            }
        }
    }

    /** "(Duration: 2013-2015)", "(Conclusion: june 2014)", "(Equal opportunities in …)". */
    private void readMeta(EntityDraft project, Sentence s, boolean rightAfterTitle) {
        String body = s.text(ctx.text, 0, s.tokens().size());
        Matcher m = KEY_VALUE.matcher(body);
        if (m.find()) {
            Lexicon.KeyMatch km = ctx.lexicon.keyField(m.group(1));
            if (km != null) {
                int valueStart = s.tokens().get(0).start() + m.start(2);
                int from = 0;
                while (from < s.tokens().size() && s.tokens().get(from).start() < valueStart) from++;
                readField(project, km, m.group(1), s, from, s.tokens().size());
                return;
            }
        }
        // "(Erasmus+ KA2 – Strategic Partnerships)": a programme named under a title funds the item.
        // "(URBACT III Action Planning Network, co-funded by the ERDF)": the programme opening the line
        // too, before the cue that names the fund.
        int cueAt = firstCue(s);
        if (project != null && (cueAt < 0 || cueAt > 0)) {
            List<EntityDraft> programmes = new ArrayList<>();
            for (Mention mm : ctx.mentions(s))
                if (mm.type() == EntityType.PROGRAMME && (cueAt < 0 || mm.to() <= cueAt)) programmes.add(mm.canonical());
            if (!programmes.isEmpty()) {
                for (EntityDraft pr : RelationReader.mostSpecific(ctx, programmes))
                    ctx.claim(project, Relation.FUNDING_PROGRAMME, pr, new Span(s.start(), s.end()), 0.85, "meta-programme");
                return;
            }
        }
        // "· 2021-2024 ·": a bare period in an item's metadata is its duration.
        if (project != null && BARE_PERIOD.matcher(body.strip()).matches()) {
            Period p = dates.firstPeriod(body, ctx.warnAt(s.start()));
            if (p != null) {
                Span span = new Span(s.start(), s.end());
                ctx.claim(project, Relation.START_DATE, p.start(), span, 0.85, "meta-period");
                if (p.end() != null && !p.open()) ctx.claim(project, Relation.END_DATE, p.end(), span, 0.85, "meta-period");
                return;
            }
        }
        // A line in parentheses right under a title, with no key, cue or date, translates the title.
        if (rightAfterTitle && project != null && !hasCue(s) && dates.periods(body, w -> {}).isEmpty()
                && s.tokens().size() >= 2 && s.tokens().get(0).isNameShaped()) {
            String lang = languages.guess(body, 0, body.length());
            ctx.addName(project, new Name(body, lang != null ? lang : s.segment().lang(), Name.Role.TRANSLATION));
            project.addMention(new Span(s.start(), s.end()));
        }
    }

    private static final java.util.regex.Pattern BARE_PERIOD = java.util.regex.Pattern.compile(
            "(?:\\d{1,2}[/.])?(?:\\d{1,2}[/.])?\\d{4}\\s*[-–—/]\\s*(?:\\d{1,2}[/.])?(?:\\d{1,2}[/.])?\\d{2,4}");

    private static final java.util.Set<String> ORGANISATION_LIST_KEYS = java.util.Set.of("participants", "partecipanti", "participant");
    private static final java.util.regex.Pattern COUNTRY_CODE = java.util.regex.Pattern.compile("\\([A-Z]{2}\\)\\s*(?:[–—-].*)?$");

    /** Whether a value names a body: an organisation mention, or a name followed by a country code "(DE)". */
    private boolean namesOrganisation(Sentence s, int from, int to) {
        for (Mention m : ctx.mentions(s)) if (m.from() >= from && m.to() <= to && m.type() == EntityType.ORGANISATION) return true;
        return COUNTRY_CODE.matcher(s.text(ctx.text, from, to).strip()).find();
    }

    /** The token where the first relation cue of the sentence starts, or -1. */
    private int firstCue(Sentence s) {
        for (int k = 0; k < s.folded().size(); k++) {
            var c = ctx.lexicon.cues().longest(s.folded(), k);
            if (c != null && !c.values().contains(Lexicon.Cue.BETWEEN) && !c.values().contains(Lexicon.Cue.PROGRAMME)) return k;
        }
        return -1;
    }

    private boolean hasCue(Sentence s) {
        for (int k = 0; k < s.folded().size(); k++) {
            var c = ctx.lexicon.cues().longest(s.folded(), k);
            if (c != null && !c.values().contains(Lexicon.Cue.BETWEEN) && !c.values().contains(Lexicon.Cue.PROGRAMME)) return true;
        }
        return false;
    }

    private void readField(EntityDraft project, Lexicon.KeyMatch km, String key, Sentence s, int from, int to) {
        if (from >= to) return;
        Span evidence = new Span(s.segment().start(), s.segment().end());
        String value = s.text(ctx.text, from, to).strip();
        if (ctx.lexicon.isPlaceholder(value)) return;
        int valueOffset = s.tokens().get(from).start();
        switch (km.field()) {
            case COORDINATOR -> {
                // "Implemented by: IOM, with Sahel Futuro and …": the bodies after "with" are partners.
                int with = partnerCueAt(s, from, to);
                List<EntityDraft> orgs = organisations(s, from, with < 0 ? to : with, EntityType.ORGANISATION);
                if (!orgs.isEmpty() && institution == null) institution = orgs.get(0);
                for (EntityDraft o : orgs) ctx.claim(project, Relation.COORDINATED_BY, o, evidence, 0.95, "field-coordinator");
                if (with >= 0) {
                    int after = with + 1;
                    var cue = ctx.lexicon.cues().longest(s.folded(), with);
                    if (cue != null) after = cue.end();
                    for (EntityDraft o : organisations(s, after, to, EntityType.ORGANISATION))
                        if (!orgs.contains(o)) ctx.claim(project, Relation.PARTNER, o, evidence, 0.85, "field-coordinator-with");
                }
            }
            case PARTNER -> {
                // A bullet names one partner, commas and all ("University of Split, Faculty of Economics, Business and Tourism").
                boolean oneEntry = s.segment().kind() == SegmentKind.LIST_VALUE;
                for (Named n : named(s, from, to, EntityType.ORGANISATION, oneEntry)) {
                    if (n.entity().type() != EntityType.ORGANISATION) continue;
                    if (n.coordinator()) ctx.claim(project, Relation.COORDINATED_BY, n.entity(), evidence, 0.9, "field-partner-coordinator");
                    else ctx.claim(project, Relation.PARTNER, n.entity(), evidence, 0.95, "field-partner");
                }
            }
            case FUNDING, PROGRAMME -> {
                EntityType fallback = km.field() == Lexicon.Field.PROGRAMME ? EntityType.PROGRAMME : EntityType.ORGANISATION;
                List<EntityDraft> found = RelationReader.mostSpecific(ctx, organisations(s, from, to, fallback));
                for (EntityDraft o : found) {
                    if (o.type() == EntityType.PROGRAMME) ctx.claim(project, Relation.FUNDING_PROGRAMME, o, evidence, 0.95, "field-programme");
                    else if (o.type() == EntityType.ORGANISATION) ctx.claim(project, Relation.FUNDED_BY, o, evidence, 0.95, "field-funder");
                }
            }
            case BUDGET -> {
                if (km.subscoped()) return;
                MoneyParser.Found f = money.first(value, MoneyParser.currencyIn(key) != null ? MoneyParser.currencyIn(key) : "EUR");
                if (f != null) ctx.claim(project, Relation.BUDGET, f.money(), evidence, 0.95, "field-budget");
            }
            case DURATION -> {
                if (km.subscoped()) return;
                Period p = dates.firstPeriod(value, ctx.warnAt(valueOffset));
                if (p == null) return;
                ctx.claim(project, Relation.START_DATE, p.start(), evidence, 0.95, "field-duration");
                if (p.end() != null && !p.open()) ctx.claim(project, Relation.END_DATE, p.end(), evidence, 0.95, "field-duration");
            }
            case START, END -> {
                if (km.subscoped()) return;
                Period p = dates.firstPeriod(value, ctx.warnAt(valueOffset));
                if (p == null) return;
                if (km.field() == Lexicon.Field.START) ctx.claim(project, Relation.START_DATE, p.start(), evidence, 0.95, "field-start");
                else ctx.claim(project, Relation.END_DATE, p.end() != null ? p.end() : p.start(), evidence, 0.95, "field-end");
            }
            case CONTACT -> {
                EntityDraft person = person(s, from, to);
                if (person != null) {
                    contact = person;
                    ctx.claim(project != null ? project : institution, Relation.CONTACT_POINT, person, evidence, 0.9, "field-contact");
                }
                contactDetails(contact, value, evidence);
            }
            case EMAIL, PHONE -> contactDetails(contact, value, evidence);
            case WEBSITE -> {
                Matcher u = URL.matcher(value);
                if (u.find() && project != null) {
                    String url = u.group().startsWith("www.") ? "https://" + u.group() : u.group();
                    url = url.replaceAll("[.,;)]+$", "");
                    if (org.ponte.mapper.emit.Literals.isValidIri(url)) ctx.claim(project, Relation.HOMEPAGE, new Value.Iri(url), evidence, 0.9, "field-website");
                }
            }
            case LOCATION -> {
                EntityDraft subject = project != null ? project : institution;
                for (Mention m : ctx.mentions(s))
                    if (m.from() >= from && m.to() <= to && m.type() == EntityType.PLACE)
                        ctx.claim(subject, Relation.LOCATION, m.canonical(), evidence, 0.9, "field-location");
            }
            case ORG_TYPE -> {
                EntityDraft org = institution;
                if (org == null) return;
                for (String c : concepts.find(s.folded().subList(from, to), "orgtype-"))
                    ctx.claim(org, Relation.ORGANISATION_TYPE, new Value.Iri(c), evidence, 0.9, "field-orgtype");
                for (Mention m : ctx.mentions(s))
                    if (m.from() >= from && m.to() <= to && m.type() == EntityType.PLACE)
                        ctx.claim(org, Relation.LOCATION, m.canonical(), evidence, 0.8, "field-orgtype-place");
            }
            case ROLE -> role(project, s, from, to, evidence);
            case THEME -> concepts(project, s, from, to, "theme-", Relation.THEME, evidence);
            case TARGET -> {
                // "Participants:" in a project database lists partner organisations ("Kulturverein Mosaik
                // e.V. (DE)"), elsewhere the people taking part: the value decides.
                if (ORGANISATION_LIST_KEYS.contains(org.ponte.mapper.lexicon.Folding.fold(key).strip()) && namesOrganisation(s, from, to)) {
                    readField(project, new Lexicon.KeyMatch(Lexicon.Field.PARTNER, false), key, s, from, to);
                } else {
                    concepts(project, s, from, to, "target-", Relation.TARGET_GROUP, evidence);
                }
            }
            case STATUS -> concepts(project, s, from, to, "status-", Relation.STATUS, evidence);
            case OBJECTIVE -> text(project, Relation.AIM, value, s, evidence);
            case DESCRIPTION -> text(project, Relation.DESCRIPTION, value, s, evidence);
            case DELIVERABLE -> text(project, Relation.DELIVERABLE, value, s, evidence);
            default -> {
            }
        }
    }

    /** Where a coordinator field goes on to name partners: a partner cue, or "with"/"con" after a comma. */
    private int partnerCueAt(Sentence s, int from, int to) {
        List<String> f = s.folded();
        for (int k = from + 1; k < to; k++) {
            var c = ctx.lexicon.cues().longest(f, k);
            if (c != null && c.values().contains(Lexicon.Cue.PARTNER) && c.end() <= to) return k;
            if ((f.get(k).equals("with") || f.get(k).equals("con")) && f.get(k - 1).equals(",")) return k;
        }
        return -1;
    }

    /**
     * "Our role: partner – cultural mediation", "Ruolo della cooperativa: partner (capofila:
     * Comune di Como)": the publishing organisation's part in the project, and the bodies the
     * value names for the other part.
     */
    private void role(EntityDraft project, Sentence s, int from, int to, Span evidence) {
        EntityDraft self = ctx.publisher();
        if (project == null) return;
        List<String> f = s.folded();
        int k = from;
        while (k < to && !s.tokens().get(k).isNameShaped() && !Character.isLetter(s.tokens().get(k).text().charAt(0))) k++;
        boolean leads = startsWithPhrase(f, k, to, "lead-role");
        boolean partners = !leads && startsWithPhrase(f, k, to, "partner-role");
        if (self != null && self.type() == EntityType.ORGANISATION) {
            if (leads) ctx.claim(project, Relation.COORDINATED_BY, self, evidence, 0.85, "field-role-lead");
            else if (partners) ctx.claim(project, Relation.PARTNER, self, evidence, 0.85, "field-role-partner");
        }
        if (!partners) return;
        // "partner (capofila: Comune di Como)": the body named for the lead role leads.
        for (int m = k + 1; m < to; m++) {
            if (startsWithPhrase(f, m, to, "lead-role")) {
                for (EntityDraft o : organisations(s, m + 1, to, EntityType.ORGANISATION))
                    if (o.type() == EntityType.ORGANISATION && o != self)
                        ctx.claim(project, Relation.COORDINATED_BY, o, evidence, 0.85, "field-role-other-lead");
                return;
            }
        }
    }

    private boolean startsWithPhrase(List<String> folded, int k, int to, String cls) {
        for (List<String> p : ctx.lexicon.phraseList(cls)) {
            if (k + p.size() > to) continue;
            if (folded.subList(k, k + p.size()).equals(p)) return true;
        }
        return false;
    }

    private void concepts(EntityDraft project, Sentence s, int from, int to, String prefix, Relation r, Span evidence) {
        if (project == null) return;
        for (String c : concepts.find(s.folded().subList(from, to), prefix))
            ctx.claim(project, r, new Value.Iri(c), evidence, 0.85, "field-" + prefix.replace("-", ""));
    }

    private void text(EntityDraft project, Relation r, String value, Sentence s, Span evidence) {
        if (project == null || value.length() < 3) return;
        String lang = languages.guess(value, 0, value.length());
        ctx.claim(project, r, new Value.Text(value, lang != null ? lang : s.segment().lang()), evidence, 0.9, "field-text");
    }

    private void contactDetails(EntityDraft person, String value, Span evidence) {
        if (person == null) return;
        Matcher e = EMAIL.matcher(value);
        if (e.find()) ctx.claim(person, Relation.EMAIL, new Value.Plain(e.group()), evidence, 0.9, "field-email");
        Matcher p = PHONE.matcher(value);
        if (p.find() && !e.hitEnd()) {
            String phone = p.group().strip();
            if (phone.replaceAll("\\D", "").length() >= 6) ctx.claim(person, Relation.PHONE, new Value.Plain(phone), evidence, 0.9, "field-phone");
        }
    }

    /** A person named in a field: titles dropped, two to four capitalised words. */
    private EntityDraft person(Sentence s, int from, int to) {
        List<Token> t = s.tokens();
        int i = from;
        while (i < to && (ctx.lexicon.is("title", t.get(i).folded()) || t.get(i).text().equals("."))) i++;
        for (Mention m : ctx.mentions(s)) if (m.from() == i && m.type() == EntityType.PERSON) return m.canonical();
        int end = Math.min(names.personEnd(s, i), to);
        if (end - i < 2 || end - i > 4) return null;
        String name = s.text(ctx.text, i, end);
        if (names.knownAsNonProject(name) && ctx.findByName(EntityType.PERSON, name) == null) return null;
        return ctx.entityNamed(EntityType.PERSON, List.of(new Name(name, null, Name.Role.FULL)), DocumentContext.span(s, i, end));
    }

    /** An organisation named in a field, and whether the field marks it as the coordinator ("Graz – coordinator"). */
    record Named(EntityDraft entity, boolean coordinator) {}

    private static final java.util.Set<String> COORDINATOR_MARKS = java.util.Set.of("coordinator", "coordinatore", "coordinatrice",
            "capofila", "lead", "leader", "lead partner", "applicant", "project leader", "coordinating partner", "ente capofila");

    /** The organisations (or programmes) a field value names, without roles. */
    List<EntityDraft> organisations(Sentence s, int from, int to, EntityType fallback) {
        List<EntityDraft> out = new ArrayList<>();
        for (Named n : named(s, from, to, fallback)) if (!out.contains(n.entity())) out.add(n.entity());
        return out;
    }

    /**
     * The organisations a field value lists: entries split at top-level semicolons (or commas,
     * "and", slashes when there are none), each entry stripped of its place ("CeSMiT, Turin"),
     * its parenthesis ("(Trieste, IT)") and its role ("– coordinator"); known names are used
     * as they are, other name-shaped entries become new organisations.
     */
    List<Named> named(Sentence s, int from, int to, EntityType fallback) {
        return named(s, from, to, fallback, false);
    }

    List<Named> named(Sentence s, int from, int to, EntityType fallback, boolean oneEntry) {
        List<Token> t = s.tokens();
        if (oneEntry) {
            Named n = entry(s, from, to, fallback, true);
            return n == null ? List.of() : List.of(n);
        }
        boolean semicolons = false, commas = false;
        int depth = 0;
        for (int k = from; k < to; k++) {
            String w = t.get(k).text();
            if (w.equals("(")) depth++;
            else if (w.equals(")")) depth = Math.max(0, depth - 1);
            else if (depth == 0 && w.equals(";")) semicolons = true;
            else if (depth == 0 && w.equals(",")) commas = true;
        }
        // "Research Institute on Rights and Diasporas": in a value that lists nothing else, "and" joins the words
        // of one name unless an article or a head word opens a second one.
        final boolean list = semicolons || commas;
        List<int[]> entries = new ArrayList<>();
        int a = from;
        depth = 0;
        for (int k = from; k <= to; k++) {
            boolean end = k == to;
            if (!end) {
                String w = t.get(k).text();
                if (w.equals("(")) depth++;
                else if (w.equals(")")) depth = Math.max(0, depth - 1);
                if (depth > 0) continue;
                boolean sep = semicolons ? w.equals(";") : w.equals(",") || w.equals(";") || w.equals("/") || w.equals("•")
                        || NameRules.isAnd(s, k) && (NameRules.breaksAt(s, k, ctx.lexicon) || list && !insideMention(s, k));
                // "Rights, Equality and Citizenship Programme" is one name: never split inside a known name.
                if (!sep || insideMention(s, k)) continue;
            }
            if (k > a) entries.add(new int[] {a, k});
            a = k + 1;
        }
        List<Named> out = new ArrayList<>();
        for (int[] e : entries) {
            Named n = entry(s, e[0], e[1], fallback, semicolons);
            if (n != null && out.stream().noneMatch(x -> x.entity() == n.entity())) out.add(n);
        }
        return out;
    }

    private boolean insideMention(Sentence s, int k) {
        for (Mention m : ctx.mentions(s)) if (m.from() < k && k < m.to() - 0) return true;
        return false;
    }

    private Named entry(Sentence s, int a, int b, EntityType fallback, boolean semicolons) {
        List<Token> t = s.tokens();
        boolean coordinator = false;
        // A role after a dash or in parentheses: "Graz – coordinator", "ASP (capofila)".
        for (int k = a; k < b; k++) {
            String w = t.get(k).text();
            if ((w.equals("–") || w.equals("-") || w.equals("—") || w.equals("(")) && k + 1 < b) {
                String rest = org.ponte.mapper.lexicon.Folding.key(s.text(ctx.text, k + 1, b));
                if (COORDINATOR_MARKS.contains(rest)) {
                    coordinator = true;
                    b = k;
                    break;
                }
            }
        }
        // A parenthesis at the end: an acronym is kept, a place or country is dropped.
        String acronym = null;
        if (b - a >= 3 && t.get(b - 1).text().equals(")")) {
            int open = b - 1;
            while (open > a && !t.get(open).text().equals("(")) open--;
            if (open > a) {
                String inner = s.text(ctx.text, open + 1, b - 1);
                if (b - 1 - (open + 1) == 1 && AcronymMatcher.isAcronymLike(inner) && inner.length() >= 3) acronym = inner;
                b = open;
            }
        }
        // "CeSMiT, Turin": in a list split at semicolons, a short tail after the last comma is a place.
        if (semicolons) {
            for (int k = b - 1; k > a; k--) {
                if (t.get(k).text().equals(",")) {
                    if (b - (k + 1) <= 2 || placeAt(s, k + 1, b)) b = k;
                    break;
                }
            }
        }
        // "PP3 – Udruga Sidro", "P2: Comune di Chioggia", "LP – …": a partner number is not part of the name.
        if (b - a >= 3 && PARTNER_LABEL.matcher(t.get(a).text()).matches()
                && (t.get(a + 1).text().equals("–") || t.get(a + 1).text().equals("-") || t.get(a + 1).text().equals(":")
                    || t.get(a + 1).text().equals("—") || t.get(a + 1).text().equals("."))) a += 2;
        while (a < b && !t.get(a).isNameShaped() && !t.get(a).is(Token.DIGIT)) a++;
        while (b > a && !t.get(b - 1).isNameShaped() && !t.get(b - 1).is(Token.DIGIT)) b--;
        if (b <= a) return null;
        // A known name in the entry wins.
        for (Mention m : ctx.mentions(s)) {
            if (m.from() >= a && m.to() <= b && (m.type() == EntityType.ORGANISATION || m.type() == EntityType.PROGRAMME)) {
                if (acronym != null) ctx.addName(m.canonical(), new Name(acronym, null, Name.Role.ACRONYM));
                return new Named(m.canonical(), coordinator);
            }
            if (m.from() <= a && m.to() >= b && (m.type() == EntityType.PLACE || m.type() == EntityType.PERSON)) return null;
        }
        String name = s.text(ctx.text, a, b);
        if (name.length() < 2 || name.length() > 150) return null;
        if (b - a == 1 && !t.get(a).isAcronymShaped() && !t.get(a).is(Token.MIXED) && t.get(a).text().length() < 4) return null;
        // A person's name ("Marta Zanon") in a field of organisations is not an organisation.
        if (ctx.reference.isGivenName(t.get(a).folded()) && b - a >= 2 && b - a <= 4 && names.typeByHeads(name) == null) return null;
        if (names.refNamed(name) != null) {
            RefEntity r = names.refNamed(name);
            if (r.type() == EntityType.PLACE || r.type() == EntityType.PERSON) return null;
            return new Named(ctx.entityFor(r, DocumentContext.span(s, a, b)), coordinator);
        }
        if (ctx.lexicon.isFurnitureLine(name) || name.chars().filter(Character::isLetter).count() < 2) return null;
        if (fallback == EntityType.ORGANISATION && NameRules.implausibleOrganisation(t, a, b)) return null;
        EntityType byHeads = names.typeByHeads(name);
        EntityType type = byHeads != null ? byHeads : fallback;
        EntityDraft existing = ctx.findAnyByName(name);
        if (existing != null && existing.type() != type && existing.type() != EntityType.PROJECT) type = existing.type();
        if (type == EntityType.PERSON || type == EntityType.PLACE || type == EntityType.PROJECT) return null;
        List<Name> ns = new ArrayList<>();
        ns.add(new Name(name, AcronymMatcher.isAcronymLike(name) ? null : s.segment().lang(),
                AcronymMatcher.isAcronymLike(name) ? Name.Role.ACRONYM : Name.Role.FULL));
        if (acronym != null) ns.add(new Name(acronym, null, Name.Role.ACRONYM));
        EntityDraft d = ctx.entityNamed(type, ns, DocumentContext.span(s, a, b));
        if (type == EntityType.ORGANISATION) d.setOrgType(names.orgTypeByHeads(name));
        return new Named(d, coordinator);
    }

    private static final Pattern PARTNER_LABEL = Pattern.compile("(?:LP|PP\\d{1,2}|P\\d{1,2}|AP\\d{1,2}|B\\d{1,2}|CO\\d{1,2}|\\d{1,2})");

    private boolean placeAt(Sentence s, int from, int to) {
        for (Mention m : ctx.mentions(s)) if (m.type() == EntityType.PLACE && m.from() <= from && m.to() >= to) return true;
        return false;
    }

    static List<String> fold(String s) {
        return PhraseTokens.split(Folding.fold(s));
    }
}
