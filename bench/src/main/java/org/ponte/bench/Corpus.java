package org.ponte.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The immutable material all documents share: reference data, the organisation pool, the name
 * maker, and the programmes, funders and places grouped the way the styles use them.
 */
final class Corpus {
    final long seed;
    final ReferenceTables ref;
    final NameMaker names;
    final OrganisationPool orgs;

    /** Programme families: each a list of reference rows a project of that family may name. */
    final List<List<ReferenceTables.Ref>> families = new ArrayList<>();
    final List<ReferenceTables.Ref> italianCities = new ArrayList<>();
    final List<ReferenceTables.Ref> italianRegions = new ArrayList<>();
    /** National agencies and public bodies that fund projects directly. */
    final List<Org> nationalFunders = new ArrayList<>();
    /** International bodies and private international funders. */
    final List<Org> internationalFunders = new ArrayList<>();

    Corpus(long seed, ReferenceTables ref) {
        this.seed = seed;
        this.ref = ref;
        Set<String> taken = new HashSet<>(ref.takenKeys);
        this.names = new NameMaker(seed, taken, ref.givenNames);
        this.orgs = new OrganisationPool(seed, ref, names, taken);
        String[][] fam = {
            {"amif", "amif-2014-2020", "amif-2021-2027", "pn-fami-2014-2020", "amif", "amif-2014-2020"},
            {"eif", "erf"},
            {"fnpsa", "fondo-politiche-migratorie"},
            {"esf", "por-fse", "esf-plus", "pr-fse-plus", "pon-inclusione", "pn-inclusione-2021-2027", "esf"},
            {"easi", "progress", "fead", "pon-metro"},
            {"erasmus-plus", "erasmus-plus-ka2", "erasmus-plus", "erasmus-plus-ka1", "european-solidarity-corps", "youth-in-action"},
            {"llp", "grundtvig", "leonardo-da-vinci", "comenius"},
            {"h2020", "horizon-europe", "fp7", "h2020"},
            {"rec", "cerv", "europe-for-citizens", "daphne", "justice-programme"},
            {"creative-europe", "creative-europe-culture"},
            {"interreg-europe", "interreg-italia-austria", "interreg-italia-slovenia", "interreg-alcotra", "interreg-med", "urbact", "uia", "interreg-adrion"},
            {"dci", "ndici", "eutf-africa"},
            {"eu-health-programme", "eu4health"},
            {"otto-per-mille"},
        };
        for (String[] f : fam) {
            List<ReferenceTables.Ref> l = new ArrayList<>();
            for (String id : f) if (ref.programmes.containsKey(id)) l.add(ref.programmes.get(id));
            if (!l.isEmpty()) families.add(l);
        }
        for (String id : new String[] {"aics", "unar", "dipartimento-pari-opportunita", "anpal", "cittalia"})
            if (orgs.byId.containsKey("org:" + id)) nationalFunders.add(orgs.byId.get("org:" + id));
        for (String id : new String[] {"unhcr", "iom", "unicef", "open-society-foundations", "epim"})
            if (orgs.byId.containsKey("org:" + id)) internationalFunders.add(orgs.byId.get("org:" + id));
        for (ReferenceTables.Ref p : ref.places.values()) {
            if (p.nameEn.isEmpty() || p.nameIt.isEmpty()) continue;
            ReferenceTables.Ref parent = ref.places.get(p.parent);
            switch (p.type) {
                case "city" -> {
                    if (parent != null && parent.type.equals("region") && "italy".equals(parent.parent)) italianCities.add(p);
                }
                case "region" -> { if ("italy".equals(p.parent) && !p.id.contains("italy")) italianRegions.add(p); }
                default -> { }
            }
        }
    }

    /** The Italian region a city lies in, or null. */
    ReferenceTables.Ref regionOf(ReferenceTables.Ref city) {
        ReferenceTables.Ref parent = city == null ? null : ref.places.get(city.parent);
        return parent != null && parent.type.equals("region") ? parent : null;
    }
}
