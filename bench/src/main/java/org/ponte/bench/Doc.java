package org.ponte.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One document being written: its random choices, its language, its blocks and its gold. Every
 * name a style writes goes through here, so the gold records exactly the forms the text uses;
 * every fact goes through here, right where the sentence that states it is written.
 */
final class Doc {
    final Corpus c;
    final Rand r;
    /** Whether the document (or the current block of a bilingual one) is Italian. */
    boolean it;
    final int index;
    final Page page = new Page();
    final DocumentGold gold = new DocumentGold();
    private final long firstProject;
    private final int projectSlots;
    private int projects, persons, partnerships;

    Doc(Corpus c, Rand r, boolean italian, int index, long firstProject, int projectSlots) {
        this.c = c;
        this.r = r;
        this.it = italian;
        this.index = index;
        this.firstProject = firstProject;
        this.projectSlots = projectSlots;
    }

    String id(String what, int n) {
        return "d" + index + "-" + what + n;
    }

    /** The picked one of two strings: Italian or English. */
    String t(String italian, String english) {
        return it ? italian : english;
    }

    String t(String[] pair) {
        return it ? pair[0] : pair[1];
    }

    // ---- Organisations -----------------------------------------------------------------------

    private static final String[] THE = {"Ministry", "Department", "Directorate", "European", "Italian", "International", "Office",
        "Agency", "University of", "Municipality", "City of", "Council", "National", "Federation", "Centre", "Institute",
        "Observatory", "Research", "Province", "Autonomous", "Court", "Presidency", "Central", "Joint", "United Nations", "Platform",
        "Association of", "Commission", "Regional", "Food and", "Organisation", "Organization", "Reception", "Waldensian",
        "Polytechnic", "Free University", "Centro", "Istituto", "Consorzio", "Osservatorio", "Dipartimento", "Federazione",
        "Office of", "World", "Secretariat", "Alto", "Sicilian", "Abruzzo", "Marche", "Lazio", "Lombardy", "Piedmont", "Tuscany",
        "Veneto", "Apulia", "Liguria", "Umbria", "Calabria", "Campania", "Basilicata", "Molise", "Emilia-Romagna", "Sardinia",
        "Aosta", "Trentino", "Friuli"};

    /** The article English puts before this name, if any ("the European Commission", "Fondazione Cariplo"). */
    static String theEn(String surface) {
        for (String p : THE) if (surface.startsWith(p)) return "the ";
        return "";
    }

    /** Names an organisation: the name with an article where the language wants one. */
    String the(Org o, String surface) {
        return it ? Italian.the(surface, o.feminine, o.italianArticle) + surface : theEn(surface) + surface;
    }

    /**
     * Records and returns the full name. A department is named with its university half of the
     * time ("Dipartimento di Psicologia dell'Università degli Studi di Palermo"), which names the
     * university too.
     */
    String org(Org o) {
        noteParent(o);
        if (o.kind == Org.Kind.DEPARTMENT && r.chance(0.5)) {
            gold.name(o.parent.entity, o.parent.name(it), true);
            return gold.name(o.entity, o.entity.names.get(it ? 2 : 3), true);
        }
        return gold.name(o.entity, o.name(it), true);
    }

    private void noteParent(Org o) {
        if (o.parent != null) gold.fact(o.entity, "subOrganizationOf", o.parent.entity, true);
    }

    /** The full name, sometimes followed by the acronym in parentheses. */
    String orgFirst(Org o) {
        noteParent(o);
        String a = o.acronym(it);
        if (a != null && !a.equals(o.name(it)) && r.chance(0.45)) {
            gold.name(o.entity, a, true);
            return gold.name(o.entity, o.name(it) + " (" + a + ")", true);
        }
        return org(o);
    }

    /** The short form: acronym or distinctive part, else the full name. */
    String brief(Org o) {
        noteParent(o);
        return gold.name(o.entity, o.brief(it), true);
    }

    /** Full or short, at random. */
    String orgAny(Org o) {
        return r.chance(0.7) ? org(o) : brief(o);
    }

    /** A mention a reader need not count: a footer, a disclaimer, a credit line. */
    String orgFurniture(Org o, String surface) {
        return gold.name(o.entity, surface, false);
    }

    String by(Org o, String surface) {
        return it ? Italian.by(surface, o.feminine, o.italianArticle) : "by " + theEn(surface) + surface;
    }

    String of(Org o, String surface) {
        return it ? Italian.of(surface, o.feminine, o.italianArticle) : "of " + theEn(surface) + surface;
    }

    /** "X, Y e Z" / "X, Y and Z". */
    String list(List<String> items) {
        if (items.isEmpty()) return "";
        if (items.size() == 1) return items.get(0);
        String and = it ? " e " : " and ";
        return String.join(", ", items.subList(0, items.size() - 1)) + and + items.get(items.size() - 1);
    }

    // ---- People ----------------------------------------------------------------------------------

    GoldEntity newPerson(NameMaker.Person p) {
        return new GoldEntity(id("per", persons++), "Person", List.of(p.full()), false);
    }

    /** Writes a person's name, with a title sometimes; records both forms. */
    String person(GoldEntity e, NameMaker.Person p, boolean required, boolean titled) {
        gold.name(e, p.full(), required);
        if (!titled) return p.full();
        String title;
        if (it) title = r.chance(0.5) ? (p.female() ? "dott.ssa " : "dott. ") : (p.female() ? "prof.ssa " : "prof. ");
        else title = r.chance(0.6) ? "Dr. " : "Prof. ";
        return gold.name(e, title + p.full(), required);
    }

    /** Someone who speaks for an organisation: its leader when it has one, else a new person. */
    record Speaker(GoldEntity entity, NameMaker.Person person) {}

    Speaker speakerFor(Org o) {
        if (o.leader != null && r.chance(0.7)) return new Speaker(o.leaderEntity, o.leader);
        NameMaker.Person p = c.names.person(r, c.names.origin(r, o.country.isEmpty() ? "IT" : o.country));
        return new Speaker(newPerson(p), p);
    }

    // ---- Places ----------------------------------------------------------------------------------

    String place(ReferenceTables.Ref p, boolean required) {
        return gold.name(p.entity, p.name(it), required);
    }

    // ---- Programmes ------------------------------------------------------------------------------

    private static final Set<String> NATIONAL_PROGRAMMES = Set.of("fnpsa", "fondo-politiche-migratorie", "otto-per-mille",
            "pon-inclusione", "pon-metro", "por-fse", "pr-fse-plus", "pn-inclusione-2021-2027", "pn-fami-2014-2020");

    /** Words that make an alias Italian, which an English text would not use. */
    private static final String[] ITALIAN_MARKERS = {" per ", " di ", " del", " dell", " dei ", "Programma", "Programmi", "Fondo",
        "Strumento", "Terzo", "Settimo", "Gioventù", "Corpo", "Orizzonte", "Europa", "Azioni", "Iniziativa", "Diritti", "Cittadini",
        "Giustizia", "Salute", "azionale", "Sottoprogramma", "Sicurezza", "Città", "Interno"};

    private static final String[] FOREIGN_MARKERS = {"Fonds", " et ", "für", "Europäisch", "européen", "Conseil", " der ", "Parlement"};

    /** A name of a programme row in the document's language. */
    String programme(ReferenceTables.Ref p) {
        List<String> forms = new ArrayList<>();
        String name = p.name(it);
        forms.add(name);
        forms.add(name);
        String acr = p.acronyms.isEmpty() ? null : it ? p.acronyms.get(p.acronyms.size() - 1) : p.acronyms.get(0);
        if (acr != null) {
            forms.add(acr);
            forms.add(name + " (" + acr + ")");
        }
        outer:
        for (String a : p.aliases) {
            for (String m : FOREIGN_MARKERS) if (a.contains(m)) continue outer;
            if (!it) for (String m : ITALIAN_MARKERS) if (a.contains(m)) continue outer;
            forms.add(a);
        }
        forms.removeIf(f -> !p.hasName(f) && !(acr != null && f.equals(name + " (" + acr + ")") && p.hasName(acr)));
        if (forms.isEmpty()) forms.add(p.entity.names.get(0));
        String s = r.pick(forms);
        if (acr != null && s.equals(name + " (" + acr + ")")) gold.name(p.entity, acr, true);
        return gold.name(p.entity, s, true);
    }

    /** The programme with its parent chain: a fact about it is right with any of them. */
    List<GoldEntity> programmeAlternatives(ReferenceTables.Ref p) {
        List<GoldEntity> out = new ArrayList<>();
        for (ReferenceTables.Ref x : c.ref.withAncestors(c.ref.programmes, p)) out.add(x.entity);
        return out;
    }

    // ---- Projects --------------------------------------------------------------------------------

    /** A project this document is about, with what the world knows of it; styles state parts of it. */
    final class Project {
        final GoldEntity e;
        final NameMaker.Title title;
        Org coordinator;
        final List<Org> partners = new ArrayList<>();
        Org funder;
        ReferenceTables.Ref programme;
        Notation.Period period;
        BigDecimal budget;
        BigDecimal contribution;
        NameMaker.Person contact;
        GoldEntity contactEntity;
        ReferenceTables.Ref place;

        Project(GoldEntity e, NameMaker.Title title) {
            this.e = e;
            this.title = title;
        }

        /** Records and returns the acronym or short title. */
        String shortName() {
            return gold.name(e, title.shortName(it), true);
        }

        /** "ACR – Long title" or the long title alone, recording every part. */
        String fullTitle() {
            String acr = title.written();
            String long_ = title.title(it);
            if (title.dotted()) gold.name(e, title.acronym(), true);
            if (acr == null) return gold.name(e, long_, true);
            if (long_ == null) return gold.name(e, acr, true);
            gold.name(e, acr, true);
            gold.name(e, long_, true);
            return gold.name(e, acr + " – " + long_, true);
        }

        /** The long title in the other language, for "(English translation)" and bilingual headers; may be null. */
        String otherTitle() {
            String o = title.title(!it);
            if (o == null || o.equals(title.title(it))) return null;
            return gold.name(e, o, true);
        }

        GoldEntity contact() {
            if (contactEntity == null) {
                contact = c.names.person(r, c.names.origin(r, coordinator != null && !coordinator.country.isEmpty() ? coordinator.country : "IT"));
                contactEntity = newPerson(contact);
            }
            return contactEntity;
        }

        boolean european() {
            return programme != null && !NATIONAL_PROGRAMMES.contains(programme.id);
        }
    }

    boolean hasProjectSlot() {
        return projects < projectSlots;
    }

    /**
     * A new project: a programme and/or a funder, a coordinator, partners, a period, a budget.
     * {@code owner}, when given, coordinates it or takes part in it.
     */
    Project newProject(Org owner) {
        if (projects >= projectSlots) throw new IllegalStateException("document " + index + " has only " + projectSlots + " project slots");
        long number = firstProject + projects;
        GoldEntity e = new GoldEntity(id("p", projects), "Project", List.of(), false);
        projects++;
        Project p = new Project(e, c.names.title(number, r));
        int[] years = {2008, 2024};
        if (r.chance(0.78)) {
            List<ReferenceTables.Ref> family = c.families.get(r.weighted(24, 4, 3, 15, 4, 12, 3, 6, 8, 3, 6, 4, 2, 2));
            p.programme = r.pick(family);
            int[] py = p.programme.years();
            if (py != null) years = new int[] {Math.max(2005, py[0]), Math.min(2024, Math.max(py[0], py[1] - 1))};
            Org managing = c.orgs.byId.get("org:" + p.programme.country);
            if (managing != null && r.chance(0.35)) p.funder = managing;
        } else {
            p.funder = switch (r.weighted(55, 15, 12, 10, 8)) {
                case 0 -> r.pick(c.orgs.foundations);
                case 1 -> r.pick(c.orgs.regions);
                case 2 -> r.pick(c.orgs.municipalities);
                case 3 -> r.pick(c.nationalFunders);
                default -> r.pick(c.internationalFunders);
            };
        }
        p.period = Notation.period(r, years[0], years[1]);
        boolean eu = p.european();
        if (owner != null && r.chance(0.6)) p.coordinator = owner;
        else p.coordinator = switch (r.weighted(70, 10, 8, eu ? 12 : 0)) {
            case 0 -> c.orgs.anyItalian(r);
            case 1 -> c.orgs.department(r);
            case 2 -> r.pick(c.orgs.municipalities);
            default -> c.orgs.anyForeign(r);
        };
        int np = r.weighted(15, 25, 25, 20, 15);
        if (owner != null && owner != p.coordinator) p.partners.add(owner);
        for (int i = 0; p.partners.size() < np && i < 12; i++) {
            Org o = eu && r.chance(0.5) ? c.orgs.anyForeign(r) : r.chance(0.85) ? c.orgs.anyItalian(r) : c.orgs.department(r);
            if (o != p.coordinator && !p.partners.contains(o) && o != p.funder) p.partners.add(o);
        }
        p.budget = Notation.amount(r);
        if (eu) p.contribution = Notation.share(p.budget, r);
        p.place = p.coordinator.city;
        return p;
    }

    Partnership newPartnership() {
        GoldEntity e = new GoldEntity(id("ps", partnerships++), "Partnership", List.of(), false);
        gold.name(e, null, true);
        return new Partnership(e);
    }

    /** An agreement between organisations: a partnership entity with its partners. */
    record Partnership(GoldEntity e) {}

    // ---- Facts ------------------------------------------------------------------------------------

    void coordinated(Project p, Org o, boolean optional) {
        if (o.parent != null) gold.factTo(p.e, "coordinatedBy", List.of(o.entity, o.parent.entity), optional);
        else gold.fact(p.e, "coordinatedBy", o.entity, optional);
    }

    void partner(GoldEntity p, Org o, boolean optional) {
        if (o.parent != null) gold.factTo(p, "partner", List.of(o.entity, o.parent.entity), optional);
        else gold.fact(p, "partner", o.entity, optional);
    }

    void funded(Project p, Org o, boolean optional) {
        gold.fact(p.e, "fundedBy", o.entity, optional);
    }

    void programmeFact(Project p, ReferenceTables.Ref prog, boolean optional) {
        gold.factTo(p.e, "fundingProgramme", programmeAlternatives(prog), optional);
    }

    enum Precision { YEAR, MONTH, DAY }

    static String value(Notation.Day d, Precision pr) {
        return switch (pr) {
            case YEAR -> d.year();
            case MONTH -> d.month();
            case DAY -> d.iso();
        };
    }

    void start(GoldEntity s, Notation.Day d, Precision pr, boolean optional) {
        gold.date(s, "startDate", value(d, pr), optional);
    }

    void end(GoldEntity s, Notation.Day d, Precision pr, boolean optional) {
        gold.date(s, "endDate", value(d, pr), optional);
    }

    void budget(Project p) {
        gold.budget(p.e, p.budget, false);
    }

    /** Something that must never be read as an entity: page furniture. */
    void furniture(String type, String... names) {
        gold.forbiddenEntity(type, names);
    }
}
