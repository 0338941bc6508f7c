package org.ponte.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A bilingual summary of one project: an Italian/English header, then the same content in
 * both languages, as IT/EN blocks, "[IT]"/"[EN]" alternating paragraphs or "Italiano"/"English"
 * sections. Organisations and the project appear under both their Italian and English names.
 *
 * <p>Gold: one entity per organisation and project with both names; facts stated in both
 * languages are one fact; a programme the project "builds on" is forbidden as its programme;
 * when only the EU contribution is given, the budget fact is optional.
 */
final class BilingualSummary {
    private BilingualSummary() {}

    static void write(Doc d) {
        Rand r = d.r;
        Doc.Project p = d.newProject(null);
        int layout = r.below(4);
        boolean itFirst = r.chance(0.75);

        // Header: "ACR – titolo / title" or "TITOLO / TITLE".
        d.it = true;
        String itTitle = p.title.title(true), enTitle = p.title.title(false);
        String acr = p.title.written();
        String header;
        if (acr != null && itTitle != null) {
            d.gold.name(p.e, acr, true);
            header = acr + " – " + d.gold.name(p.e, itTitle, true) + " / " + d.gold.name(p.e, enTitle, true);
            d.gold.name(p.e, acr + " – " + itTitle, true);
            d.gold.name(p.e, itTitle + " / " + enTitle, true);
        } else if (acr != null) {
            header = d.gold.name(p.e, acr, true);
        } else {
            String a = itTitle.toUpperCase(java.util.Locale.ROOT), b = enTitle.toUpperCase(java.util.Locale.ROOT);
            d.gold.name(p.e, a, true);
            d.gold.name(p.e, b, true);
            d.gold.name(p.e, itTitle, true);
            d.gold.name(p.e, enTitle, true);
            header = d.gold.name(p.e, a + " / " + b, true);
        }
        d.page.title(header);
        if (r.chance(0.3)) {
            String[] t = r.pick(Words.TOPICS);
            d.page.para(AgreementNews.cap(t[0]) + " / " + AgreementNews.cap(t[1]));
        }

        // Decide once what is said, then say it in both languages.
        int fundingForm = r.below(3);
        boolean saysBudget = r.chance(0.75);
        boolean onlyContribution = saysBudget && p.contribution != null && r.chance(0.25);
        int periodForm = r.below(3);
        boolean quote = r.chance(0.5);
        boolean evaluator = r.chance(0.3);
        Org eval = evaluator ? d.c.orgs.italian(r, Org.Kind.RESEARCH) : null;
        if (eval == p.coordinator || p.partners.contains(eval)) eval = null;
        ReferenceTables.Ref older = null;
        if (p.programme != null && r.chance(0.3)) {
            List<ReferenceTables.Ref> fam = r.pick(d.c.families);
            ReferenceTables.Ref o = r.pick(fam);
            if (!d.c.ref.withAncestors(d.c.ref.programmes, p.programme).contains(o)
                    && !d.c.ref.withAncestors(d.c.ref.programmes, o).contains(p.programme)) older = o;
        }
        Doc.Speaker speaker = quote ? d.speakerFor(p.coordinator) : null;
        long contentSeed = Rand.mix(d.c.seed, 77, d.index);

        List<List<String>> blocks = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            d.it = (pass == 0) == itFirst;
            Rand same = new Rand(contentSeed); // the same filler choices in both languages
            List<String> paras = new ArrayList<>();
            paras.add(fundingParagraph(d, p, fundingForm));
            paras.add(periodParagraph(d, p, periodForm, saysBudget, onlyContribution, same));
            paras.add(fillerParagraph(d, same));
            if (eval != null) paras.add(d.it ? "La valutazione indipendente è stata curata " + d.by(eval, d.orgFirst(eval)) + "."
                    : "The independent evaluation was carried out " + d.by(eval, d.orgFirst(eval)) + ".");
            if (older != null) {
                String o = d.programme(older);
                paras.add(d.it ? "Il progetto si pone in continuità con le attività realizzate negli anni precedenti nell'ambito " + Italian.of(o, false, true) + "."
                        : "The project builds on the activities carried out in previous years with the " + o + ".");
            }
            if (speaker != null) {
                String q = d.t(Words.QUOTES[(int) Math.floorMod(contentSeed, (long) Words.QUOTES.length)]);
                String name = d.person(speaker.entity(), speaker.person(), true, false);
                paras.add(Roles.quote(d, q, d.it ? "spiega" : "says", name) + ", " + Roles.head(d, speaker.person()) + " "
                        + d.of(p.coordinator, d.brief(p.coordinator)) + ".");
            }
            blocks.add(paras);
        }
        if (older != null) d.gold.forbidden(p.e, "fundingProgramme", older.entity);
        if (eval != null) d.partner(p.e, eval, true);

        String[] marks = switch (layout) {
            case 0 -> new String[] {"IT", "EN"};
            case 1 -> new String[] {"[IT]", "[EN]"};
            case 2 -> new String[] {"Italiano", "English"};
            default -> new String[] {"IT", "EN"};
        };
        String m0 = itFirst ? marks[0] : marks[1], m1 = itFirst ? marks[1] : marks[0];
        d.furniture("Organisation", "IT", "EN", "Italiano", "English");
        switch (layout) {
            case 1 -> {
                for (int i = 0; i < Math.max(blocks.get(0).size(), blocks.get(1).size()); i++) {
                    if (i < blocks.get(0).size()) d.page.para(m0 + " " + blocks.get(0).get(i));
                    if (i < blocks.get(1).size()) d.page.para(m1 + " " + blocks.get(1).get(i));
                }
            }
            case 3 -> {
                d.page.para(m0 + " " + String.join(" ", blocks.get(0)));
                d.page.para(m1 + " " + String.join(" ", blocks.get(1)));
            }
            default -> {
                d.page.para(m0);
                for (String s : blocks.get(0)) d.page.para(s);
                d.page.para(m1);
                for (String s : blocks.get(1)) d.page.para(s);
            }
        }

        // Contact and disclaimer.
        GoldEntity contact = p.contact();
        String cname = d.person(contact, p.contact, true, false);
        d.gold.fact(p.e, "contactPoint", contact, false);
        d.page.para((itFirst ? "Contatti / Contacts: " : "Contacts / Contatti: ") + cname + ", " + (p.contact.female() ? "coordinatrice" : "coordinatore")
                + " di progetto / project coordinator – " + p.contact.surname().toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@" + p.coordinator.domain);
        if (p.european() && r.chance(0.5)) {
            d.it = false;
            Org ec = d.c.orgs.byId.get("org:european-commission");
            if (ec != null) {
                d.page.para("This project has been funded with support from the " + d.org(ec) + ". This publication reflects the views only of the author, "
                        + "and the Commission cannot be held responsible for any use which may be made of the information contained therein.");
                d.funded(p, ec, true);
            }
        }
        d.it = itFirst;
    }

    private static String fundingParagraph(Doc d, Doc.Project p, int form) {
        String name = p.shortName();
        String coord = d.org(p.coordinator);
        d.coordinated(p, p.coordinator, false);
        List<String> partners = new ArrayList<>();
        for (Org o : p.partners) {
            partners.add(d.the(o, d.org(o)));
            d.partner(p.e, o, false);
        }
        String funding;
        if (p.programme != null && p.funder != null && form != 2) {
            String f = d.org(p.funder), prog = d.programme(p.programme);
            d.funded(p, p.funder, false);
            d.programmeFact(p, p.programme, false);
            funding = d.it ? "finanziato " + d.by(p.funder, f) + " con le risorse " + Italian.of(prog, false, true)
                    : "funded " + d.by(p.funder, f) + " through the " + prog;
        } else if (p.programme != null) {
            String prog = d.programme(p.programme);
            d.programmeFact(p, p.programme, false);
            funding = d.it ? "finanziato " + ProjectText.programmeBy(d, prog) : "funded " + ProjectText.programmeBy(d, prog);
        } else if (p.funder != null) {
            String f = d.orgAny(p.funder);
            d.funded(p, p.funder, false);
            funding = d.it ? "finanziato " + d.by(p.funder, f) : "funded " + d.by(p.funder, f);
        } else {
            funding = null;
        }
        StringBuilder sb = new StringBuilder();
        if (form == 0) {
            sb.append(d.it ? "Il progetto " + name : "The " + name + " project");
            if (funding != null) sb.append(", ").append(funding).append(',');
            sb.append(d.it ? " è stato realizzato " + d.by(p.coordinator, coord) + " in qualità di capofila"
                    : " was implemented " + d.by(p.coordinator, coord) + " as lead partner");
            if (!partners.isEmpty()) sb.append(d.it ? ", in partenariato con " : ", together with ").append(d.list(partners));
            sb.append('.');
        } else {
            sb.append(name).append(d.it ? " è un progetto " : " is a project ");
            if (funding != null) sb.append(funding).append(d.it ? " e " : " and ");
            sb.append(d.it ? "coordinato " : "coordinated ").append(d.by(p.coordinator, coord)).append('.');
            if (!partners.isEmpty()) sb.append(d.it ? " Il partenariato riunisce " : " The partnership brings together ").append(d.list(partners)).append('.');
        }
        return sb.toString();
    }

    private static String periodParagraph(Doc d, Doc.Project p, int form, boolean budget, boolean onlyContribution, Rand same) {
        Notation.Day s = p.period.start(), e = p.period.end();
        StringBuilder sb = new StringBuilder();
        switch (form) {
            case 0 -> {
                d.start(p.e, s, Doc.Precision.DAY, false);
                d.end(p.e, e, Doc.Precision.DAY, false);
                sb.append(d.it ? "Il progetto si è svolto dal " + Notation.longDay(s, true) + " al " + Notation.longDay(e, true)
                        : "The project ran from " + Notation.longDay(s, false) + " to " + Notation.longDay(e, false));
            }
            case 1 -> {
                d.start(p.e, s, Doc.Precision.MONTH, false);
                d.end(p.e, e, Doc.Precision.MONTH, false);
                sb.append(d.it ? "Il progetto è iniziato a " + Notation.monthYear(s, true, true) + " e si è concluso a " + Notation.monthYear(e, true, true)
                        : "The project started in " + Notation.monthYear(s, false, false) + " and ended in " + Notation.monthYear(e, false, false));
            }
            default -> {
                d.start(p.e, s, Doc.Precision.YEAR, false);
                int months = (e.y() - s.y()) * 12 + e.m() - s.m() + 1;
                sb.append(d.it ? "Avviato nel " + s.y() + ", il progetto ha una durata di " + months + " mesi"
                        : "Launched in " + s.y() + ", the project lasts " + months + " months");
            }
        }
        if (budget) {
            java.math.BigDecimal amount = onlyContribution ? p.contribution : p.budget;
            String a = d.it ? Notation.euroIt(amount, same) : Notation.euroEn(amount, same);
            if (onlyContribution) {
                Org eu = d.c.orgs.byId.get("org:european-union");
                if (eu != null) d.gold.name(eu.entity, d.it ? "Unione europea" : "EU", false);
                sb.append(d.it ? "; il contributo dell'Unione europea ammonta a " + a : ", with a total EU contribution of " + a);
                d.gold.budget(p.e, amount, true);
            } else {
                sb.append(d.it ? " e ha avuto un costo complessivo di " + a : ", with a total cost of " + a);
                d.budget(p);
            }
        }
        return sb.append('.').toString();
    }

    private static String fillerParagraph(Doc d, Rand same) {
        StringBuilder sb = new StringBuilder();
        int n = same.between(5, 10);
        for (int i = 0; i < n; i++) {
            String[] subj = same.pick(Words.SUBJECTS), aim = same.pick(Words.AIMS), act = same.pick(Words.ACTIONS),
                    obj = same.pick(Words.OBJECTS), tgt = same.pick(Words.TARGETS), means = same.pick(Words.MEANS);
            if (i > 0) sb.append(' ');
            sb.append(d.t(subj)).append(' ').append(d.t(aim)).append(' ').append(d.t(act)).append(' ').append(d.t(obj)).append(' ')
                    .append(d.t(tgt)).append(d.t(means).isEmpty() ? "" : " " + d.t(means)).append('.');
        }
        return sb.toString();
    }
}
