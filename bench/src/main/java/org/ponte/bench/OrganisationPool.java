package org.ponte.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ponte.core.Slugs;
import org.ponte.mapper.lexicon.Folding;

/**
 * The organisations documents share: the reference-data bodies (funders, ministries, EU bodies,
 * universities, municipalities, regions) and a fixed pool of invented NGOs, cooperatives,
 * associations, foundations, research centres and foreign partners, each with one consistent
 * set of names, an acronym for some, a home town and a leader. Documents draw pooled
 * organisations with a Zipf-like law, so a few recur very often and the number of distinct
 * organisations grows sublinearly with the number of documents. Built once from the seed; the
 * pool does not depend on the corpus size, which keeps smaller corpora prefixes of larger ones.
 */
final class OrganisationPool {
    /** Invented Italian organisations. */
    static final int ITALIAN = 3000;
    /** Invented organisations of other European countries. */
    static final int FOREIGN = 1200;

    final List<Org> italian = new ArrayList<>();
    final List<Org> foreign = new ArrayList<>();
    final List<Org> departments = new ArrayList<>();
    final List<Org> universities = new ArrayList<>();
    final List<Org> foundations = new ArrayList<>();
    final List<Org> ministries = new ArrayList<>();
    final List<Org> euBodies = new ArrayList<>();
    final List<Org> international = new ArrayList<>();
    final List<Org> municipalities = new ArrayList<>();
    final List<Org> regions = new ArrayList<>();
    final List<Org> networks = new ArrayList<>();
    final List<Org> agencies = new ArrayList<>();
    /** Every organisation by gold id. */
    final Map<String, Org> byId = new java.util.HashMap<>();

    /** Italian forms of reference acronyms that Italian texts use instead of the English ones. */
    private static final Set<String> ITALIAN_ACRONYMS = Set.of("OIM", "OIL", "UE", "ONU", "OCSE", "OMS", "PAM", "CGUE", "BCE",
            "BEI", "SEAE", "CESE", "CdR", "MAE");

    private final ReferenceTables ref;
    private final NameMaker names;
    private final Set<String> taken;
    private final List<ReferenceTables.Ref> italianCities = new ArrayList<>();
    private final Map<String, List<ReferenceTables.Ref>> citiesByCountry = new java.util.HashMap<>();
    private final double[] italianCdf = zipf(ITALIAN), foreignCdf = zipf(FOREIGN);

    OrganisationPool(long seed, ReferenceTables ref, NameMaker names, Set<String> taken) {
        this.ref = ref;
        this.names = names;
        this.taken = taken;
        Map<String, String> countryOf = Map.ofEntries(Map.entry("netherlands", "NL"), Map.entry("germany", "DE"),
                Map.entry("austria", "AT"), Map.entry("spain", "ES"), Map.entry("france", "FR"), Map.entry("belgium", "BE"),
                Map.entry("united-kingdom", "GB"), Map.entry("ireland", "IE"), Map.entry("malta", "MT"));
        for (ReferenceTables.Ref p : ref.places.values()) {
            if (!p.type.equals("city") || p.nameEn.isEmpty() || p.nameIt.isEmpty()) continue;
            ReferenceTables.Ref parent = ref.places.get(p.parent);
            if (parent != null && parent.type.equals("region") && "italy".equals(parent.parent)) italianCities.add(p);
            else if (countryOf.containsKey(p.parent)) citiesByCountry.computeIfAbsent(countryOf.get(p.parent), k -> new ArrayList<>()).add(p);
        }
        referenceOrganisations(seed);
        Rand r = new Rand(Rand.mix(seed, 11, 0));
        for (int k = 0; italian.size() < ITALIAN && k < ITALIAN * 20; k++) {
            Org o = inventItalian(r, italian.size());
            if (o != null) add(italian, o);
        }
        for (int k = 0; foreign.size() < FOREIGN && k < FOREIGN * 20; k++) {
            Org o = inventForeign(r, foreign.size());
            if (o != null) add(foreign, o);
        }
    }

    // ---- Sampling ------------------------------------------------------------------------------

    private static double[] zipf(int n) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / (i + 25);
            cdf[i] = sum;
        }
        for (int i = 0; i < n; i++) cdf[i] /= sum;
        return cdf;
    }

    private static int draw(double[] cdf, Rand r) {
        int i = Arrays.binarySearch(cdf, r.unit());
        return Math.min(cdf.length - 1, i < 0 ? -i - 1 : i);
    }

    Org anyItalian(Rand r) {
        return italian.get(Math.min(italian.size() - 1, draw(italianCdf, r)));
    }

    Org anyForeign(Rand r) {
        return foreign.get(Math.min(foreign.size() - 1, draw(foreignCdf, r)));
    }

    /** An invented Italian organisation of one of the kinds, drawn with the pool's popularity law. */
    Org italian(Rand r, Org.Kind... kinds) {
        Set<Org.Kind> want = Set.of(kinds);
        for (int i = 0; i < 200; i++) {
            Org o = anyItalian(r);
            if (want.contains(o.kind)) return o;
        }
        return anyItalian(r);
    }

    Org department(Rand r) {
        return r.pick(departments);
    }

    // ---- Reference organisations -------------------------------------------------------------

    private void referenceOrganisations(long seed) {
        for (ReferenceTables.Ref row : ref.organisations.values()) {
            Org.Kind kind = switch (row.type) {
                case "foundation" -> Org.Kind.FUNDER;
                case "ministry", "public-body", "national-agency" -> Org.Kind.PUBLIC;
                case "eu-institution", "eu-body" -> Org.Kind.EU;
                case "international-organisation" -> Org.Kind.INTERNATIONAL;
                case "university", "research-centre" -> Org.Kind.UNIVERSITY;
                case "local-authority" -> Org.Kind.PUBLIC;
                case "network", "ngo", "religious-body" -> Org.Kind.NETWORK;
                default -> Org.Kind.NETWORK;
            };
            String acr = row.acronym();
            String acrIt = acr;
            if (row.acronyms.size() >= 2 && ITALIAN_ACRONYMS.contains(row.acronyms.get(1))) acrIt = row.acronyms.get(1);
            Org o = new Org(row.entity, kind, row.name(true), row.name(false), null, acr, acrIt, Italian.feminine(row.name(true)),
                    !row.nameIt.isEmpty(), row.country, null, null, null, null, Slugs.of(row.id) + ".example");
            byId.put(o.entity.id, o);
            switch (row.type) {
                case "foundation" -> foundations.add(o);
                case "ministry" -> ministries.add(o);
                case "public-body", "national-agency" -> agencies.add(o);
                case "eu-institution", "eu-body" -> euBodies.add(o);
                case "international-organisation" -> international.add(o);
                case "university" -> { if (row.country.equals("IT")) universities.add(o); }
                case "local-authority" -> {
                    if (row.id.startsWith("regione-")) regions.add(o);
                    else municipalities.add(o);
                }
                case "network", "ngo", "religious-body" -> networks.add(o);
                default -> { }
            }
            taken.add(Folding.key(o.nameIt));
        }
        // Departments of Italian universities: Dipartimento di X dell'Università di Y.
        for (Org uni : universities) {
            for (int d = 0; d < Words.DISCIPLINES.length; d++) {
                String[] disc = Words.DISCIPLINES[d];
                String it = "Dipartimento di " + disc[0], en = "Department of " + disc[1];
                String itLong = it + " " + Italian.of(uni.nameIt, uni.feminine, true);
                String enLong = en + " of the " + uni.nameEn;
                GoldEntity e = new GoldEntity("dep:" + uni.entity.id.substring(4) + ":" + d, "Organisation",
                        Org.names(it, en, itLong, enLong), true);
                Org o = new Org(e, Org.Kind.DEPARTMENT, it, en, null, null, null, false, true, "IT", null, null, null, uni, uni.domain);
                departments.add(o);
                byId.put(e.id, o);
            }
        }
    }

    // ---- Invented organisations --------------------------------------------------------------

    private ReferenceTables.Ref italianCity(Rand r) {
        return r.pick(italianCities);
    }

    private Org inventItalian(Rand r, int k) {
        int kind = r.weighted(24, 22, 9, 6, 8, 5, 4, 6, 8, 8);
        String head, core, acronym = null, en = null, suffixed = null;
        boolean fem;
        Org.Kind ok;
        List<String> extra = new ArrayList<>();
        switch (kind) {
            case 0 -> { head = "Cooperativa Sociale"; core = italianCore(r); fem = true; ok = Org.Kind.COOPERATIVE;
                extra.add("Cooperativa " + core); suffixed = "Cooperativa Sociale " + core + " Onlus"; }
            case 1 -> { head = "Associazione"; core = italianCore(r); fem = true; ok = Org.Kind.ASSOCIATION;
                suffixed = "Associazione " + core + " " + r.pick(new String[] {"APS", "Onlus", "ODV"}); }
            case 2 -> { head = "Fondazione"; core = italianCore(r); fem = true; ok = Org.Kind.FOUNDATION; en = core + " Foundation"; }
            case 3 -> { head = "Consorzio"; core = italianCore(r); fem = false; ok = Org.Kind.CONSORTIUM;
                suffixed = "Consorzio " + core + " – Consorzio di Cooperative Sociali"; }
            case 4 -> {
                String[] t1 = r.pick(Words.RESEARCH_TOPICS), t2 = r.pick(Words.RESEARCH_TOPICS);
                if (t1 == t2) return null;
                int form = r.below(3);
                head = switch (form) { case 0 -> "Centro Studi"; case 1 -> "Istituto di Ricerca su"; default -> "Osservatorio su"; };
                core = t1[0] + " e " + t2[0];
                fem = false;
                ok = Org.Kind.RESEARCH;
                en = (form == 2 ? "Observatory on " : form == 1 ? "Research Institute on " : "Centre for Studies on ") + t1[1] + " and " + t2[1];
                acronym = switch (form) {
                    case 0 -> "Ce" + "S" + t1[0].substring(0, 2) + t2[0].charAt(0);
                    case 1 -> "IR" + t1[0].charAt(0) + t2[0].charAt(0);
                    default -> "OS" + t1[0].substring(0, 2).toUpperCase(Locale.ROOT) + t2[0].charAt(0);
                };
            }
            case 5 -> {
                String[] nat = r.pick(Words.NATIONALITIES), q = r.pick(Words.FEDERATION_QUALIFIERS);
                head = "Federazione delle Associazioni";
                core = nat[0] + " " + q[0];
                fem = true;
                ok = Org.Kind.FEDERATION;
                en = "Federation of " + nat[1] + " Associations " + q[1];
                acronym = "FA" + initials(nat[0] + " " + q[0]);
            }
            case 6 -> {
                NameMaker.Person p = names.person(r, NameMaker.Origin.IT);
                head = r.chance(0.5) ? "Istituto di Istruzione Superiore" : "Istituto Comprensivo";
                core = p.full();
                fem = false;
                ok = Org.Kind.SCHOOL;
                extra.add((head.endsWith("Superiore") ? "IIS " : "IC ") + core);
            }
            case 7 -> {
                NameMaker.Person p = names.person(r, NameMaker.Origin.IT);
                head = r.chance(0.6) ? "Fondazione" : "Associazione";
                core = p.full();
                fem = true;
                ok = head.equals("Fondazione") ? Org.Kind.FOUNDATION : Org.Kind.ASSOCIATION;
            }
            case 8 -> {
                String w = r.pick(Words.FOREIGN_WORDS);
                head = r.pick(new String[] {"Associazione Interculturale", "Associazione", "Cooperativa Sociale"});
                core = w;
                fem = true;
                ok = head.startsWith("Coop") ? Org.Kind.COOPERATIVE : Org.Kind.ASSOCIATION;
            }
            default -> {
                String saint = r.pick(Words.SAINTS);
                String sh = r.pick(Words.SAINT_HEADS);
                head = r.pick(new String[] {"Fondazione", "Associazione", "Cooperativa Sociale"});
                core = sh + " " + saint;
                fem = true;
                ok = head.equals("Fondazione") ? Org.Kind.FOUNDATION : head.equals("Associazione") ? Org.Kind.ASSOCIATION : Org.Kind.COOPERATIVE;
                extra.add(head + " " + saint);
            }
        }
        String full = head + " " + core;
        boolean shortUsable = kind <= 3 || kind == 8 || kind == 9;
        String shortName = shortUsable ? core : null;
        // The distinctive part must be new: two bodies called "... Terra Nuova" would be one for a resolver.
        List<String> keys = new ArrayList<>();
        keys.add(Folding.key(stripArticle(core)));
        keys.add(Folding.key(full));
        if (acronym != null) keys.add(Folding.key(acronym));
        if (en != null) keys.add(Folding.key(en));
        for (String x : extra) keys.add(Folding.key(x));
        for (String key : keys) if (taken.contains(key)) return null;
        taken.addAll(keys);
        ReferenceTables.Ref city = italianCity(r);
        NameMaker.Person leader = names.person(r, names.origin(r, "IT"));
        String id = "org" + k;
        List<String> all = Org.names(full, shortName, acronym, acronym == null ? null : full + " (" + acronym + ")",
                acronym == null ? null : acronym + " – " + full, en, suffixed,
                shortName != null && !stripArticle(shortName).equals(shortName) ? stripArticle(shortName) : null);
        all.addAll(extra);
        GoldEntity e = new GoldEntity(id, "Organisation", all, true);
        GoldEntity le = leaderEntity(id, leader);
        return new Org(e, ok, full, en != null && r.chance(0.3) ? en : full, shortName, acronym, acronym, fem, true, "IT", city,
                leader, le, null, Slugs.of(stripArticle(core)).replace("-", "") + ".example");
    }

    private Org inventForeign(Rand r, int k) {
        int kind = r.weighted(22, 24, 16, 18, 20);
        String full, shortName, country;
        switch (kind) {
            case 0 -> { shortName = r.pick(Words.DUTCH_ADJ) + " " + r.pick(Words.DUTCH_NOUN); full = "Stichting " + shortName; country = "NL"; }
            case 1 -> {
                country = r.chance(0.75) ? "DE" : "AT";
                if (r.chance(0.6)) { shortName = r.pick(Words.GERMAN_A) + " " + r.pick(Words.GERMAN_B); full = "Verein " + shortName; }
                else { shortName = null; full = r.pick(new String[] {"Kulturverein", "Integrationsnetzwerk", "Frauenzentrum", "Bildungswerk"})
                        + " " + r.pick(Words.GERMAN_WORDS) + " e.V."; }
            }
            case 2 -> { shortName = r.pick(Words.SPANISH_A) + " " + r.pick(Words.SPANISH_B); full = "Asociación " + shortName; country = "ES"; }
            case 3 -> { shortName = r.pick(Words.FRENCH_A) + " " + r.pick(Words.FRENCH_B); full = "Association " + shortName;
                country = r.chance(0.7) ? "FR" : "BE"; }
            default -> { shortName = r.pick(Words.ENGLISH_A) + " " + r.pick(Words.ENGLISH_B);
                full = shortName + " " + r.pick(Words.ENGLISH_HEADS); country = r.pick(new String[] {"GB", "IE", "MT"}); }
        }
        List<String> keys = new ArrayList<>();
        keys.add(Folding.key(full));
        if (shortName != null) keys.add(Folding.key(shortName));
        for (String key : keys) if (taken.contains(key)) return null;
        taken.addAll(keys);
        List<ReferenceTables.Ref> cities = citiesByCountry.getOrDefault(country, List.of());
        ReferenceTables.Ref city = cities.isEmpty() ? null : r.pick(cities);
        NameMaker.Person leader = names.person(r, names.origin(r, country));
        String id = "for" + k;
        GoldEntity e = new GoldEntity(id, "Organisation", Org.names(full, shortName), true);
        return new Org(e, Org.Kind.FOREIGN, full, full, shortName, null, null, true, false, country, city, leader,
                leaderEntity(id, leader), null, Slugs.of(shortName != null ? shortName : full).replace("-", "") + ".example");
    }

    private static GoldEntity leaderEntity(String orgId, NameMaker.Person p) {
        return new GoldEntity("per-" + orgId, "Person", List.of(p.full()), true);
    }

    private void add(List<Org> list, Org o) {
        list.add(o);
        byId.put(o.entity.id, o);
    }

    private static String initials(String s) {
        StringBuilder sb = new StringBuilder();
        for (String w : s.split(" ")) if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) sb.append(w.charAt(0));
        return sb.toString();
    }

    static String stripArticle(String core) {
        for (String a : new String[] {"Il ", "La ", "Lo ", "I ", "Le ", "Gli ", "L'"}) if (core.startsWith(a)) return core.substring(a.length());
        return core;
    }

    /** A distinctive part for an Italian name: "Terra Nuova", "Il Cerchio", "Confini Aperti". */
    private static String italianCore(Rand r) {
        return switch (r.weighted(30, 28, 20, 20)) {
            case 0 -> {
                String n = r.pick(Words.NOUN_MS);
                yield (r.chance(0.5) ? Italian.article(n, false) : "") + n + " " + r.pick(Words.ADJ_MS);
            }
            case 1 -> r.pick(Words.NOUN_FS) + " " + r.pick(Words.ADJ_FS);
            case 2 -> r.pick(Words.NOUN_MP) + " " + r.pick(Words.ADJ_MP);
            default -> r.pick(Words.NOUN_FP) + " " + r.pick(Words.ADJ_FP);
        };
    }
}
