package org.ponte.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * An Italian news or project page with its furniture: skip link, menu, search box, breadcrumb,
 * "Pubblicato il … da Redazione", the article, "Tag:", "Condividi", "Leggi anche", "Torna su",
 * the cookie banner, copyright and legal notes, sometimes an EU funding disclaimer and web
 * credits. The article presents a project: funding (with "cofinanziato dal", "con il sostegno
 * di"), the lead partner ("capofila", "promosso da"), partners ("in partenariato con", "in
 * collaborazione con"), patronage, period, cost, a quote and a contact.
 *
 * <p>Gold: the project's facts; patronage and the site owner are forbidden as partner or funder
 * (unless they are one); an event's date is a forbidden project date; the managing authority of
 * FAMI is an optional funder; the quoted person and the contact are required.
 */
final class ItalianPage {
    private ItalianPage() {}

    static void write(Doc d) {
        d.it = true;
        Rand r = d.r;
        Org owner = r.chance(0.7) ? d.c.orgs.anyItalian(r) : r.pick(r.chance(0.5) ? d.c.orgs.regions : d.c.orgs.municipalities);
        Doc.Project p = d.newProject(r.chance(0.6) ? owner : null);
        boolean ownerInvolved = p.coordinator == owner || p.partners.contains(owner);

        // Header furniture.
        if (r.chance(0.6)) d.page.top(r.chance(0.5) ? "Vai al contenuto" : "Salta al contenuto");
        if (r.chance(0.3)) d.page.top("MENU ☰   " + d.orgFurniture(owner, owner.nameIt));
        List<String> menu = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String m = r.pick(Words.IT_MENU);
            if (!menu.contains(m)) menu.add(m);
        }
        d.page.top(String.join(r.chance(0.5) ? " | " : " – ", menu));
        d.furniture("Organisation", menu.toArray(new String[0]));
        if (r.chance(0.5)) d.page.top("Cerca nel sito");
        String section = r.pick(Words.IT_SECTIONS);
        if (r.chance(0.6)) d.page.top("Home › Notizie › " + section);
        d.page.gap();

        // Headline and date line.
        ReferenceTables.Ref city = p.coordinator.city != null ? p.coordinator.city : r.pick(d.c.italianCities);
        String cityName = d.place(city, false);
        String shortName = p.shortName();
        String[] topic = r.pick(Words.TOPICS);
        d.page.title(switch (r.below(4)) {
            case 0 -> AgreementNews.cap(topic[0]) + ": a " + cityName + " parte il progetto " + shortName;
            case 1 -> "«" + shortName + "»: un anno di lavoro " + Italian.on(r.pick(Words.TOPICS)[0]);
            case 2 -> cityName + ", al via «" + shortName + "»: " + r.between(20, 400) + " tirocini per rifugiati e richiedenti asilo";
            default -> "Presentato il progetto " + shortName + " " + Italian.on(topic[0]);
        });
        Notation.Day published = new Notation.Day(p.period.start().y(), p.period.start().m(), r.between(1, 28), false);
        if (r.chance(0.5)) {
            d.page.para("Pubblicato il " + Notation.longDay(published, true) + " da Redazione");
            d.furniture("Person", "Redazione");
            d.furniture("Organisation", "Redazione");
        } else {
            d.page.para("Ultimo aggiornamento: " + Notation.longDay(published, true) + " · Ascolta · Stampa · A A A");
            d.furniture("Organisation", "Ascolta", "Stampa");
        }

        // Lead paragraph: funding, coordinator, partners.
        StringBuilder lead = new StringBuilder();
        String title = p.fullTitle();
        List<String> partnerNames = new ArrayList<>();
        for (Org o : p.partners) partnerNames.add(d.the(o, d.org(o)));
        int form = r.below(2);
        Org patron = null;
        if (form == 0) {
            lead.append(r.chance(0.5) ? cityName.toUpperCase(java.util.Locale.ROOT) + " – " : "")
                    .append("È stato presentato ").append(r.pick(new String[] {"ieri mattina", "questa mattina", "ieri"}))
                    .append(" a ").append(cityName).append(" il progetto ").append(title);
            String f = ProjectText.funding(d, p);
            if (f != null) lead.append(", ").append(f);
            lead.append(". Capofila del progetto è ").append(d.the(p.coordinator, d.org(p.coordinator)));
            d.coordinated(p, p.coordinator, false);
            if (!partnerNames.isEmpty()) lead.append(", in partenariato con ").append(d.list(partnerNames));
            lead.append('.');
        } else {
            lead.append("Il progetto ").append(title).append(", promosso ").append(d.by(p.coordinator, d.org(p.coordinator)));
            d.coordinated(p, p.coordinator, false);
            if (!partnerNames.isEmpty()) lead.append(" e realizzato in collaborazione con ").append(d.list(partnerNames));
            if (p.programme != null) {
                String prog = ProjectText.programmeWithStrand(d, p);
                d.programmeFact(p, p.programme, false);
                lead.append(", è cofinanziato ").append(ProjectText.programmeBy(d, prog));
                if (p.funder != null) {
                    lead.append(" – ").append(d.org(p.funder));
                    d.funded(p, p.funder, true);
                }
            } else if (p.funder != null) {
                lead.append(", è realizzato con il sostegno ").append(d.of(p.funder, d.org(p.funder)));
                d.funded(p, p.funder, false);
            }
            if (r.chance(0.4)) {
                patron = r.pick(d.c.orgs.municipalities);
                if (patron == p.coordinator || p.partners.contains(patron) || patron == p.funder) patron = null;
                else lead.append(" e con il patrocinio ").append(d.of(patron, d.org(patron)));
            }
            lead.append('.');
        }
        for (Org o : p.partners) d.partner(p.e, o, false);
        d.page.para(lead.toString());
        if (patron != null) {
            d.gold.forbidden(p.e, "partner", patron.entity);
            d.gold.forbidden(p.e, "fundedBy", patron.entity);
        }

        // Period and cost.
        StringBuilder when = new StringBuilder("Il progetto ").append(ProjectText.periodInText(d, p, r.chance(0.5)));
        if (r.chance(0.7)) {
            d.budget(p);
            when.append(" e ha un costo complessivo di ").append(Notation.euroIt(p.budget, r));
        }
        when.append(". ").append(Filler.paragraph(d, r.between(1, 3)));
        d.page.para(when.toString());
        d.page.para(Filler.paragraph(d, r.between(3, 6)));

        // A quote.
        Doc.Speaker s = d.speakerFor(p.coordinator);
        String who = d.person(s.entity(), s.person(), true, r.chance(0.5));
        d.page.para(Roles.quote(d, r.pick(Words.QUOTES)[0], "ha spiegato", who) + ", " + Roles.of(d, p.coordinator, s.person()) + " "
                + d.of(p.coordinator, d.brief(p.coordinator)) + ".");
        if (r.chance(0.8)) d.page.para(Filler.paragraph(d, r.between(2, 5)));
        if (r.chance(0.7)) d.page.para(Filler.paragraph(d, r.between(2, 5)));
        if (!p.partners.isEmpty() && r.chance(0.5)) {
            Org o = r.pick(p.partners);
            d.page.para(AgreementNews.cap(d.the(o, d.brief(o))) + " " + r.pick(new String[] {"curerà la formazione degli operatori", "gestirà il servizio di mediazione",
                    "metterà a disposizione i propri spazi", "si occuperà della valutazione"}) + ". " + Filler.sentence(d));
        }
        if (p.programme != null && (p.programme.id.startsWith("amif") || p.programme.id.startsWith("pn-fami")) && r.chance(0.4)) {
            Org moi = d.c.orgs.byId.get("org:ministero-interno"), dlci = d.c.orgs.byId.get("org:dlci");
            if (moi != null && dlci != null) {
                d.page.para("Autorità Responsabile del FAMI è " + d.the(dlci, d.org(dlci)) + " " + d.of(moi, d.org(moi)) + ".");
                d.funded(p, moi, true);
                d.funded(p, dlci, true);
            }
        }
        if (r.chance(0.35)) {
            Notation.Day ev = new Notation.Day(p.period.start().y() + (p.period.end().y() > p.period.start().y() ? 1 : 0), r.between(1, 12), r.between(1, 20), false);
            d.page.para("Il prossimo incontro pubblico si terrà a " + cityName + " dal " + ev.d() + " al " + (ev.d() + r.between(1, 8)) + " "
                    + Words.MONTHS_IT[ev.m() - 1] + " " + ev.y() + ". Le iscrizioni sono aperte.");
            d.gold.forbiddenValue(p.e, "startDate", ev.iso(), null);
        }

        // Contact.
        GoldEntity contact = p.contact();
        String cname = d.person(contact, p.contact, true, r.chance(0.7));
        d.page.para("Per informazioni: " + cname + ", referente del progetto – " + p.contact.surname().toLowerCase(java.util.Locale.ROOT).replace(' ', '.')
                + "@" + p.coordinator.domain + (r.chance(0.5) ? " – tel. 0" + r.between(10, 99) + " " + r.between(100, 999) + " " + r.between(1000, 9999) : ""));
        d.gold.fact(p.e, "contactPoint", contact, false);

        // Footer furniture.
        d.page.bottom("Tag: " + section.toLowerCase(java.util.Locale.ROOT) + ", " + r.pick(new String[] {"richiedenti asilo", "rifugiati", "lavoro", "scuola"}));
        d.page.gap();
        d.page.bottom("Condividi: Facebook Twitter WhatsApp Email");
        d.page.gap();
        d.page.bottom("Leggi anche");
        for (int i = 0; i < r.between(2, 3); i++) {
            String rel = r.pick(Words.IT_RELATED);
            d.page.bottom("› " + rel);
            d.furniture("Project", rel);
        }
        d.page.gap();
        d.page.bottom(r.chance(0.5) ? "Torna su ↑" : "TORNA SU");
        d.page.gap();
        d.furniture("Organisation", "Condividi", "Leggi anche", "Torna su", "Facebook", "Twitter", "WhatsApp", "Tag", "Vai al contenuto", "Cerca nel sito");
        d.furniture("Project", "Condividi", "Leggi anche", "Torna su", section);
        if (p.european() && r.chance(0.4)) {
            Org ec = d.c.orgs.byId.get("org:european-commission");
            if (ec != null) {
                String n = d.org(ec);
                d.page.para("Il sostegno " + d.of(ec, n) + " alla produzione di questa pubblicazione non costituisce un'approvazione del contenuto, "
                        + "che riflette esclusivamente il punto di vista degli autori, e la Commissione non può essere ritenuta responsabile per l'uso che può essere fatto delle informazioni ivi contenute.");
                d.funded(p, ec, true);
            }
        }
        d.page.bottom("Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione di terze parti. OK | Maggiori informazioni");
        d.page.bottom("© " + Math.min(2025, published.y() + r.between(0, 2)) + " " + d.orgFurniture(owner, owner.nameIt) + " – Tutti i diritti riservati – Privacy – Note legali");
        if (r.chance(0.3)) {
            d.page.bottom("Sito realizzato da Studio " + r.pick(new String[] {"Webnova", "Pixelart", "Larete", "Digitalia"}) + " s.r.l.");
            d.furniture("Organisation", "Studio Webnova s.r.l.", "Studio Pixelart s.r.l.", "Studio Larete s.r.l.", "Studio Digitalia s.r.l.",
                    "Studio Webnova", "Studio Pixelart", "Studio Larete", "Studio Digitalia");
        }
        d.furniture("Organisation", "Tutti i diritti riservati", "Privacy", "Note legali");
        if (!ownerInvolved) {
            d.gold.forbidden(p.e, "partner", owner.entity);
            d.gold.forbidden(p.e, "coordinatedBy", owner.entity);
        }
    }
}
