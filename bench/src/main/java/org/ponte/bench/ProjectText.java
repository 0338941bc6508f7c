package org.ponte.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Phrases about a project that several styles share: its funding, its period, its partners and
 * its budget, each in several notations and both languages. Each method writes the phrase and
 * records exactly the facts it states, at the precision it states them.
 */
final class ProjectText {
    private ProjectText() {}

    private static final String[] STRANDS_AMIF_IT = {" – Obiettivo Specifico 2 Integrazione/Migrazione legale",
        " – OS1 Asilo", " – Obiettivo Specifico 2 – Obiettivo Nazionale 3 Capacity building"};
    private static final String[] STRANDS_AMIF_EN = {" – Specific Objective 2 Integration/legal migration", " – Specific Objective 1 Asylum"};

    private static final java.util.regex.Pattern ITALIAN_HEAD = java.util.regex.Pattern.compile(
            "^(Fondo|Programma|Strumento|Settimo|Corpo|Fondi|Iniziativa|Azioni|Gioventù).*");
    private static final java.util.regex.Pattern ENGLISH_HEAD = java.util.regex.Pattern.compile(
            ".*(Fund|Programme|Instrument|Initiative|Corps|Facility|Actions|programme).*");

    /** A programme as the object of "funded by", with the article the language wants. */
    static String programmeBy(Doc d, String surface) {
        if (d.it) {
            boolean caps = surface.equals(surface.toUpperCase(java.util.Locale.ROOT));
            if (caps || ITALIAN_HEAD.matcher(surface).matches())
                return Italian.by(surface, surface.startsWith("Iniziativa") || surface.startsWith("Azioni") || surface.startsWith("Gioventù"), true);
            return "dal programma " + surface;
        }
        if (ENGLISH_HEAD.matcher(surface).matches()) return "by the " + surface;
        if (surface.equals(surface.toUpperCase(java.util.Locale.ROOT))) return "by " + surface;
        return "by the " + surface + " programme";
    }

    /** A programme name, sometimes with the strand or axis it was funded under (one fact either way). */
    static String programmeWithStrand(Doc d, Doc.Project p) {
        String s = d.programme(p.programme);
        if (p.programme.id.startsWith("amif") || p.programme.id.startsWith("pn-fami")) {
            if (d.r.chance(0.35)) return d.gold.name(p.programme.entity, s + d.r.pick(d.it ? STRANDS_AMIF_IT : STRANDS_AMIF_EN), true);
        } else if (p.programme.id.contains("fse") || p.programme.id.equals("esf") || p.programme.id.startsWith("pon-")) {
            if (d.r.chance(0.3)) return d.gold.name(p.programme.entity, s + (d.it ? ", Asse " : ", Axis ") + d.r.pick(new String[] {"B", "3", "II", "IX"}), true);
        }
        return s;
    }

    /**
     * "co-funded by the European Social Fund", "finanziato dal FAMI – Ministero dell'Interno",
     * "co-funded by Fondazione CRT": the project's funding, or null when it has none.
     */
    static String funding(Doc d, Doc.Project p) {
        Rand r = d.r;
        String verb = d.it ? r.pick(new String[] {"finanziato", "cofinanziato", "co-finanziato"}) : r.pick(new String[] {"co-funded", "funded", "financed"});
        if (p.programme != null && p.funder != null) {
            String prog = programmeWithStrand(d, p);
            d.programmeFact(p, p.programme, false);
            if (r.chance(0.5)) {
                String f = d.orgAny(p.funder);
                d.funded(p, p.funder, false);
                return verb + " " + d.by(p.funder, f) + (d.it ? " nell'ambito " + Italian.of(prog, false, true) : " under the " + prog);
            }
            String f = d.org(p.funder);
            d.funded(p, p.funder, true);
            return verb + " " + programmeBy(d, prog) + " – " + f;
        }
        if (p.programme != null) {
            String prog = programmeWithStrand(d, p);
            d.programmeFact(p, p.programme, false);
            return r.chance(0.25) ? prog : verb + " " + programmeBy(d, prog);
        }
        if (p.funder != null) {
            String f = d.orgAny(p.funder);
            d.funded(p, p.funder, false);
            return verb + " " + d.by(p.funder, f);
        }
        return null;
    }

    /**
     * The funding as a form field writes it: "FAMI 2014-2020 – Obiettivo Specifico 2",
     * "Regione Toscana – POR FSE 2014-2020", "Interreg Italia-Austria, co-financed by the ERDF",
     * "Fondazione Cariplo"; null when the project has none.
     */
    static String fundingField(Doc d, Doc.Project p) {
        Rand r = d.r;
        if (p.programme != null) {
            String prog = programmeWithStrand(d, p);
            d.programmeFact(p, p.programme, false);
            if (p.funder != null) {
                String f = d.org(p.funder);
                boolean funderFirst = r.chance(0.5);
                d.funded(p, p.funder, !funderFirst);
                return funderFirst ? f + " – " + prog : prog + " – " + f;
            }
            if ((p.programme.id.startsWith("interreg") || p.programme.id.equals("urbact")) && r.chance(0.6)) {
                ReferenceTables.Ref erdf = d.c.ref.programmes.get("erdf");
                if (erdf != null) {
                    String e = d.programme(erdf);
                    d.programmeFact(p, erdf, true);
                    return prog + (d.it ? ", cofinanziato dal " : ", co-financed by the ") + e;
                }
            }
            return prog;
        }
        if (p.funder != null) {
            d.funded(p, p.funder, false);
            return d.org(p.funder);
        }
        return null;
    }

    /** "Duration: 2016-2018", "Durata: dal 1° settembre 2017 al 31 agosto 2019", "Conclusion: june 2014", ... */
    static String duration(Doc d, Doc.Project p) {
        Rand r = d.r;
        Notation.Day s = p.period.start(), e = p.period.end();
        String dur = d.t("Durata", "Duration");
        switch (r.weighted(40, 12, 12, 8, 14, 8, 6)) {
            case 0 -> {
                d.start(p.e, s, Doc.Precision.YEAR, false);
                if (s.y() == e.y()) {
                    d.end(p.e, e, Doc.Precision.YEAR, false);
                    return dur + ": " + s.y();
                }
                d.end(p.e, e, Doc.Precision.YEAR, false);
                return dur + ": " + s.y() + (r.chance(0.8) ? "-" : "–") + e.y();
            }
            case 1 -> {
                d.start(p.e, s, Doc.Precision.DAY, false);
                d.end(p.e, e, Doc.Precision.DAY, false);
                return d.it ? dur + ": dal " + Notation.dmy(s) + " al " + Notation.dmy(e) : dur + ": from " + Notation.dmy(s) + " to " + Notation.dmy(e);
            }
            case 2 -> {
                d.end(p.e, e, Doc.Precision.MONTH, false);
                return d.t("Conclusione", "Conclusion") + ": " + Notation.monthYear(e, d.it, d.it || r.chance(0.5));
            }
            case 3 -> {
                d.start(p.e, s, Doc.Precision.YEAR, false);
                return dur + ": " + s.y() + "-" + (d.it ? "in corso" : "ongoing");
            }
            case 4 -> {
                d.start(p.e, s, Doc.Precision.DAY, false);
                d.end(p.e, e, Doc.Precision.DAY, false);
                return d.it ? dur + ": dal " + Notation.longDay(s, true) + " al " + Notation.longDay(e, true)
                        : dur + ": from " + Notation.longDay(s, false) + " to " + Notation.longDay(e, false);
            }
            case 5 -> {
                d.start(p.e, s, Doc.Precision.MONTH, false);
                d.end(p.e, e, Doc.Precision.MONTH, false);
                return dur + ": " + Notation.slashMonth(s) + " – " + Notation.slashMonth(e);
            }
            default -> {
                // A single month: an exchange or a summer school; both dates debatable.
                d.start(p.e, s, Doc.Precision.MONTH, true);
                d.end(p.e, s, Doc.Precision.MONTH, true);
                return dur + ": " + Notation.monthYear(s, d.it, false);
            }
        }
    }

    /** "Partners: A, Graz – coordinator; B, Utrecht; C" with the coordinator fact and a partner fact per other member. */
    static String partners(Doc d, Doc.Project p) {
        List<String> parts = new ArrayList<>();
        String c = d.org(p.coordinator) + city(d, p.coordinator) + (d.it ? " – capofila" : " – coordinator");
        parts.add(c);
        d.coordinated(p, p.coordinator, false);
        d.partner(p.e, p.coordinator, true);
        for (Org o : p.partners) {
            parts.add(d.org(o) + city(d, o));
            d.partner(p.e, o, false);
        }
        return d.t("Partner", "Partners") + ": " + String.join("; ", parts);
    }

    private static String city(Doc d, Org o) {
        if (o.city == null || !d.r.chance(0.5)) return "";
        d.gold.fact(o.entity, "location", o.city.entity, true);
        return ", " + d.place(o.city, false);
    }

    /** "Total budget: € 487.300,00" and the budget fact. */
    static String budget(Doc d, Doc.Project p) {
        d.budget(p);
        String amount = d.it ? Notation.euroIt(p.budget, d.r) : Notation.euroEn(p.budget, d.r);
        return d.it ? d.r.pick(new String[] {"Costo totale", "Budget complessivo", "Costo del progetto"}) + ": " + amount
                : d.r.pick(new String[] {"Total budget", "Budget", "Total cost"}) + ": " + amount;
    }

    /** "dal 1° aprile 2016 al 31 dicembre 2018" style period inside a sentence, with its facts. */
    static String periodInText(Doc d, Doc.Project p, boolean past) {
        Rand r = d.r;
        Notation.Day s = p.period.start(), e = p.period.end();
        switch (r.weighted(35, 35, 20, 10)) {
            case 0 -> {
                d.start(p.e, s, Doc.Precision.DAY, false);
                d.end(p.e, e, Doc.Precision.DAY, false);
                return d.it ? (past ? "si è svolto" : "si svolgerà") + " dal " + Notation.longDay(s, true) + " al " + Notation.longDay(e, true)
                        : (past ? "ran" : "will run") + " from " + Notation.longDay(s, false) + " to " + Notation.longDay(e, false);
            }
            case 1 -> {
                d.start(p.e, s, Doc.Precision.MONTH, false);
                d.end(p.e, e, Doc.Precision.MONTH, false);
                return d.it ? (past ? "è durato" : "durerà") + " da " + Notation.monthYear(s, true, true) + " a " + Notation.monthYear(e, true, true)
                        : (past ? "started in " + Notation.monthYear(s, false, false) + " and ended in " : "starts in " + Notation.monthYear(s, false, false) + " and will end in ")
                        + Notation.monthYear(e, false, false);
            }
            case 2 -> {
                d.start(p.e, s, Doc.Precision.YEAR, false);
                d.end(p.e, e, Doc.Precision.MONTH, false);
                return d.it ? "è stato avviato nel " + s.y() + " e " + (past ? "si è concluso" : "si concluderà") + " a " + Notation.monthYear(e, true, true)
                        : "was launched in " + s.y() + " and " + (past ? "ended" : "will end") + " in " + Notation.monthYear(e, false, false);
            }
            default -> {
                d.start(p.e, s, Doc.Precision.YEAR, false);
                int months = (e.y() - s.y()) * 12 + e.m() - s.m() + 1;
                return d.it ? "è stato avviato nel " + s.y() + " e ha una durata di " + months + " mesi"
                        : "was launched in " + s.y() + " and lasts " + months + " months";
            }
        }
    }
}
