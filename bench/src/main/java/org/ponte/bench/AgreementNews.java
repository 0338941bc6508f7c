package org.ponte.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * News of an agreement (memorandum of understanding, protocollo d'intesa, accordo di
 * collaborazione) in English or Italian: headline, byline, dateline, the parties, what they
 * commit to, who signed, a quote, sometimes the project the agreement builds on and an earlier
 * agreement, an "about" box and a press contact.
 *
 * <p>Gold: a Partnership with a required partner fact per party (a department's fact accepts
 * its university too); the signature date and place are optional; signatories and quoted people
 * are required persons, the byline optional; a project named in passing gets its coordinator,
 * funding and start.
 */
final class AgreementNews {
    private AgreementNews() {}

    private static final String[] NOUNS_EN = {"memorandum of understanding", "partnership agreement", "cooperation agreement",
        "framework agreement", "protocol of understanding"};
    private static final String[] NOUNS_IT = {"protocollo d'intesa", "accordo di collaborazione", "accordo di partenariato",
        "accordo quadro", "protocollo di intesa"};

    static void write(Doc d) {
        Rand r = d.r;
        boolean it = d.it;
        int n = r.weighted(0, 0, 55, 25, 12, 8);
        List<Org> parties = new ArrayList<>();
        parties.add(r.chance(0.8) ? d.c.orgs.anyItalian(r) : d.c.orgs.department(r));
        for (int i = 0; parties.size() < n && i < 20; i++) {
            Org o = switch (r.weighted(40, 12, 14, 8, 8, 6, it ? 4 : 12)) {
                case 0 -> d.c.orgs.anyItalian(r);
                case 1 -> d.c.orgs.department(r);
                case 2 -> r.pick(d.c.orgs.municipalities);
                case 3 -> r.pick(d.c.orgs.universities);
                case 4 -> r.pick(d.c.orgs.networks);
                case 5 -> r.pick(d.c.orgs.agencies);
                default -> d.c.orgs.anyForeign(r);
            };
            if (!parties.contains(o) && !(o.parent != null && parties.contains(o.parent))) parties.add(o);
        }
        Org a = parties.get(0), b = parties.get(1);
        ReferenceTables.Ref city = a.city != null ? a.city : r.pick(d.c.italianCities);
        Notation.Day day = new Notation.Day(r.between(2008, 2024), r.between(1, 12), r.between(1, 28), false);
        String noun = it ? r.pick(NOUNS_IT) : r.pick(NOUNS_EN);
        String[] topic = r.pick(Words.TOPICS);
        Doc.Partnership ps = d.newPartnership();

        // Headline and byline.
        if (!it && r.chance(0.15)) {
            d.page.title("Partnership agreement with " + d.brief(b));
        } else if (it) {
            String cityName = d.place(city, false);
            switch (r.below(3)) {
                case 0 -> d.page.title(cap(topic[0]) + ": " + noun + " tra " + d.brief(a) + " e " + d.brief(b));
                case 1 -> d.page.title(cityName + ", " + d.brief(a) + " e " + d.brief(b) + " firmano " + indefinite(noun));
                default -> d.page.title("Firmato a " + cityName + " " + Italian.the(noun, false, true) + noun + " " + Italian.on(topic[0]));
            }
        } else {
            d.page.title(switch (r.below(3)) {
                case 0 -> d.brief(a) + " and " + d.brief(b) + " sign " + noun + " on " + topic[1];
                case 1 -> cap(noun) + ": " + d.brief(a) + " and " + d.brief(b) + " join forces on " + topic[1];
                default -> d.brief(a) + " and " + d.brief(b) + " sign a " + noun;
            });
        }
        Notation.Day published = new Notation.Day(day.y(), day.m(), Math.min(28, day.d() + r.between(0, 2)), false);
        if (r.chance(0.7)) {
            if (it) {
                d.page.para("di Redazione | " + Notation.longDay(published, true) + " | " + r.pick(Words.IT_SECTIONS) + ", " + r.pick(Words.IT_SECTIONS));
                d.furniture("Person", "Redazione");
                d.furniture("Organisation", "Redazione");
            } else {
                NameMaker.Person byline = d.c.names.person(r, NameMaker.Origin.IT);
                String who = d.person(d.newPerson(byline), byline, false, false);
                d.page.para("News | " + Notation.longDay(published, false) + " | by " + who);
            }
        }

        // Dateline and parties.
        String cityName = d.place(city, false);
        List<String> partyNames = new ArrayList<>();
        for (Org o : parties) partyNames.add(d.the(o, d.orgFirst(o)));
        String when = it ? r.pick(new String[] {"ieri mattina", "ieri pomeriggio", "questa mattina", "oggi"})
                : r.pick(new String[] {"this morning", "yesterday", "today", "yesterday afternoon"});
        String lead;
        if (it) {
            lead = (r.chance(0.5) ? cityName.toUpperCase(java.util.Locale.ROOT) : cityName + ", " + Notation.longDay(day, true)) + " – "
                    + (r.chance(0.5)
                    ? "È stato sottoscritto " + when + " " + Italian.the(noun, false, true) + noun + " per " + topic[0] + ". A firmarlo sono stati "
                        + d.list(partyNames) + "."
                    : capFirst(d.list(partyNames)) + " hanno firmato " + when + " " + indefinite(noun) + " della durata di "
                        + r.pick(new String[] {"due", "tre", "cinque"}) + " anni " + Italian.on(topic[0]) + ".");
        } else {
            lead = cityName + ", " + Notation.longDay(day, false) + " – " + capFirst(d.list(partyNames)) + " signed a " + noun + " " + when
                    + ". The " + r.pick(new String[] {"two", "three", "five"}) + "-year agreement commits the parties to work together on " + topic[1] + ".";
        }
        d.page.para(lead);
        d.page.para(Filler.paragraph(d, r.between(3, 6)));
        for (Org o : parties) d.partner(ps.e(), o, false);
        d.start(ps.e(), day, Doc.Precision.DAY, true);
        d.gold.fact(ps.e(), "location", city.entity, true);

        // Commitments.
        d.page.para(it ? "L'accordo impegna le parti a:" : "Under the agreement the parties will:");
        String marker = r.pick(new String[] {"– ", "• ", "- "});
        int k = r.between(3, 7);
        List<String[]> used = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            String[] act = r.pick(Words.AGREEMENT_ACTIONS);
            if (used.contains(act)) continue;
            used.add(act);
            String tmpl = d.t(act);
            int count = tmpl.contains("volte") || tmpl.contains("times") ? r.between(2, 6) : r.between(10, 80);
            String topicText = d.t(r.pick(Words.TOPICS));
            String s = tmpl.contains("%d") && tmpl.contains("%s") ? String.format(tmpl, count, topicText)
                    : tmpl.contains("%d") ? String.format(tmpl, count) : tmpl.contains("%s") ? String.format(tmpl, topicText) : tmpl;
            d.page.bullet(marker, s);
        }
        d.page.gap();

        // Signatories and a quote.
        List<String> signed = new ArrayList<>();
        List<Doc.Speaker> speakers = new ArrayList<>();
        for (int i = 0; i < Math.min(parties.size(), r.between(2, 3)); i++) {
            Org o = parties.get(i);
            Doc.Speaker s = d.speakerFor(o);
            speakers.add(s);
            String name = d.person(s.entity(), s.person(), true, r.chance(0.3));
            String role = Roles.of(d, o, s.person());
            signed.add(name + ", " + role + " " + d.of(o, d.brief(o)));
        }
        if (it) d.page.para((r.chance(0.5) ? "A firmare " + Italian.the(noun, false, true) + noun + " sono stati " : "Hanno firmato ") + d.list(signed) + ".");
        else {
            StringBuilder by = new StringBuilder(signed.get(0));
            for (int i = 1; i < signed.size(); i++) by.append(i == signed.size() - 1 ? ", and by " : ", by ").append(signed.get(i));
            d.page.para("The " + noun + " was signed by " + by + ".");
        }
        Doc.Speaker q = speakers.get(0);
        d.page.para(Roles.quote(d, d.t(r.pick(Words.QUOTES)), it ? "ha detto" : "said", q.person().surname()) + ".");
        d.page.para(Filler.paragraph(d, r.between(2, 5)));
        if (r.chance(0.8)) d.page.para(Filler.paragraph(d, r.between(2, 5)));
        if (r.chance(0.6)) d.page.para(Filler.paragraph(d, r.between(2, 5)));

        // The project the agreement builds on.
        if (d.hasProjectSlot() && r.chance(0.5)) {
            Doc.Project p = d.newProject(a);
            p.coordinator = a;
            String since = Notation.monthYear(p.period.start(), it, it);
            String funding;
            if (p.programme != null) {
                String prog = d.programme(p.programme);
                funding = it ? "con il finanziamento " + Italian.of(prog, false, true) : "with funding from the " + prog;
                d.programmeFact(p, p.programme, false);
            } else {
                funding = it ? "con il sostegno " + d.of(p.funder, d.org(p.funder)) : "with the support of " + d.the(p.funder, d.org(p.funder));
                d.funded(p, p.funder, false);
            }
            String title = p.fullTitle();
            d.page.para(it
                    ? "L'accordo si basa su " + title + ", il progetto che " + d.the(a, d.brief(a)) + " coordina da " + since + " " + funding + ". "
                        + Filler.sentence(d)
                    : "The agreement builds on " + title + ", the project that " + d.the(a, d.brief(a)) + " has coordinated since " + since + " " + funding + ". "
                        + Filler.sentence(d));
            d.coordinated(p, a, false);
            d.start(p.e, p.period.start(), Doc.Precision.MONTH, false);
            if (b != a) d.gold.forbidden(p.e, "partner", b.entity);
        }

        // An earlier agreement between two of the parties.
        if (r.chance(0.3)) {
            Org other = r.chance(0.5) ? r.pick(d.c.orgs.municipalities) : d.c.orgs.anyItalian(r);
            if (other != a && !parties.contains(other)) {
                Doc.Partnership old = d.newPartnership();
                int year = day.y() - r.between(1, 6);
                d.page.para(it
                        ? "Non si parte da zero: già nel " + year + " " + d.the(a, d.brief(a)) + " e " + d.the(other, d.org(other))
                            + " avevano firmato un accordo di collaborazione " + Italian.on(r.pick(Words.TOPICS)[0]) + "."
                        : "The " + noun + " builds on the cooperation agreement signed in " + year + " between " + d.the(a, d.brief(a)) + " and "
                            + d.the(other, d.org(other)) + ", which focused on " + r.pick(Words.TOPICS)[1] + ".");
                d.partner(old.e(), a, false);
                d.partner(old.e(), other, false);
                d.gold.date(old.e(), "startDate", Integer.toString(year), true);
            }
        }

        // About box and press contact.
        if (r.chance(0.4) && a.kind != Org.Kind.DEPARTMENT) {
            String heading = it ? "Chi è " + d.brief(a) : a.kind == Org.Kind.FOUNDATION && r.chance(0.5) ? "About the Foundation" : "About " + d.the(a, d.brief(a));
            if (heading.equals("About the Foundation")) d.furniture("Organisation", "About the Foundation");
            d.page.heading(heading);
            String home = a.city != null ? d.place(a.city, false) : cityName;
            d.page.para(it
                    ? capFirst(d.the(a, d.org(a))) + " è nata a " + home + " nel " + r.between(1975, 2010) + ". " + Filler.sentence(d)
                    : d.org(a) + " was established in " + r.between(1975, 2010) + " in " + home + ". " + Filler.sentence(d));
            if (a.city != null) d.gold.fact(a.entity, "location", a.city.entity, true);
        }
        if (r.chance(0.6)) {
            d.page.para(it ? "Per informazioni: ufficio stampa, ufficiostampa@" + a.domain : "Press contact: press@" + a.domain);
            d.furniture("Organisation", "Press contact", "Per informazioni");
        }
    }

    static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** "un protocollo", "un accordo". */
    static String indefinite(String noun) {
        return "un " + noun;
    }

    /** Upper-cases an opening article ("la Fondazione" → "La Fondazione"). */
    static String capFirst(String s) {
        return cap(s);
    }
}
