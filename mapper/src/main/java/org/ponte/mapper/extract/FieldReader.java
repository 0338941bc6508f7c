package org.ponte.mapper.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ponte.mapper.lexicon.ConceptIndex;
import org.ponte.mapper.lexicon.Folding;
import org.ponte.mapper.lexicon.Lexicon;
import org.ponte.mapper.lexicon.PhraseTokens;
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
        // A line in parentheses right under a title, with no key, cue or date, translates the title.
        if (rightAfterTitle && project != null && !hasCue(s) && dates.periods(body, w -> {}).isEmpty()
                && s.tokens().size() >= 2 && s.tokens().get(0).isNameShaped()) {
            String lang = languages.guess(body, 0, body.length());
            ctx.addName(project, new Name(body, lang != null ? lang : s.segment().lang(), Name.Role.TRANSLATION));
            project.addMention(new Span(s.start(), s.end()));
        }
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
        int valueOffset = s.tokens().get(from).start();
        switch (km.field()) {
            case COORDINATOR -> {
                List<EntityDraft> orgs = organisations(s, from, to, EntityType.ORGANISATION);
                if (!orgs.isEmpty() && institution == null) institution = orgs.get(0);
                for (EntityDraft o : orgs) ctx.claim(project, Relation.COORDINATED_BY, o, evidence, 0.95, "field-coordinator");
            }
            case PARTNER -> {
                for (EntityDraft o : organisations(s, from, to, EntityType.ORGANISATION))
                    ctx.claim(project, Relation.PARTNER, o, evidence, 0.95, "field-partner");
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
            case THEME -> concepts(project, s, from, to, "theme-", Relation.THEME, evidence);
            case TARGET -> concepts(project, s, from, to, "target-", Relation.TARGET_GROUP, evidence);
            case STATUS -> concepts(project, s, from, to, "status-", Relation.STATUS, evidence);
            case OBJECTIVE -> text(project, Relation.AIM, value, s, evidence);
            case DESCRIPTION -> text(project, Relation.DESCRIPTION, value, s, evidence);
            case DELIVERABLE -> text(project, Relation.DELIVERABLE, value, s, evidence);
            default -> {
            }
        }
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

    /**
     * The organisations (or programmes) a field value names: known names first; the stretches
     * between them, split at commas, semicolons and "and"/"e", become new ones when they look
     * like names.
     */
    List<EntityDraft> organisations(Sentence s, int from, int to, EntityType fallback) {
        List<EntityDraft> out = new ArrayList<>();
        List<Mention> ms = new ArrayList<>();
        for (Mention m : ctx.mentions(s))
            if (m.from() >= from && m.to() <= to && (m.type() == EntityType.ORGANISATION || m.type() == EntityType.PROGRAMME)) ms.add(m);
        int k = from;
        int mi = 0;
        while (k < to) {
            if (mi < ms.size() && ms.get(mi).from() == k) {
                Mention m = ms.get(mi++);
                if (!out.contains(m.canonical())) out.add(m.canonical());
                k = m.to();
                continue;
            }
            int end = mi < ms.size() ? ms.get(mi).from() : to;
            // A stretch of unknown text: split it into names.
            int a = k;
            for (int b = k; b <= end; b++) {
                boolean sep = b == end || isSeparator(s, b);
                if (!sep) continue;
                addNamed(s, a, b, fallback, out);
                a = b + 1;
            }
            k = end;
        }
        return out;
    }

    private boolean isSeparator(Sentence s, int b) {
        String w = s.folded().get(b);
        return w.equals(",") || w.equals(";") || w.equals("/") || w.equals("•") || w.equals("and") || w.equals("e") || w.equals("ed");
    }

    private void addNamed(Sentence s, int a, int b, EntityType fallback, List<EntityDraft> out) {
        while (a < b && !s.tokens().get(a).isNameShaped()) a++;
        while (b > a && !s.tokens().get(b - 1).isNameShaped() && !s.tokens().get(b - 1).text().equals(")")) b--;
        if (b - a < 1) return;
        // Keep a trailing "(ACRONYM)" as the acronym of the name.
        String acronym = null;
        int nameEnd = b;
        if (b - a >= 4 && s.tokens().get(b - 1).text().equals(")") && s.tokens().get(b - 3).text().equals("(")
                && AcronymMatcher.isAcronymLike(s.tokens().get(b - 2).text())) {
            acronym = s.tokens().get(b - 2).text();
            nameEnd = b - 3;
        } else if (s.tokens().get(b - 1).text().equals(")")) {
            return;
        }
        if (nameEnd - a < 1) return;
        String name = s.text(ctx.text, a, nameEnd);
        if (name.length() < 2 || name.length() > 150) return;
        if (nameEnd - a == 1 && !s.tokens().get(a).isAcronymShaped() && !s.tokens().get(a).is(Token.MIXED)
                && s.tokens().get(a).text().length() < 4) return;
        EntityType byHeads = names.typeByHeads(name);
        EntityType type = byHeads != null ? byHeads : fallback;
        List<Name> ns = new ArrayList<>();
        ns.add(new Name(name, s.segment().lang(), Name.Role.FULL));
        if (acronym != null) ns.add(new Name(acronym, null, Name.Role.ACRONYM));
        EntityDraft existing = ctx.findAnyByName(name);
        if (existing != null && existing.type() != type && existing.type() != EntityType.PROJECT) type = existing.type();
        if (type == EntityType.PERSON || type == EntityType.PLACE || type == EntityType.PROJECT) return;
        EntityDraft d = ctx.entityNamed(type, ns, DocumentContext.span(s, a, b));
        if (type == EntityType.ORGANISATION) d.setOrgType(names.orgTypeByHeads(name));
        if (!out.contains(d)) out.add(d);
    }

    static List<String> fold(String s) {
        return PhraseTokens.split(Folding.fold(s));
    }
}
