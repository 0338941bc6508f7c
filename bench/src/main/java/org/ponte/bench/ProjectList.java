package org.ponte.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * An organisation's page listing its projects: an introduction, then items opened by a bullet
 * ("ACRONYM – Long name", an Italian title with its English translation), each followed by
 * parenthetical metadata ("(Duration: 2016-2018)", "(co-funded by …)", "(Partners: …)") and a
 * description; between them, untitled items whose metadata line comes after the previous
 * item's description, as when a web page's headings are lost; finally the page footer.
 *
 * <p>Gold: one Project per titled item and per project named in running text ("ROOTS stands
 * for …"), with the facts its metadata and description state; an untitled item has no Project,
 * its funder attached to the previous project is forbidden; the page owner's implicit role is an
 * optional partner fact.
 */
final class ProjectList {
    private ProjectList() {}

    static void write(Doc d) {
        Rand r = d.r;
        boolean it = d.it;
        Org owner = r.chance(it ? 0.95 : 0.8) ? d.c.orgs.anyItalian(r) : d.c.orgs.anyForeign(r);
        String site = d.orgFurniture(owner, owner.name(it));
        if (r.chance(0.4)) {
            d.page.top(it ? "Home | " + String.join(" | ", pickMenu(r, Words.IT_MENU, 5)) : "Home · " + String.join(" · ", pickMenu(r, Words.EN_MENU, 5)));
            d.furniture("Organisation", "Home", "Chi siamo", "About us", "Contatti", "Contact");
        }
        if (r.chance(0.25)) {
            String head = site + (owner.city != null ? " – " + d.place(owner.city, false) : "");
            d.page.line(head);
        }
        d.page.title(it ? r.pick(new String[] {"Progetti", "I NOSTRI PROGETTI", "I nostri progetti", "Progetti realizzati"})
                : r.pick(new String[] {"Projects", "Our projects", "What we have done", "Selected projects"}));
        d.furniture("Project", "Projects", "Progetti", "I NOSTRI PROGETTI", "Our projects");

        // Introduction.
        String first = d.orgFirst(owner);
        String home = owner.city != null ? d.place(owner.city, false) : null;
        if (home != null) d.gold.fact(owner.entity, "location", owner.city.entity, true);
        int year = r.between(1978, 2012);
        String intro = it
                ? AgreementNews.cap(d.the(owner, first)) + " nasce" + (home != null ? " a " + home : "") + " nel " + year + " dall'esperienza di un gruppo di operatori, mediatori e volontari. "
                    + "Oggi " + d.the(owner, d.brief(owner)) + " " + Filler.predicate(d)
                : AgreementNews.cap(d.the(owner, first)) + " was founded" + (home != null ? " in " + home : "") + " in " + year
                    + " by a group of social workers, researchers and volunteers. " + Filler.sentence(d);
        d.page.para(intro);
        if (r.chance(0.6)) d.page.para(it
                ? "Qui trovate una selezione dei progetti realizzati da " + d.brief(owner) + " come capofila, partner o valutatore."
                : "Below is a selection of the projects in which " + d.brief(owner) + " has taken part as coordinator, partner or evaluator.");
        if (r.chance(0.3)) d.page.para(Filler.paragraph(d, r.between(2, 4)));

        String marker = r.pick(new String[] {"  • ", "- ", "* ", "– ", "• "});
        Doc.Project previous = null;
        int untitledLeft = r.chance(0.6) ? r.between(1, 3) : 0;
        while (d.hasProjectSlot()) {
            if (previous != null && untitledLeft > 0 && r.chance(0.3)) {
                untitledLeft--;
                previous = untitled(d, owner, previous);
                continue;
            }
            Doc.Project p = d.newProject(owner);
            if (previous != null && r.chance(0.08)) {
                inText(d, p, owner);
                previous = p;
                continue;
            }
            titled(d, p, owner, marker);
            previous = p;
        }

        // Footer.
        if (r.chance(0.5)) d.page.para(Filler.paragraph(d, r.between(1, 3)));
        if (it) {
            if (r.chance(0.5)) d.page.para("Per collaborare con noi o proporre un progetto scrivi a progetti@" + owner.domain);
            d.page.bottom(d.orgFurniture(owner, owner.name(true)) + " – " + r.pick(Words.STREETS) + " " + r.between(1, 200) + ", "
                    + r.between(10, 98) + "100 " + (owner.city != null ? d.place(owner.city, false) : "") + " – P.IVA 0" + r.between(100000000, 999999999) + "0");
            d.page.bottom("Seguici su Facebook e Instagram | Privacy policy | Cookie policy");
            d.furniture("Organisation", "Facebook", "Instagram", "Privacy policy", "Cookie policy", "Seguici su Facebook");
        } else {
            d.page.bottom("Back to top");
            d.page.bottom("Share this page: Facebook · X · LinkedIn");
            d.page.bottom(d.orgFurniture(owner, owner.brief(false)) + " – " + d.orgFurniture(owner, owner.name(false)) + " · "
                    + r.pick(Words.STREETS) + " " + r.between(1, 200) + " · Privacy · Cookie policy");
            d.furniture("Organisation", "Back to top", "Share this page", "Facebook", "X", "LinkedIn", "Privacy", "Cookie policy");
        }
    }

    private static List<String> pickMenu(Rand r, String[] menu, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String m = r.pick(menu);
            if (!out.contains(m)) out.add(m);
        }
        return out;
    }

    /** A bulleted item with its metadata lines and description. */
    private static void titled(Doc d, Doc.Project p, Org owner, String marker) {
        Rand r = d.r;
        boolean it = d.it;
        String title = p.fullTitle();
        String other = r.chance(0.5) ? p.otherTitle() : null;
        d.page.bullet(marker, title + (other != null ? " (" + other + ")" : ""));
        boolean ownerStated = false, coordinatorStated = false;
        List<Runnable> metas = new ArrayList<>();
        if (r.chance(0.85)) metas.add(() -> {
            String f = ProjectText.funding(d, p);
            if (f != null) d.page.meta("(" + f + ")");
        });
        if (r.chance(0.85)) metas.add(() -> d.page.meta("(" + ProjectText.duration(d, p) + ")"));
        boolean partners = r.chance(0.3);
        if (partners) metas.add(() -> d.page.meta("(" + ProjectText.partners(d, p) + ")"));
        if (r.chance(0.15)) metas.add(() -> d.page.meta("(" + ProjectText.budget(d, p) + ")"));
        for (int i = metas.size() - 1; i > 0; i--) {
            int j = r.below(i + 1);
            Runnable x = metas.get(i);
            metas.set(i, metas.get(j));
            metas.set(j, x);
        }
        for (Runnable m : metas) m.run();
        if (partners) {
            coordinatorStated = true;
            ownerStated = owner == p.coordinator || p.partners.contains(owner);
        }
        // Description.
        StringBuilder desc = new StringBuilder();
        if (!coordinatorStated && p.coordinator != owner && r.chance(0.35)) {
            String c = d.orgAny(p.coordinator);
            d.coordinated(p, p.coordinator, false);
            desc.append(it ? "Il progetto è guidato " + d.by(p.coordinator, c) + "; " + d.the(owner, d.brief(owner))
                            + " cura il monitoraggio e la valutazione. "
                    : "The project is led " + d.by(p.coordinator, c) + "; " + d.brief(owner) + " is responsible for monitoring and evaluation. ");
            d.partner(p.e, owner, true);
            ownerStated = true;
        } else if (!coordinatorStated && p.coordinator == owner && r.chance(0.3)) {
            String s = p.shortName();
            desc.append(it ? s + ", coordinato " + d.by(owner, d.brief(owner)) + ", "
                            + Filler.predicate(d) + " "
                    : s + ", coordinated " + d.by(owner, d.brief(owner)) + ", " + Filler.predicate(d) + " ");
            d.coordinated(p, owner, false);
            ownerStated = true;
        }
        desc.append(Filler.paragraph(d, r.between(2, 5)));
        d.page.para(desc.toString());
        if (!ownerStated) d.partner(p.e, owner, true);
    }

    /**
     * An item whose title was lost: its metadata line comes right after the previous item's
     * description. It names organisations and programmes but no project; reading its funding as
     * the previous project's is the mistake the gold forbids.
     */
    private static Doc.Project untitled(Doc d, Org owner, Doc.Project previous) {
        Rand r = d.r;
        boolean it = d.it;
        ReferenceTables.Ref prog = null;
        Org funder = null;
        if (r.chance(0.5)) {
            List<ReferenceTables.Ref> fam = r.pick(d.c.families);
            prog = r.pick(fam);
        } else if (r.chance(0.6)) {
            funder = r.pick(d.c.orgs.foundations);
        }
        int y = r.between(2008, 2022);
        d.page.meta("(" + d.t("Durata", "Duration") + ": " + y + "-" + (y + r.between(1, 3)) + ")");
        if (prog != null) {
            String s = d.programme(prog);
            d.page.meta("(" + (it ? "cofinanziato " : "co-funded ") + ProjectText.programmeBy(d, s) + ")");
            if (previous.programme != prog) d.gold.forbidden(previous.e, "fundingProgramme", prog.entity);
        } else if (funder != null) {
            String s = d.org(funder);
            d.page.meta("(" + (it ? "cofinanziato " : "co-funded ") + d.by(funder, s) + ")");
            if (previous.funder != funder) d.gold.forbidden(previous.e, "fundedBy", funder.entity);
        }
        if (previous.period.start().y() != y) d.gold.forbiddenValue(previous.e, "startDate", Integer.toString(y), null);
        d.page.para(Filler.paragraph(d, r.between(1, 3)));
        return previous;
    }

    /** A project named in a paragraph instead of a bullet: "ROOTS stands for …", "Funded under Horizon 2020, X …". */
    private static void inText(Doc d, Doc.Project p, Org owner) {
        Rand r = d.r;
        boolean it = d.it;
        String acr = p.title.written();
        String longTitle = p.title.title(it);
        if (acr != null && longTitle != null && r.chance(0.6)) {
            p.fullTitle();
            d.page.para(it ? acr + " sta per " + longTitle + ". " + Filler.paragraph(d, r.between(1, 2))
                    : acr + " stands for " + longTitle + ". " + Filler.paragraph(d, r.between(1, 2)));
            d.partner(p.e, owner, true);
            return;
        }
        String name = p.shortName();
        if (p.programme != null) {
            String prog = d.programme(p.programme);
            d.programmeFact(p, p.programme, false);
            d.page.para(it ? "Finanziato nell'ambito " + Italian.of(prog, false, true) + ", " + name + " " + Filler.predicate(d) + " " + AgreementNews.cap(d.the(owner, d.brief(owner))) + " ne cura il lavoro sul campo."
                    : "Funded under " + prog + ", " + name + " " + Filler.predicate(d)
                            + " " + d.brief(owner) + " leads the fieldwork.");
        } else {
            d.page.para(it ? "Il progetto " + name + " " + Filler.predicate(d)
                    : "The " + name + " project " + Filler.predicate(d));
        }
        d.partner(p.e, owner, true);
    }
}
