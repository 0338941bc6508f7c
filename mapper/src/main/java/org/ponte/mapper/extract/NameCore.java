package org.ponte.mapper.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The core of an organisation's name once articles and legal-form words are gone: "fondazione
 * ismu", "the ismu foundation" and "ismu onlus" all have the core "ismu". Two names with the
 * same core name the same body in one document. Only legal forms are dropped, never words that
 * tell bodies apart ("Comune di Milano" and "Provincia di Milano" keep their cores apart).
 */
public final class NameCore {
    private static final Set<String> DROP = Set.of("the", "la", "il", "lo", "l", "le", "fondazione", "foundation",
            "associazione", "association", "onlus", "aps", "odv", "ets", "srl", "spa", "stichting", "verein", "ev",
            "asbl", "aisbl", "vzw", "ngo", "ong", "gmbh", "ggmbh", "ltd", "inc", "cooperativa", "cooperative", "sociale",
            "social", "societa", "coop", "scs", "scrl", "impresa", "ry");
    private static final Set<String> FUNCTION = Set.of("di", "of", "del", "della", "dei", "for", "per", "and", "e", "da", "a");

    private NameCore() {}

    private static final java.util.regex.Pattern UNIVERSITY = java.util.regex.Pattern.compile(
            "^(?:university|universita|universitat|universite|universidad|universidade)(?: (?:of|di|degli studi di|de|of the|della|del))? (.+)$|^(.+) (?:university|universitat)$");

    /**
     * A key that stays the same across languages for the names of universities, cities and
     * regions: "Malmö University", "Università di Malmö" and "University of Malmö" are all
     * {@code university:malmo}; "Comune di Pescara" and "City of Pescara" are {@code city:pescara}.
     * Null when the name is none of these.
     */
    public static String crossLingual(String key) {
        java.util.regex.Matcher m = UNIVERSITY.matcher(key);
        if (m.matches()) {
            String place = m.group(1) != null ? m.group(1) : m.group(2);
            return place.isBlank() ? null : "university:" + place.strip();
        }
        m = CITY.matcher(key);
        if (m.matches()) {
            String place = m.group(1) != null ? m.group(1) : m.group(2);
            return place.isBlank() ? null : "city:" + place.strip();
        }
        m = REGION.matcher(key);
        if (m.matches()) {
            String place = m.group(1) != null ? m.group(1) : m.group(2);
            return place.isBlank() ? null : "region:" + place.strip();
        }
        return null;
    }

    /** "Comune di Pescara", "City of Pescara", "Municipality of Tilburg", "Gemeente Tilburg", "Ville de Nantes": {@code city:…}. */
    private static final java.util.regex.Pattern CITY = java.util.regex.Pattern.compile(
            "^(?:comune di|citta di|city of|municipality of|town of|ville de|mairie de|stadt|gemeente|ayuntamiento de|camara municipal de|"
            + "municipio de|grad|opcina|obcina|miasto|urzad miasta|dimos|municipiul|comune della|comune dell)\\s+(.+)$"
            + "|^(.+) (?:city council|municipality|town council|city hall)$");

    /** "Regione Campania", "Campania Region", "Region of Crete", "Région Occitanie": {@code region:…}. */
    private static final java.util.regex.Pattern REGION = java.util.regex.Pattern.compile(
            "^(?:regione|region of|region|regione autonoma della|regione autonoma|region de|region)\\s+(.+)$|^(.+) (?:region|regional government)$");

    /** The core of a folded key (words separated by single spaces), or the key itself. */
    public static String core(String key) {
        String[] words = key.split(" ");
        if (words.length < 2) return key;
        List<String> kept = new ArrayList<>(words.length);
        int first = 0, last = words.length - 1;
        while (first <= last && DROP.contains(words[first])) first++;
        while (last >= first && DROP.contains(words[last])) last--;
        for (int i = first; i <= last; i++) kept.add(words[i]);
        if (kept.isEmpty() || FUNCTION.contains(kept.get(0)) || FUNCTION.contains(kept.get(kept.size() - 1))) return key;
        return String.join(" ", kept);
    }
}
