package org.ponte.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Dates and amounts written the many ways the real documents write them, each with the value
 * the gold records: a date prefix at the precision the text gives ("2016", "2018-01",
 * "2017-09-01"), an impossible day cut back to its month (31/09/2014 gives 2014-09), an amount
 * in EUR whatever the notation ("1,2 milioni di euro", "EUR 1,134,520.00", "€ 742.000,00").
 */
final class Notation {
    private Notation() {}

    /** A calendar day; {@code invalid} when the day does not exist in its month (the text's own slip). */
    record Day(int y, int m, int d, boolean invalid) {
        String iso() {
            return invalid ? month() : month() + "-" + two(d);
        }

        String month() {
            return y + "-" + two(m);
        }

        String year() {
            return Integer.toString(y);
        }
    }

    /** A project's period. */
    record Period(Day start, Day end) {}

    static int lastDay(int y, int m) {
        return switch (m) {
            case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** A period starting in [fromYear, toYear] and lasting 6 to 48 months, occasionally with an impossible end day. */
    static Period period(Rand r, int fromYear, int toYear) {
        int y = r.between(fromYear, Math.max(fromYear, toYear));
        int m = r.between(1, 12);
        int d = r.chance(0.75) ? 1 : r.between(1, 28);
        int months = r.pick(new Integer[] {6, 12, 12, 18, 18, 24, 24, 24, 30, 36, 36, 48});
        int em = m + months - 1, ey = y + (em - 1) / 12;
        em = (em - 1) % 12 + 1;
        int ed = lastDay(ey, em);
        boolean bad = false;
        if (r.chance(0.06) && ed < 31) {
            ed = em == 2 ? 30 + r.below(2) : 31;
            bad = true;
        }
        boolean badStart = false;
        if (!bad && r.chance(0.02) && m == 2) {
            d = 30;
            badStart = true;
        }
        return new Period(new Day(y, m, d, badStart), new Day(ey, em, ed, bad));
    }

    /** Two digits, zero-padded (String.format is slow for the millions of dates a corpus has). */
    static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    static String dmy(Day d) {
        return two(d.d) + "/" + two(d.m) + "/" + d.y;
    }

    static String dmyShort(Day d) {
        return two(d.d) + "/" + two(d.m) + "/" + two(d.y % 100);
    }

    static String monthYear(Day d, boolean italian, boolean lower) {
        String m = italian ? Words.MONTHS_IT[d.m - 1] : Words.MONTHS_EN[d.m - 1];
        if (lower) m = m.toLowerCase(java.util.Locale.ROOT);
        return m + " " + d.y;
    }

    static String longDay(Day d, boolean italian) {
        if (italian) return (d.d == 1 ? "1°" : Integer.toString(d.d)) + " " + Words.MONTHS_IT[d.m - 1] + " " + d.y;
        return d.d + " " + Words.MONTHS_EN[d.m - 1] + " " + d.y;
    }

    static String slashMonth(Day d) {
        return two(d.m) + "/" + d.y;
    }

    // ---- Money ---------------------------------------------------------------------------------

    /** A budget: a plausible project cost, rounded the way budgets are. */
    static BigDecimal amount(Rand r) {
        int kind = r.weighted(30, 30, 25, 15);
        long base = switch (kind) {
            case 0 -> r.between(60, 900) * 1000L;
            case 1 -> r.between(100, 3500) * 1000L + r.between(0, 9) * 100L;
            case 2 -> r.between(120_000, 2_500_000) / 10 * 10L;
            default -> r.between(10, 45) * 100_000L;
        };
        if (kind == 2 && r.chance(0.3)) return BigDecimal.valueOf(base * 100 + r.between(1, 99), 2);
        return BigDecimal.valueOf(base);
    }

    /** A part of a budget (an EU contribution, the public share). */
    static BigDecimal share(BigDecimal total, Rand r) {
        int pct = r.pick(new Integer[] {50, 60, 70, 75, 80, 85, 90, 95});
        return total.multiply(BigDecimal.valueOf(pct)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** Thousands and decimals separated the English way: 1,134,520.00 */
    static String english(BigDecimal v, boolean cents) {
        String plain = v.setScale(cents ? 2 : 0, RoundingMode.HALF_UP).toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder sb = new StringBuilder(plain.length() + 4);
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) sb.append(',');
            sb.append(whole.charAt(i));
        }
        if (dot >= 0) sb.append(plain, dot, plain.length());
        return sb.toString();
    }

    /** The Italian way: 1.134.520,00 */
    static String italian(BigDecimal v, boolean cents) {
        return english(v, cents).replace(",", "#").replace(".", ",").replace("#", ".");
    }

    /** Whether the amount is a round number of hundreds of thousands, so "1,2 milioni" is exact. */
    static boolean millions(BigDecimal v) {
        return v.compareTo(BigDecimal.valueOf(1_000_000)) >= 0
                && v.remainder(BigDecimal.valueOf(10_000)).signum() == 0 && v.scale() <= 0;
    }

    /** "1,2 milioni di euro" / "EUR 1.2 million" / "2.15 million euro". */
    static String inMillions(BigDecimal v, boolean italian) {
        String m = v.divide(BigDecimal.valueOf(1_000_000)).stripTrailingZeros().toPlainString();
        return italian ? m.replace('.', ',') + " milioni di euro" : m + " million euro";
    }

    /** An amount as an Italian text writes it. */
    static String euroIt(BigDecimal v, Rand r) {
        boolean cents = v.scale() > 0 || r.chance(0.5);
        if (millions(v) && r.chance(0.5)) return inMillions(v, true);
        return switch (r.below(4)) {
            case 0 -> "€ " + italian(v, cents);
            case 1 -> italian(v, cents) + " €";
            case 2 -> italian(v, cents && v.scale() > 0) + " euro";
            default -> "euro " + italian(v, cents);
        };
    }

    /** An amount as an English text writes it. */
    static String euroEn(BigDecimal v, Rand r) {
        boolean cents = v.scale() > 0 || r.chance(0.4);
        if (millions(v) && r.chance(0.4)) return r.chance(0.5) ? "EUR " + v.divide(BigDecimal.valueOf(1_000_000)).stripTrailingZeros().toPlainString() + " million" : inMillions(v, false);
        return switch (r.below(3)) {
            case 0 -> "EUR " + english(v, cents);
            case 1 -> "€ " + english(v, cents);
            default -> english(v, cents) + " euro";
        };
    }
}
