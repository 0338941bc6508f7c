package org.ponte.bench;

import java.util.List;

/**
 * Project fact sheets: an English form ("Project title:", "Lead partner:", "Partners:" with
 * bullets, "Budget of the project in EUR:", "Duration of the project from (dd/mm/yyyy) to
 * (dd/mm/yyyy):", "Contact person:"), an Italian "scheda progetto" ("Ente capofila:",
 * "Partner:", "Costo totale:", "Contributo comunitario:", "Referente:", "Sede di realizzazione:"),
 * or a page of records from a practices database. Empty fields, "Located in:" noise, impossible
 * dates and an EU contribution beside the total budget are part of the style.
 *
 * <p>Gold: the coordinator, partners (the coordinator repeated among them, associated partners
 * and adherents optional), programme, the total budget (the contribution forbidden), dates at
 * the form's precision, the contact person, and the places of dedicated fields (required).
 */
final class FactSheet {
    private FactSheet() {}

    static void write(Doc d) {
        if (d.it) scheda(d);
        else if (d.r.chance(0.3)) database(d);
        else form(d);
    }

    private static void form(Doc d) {
        Rand r = d.r;
        Doc.Project p = d.newProject(null);
        String acr = p.title.written();
        String longTitle = p.title.title(false);
        if (r.chance(0.5)) d.page.title(p.fullTitle());
        else {
            d.page.title(r.pick(new String[] {"Project factsheet", "Project fact sheet", "Project summary"}));
            d.furniture("Organisation", "Project factsheet", "Project fact sheet", "Project summary");
            d.furniture("Project", "Project factsheet", "Project fact sheet", "Project summary");
        }
        if (longTitle != null) d.page.kv("Project title", d.gold.name(p.e, longTitle, true));
        if (acr != null) d.page.kv("Acronym", p.shortName());
        else if (r.chance(0.3)) d.page.kv("Acronym", "");
        String lead = r.pick(new String[] {"Lead partner", "Name of institution", "Coordinator", "Lead organisation"});
        String coord = d.org(p.coordinator);
        if (p.coordinator.city != null && r.chance(0.5)) {
            coord += " (" + d.place(p.coordinator.city, false) + ", " + country(p.coordinator) + ")";
            d.gold.fact(p.coordinator.entity, "location", p.coordinator.city.entity, true);
        }
        d.page.kv(lead, coord);
        d.coordinated(p, p.coordinator, false);
        if (r.chance(0.5)) {
            d.page.kv("Type of the organization", "");
            d.page.bullet("  • ", r.pick(Words.ORG_TYPES_EN));
            ReferenceTables.Ref country = countryOf(d, p.coordinator);
            if (country != null) d.page.bullet("  • ", d.place(country, false));
        }
        if (!p.partners.isEmpty()) {
            boolean participants = r.chance(0.3);
            d.page.kv(participants ? "Participants" : "Partners", "");
            String marker = participants ? " - " : "  • ";
            if (participants) {
                d.page.bullet(marker, d.org(p.coordinator) + " (" + country(p.coordinator) + ") – coordinator");
                d.partner(p.e, p.coordinator, true);
            }
            for (Org o : p.partners) {
                String s = d.org(o);
                if (o.city != null && r.chance(0.6)) {
                    s += " (" + d.place(o.city, false) + ", " + country(o) + ")";
                    d.gold.fact(o.entity, "location", o.city.entity, true);
                } else if (r.chance(0.5)) s += " (" + country(o) + ")";
                d.page.bullet(marker, s);
                d.partner(p.e, o, false);
            }
        } else if (r.chance(0.5)) d.page.kv("Partners", "");
        if (r.chance(0.3)) {
            Org assoc = r.chance(0.5) ? r.pick(d.c.orgs.municipalities) : d.c.orgs.anyItalian(r);
            if (assoc != p.coordinator && !p.partners.contains(assoc)) {
                d.page.kv("Associated partners", d.org(assoc));
                d.partner(p.e, assoc, true);
            }
        }
        String f = ProjectText.fundingField(d, p);
        if (f != null) d.page.kv(r.pick(new String[] {"Funding programme", "Programme", "Funding"}), f);
        d.page.kv("Thematic scope of the project", "");
        for (int i = 0; i < r.between(1, 3); i++) d.page.bullet("  • ", r.pick(Words.THEMES_EN));
        d.page.kv(r.pick(new String[] {"Problems to be solved", "Problems to be solved (justification of the need of the transnational cooperation)"}),
                Filler.paragraph(d, r.between(4, 10)));
        d.page.kv(r.pick(new String[] {"Objectives", "Objectives to be achieved"}), Filler.paragraph(d, r.between(3, 7)));
        d.page.kv("Main activities", Filler.paragraph(d, r.between(3, 6)));
        if (r.chance(0.4)) d.page.kv("Planned deliverables & outcomes", Filler.paragraph(d, r.between(1, 3)));
        d.page.kv("Target group", "");
        for (int i = 0; i < r.between(1, 3); i++) d.page.bullet("  • ", Filler.targetGroup(r));
        d.page.kv("Stage of the implementation", r.pick(new String[] {"Completed", "Project under implementation", "Closed"}));
        d.budget(p);
        if (r.chance(0.4)) d.page.kv("Budget of the project in EUR", p.budget.toPlainString());
        else d.page.kv("Total budget", Notation.euroEn(p.budget, r));
        if (p.contribution != null && r.chance(0.7)) {
            String label = r.pick(new String[] {"EU contribution", "ERDF contribution", "EU grant", "Budget of transnational activities in EUR"});
            d.page.kv(label, label.endsWith("EUR") ? p.contribution.setScale(0, java.math.RoundingMode.HALF_UP).toPlainString() : Notation.euroEn(p.contribution, r));
            d.gold.forbiddenValue(p.e, "budget", null, label.endsWith("EUR") ? p.contribution.setScale(0, java.math.RoundingMode.HALF_UP) : p.contribution);
        }
        Notation.Day s = p.period.start(), e = p.period.end();
        if (r.chance(0.5)) {
            d.page.kv("Start date", Notation.dmy(s));
            d.page.kv("End date", Notation.dmy(e));
        } else {
            d.page.kv("Duration of the project from (dd/mm/yyyy) to (dd/mm/yyyy)",
                    r.chance(0.5) ? Notation.dmyShort(s) + " to " + Notation.dmyShort(e) : Notation.dmy(s) + " to " + Notation.dmy(e));
        }
        d.start(p.e, s, Doc.Precision.DAY, false);
        d.end(p.e, e, Doc.Precision.DAY, false);
        GoldEntity contact = p.contact();
        d.page.kv("Contact person", d.person(contact, p.contact, true, r.chance(0.4)));
        d.gold.fact(p.e, "contactPoint", contact, false);
        d.page.kv("Phone", r.chance(0.7) ? "+39 0" + r.between(10, 99) + " " + r.between(100, 999) + " " + r.between(10, 99) + " " + r.between(10, 99) : "");
        d.page.kv("Email", r.chance(0.7) ? "info@" + p.coordinator.domain : "");
        if (r.chance(0.5)) d.page.kv("Website", "");
        if (r.chance(0.6)) {
            String noise = r.pick(new String[] {"Map data ©" + (e.y() + 1) + " Google", "Fishing Pool", "Map data", "Imagery ©" + e.y() + " TerraMetrics"});
            d.page.kv("Located in", noise);
            d.furniture("Place", noise, "Map data", "Google", "Fishing Pool", "TerraMetrics");
            d.furniture("Organisation", noise, "Map data", "Google", "Fishing Pool", "TerraMetrics");
        }
        if (r.chance(0.4)) d.page.kv("Last update", Notation.dmy(new Notation.Day(e.y() + 1, r.between(1, 12), r.between(1, 28), false)));
    }

    private static void scheda(Doc d) {
        Rand r = d.r;
        Doc.Project p = d.newProject(null);
        String t = r.pick(new String[] {"SCHEDA PROGETTO", "SCHEDA SINTETICA DI PROGETTO", "Scheda del progetto"});
        d.page.title(t);
        d.furniture("Organisation", t, "Stato");
        d.furniture("Project", t);
        d.page.kv("Titolo del progetto", p.fullTitle());
        d.page.kv("Acronimo", p.title.written() != null ? p.shortName() : "");
        if (r.chance(0.4)) d.page.kv("Codice progetto", "PROG-" + r.between(100, 9999));
        d.page.kv(r.pick(new String[] {"Ente capofila", "Soggetto capofila", "Capofila"}), d.org(p.coordinator));
        d.coordinated(p, p.coordinator, false);
        if (p.coordinator.city != null && r.chance(0.35)) {
            d.page.kv("Sede legale", d.place(p.coordinator.city, true));
            d.gold.fact(p.coordinator.entity, "location", p.coordinator.city.entity, false);
        }
        StringBuilder partners = new StringBuilder();
        if (r.chance(0.5)) {
            partners.append(d.brief(p.coordinator)).append(" (capofila)");
            d.partner(p.e, p.coordinator, true);
        }
        for (Org o : p.partners) {
            if (partners.length() > 0) partners.append("; ");
            partners.append(d.org(o));
            d.partner(p.e, o, false);
        }
        d.page.kv("Partner", partners.toString());
        if (r.chance(0.35)) {
            Org adherent = r.chance(0.5) ? r.pick(d.c.orgs.municipalities) : r.pick(d.c.orgs.foundations);
            if (adherent != p.coordinator && !p.partners.contains(adherent) && adherent != p.funder) {
                d.page.kv(r.pick(new String[] {"Enti aderenti", "Rete di sostegno", "Partner associati"}), d.org(adherent));
                d.partner(p.e, adherent, true);
            }
        }
        String f = ProjectText.fundingField(d, p);
        if (f != null) d.page.kv("Finanziamento", f);
        if (p.programme != null && (p.programme.id.startsWith("amif") || p.programme.id.startsWith("pn-fami")) && r.chance(0.5)) {
            Org moi = d.c.orgs.byId.get("org:ministero-interno"), dlci = d.c.orgs.byId.get("org:dlci");
            if (moi != null && dlci != null) {
                d.page.kv("Autorità Responsabile", d.org(moi) + " – " + d.org(dlci));
                d.funded(p, moi, true);
                d.funded(p, dlci, true);
            }
        }
        Notation.Day s = p.period.start(), e = p.period.end();
        d.page.kv("Durata", r.chance(0.5) ? "dal " + Notation.longDay(s, true) + " al " + Notation.longDay(e, true)
                : "dal " + Notation.dmy(s) + " al " + Notation.dmy(e));
        d.start(p.e, s, Doc.Precision.DAY, false);
        d.end(p.e, e, Doc.Precision.DAY, false);
        d.budget(p);
        d.page.kv(r.pick(new String[] {"Costo totale", "Costo complessivo", "Budget totale"}), Notation.euroIt(p.budget, r).replace(" milioni di euro", " milioni di euro"));
        if (r.chance(0.6)) {
            java.math.BigDecimal part = p.contribution != null ? p.contribution : Notation.share(p.budget, r);
            d.page.kv(r.pick(new String[] {"Contributo comunitario", "Contributo pubblico", "Contributo richiesto"}), Notation.euroIt(part, r));
            d.gold.forbiddenValue(p.e, "budget", null, part);
        }
        GoldEntity contact = p.contact();
        d.page.kv("Referente", d.person(contact, p.contact, true, r.chance(0.6)));
        d.gold.fact(p.e, "contactPoint", contact, false);
        d.page.kv("Email", r.chance(0.8) ? "progetti@" + p.coordinator.domain : "");
        d.page.kv("Telefono", "");
        if (r.chance(0.6)) {
            List<ReferenceTables.Ref> places = new java.util.ArrayList<>();
            if (p.coordinator.city != null) places.add(p.coordinator.city);
            for (int i = 0; i < r.between(0, 2); i++) {
                ReferenceTables.Ref c = r.pick(d.c.italianCities);
                if (!places.contains(c)) places.add(c);
            }
            if (places.isEmpty()) places.add(r.pick(d.c.italianCities));
            StringBuilder sb = new StringBuilder();
            for (ReferenceTables.Ref c : places) {
                if (sb.length() > 0) sb.append(", ");
                sb.append(d.place(c, true));
                d.gold.fact(p.e, "location", c.entity, false);
            }
            d.page.kv("Sede di realizzazione", sb.toString());
        }
        d.page.kv("Destinatari", Filler.paragraph(d, r.between(1, 2)));
        d.page.kv("Obiettivi", Filler.paragraph(d, r.between(3, 6)));
        d.page.kv("Descrizione", Filler.paragraph(d, r.between(5, 10)));
        if (r.chance(0.6)) d.page.kv("Attività", Filler.paragraph(d, r.between(2, 5)));
        if (r.chance(0.7)) d.page.kv("Risultati attesi", Filler.paragraph(d, r.between(2, 4)));
        d.page.kv("Stato", r.pick(new String[] {"concluso", "in corso", "avviato"}));
        if (r.chance(0.4)) d.page.kv("Sito web", "");
        d.page.kv("Ultimo aggiornamento", Notation.dmy(new Notation.Day(Math.min(2025, e.y() + 1), r.between(1, 12), r.between(1, 28), false))
                + (r.chance(0.3) ? " da admin" : ""));
    }

    private static void database(Doc d) {
        Rand r = d.r;
        d.page.title("Integration Practices Database – Search results");
        d.furniture("Organisation", "Integration Practices Database", "Search results");
        d.furniture("Project", "Integration Practices Database", "Search results");
        d.page.line("Query: \"" + r.pick(new String[] {"resettlement", "labour market", "housing", "language", "mentoring"}) + "\" | Country: all | Sorted by: date added");
        int n = 0;
        java.util.List<Doc.Project> projects = new java.util.ArrayList<>();
        while (d.hasProjectSlot()) projects.add(d.newProject(null));
        n = projects.size();
        d.page.line(n + (n == 1 ? " record found" : " records found"));
        d.page.gap();
        String rule = "────────────────────────────────────────";
        d.page.line(rule);
        d.page.gap();
        for (int i = 0; i < n; i++) {
            Doc.Project p = projects.get(i);
            d.page.line("Record " + (i + 1) + " of " + n);
            d.page.gap();
            d.page.kv("Title", p.fullTitle());
            ReferenceTables.Ref country = countryOf(d, p.coordinator);
            if (country != null) {
                d.page.kv("Country", d.place(country, false));
                d.gold.fact(p.e, "location", country.entity, true);
            }
            ReferenceTables.Ref region = d.c.regionOf(p.coordinator.city);
            if (region != null) {
                d.page.kv("Region", d.place(region, true));
                d.gold.fact(p.e, "location", region.entity, false);
            }
            d.page.kv("Type of practice", r.pick(new String[] {"Project", "Project network", "Pilot"}));
            d.page.kv("Lead organisation", d.org(p.coordinator));
            d.coordinated(p, p.coordinator, false);
            StringBuilder sb = new StringBuilder();
            for (Org o : p.partners) {
                if (sb.length() > 0) sb.append("; ");
                sb.append(d.org(o));
                d.partner(p.e, o, false);
            }
            if (r.chance(0.25)) {
                Org obs = d.c.orgs.byId.get(r.pick(new String[] {"org:unhcr", "org:iom", "org:anci"}));
                if (obs != null && obs != p.coordinator && !p.partners.contains(obs)) {
                    if (sb.length() > 0) sb.append("; ");
                    sb.append(d.org(obs)).append(" (observer)");
                    d.partner(p.e, obs, true);
                }
            }
            d.page.kv("Partner organisations", sb.toString());
            String f = ProjectText.fundingField(d, p);
            d.page.kv("Funding", f == null ? "" : f);
            d.budget(p);
            d.page.kv("Budget", Notation.euroEn(p.budget, r));
            Notation.Day s = p.period.start(), e = p.period.end();
            if (r.chance(0.5)) {
                d.page.kv("Timeframe", Notation.slashMonth(s) + " – " + Notation.slashMonth(e));
                d.start(p.e, s, Doc.Precision.MONTH, false);
                d.end(p.e, e, Doc.Precision.MONTH, false);
            } else {
                d.page.kv("Timeframe", s.y() + " – " + e.y());
                d.start(p.e, s, Doc.Precision.YEAR, false);
                d.end(p.e, e, Doc.Precision.YEAR, false);
            }
            d.page.kv("Target groups", Filler.targetGroup(r).toLowerCase(java.util.Locale.ROOT));
            d.page.kv("Description", AgreementNews.cap(p.shortName()) + " " + Filler.predicate(d) + " " + Filler.paragraph(d, r.between(2, 6)));
            GoldEntity contact = p.contact();
            d.page.kv("Contact", d.person(contact, p.contact, true, r.chance(0.3)) + ", " + p.contact.surname().toLowerCase(java.util.Locale.ROOT)
                    .replace(' ', '.') + "@" + p.coordinator.domain);
            d.gold.fact(p.e, "contactPoint", contact, false);
            d.page.kv("Located in", r.chance(0.5) ? String.format(java.util.Locale.ROOT, "%.4f° N, %.4f° E", 36 + r.unit() * 10, 7 + r.unit() * 11) : "");
            d.page.kv("Date added", Notation.dmy(new Notation.Day(Math.min(2025, e.y() + 1), r.between(1, 12), r.between(1, 28), false)));
            d.page.gap();
            d.page.line(rule);
            d.page.gap();
        }
        d.page.line("Page 1 of 1 · Export results (CSV) · Back to search");
        d.furniture("Organisation", "Export results", "Back to search", "CSV");
    }

    private static String country(Org o) {
        return o.country.isEmpty() ? "EU" : o.country;
    }

    private static ReferenceTables.Ref countryOf(Doc d, Org o) {
        String id = switch (o.country) {
            case "IT" -> "italy";
            case "NL" -> "netherlands";
            case "DE" -> "germany";
            case "AT" -> "austria";
            case "ES" -> "spain";
            case "FR" -> "france";
            case "BE" -> "belgium";
            case "GB" -> "united-kingdom";
            case "IE" -> "ireland";
            case "MT" -> "malta";
            default -> null;
        };
        return id == null ? null : d.c.ref.places.get(id);
    }
}
