package org.ponte.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ponte.mapper.lexicon.Folding;

/**
 * Invented names: project acronyms (unique for the first four million projects of a corpus),
 * project titles, surnames and person names. Acronyms are a bijection of the project's number
 * (a Feistel permutation of the syllable space), so a corpus never gives two projects the same
 * acronym while every acronym still looks arbitrary.
 */
final class NameMaker {
    /** Where a person's names come from. */
    enum Origin { IT, EN, FR, DE, NL, ES, AR, WA, SQ, RO }

    private final long seed;
    private final Set<String> taken;
    private final Map<Origin, List<String>> given = new java.util.EnumMap<>(Origin.class);

    /**
     * @param taken matching keys of names that exist already (reference data, pooled
     *              organisations): an invented acronym or surname never equals one of them
     */
    NameMaker(long seed, Set<String> taken, Map<String, List<String>> givenNames) {
        this.seed = seed;
        this.taken = taken;
        for (Origin o : Origin.values()) {
            List<String> pool = new ArrayList<>();
            for (String l : languages(o)) pool.addAll(givenNames.getOrDefault(l, List.of()));
            if (pool.isEmpty()) pool = givenNames.getOrDefault("it", List.of("Maria"));
            given.put(o, List.copyOf(pool));
        }
    }

    private static String[] languages(Origin o) {
        return switch (o) {
            case IT -> new String[] {"it"};
            case EN -> new String[] {"en"};
            case FR -> new String[] {"fr"};
            case DE -> new String[] {"de"};
            case NL -> new String[] {"de", "en", "xx"};
            case ES -> new String[] {"es"};
            case AR -> new String[] {"ar"};
            case WA -> new String[] {"wo", "ff", "bm", "ak", "yo", "ig", "xx"};
            case SQ -> new String[] {"sq"};
            case RO -> new String[] {"ro"};
        };
    }

    // ---- Acronyms ------------------------------------------------------------------------------

    /** The acronym of project number {@code t} of the corpus. */
    String acronym(long t) {
        long block = t >>> 18;
        int within = (int) (t & 0x3FFFF);
        if (block == 0) {
            String w = syllables(feistel(within, 18, 1), 3);
            // A made-up word that happens to be a real name (MODENA, MARINA) would be read as that name.
            return taken.contains(Folding.key(w)) ? syllables(feistel(within, 24, 2), 4) : w;
        }
        if (block < Words.ACRONYM_ENDINGS.length) return syllables(feistel(within, 18, 1), 3) + Words.ACRONYM_ENDINGS[(int) block];
        long u = t - ((long) Words.ACRONYM_ENDINGS.length << 18);
        return syllables(feistel((int) (u & 0xFFFFFF), 24, 3), 4) + Words.ACRONYM_ENDINGS[1 + (int) ((u >>> 24) % 15)];
    }

    private static String syllables(int x, int n) {
        StringBuilder sb = new StringBuilder(2 * n);
        for (int i = 0; i < n; i++) {
            sb.append(Words.SYLLABLES[x & 63]);
            x >>>= 6;
        }
        return sb.toString();
    }

    /** A bijection of [0, 2^bits) (bits even) keyed by the seed: four Feistel rounds. */
    private int feistel(int x, int bits, int key) {
        int half = bits / 2, mask = (1 << half) - 1;
        int l = (x >>> half) & mask, r = x & mask;
        for (int round = 0; round < 4; round++) {
            int f = (int) (Rand.mix(seed, 1000 + key * 10L + round, r) & mask);
            int nl = r;
            r = l ^ f;
            l = nl;
        }
        return (l << half) | r;
    }

    // ---- Project titles ----------------------------------------------------------------------

    /** A project's names: acronym (or null), and the long title in Italian and in English (either may be null). */
    record Title(String acronym, String italian, String english, boolean dotted) {
        /** The acronym as the document writes it. */
        String written() {
            if (acronym == null) return null;
            if (!dotted) return acronym;
            StringBuilder sb = new StringBuilder();
            for (char c : acronym.toCharArray()) sb.append(c).append('.');
            return sb.toString();
        }

        /** A short name for running text: the acronym, else the first title. */
        String shortName(boolean italian) {
            if (acronym != null) return written();
            return italian ? (this.italian != null ? this.italian : english) : (english != null ? english : this.italian);
        }

        String title(boolean italian) {
            return italian ? (this.italian != null ? this.italian : english) : (english != null ? english : this.italian);
        }
    }

    /** A title for project number {@code t}. */
    Title title(long t, Rand r) {
        int kind = r.weighted(55, 12, 23, 10);
        String[] head = r.pick(Words.TITLE_HEADS), target = r.pick(Words.TITLE_TARGETS);
        String[] context = r.chance(0.35) ? r.pick(Words.TITLE_CONTEXTS) : null;
        String it = head[0] + " " + target[0] + (context == null ? "" : " " + context[0]);
        String en = head[1] + " " + target[1] + (context == null ? "" : " " + context[1]);
        String acronym = acronym(t);
        boolean dotted = acronym.length() <= 8 && acronym.chars().allMatch(Character::isLetter) && r.chance(0.04);
        return switch (kind) {
            case 0 -> new Title(acronym, it, en, dotted);
            case 1 -> new Title(null, it, en, false);
            case 2 -> {
                String[] n = r.pick(Words.SHORT_NOUNS), c = r.pick(Words.SHORT_COMPLEMENTS);
                yield new Title(null, n[0] + " " + c[0], n[1] + " " + c[1], false);
            }
            default -> new Title(acronym, null, null, dotted);
        };
    }

    // ---- People --------------------------------------------------------------------------------

    /** An invented person. */
    record Person(String given, String surname, boolean female) {
        String full() {
            return given + " " + surname;
        }
    }

    Origin origin(Rand r, String country) {
        switch (country) {
            case "NL": return r.chance(0.8) ? Origin.NL : Origin.AR;
            case "DE": case "AT": return r.chance(0.8) ? Origin.DE : Origin.AR;
            case "ES": return Origin.ES;
            case "FR": case "BE": return r.chance(0.75) ? Origin.FR : Origin.AR;
            case "GB": case "IE": case "MT": return Origin.EN;
            default:
                return switch (r.weighted(72, 8, 7, 4, 3, 2, 2, 2)) {
                    case 0 -> Origin.IT;
                    case 1 -> Origin.WA;
                    case 2 -> Origin.AR;
                    case 3 -> Origin.SQ;
                    case 4 -> Origin.RO;
                    case 5 -> Origin.EN;
                    case 6 -> Origin.FR;
                    default -> Origin.ES;
                };
        }
    }

    Person person(Rand r, Origin o) {
        String g = givenName(r, o);
        String s = null;
        for (int attempt = 0; attempt < 20 && s == null; attempt++) {
            String c = surname(r, o);
            if (!taken.contains(Folding.key(c)) && !c.equalsIgnoreCase(g)) s = c;
        }
        if (s == null) s = r.pick(Words.EN_SURNAMES);
        return new Person(g, s, female(g, o));
    }

    private String givenName(Rand r, Origin o) {
        return r.pick(given.get(o));
    }

    private static String surname(Rand r, Origin o) {
        return switch (o) {
            case IT -> r.pick(Words.IT_ROOTS) + r.pick(Words.IT_ENDINGS);
            case EN -> r.pick(Words.EN_SURNAMES);
            case FR -> r.pick(Words.FR_SURNAMES);
            case DE -> r.pick(Words.DE_ROOTS) + r.pick(Words.DE_ENDINGS);
            case NL -> r.pick(Words.NL_SURNAMES);
            case ES -> r.pick(Words.ES_SURNAMES);
            case AR -> r.pick(Words.AR_SURNAMES);
            case WA -> r.pick(Words.WA_SURNAMES);
            case SQ -> r.pick(Words.SQ_SURNAMES);
            case RO -> r.pick(Words.RO_ROOTS) + r.pick(Words.RO_ENDINGS);
        };
    }

    private static final Set<String> MALE_IN_A = Set.of("Andrea", "Luca", "Nicola", "Mattia", "Elia", "Tobia", "Enea", "Battista",
            "Gianluca", "Giosuè", "Joshua", "Issa", "Moussa", "Musa", "Mustafa", "Mustapha", "Bamba", "Ousmana", "Jonah", "Ilia",
            "Nikita", "Luka", "Mihai", "Mircea", "Costa", "Garcia", "Hamza", "Taha", "Attila", "Ezra", "Isaia", "Geremia", "Zaccaria");

    private static boolean female(String given, Origin o) {
        return given.endsWith("a") && !MALE_IN_A.contains(given) || given.endsWith("e") && o == Origin.FR && !given.endsWith("re");
    }
}
