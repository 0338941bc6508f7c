package org.ponte.bench;

import java.util.Set;

/** Italian articles and articulated prepositions before a name ("dalla Fondazione X", "dell'Università Y"). */
final class Italian {
    private Italian() {}

    private static final Set<String> FEMININE = Set.of("fondazione", "regione", "cooperativa", "associazione", "agenzia",
            "federazione", "università", "rete", "compagnia", "commissione", "direzione", "presidenza", "conferenza", "caritas",
            "croce", "chiesa", "provincia", "città", "organizzazione", "alta", "banca", "corte", "camera", "prefettura", "azienda",
            "comunità", "società", "unione", "libera", "sapienza", "piattaforma", "casa", "opera", "villa", "stichting",
            "asociación", "association", "ligue", "scuola", "consulta", "cittalia", "alma", "autorità", "missione", "sezione",
            "polizia", "amministrazione", "save", "oxfam", "amnesty", "fondation");

    static boolean feminine(String name) {
        String first = name.split("[ '’]", 2)[0].toLowerCase(java.util.Locale.ROOT);
        return FEMININE.contains(first);
    }

    private static boolean vowel(String name) {
        if (name.isEmpty()) return false;
        char c = Character.toLowerCase(name.charAt(0));
        return "aeiouàèéìòù".indexOf(c) >= 0;
    }

    private static boolean impure(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.length() < 2) return false;
        char a = n.charAt(0), b = n.charAt(1);
        return a == 'z' || a == 'x' || a == 'y' || n.startsWith("gn") || n.startsWith("ps") || a == 's' && "aeiouàèéìòù".indexOf(b) < 0;
    }

    /** The capitalised article that opens a name: "Il ", "La ", "Lo ", "L'". */
    static String article(String word, boolean fem) {
        if (vowel(word)) return "L'";
        if (fem) return "La ";
        return impure(word) ? "Lo " : "Il ";
    }

    /** The article in running text ("il ", "la ", "l'"), or "" when the name takes none. */
    static String the(String name, boolean fem, boolean takesArticle) {
        if (!takesArticle) return "";
        if (vowel(name)) return "l'";
        if (fem) return "la ";
        return impure(name) ? "lo " : "il ";
    }

    private static String contract(String prep, String name, boolean fem, boolean takesArticle) {
        if (!takesArticle) return (prep.equals("di") && vowel(name) ? "d'" : prep + " ") + name;
        String a = the(name, fem, true);
        String stem = switch (prep) {
            case "di" -> "de";
            case "da" -> "da";
            case "a" -> "a";
            case "in" -> "ne";
            case "su" -> "su";
            default -> null;
        };
        if (stem == null) return prep + " " + a + name;
        return switch (a) {
            case "il " -> (prep.equals("di") ? "del " : prep.equals("in") ? "nel " : stem + "l ") + name;
            case "lo " -> stem + "llo " + name;
            case "la " -> stem + "lla " + name;
            default -> stem + "ll'" + name;
        };
    }

    /** "del X", "della X", "dell'X", or "di X" for names without an article. */
    static String of(String name, boolean fem, boolean takesArticle) {
        return contract("di", name, fem, takesArticle);
    }

    /** "dal X", "dalla X", "dall'X", or "da X". */
    static String by(String name, boolean fem, boolean takesArticle) {
        return contract("da", name, fem, takesArticle);
    }

    /** "al X", "alla X", "all'X", or "a X". */
    static String to(String name, boolean fem, boolean takesArticle) {
        return contract("a", name, fem, takesArticle);
    }

    /** "su" before a phrase that opens with an article: "sull'inserimento", "sui percorsi", "sulla salute". */
    static String on(String phrase) {
        return fuse("su", phrase);
    }

    /** "di" before a phrase that opens with an article: "dell'inserimento", "dei percorsi". */
    static String ofPhrase(String phrase) {
        return fuse("de", phrase);
    }

    private static String fuse(String stem, String phrase) {
        String[][] arts = {{"il ", "l "}, {"lo ", "llo "}, {"la ", "lla "}, {"l'", "ll'"}, {"i ", "i "}, {"gli ", "gli "}, {"le ", "lle "}};
        for (String[] a : arts)
            if (phrase.startsWith(a[0])) return (stem.equals("su") ? "su" : "de") + a[1] + phrase.substring(a[0].length());
        return (stem.equals("su") ? "su " : "di ") + phrase;
    }

    /** "con il X", "con la X", "con l'X", or "con X". */
    static String with(String name, boolean fem, boolean takesArticle) {
        return "con " + the(name, fem, takesArticle) + name;
    }
}
