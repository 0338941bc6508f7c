package org.ponte.mapper.extract;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads amounts of money in English and Italian notation: "399740", "€ 1.250.000,00",
 * "EUR 350,000", "2.5 million euro", "1,2 milioni di euro", "€299,870.50", "350 mila euro".
 * A separator is a decimal mark when it is the last of two kinds, or the only one and not
 * followed by exactly three digits; otherwise it groups thousands.
 */
public final class MoneyParser {
    private static final String CUR = "€|eur|euro|euros|usd|us\\$|\\$|dollars?|£|gbp|pounds?|chf|franchi|francs?";
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<c1>" + CUR + ")?\\s*(?<num>\\d{1,3}(?:[.,' ]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d+)?)"
            + "\\s*(?<mult>millions?|milioni|milione|mln|mio|mil|m|mila|thousand|k|billions?|miliardi|miliardo|mld|bn)?\\b\\.?"
            + "\\s*(?:di\\s+|of\\s+)?(?<c2>" + CUR + ")?(?![\\w])",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern PER_YEAR = Pattern.compile(
            "\\s*(?:annui|annue|all'anno|l'anno|ogni anno|per anno|per year|a year|per annum|yearly|annually|/\\s*anno|/\\s*year|p\\.a\\.)",
            Pattern.CASE_INSENSITIVE);

    /** A money amount and where it was found. */
    public record Found(Value.Money money, int start, int end) {}

    /**
     * The first amount in {@code s}. {@code defaultCurrency} (from the key, for example "Budget in
     * EUR") applies when the amount itself names none; with neither, nothing is returned.
     */
    public Found first(String s, String defaultCurrency) {
        if (s.chars().noneMatch(c -> c >= '0' && c <= '9')) return null; // AMOUNT needs a digit
        Matcher m = AMOUNT.matcher(s);
        while (m.find()) {
            String c = m.group("c1") != null ? m.group("c1") : m.group("c2");
            String currency = c != null ? currency(c) : defaultCurrency;
            if (currency == null) continue;
            String num = m.group("num");
            // A bare year or day number next to a currency word is not an amount.
            BigDecimal v = number(num);
            if (v == null) continue;
            String mult = m.group("mult");
            if (mult != null) v = v.multiply(multiplier(mult));
            if (v.signum() <= 0) continue;
            // "60.000 annui", "€ 20,000 per year": a yearly rate is not a total.
            if (PER_YEAR.matcher(s).region(m.end(), s.length()).lookingAt()) continue;
            v = v.stripTrailingZeros();
            if (v.scale() < 0) v = v.setScale(0);
            return new Found(new Value.Money(v, currency), m.start(), m.end());
        }
        return null;
    }

    /** The currency a key or text names ("in EUR", "(€)"), or null. */
    public static String currencyIn(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        if (l.contains("€") || l.matches(".*\\b(eur|euro|euros)\\b.*")) return "EUR";
        if (l.matches(".*\\b(usd|dollars?)\\b.*") || l.contains("$")) return "USD";
        if (l.contains("£") || l.matches(".*\\b(gbp|pounds?)\\b.*")) return "GBP";
        if (l.matches(".*\\bchf\\b.*")) return "CHF";
        return null;
    }

    private static String currency(String c) {
        String l = c.toLowerCase(Locale.ROOT);
        if (l.equals("€") || l.startsWith("eur")) return "EUR";
        if (l.contains("$") || l.startsWith("usd") || l.startsWith("dollar")) return "USD";
        if (l.equals("£") || l.startsWith("gbp") || l.startsWith("pound")) return "GBP";
        return "CHF";
    }

    static BigDecimal number(String num) {
        String s = num.replace("'", "").replace(" ", "");
        int lastDot = s.lastIndexOf('.'), lastComma = s.lastIndexOf(',');
        String normal;
        if (lastDot >= 0 && lastComma >= 0) {
            char dec = lastDot > lastComma ? '.' : ',';
            char group = dec == '.' ? ',' : '.';
            normal = s.replace(String.valueOf(group), "").replace(dec, '.');
        } else if (lastDot >= 0 || lastComma >= 0) {
            char sep = lastDot >= 0 ? '.' : ',';
            int count = s.length() - s.replace(String.valueOf(sep), "").length();
            int after = s.length() - s.lastIndexOf(sep) - 1;
            if (count > 1 || after == 3) normal = s.replace(String.valueOf(sep), "");
            else normal = s.replace(sep, '.');
        } else {
            normal = s;
        }
        try {
            return new BigDecimal(normal);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal multiplier(String mult) {
        String m = mult.toLowerCase(Locale.ROOT);
        if (m.startsWith("bill") || m.startsWith("miliard") || m.equals("mld") || m.equals("bn")) return new BigDecimal("1000000000");
        if (m.equals("mila") || m.equals("thousand") || m.equals("k")) return new BigDecimal("1000");
        return new BigDecimal("1000000");
    }
}
