package org.ponte.mapper.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ponte.mapper.lexicon.Lexicon;
import org.ponte.mapper.lexicon.PhraseTrie;
import org.ponte.mapper.resolve.RefEntity;
import org.ponte.mapper.segment.Item;
import org.ponte.mapper.segment.LanguageGuesser;
import org.ponte.mapper.segment.Segment;
import org.ponte.mapper.segment.SegmentKind;
import org.ponte.mapper.segment.Sentence;
import org.ponte.mapper.segment.Token;

/**
 * Reads item titles as project names: "EU-MIA – European Migrant Integration Academy" (short
 * name and long name), "Vivere in Italia (Living in Italy)" (name and translation), "Grundtvig
 * learning partnership. Promoting … (Grundtvig – Partnership of Lifelong Learning Programme –
 * LLP)" (name, short name, funding programmes). A document's own title names a project only
 * when the document is about one (it has project fields, speaks of "the project", or the title
 * has the short – long form) and the title is not a headline ("Partnership agreement with …").
 */
final class TitleReader {
    private static final Pattern HEADLINE_VERB = Pattern.compile(
            "(?i)\\b(signed|signs|sign|launched|launches|announces|announced|wins|won|presented|presents|opens|opened|celebrates|"
            + "firmato|firmano|firma|sottoscritto|siglato|presentato|presenta|lancia|lanciato|inaugurato|vince|annuncia|al via|è|sono|is|are|was|were)\\b");
    private static final Pattern QUOTED = Pattern.compile("[«“\"]([^»”\"]{2,80})[»”\"]");
    private static final Pattern SPLIT = Pattern.compile("\\s+[–—-]\\s+|:\\s+");

    private final DocumentContext ctx;
    private final NameFinder names;
    private final LanguageGuesser languages;

    TitleReader(DocumentContext ctx, NameFinder names) {
        this.ctx = ctx;
        this.names = names;
        this.languages = new LanguageGuesser(ctx.lexicon);
    }

    void read() {
        for (Item item : ctx.layout.items()) {
            Segment title = item.title();
            if (title == null) continue;
            Sentence s = sentenceOf(title);
            if (s == null) continue;
            if (item.documentLevel() && (ctx.layout.listMode() || !aboutOneProject(item, s))) continue;
            // An item whose form gives its title ("Title: …") is named by that field, not by its heading ("Record 1 of 2").
            if (!item.documentLevel() && hasTitleField(item)) continue;
            // A heading (unlike a bullet) names a project only when it looks like a name: "What the agreement covers" does not.
            if (title.kind() == SegmentKind.HEADING && !nameLikeHeading(item, s)) continue;
            readTitle(item, s);
        }
        readTitleFields();
    }

    private static final java.util.Set<String> QUESTION_WORDS = java.util.Set.of("what", "how", "why", "who", "when", "where", "which",
            "come", "cosa", "che", "perche", "chi", "quando", "dove", "quale", "quali");

    private boolean nameLikeHeading(Item item, Sentence s) {
        List<Token> t = s.tokens();
        if (t.isEmpty() || QUESTION_WORDS.contains(t.get(0).folded())) return false;
        for (Token x : t) if (x.isAcronymShaped() && x.text().length() >= 3) return true;
        String text = s.text(ctx.text, 0, t.size());
        if (SPLIT.matcher(text).find()) return true;
        for (Segment seg : item.segments()) if (seg.kind() == SegmentKind.META || seg.field() != null && seg.kind() == SegmentKind.KEY_VALUE) return true;
        int words = 0, caps = 0;
        for (Token x : t) {
            if (!x.isWord() || ctx.lexicon.is("name-inner", x.folded()) || ctx.lexicon.is("article", x.folded())) continue;
            words++;
            if (x.isNameShaped()) caps++;
        }
        return words > 0 && caps * 2 >= words + 1;
    }

    private static boolean hasTitleField(Item item) {
        for (Segment seg : item.segments())
            if (seg.field() != null && seg.field().field() == Lexicon.Field.TITLE && seg.kind() == SegmentKind.KEY_VALUE) return true;
        return false;
    }

    private Sentence sentenceOf(Segment seg) {
        for (Sentence s : ctx.sentences) if (s.segment() == seg) return s;
        return null;
    }

    /** Whether a document's title names the project the document is about. */
    private boolean aboutOneProject(Item item, Sentence title) {
        String t = title.text(ctx.text, 0, title.tokens().size());
        if (hasCue(title, Lexicon.Cue.AGREEMENT) || hasCue(title, Lexicon.Cue.SIGNING)) return false;
        if (t.endsWith("?") || t.endsWith("!") && !t.contains(" – ")) return false;
        String main = stripParenthetical(t);
        String[] parts = SPLIT.split(main, 2);
        boolean shortLong = parts.length == 2 && parts[0].trim().split("\\s+").length <= 3 && parts[1].trim().split("\\s+").length >= 2;
        if (!shortLong && HEADLINE_VERB.matcher(main).find()) return false;
        EntityType byHeads = names.typeByHeads(parts[0]);
        RefEntity r = names.refNamed(parts[0].trim());
        if (byHeads == EntityType.ORGANISATION || r != null) return false;
        if (shortLong) return true;
        if (startsWithProjectNoun(title)) return true;
        for (Segment seg : item.segments()) {
            if (seg.field() != null) {
                switch (seg.field().field()) {
                    case TITLE, BUDGET, DURATION, START, END, COORDINATOR, PARTNER, FUNDING, PROGRAMME, CONTRIBUTION:
                        return true;
                    default:
                }
            }
        }
        for (Sentence s : ctx.sentences) {
            if (s.item() != item || s.segment().kind() != SegmentKind.PARAGRAPH) continue;
            if (RelationReader.pronounAt(ctx, s) >= 0) return true;
        }
        return false;
    }

    private boolean endsWithProjectNoun(String part) {
        List<Token> t = org.ponte.mapper.segment.Tokenizer.tokens(part, 0, part.length());
        return !t.isEmpty() && names.isProjectNoun(t.get(t.size() - 1));
    }

    private boolean startsWithProjectNoun(Sentence s) {
        return !s.tokens().isEmpty() && names.isProjectNoun(s.tokens().get(0));
    }

    private boolean hasCue(Sentence s, Lexicon.Cue cue) {
        for (int k = 0; k < s.folded().size(); k++) {
            PhraseTrie.Match<Lexicon.Cue> m = ctx.lexicon.cues().longest(s.folded(), k);
            if (m != null && m.values().contains(cue)) return true;
        }
        return false;
    }

    private static String stripParenthetical(String t) {
        String s = t.strip();
        if (s.endsWith(")")) {
            int open = matchingOpen(s);
            if (open > 0) return s.substring(0, open).strip();
        }
        return s;
    }

    private static int matchingOpen(String s) {
        int depth = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == ')') depth++;
            else if (c == '(') {
                depth--;
                if (depth == 0) return i;
            }
        }
        return -1;
    }

    private void readTitle(Item item, Sentence s) {
        String full = s.text(ctx.text, 0, s.tokens().size()).strip();
        int base = s.tokens().get(0).start();
        String main = full;
        String inner = null;
        if (full.endsWith(")")) {
            int open = matchingOpen(full);
            if (open > 0) {
                inner = full.substring(open + 1, full.length() - 1).strip();
                main = full.substring(0, open).strip();
            }
        }
        // "Progetto MIMOSA", "Project MIMOSA": the noun is not part of the name.
        if (!s.tokens().isEmpty() && names.isProjectNoun(s.tokens().get(0)) && s.tokens().size() > 1) {
            main = main.substring(main.indexOf(' ') + 1).strip();
        }
        if (main.isEmpty()) return;
        // "Rifugiati, a Pescara parte «Tessere»": a headline naming its project in quotes is about that name.
        Matcher quoted = QUOTED.matcher(main);
        if (quoted.find() && !quoted.find()) {
            quoted.reset().find();
            String name = quoted.group(1).strip();
            String outside = (main.substring(0, quoted.start()) + " " + main.substring(quoted.end())).strip();
            if (!name.isEmpty() && Character.isUpperCase(name.charAt(0)) && name.split("\\s+").length <= 6
                    && outside.split("\\s+").length >= 3) main = name;
        }
        // "CORRIDOI DI COMUNITÀ | COMMUNITY CORRIDORS": the same name in two languages.
        String[] halves = bilingual(main);
        String other = null;
        if (halves != null) {
            main = halves[0];
            other = halves[1];
        }
        String lang = langOf(main, s.segment().lang());
        List<Name> found = new ArrayList<>();
        String[] parts = SPLIT.split(main, 2);
        if (parts.length == 2 && endsWithProjectNoun(parts[0])) {
            // "A first project: MENTOR-UP", "Il progetto: Casa Comune": the name follows the noun.
            main = parts[1].strip();
            parts = SPLIT.split(main, 2);
        }
        if (parts.length == 2 && !parts[0].isBlank() && !parts[1].isBlank()) {
            String left = parts[0].strip(), right = parts[1].strip();
            int lw = left.split("\\s+").length, rw = right.split("\\s+").length;
            if (lw <= 3 && rw >= 2) {
                boolean acronym = AcronymMatcher.isAcronymLike(left.replace(" ", "")) || AcronymMatcher.spells(left, right);
                found.add(new Name(left, acronym ? null : lang, acronym ? Name.Role.ACRONYM : Name.Role.ALIAS));
                found.add(new Name(right, langOf(right, lang), Name.Role.FULL));
                found.add(new Name(main, lang, Name.Role.ALIAS));
            } else {
                found.add(new Name(left, lang, Name.Role.FULL));
                found.add(new Name(main, lang, Name.Role.ALIAS));
            }
        } else {
            found.add(new Name(main, lang, Name.Role.FULL));
            // "Ricomincio da tre. La rete regionale …": the first sentence is a short name.
            int dot = main.indexOf(". ");
            if (dot > 3 && dot + 2 < main.length() && Character.isUpperCase(main.charAt(dot + 2)) && main.substring(0, dot).contains(" "))
                found.add(new Name(main.substring(0, dot), lang, Name.Role.ALIAS));
        }
        String head = found.get(0).role() == Name.Role.FULL ? found.get(0).text() : found.get(1).text();
        // A title naming an organisation or programme (an organisation profile, a programme page) is not a project.
        RefEntity r = names.refNamed(head);
        if (r == null) r = names.refNamed(main);
        if (r != null) {
            ctx.entityFor(r, new Span(base, base + full.length()));
            return;
        }
        EntityType byHeads = names.typeByHeads(head);
        if (byHeads == EntityType.ORGANISATION || byHeads == EntityType.PROGRAMME) {
            EntityDraft d = ctx.entityNamed(byHeads, List.of(new Name(head, lang, Name.Role.FULL)), new Span(base, base + main.length()));
            if (byHeads == EntityType.ORGANISATION) d.setOrgType(names.orgTypeByHeads(head));
            return;
        }
        EntityDraft existing = ctx.findAnyByName(head);
        if (existing != null && existing.type() != EntityType.PROJECT) return;

        List<ProgrammeRef> programmes = new ArrayList<>();
        if (inner != null) {
            int innerStart = base + full.lastIndexOf(inner);
            programmes = programmesIn(s, innerStart, innerStart + inner.length());
            if (programmes.isEmpty()) {
                boolean acronym = AcronymMatcher.isAcronymLike(inner);
                if (acronym) found.add(new Name(inner, null, Name.Role.ACRONYM));
                else if (inner.split("\\s+").length >= 2 && !inner.matches(".*\\d{4}.*"))
                    found.add(new Name(inner, langOf(inner, lang == null ? null : lang.equals("it") ? "en" : "it"), Name.Role.TRANSLATION));
            }
        }
        if (other != null) found.addAll(translated(other, lang));
        EntityDraft project = ctx.entityNamed(EntityType.PROJECT, found, new Span(base, base + main.length()));
        ctx.setItemProject(item, project);
        if (item.documentLevel()) ctx.documentProject = project;
        for (ProgrammeRef pr : mostSpecific(programmes))
            ctx.claim(project, Relation.FUNDING_PROGRAMME, pr.entity, new Span(base, base + full.length()), 0.85, "title-programme");
    }

    private static final Pattern BILINGUAL = Pattern.compile("\\s+[|/]\\s+");

    /**
     * The two halves of a title given in two languages ("SETA – … / SILK – …", "CORRIDOI DI
     * COMUNITÀ | COMMUNITY CORRIDORS"), or null when the title is one name.
     */
    private String[] bilingual(String title) {
        String[] parts = BILINGUAL.split(title);
        if (parts.length != 2) return null;
        String a = parts[0].strip(), b = parts[1].strip();
        if (a.isEmpty() || b.isEmpty() || a.split("\\s+").length > 20 || b.split("\\s+").length > 20) return null;
        if (!Character.isUpperCase(a.charAt(0)) && !Character.isDigit(a.charAt(0))) return null;
        if (!Character.isUpperCase(b.charAt(0)) && !Character.isDigit(b.charAt(0))) return null;
        // Both halves in the same case style, or in different languages: a translation, not "Name | Site".
        boolean bothCaps = a.equals(a.toUpperCase()) && b.equals(b.toUpperCase());
        String la = langOf(a, null), lb = langOf(b, null);
        boolean twoLanguages = la != null && lb != null && !la.equals(lb);
        if (!bothCaps && !twoLanguages) return null;
        if (names.refNamed(b) != null || names.typeByHeads(b) == EntityType.ORGANISATION) return null;
        return new String[] {a, b};
    }

    /** The names in the second-language half of a title: its short name and its long name as a translation. */
    private List<Name> translated(String half, String firstLang) {
        String lang = langOf(half, firstLang == null ? null : firstLang.equals("it") ? "en" : "it");
        List<Name> out = new ArrayList<>();
        String[] parts = SPLIT.split(half, 2);
        if (parts.length == 2 && parts[0].trim().split("\\s+").length <= 3 && parts[1].trim().split("\\s+").length >= 2) {
            String left = parts[0].strip();
            boolean acronym = AcronymMatcher.isAcronymLike(left.replace(" ", ""));
            out.add(new Name(left, acronym ? null : lang, acronym ? Name.Role.ACRONYM : Name.Role.ALIAS));
            out.add(new Name(parts[1].strip(), lang, Name.Role.TRANSLATION));
        } else {
            out.add(new Name(half, lang, Name.Role.TRANSLATION));
        }
        return out;
    }

    private record ProgrammeRef(EntityDraft entity, Span span) {}

    /** Programme mentions inside a title's parenthesis (reference names only). */
    private List<ProgrammeRef> programmesIn(Sentence s, int from, int to) {
        List<ProgrammeRef> out = new ArrayList<>();
        for (Mention m : ctx.mentions(s)) {
            if (m.span().start() < from || m.span().end() > to) continue;
            if (m.type() == EntityType.PROGRAMME) out.add(new ProgrammeRef(m.canonical(), m.span()));
        }
        return out;
    }

    /** Of a programme and its strand, keep the strand ("Grundtvig" rather than "Lifelong Learning Programme"). */
    private List<ProgrammeRef> mostSpecific(List<ProgrammeRef> in) {
        List<ProgrammeRef> out = new ArrayList<>();
        for (ProgrammeRef a : in) {
            boolean general = false;
            for (ProgrammeRef b : in) {
                if (a.entity == b.entity) continue;
                if (a.entity.ref() != null && b.entity.ref() != null && ctx.reference.isAncestorOrSelf(a.entity.ref(), b.entity.ref()))
                    general = true;
            }
            if (!general && out.stream().noneMatch(x -> x.entity == a.entity)) out.add(a);
        }
        return out;
    }

    private String langOf(String s, String fallback) {
        String g = languages.guess(s, 0, s.length());
        return g != null ? g : fallback;
    }

    /** "Project title: X" and "Acronym: Y" fields name the item's project. */
    private void readTitleFields() {
        for (Sentence s : ctx.sentences) {
            Segment seg = s.segment();
            if (seg.field() == null || (seg.kind() != SegmentKind.KEY_VALUE && seg.kind() != SegmentKind.LIST_VALUE)) continue;
            Lexicon.Field f = seg.field().field();
            if (f != Lexicon.Field.TITLE && f != Lexicon.Field.ACRONYM) continue;
            String value = s.text(ctx.text, 0, s.tokens().size()).strip();
            if (value.isEmpty() || value.length() > 250) continue;
            Span span = new Span(seg.start(), seg.end());
            EntityDraft project = ctx.itemProject(s.item());
            List<Name> ns = new ArrayList<>();
            if (f == Lexicon.Field.ACRONYM) {
                ns.add(new Name(value, null, Name.Role.ACRONYM));
            } else {
                String[] halves = bilingual(value);
                String first = halves != null ? halves[0] : value;
                String[] parts = SPLIT.split(first, 2);
                if (parts.length == 2 && parts[0].trim().split("\\s+").length <= 3) {
                    ns.add(new Name(parts[0], null, AcronymMatcher.isAcronymLike(parts[0].trim()) ? Name.Role.ACRONYM : Name.Role.ALIAS));
                    ns.add(new Name(parts[1], seg.lang(), Name.Role.FULL));
                } else {
                    ns.add(new Name(first, seg.lang(), Name.Role.FULL));
                }
                if (halves != null) ns.addAll(translated(halves[1], langOf(first, seg.lang())));
            }
            if (project == null) {
                project = ctx.entityNamed(EntityType.PROJECT, ns, span);
                ctx.setItemProject(s.item(), project);
                if (s.item().documentLevel() || ctx.documentProject == null) ctx.documentProject = project;
            } else {
                for (Name n : ns) ctx.addName(project, n);
            }
        }
    }

    static boolean tokenIsWord(Token t) {
        return t.isWord();
    }
}
