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

    private static final String[][] OPENING = {{"Il ", "il "}, {"Lo ", "lo "}, {"La ", "la "}, {"L'", "l'"}, {"I ", "i "},
        {"Gli ", "gli "}, {"Le ", "le "}};

    /** The name's own opening article in lower case ("Il Cerchio" → "il "), or null. */
    private static String[] opening(String name) {
        for (String[] a : OPENING) if (name.startsWith(a[0])) return a;
        return null;
    }

    /** The article in running text ("il ", "la ", "l'"), or "" when the name takes none or has its own. */
    static String the(String name, boolean fem, boolean takesArticle) {
        if (!takesArticle || opening(name) != null) return "";
        if (vowel(name)) return "l'";
        if (fem) return "la ";
        return impure(name) ? "lo " : "il ";
    }

    private static String contract(String prep, String name, boolean fem, boolean takesArticle) {
        String[] own = opening(name);
        if (own != null) {
            // "Il Cerchio" → "dal Cerchio": the preposition takes the name's own article.
            name = name.substring(own[0].length());
            fem = own[1].startsWith("la") || own[1].startsWith("le");
            takesArticle = true;
            if (own[1].equals("i ") || own[1].equals("gli ") || own[1].equals("le ")) {
                String stem = switch (prep) { case "di" -> "de"; case "da" -> "da"; case "a" -> "a"; case "in" -> "ne"; case "su" -> "su"; default -> null; };
                if (stem == null) return prep + " " + own[1] + name;
                return (own[1].equals("i ") ? stem + "i " : own[1].equals("gli ") ? stem + "gli " : stem + "lle ") + name;
            }
            if (own[1].equals("lo ")) return (prep.equals("di") ? "dello " : prep.equals("da") ? "dallo " : prep.equals("a") ? "allo " : prep + " lo ") + name;
        }
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

    /** "su" before a phrase that opens with an article: "sull'inserimento", "sui percorsi", "sulla salute". */
    static String on(String phrase) {
        String[][] arts = {{"il ", "sul "}, {"lo ", "sullo "}, {"la ", "sulla "}, {"l'", "sull'"}, {"i ", "sui "}, {"gli ", "sugli "},
            {"le ", "sulle "}};
        for (String[] a : arts) if (phrase.startsWith(a[0])) return a[1] + phrase.substring(a[0].length());
        return "su " + phrase;
    }
}
