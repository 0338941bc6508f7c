package org.ponte.mapper.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ponte.mapper.lexicon.Folding;
import org.ponte.mapper.lexicon.Lexicon;

/**
 * Reads dates and periods in the forms project pages use, in any language of months.tsv:
 * "2013-2015", "2005-ongoing", "01/10/12 to 31/09/14", "from 01/03/2016 to 28/02/2018",
 * "dal 3 al 7 febbraio 2014", "January 2019 – June 2021", "dal 1° settembre 2017 al 31 agosto
 * 2019", "July 2013", "2014". Each date keeps the precision the text gives (xsd:gYear,
 * gYearMonth or date). A day that does not exist ("31/09/14") is never produced: the valid
 * part (2014-09) is kept and the problem reported through the warning callback.
 */
public final class DateParser {
    private final Lexicon lexicon;
    private final Pattern atoms;
    private final Pattern connector;
    /** The 'ongoing' alternative of {@link #atoms} alone: the only one that can match text without a digit. */
    private final Pattern ongoingOnly;

    private static final java.util.Map<Lexicon, DateParser> SHARED = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** The parser for a lexicon, built once (its patterns are large) and shared: it is stateless. */
    public static DateParser of(Lexicon lexicon) {
        return SHARED.computeIfAbsent(lexicon, DateParser::new);
    }

    public DateParser(Lexicon lexicon) {
        this.lexicon = lexicon;
        String months = lexicon.monthNames().stream().sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        String ongoing = lexicon.words("ongoing").stream().sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        String ord = "(?:°|º|st|nd|rd|th)?";
        // Every alternative but this one needs a digit (\d): keep it so when adding one (see atoms).
        String ongoingAtom = "\\b(?:" + ongoing + ")\\b";
        atoms = Pattern.compile(
                "(?<iso>\\b(?<isoY>\\d{4})-(?<isoM>\\d{1,2})-(?<isoD>\\d{1,2})\\b)"
                + "|(?<dmy>\\b(?<d1>\\d{1,2})[/.\\-](?<m1>\\d{1,2})[/.\\-](?<y1>\\d{4}|\\d{2})\\b)"
                + "|(?<dMy>\\b(?<d2>\\d{1,2})" + ord + "\\s+(?<M2>" + months + ")\\.?,?\\s+(?<y2>\\d{4})\\b)"
                + "|(?<Mdy>\\b(?<M3>" + months + ")\\.?\\s+(?<d3>\\d{1,2})" + ord + ",?\\s+(?<y3>\\d{4})\\b)"
                + "|(?<My>\\b(?<M4>" + months + ")\\.?,?\\s+(?:of\\s+|del\\s+|dell'\\s*)?(?<y4>\\d{4})\\b)"
                + "|(?<my>\\b(?<m5>\\d{1,2})[/.](?<y5>\\d{4})\\b)"
                + "|(?<dM>\\b(?<d6>\\d{1,2})" + ord + "\\s+(?<M6>" + months + ")\\b)"
                + "|(?<y>(?<![\\d.,])(?<y7>(?:19|20)\\d{2})(?![\\d.,]\\d))"
                + "|(?<ongoing>" + ongoingAtom + ")"
                + "|(?<day>\\b(?<d8>\\d{1,2})" + ord + "(?=\\s+(?:al|to|until|-|–|e)\\s))",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        ongoingOnly = Pattern.compile(ongoingAtom, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        connector = Pattern.compile(
                "^\\s*(?:-|–|—|/|to|to the|until|till|through|thru|al|all'|a|ad|fino al|fino a|fino all'|and|e|and the|e il|e l'|au|bis|hasta|ao)\\s*(?:il\\s+|the\\s+)?$",
                Pattern.CASE_INSENSITIVE);
    }

    private enum Kind { DAY, YEAR_MONTH, YEAR, DAY_MONTH, BARE_DAY, ONGOING }

    private record Atom(Kind kind, int y, int m, int d, int start, int end) {}

    /** The first period in {@code s}, or null. */
    public Period firstPeriod(String s, Consumer<String> warnings) {
        List<Period> all = periods(s, warnings);
        return all.isEmpty() ? null : all.get(0);
    }

    /**
     * Every period in {@code s}: ranges ("X to Y") first-class, single dates as periods with
     * start = end at their precision only when {@code singles} is true.
     */
    public List<Period> periods(String s, Consumer<String> warnings) {
        return periods(s, null, warnings);
    }

    /**
     * As {@link #periods(String, Consumer)}, but a day and month that stand alone ("parte lunedì 9
     * ottobre") take {@code defaultYear}; one that opens a range still takes the range's year.
     */
    public List<Period> periods(String s, Integer defaultYear, Consumer<String> warnings) {
        List<Atom> atomsFound = atoms(s);
        if (defaultYear != null)
            for (int i = 0; i < atomsFound.size(); i++) {
                Atom a = atomsFound.get(i);
                if (a.kind != Kind.DAY_MONTH) continue;
                boolean opensRange = i + 1 < atomsFound.size() && connector.matcher(s.substring(a.end, atomsFound.get(i + 1).start)).find();
                boolean closesRange = i > 0 && connector.matcher(s.substring(atomsFound.get(i - 1).end, a.start)).find();
                if (!opensRange && !closesRange) atomsFound.set(i, new Atom(Kind.DAY, defaultYear, a.m, a.d, a.start, a.end));
            }
        List<Period> out = new ArrayList<>();
        for (int i = 0; i < atomsFound.size(); i++) {
            Atom a = atomsFound.get(i);
            if (a.kind == Kind.ONGOING || a.kind == Kind.BARE_DAY && i + 1 >= atomsFound.size()) continue;
            Atom b = i + 1 < atomsFound.size() ? atomsFound.get(i + 1) : null;
            if (b != null && connector.matcher(s.substring(a.end, b.start)).find()) {
                if (b.kind == Kind.ONGOING) {
                    Value.Date start = toDate(a, null, warnings);
                    if (start != null) out.add(new Period(start, null, true, a.start, b.end));
                    i++;
                    continue;
                }
                Atom first = complete(a, b);
                Value.Date start = toDate(first, null, warnings);
                Value.Date end = toDate(b, null, warnings);
                if (start != null && end != null && start.yearValue() > end.yearValue()) {
                    warnings.accept("period " + s.substring(a.start, b.end) + " ends before it starts; ignored");
                    i++;
                    continue;
                }
                if (start != null || end != null) out.add(new Period(start, end, false, a.start, b.end));
                i++;
                continue;
            }
            if (a.kind == Kind.BARE_DAY || a.kind == Kind.DAY_MONTH) continue;
            Value.Date single = toDate(a, null, warnings);
            if (single != null) out.add(new Period(single, single, false, a.start, a.end));
        }
        return out;
    }

    /**
     * Every single date in {@code s} at its precision, in order; a day and month without a year
     * ("giovedì 5 novembre") takes {@code defaultYear} when one is given.
     */
    public List<Value.Date> singleDates(String s, Integer defaultYear, Consumer<String> warnings) {
        List<Value.Date> out = new ArrayList<>();
        for (Atom a : atoms(s)) {
            Atom x = a;
            if (a.kind == Kind.DAY_MONTH && defaultYear != null) x = new Atom(Kind.DAY, defaultYear, a.m, a.d, a.start, a.end);
            if (x.kind == Kind.ONGOING || x.kind == Kind.BARE_DAY || x.kind == Kind.DAY_MONTH) continue;
            Value.Date d = toDate(x, null, warnings);
            if (d != null) out.add(d);
        }
        return out;
    }

    /** A single date at the start of a string ("june 2014", "2014", "31/09/14"), or null. */
    public Value.Date date(String s, Consumer<String> warnings) {
        for (Atom a : atoms(s)) {
            if (a.kind == Kind.ONGOING || a.kind == Kind.BARE_DAY || a.kind == Kind.DAY_MONTH) continue;
            return toDate(a, null, warnings);
        }
        return null;
    }

    /** "3" in "dal 3 al 7 febbraio 2014" takes its month and year from the end of the range. */
    private static Atom complete(Atom a, Atom b) {
        if (a.kind == Kind.BARE_DAY && (b.kind == Kind.DAY || b.kind == Kind.DAY_MONTH))
            return new Atom(b.kind == Kind.DAY ? Kind.DAY : Kind.DAY_MONTH, b.y, b.m, a.d, a.start, a.end);
        if (a.kind == Kind.DAY_MONTH && b.kind == Kind.DAY) return new Atom(Kind.DAY, b.y, a.m, a.d, a.start, a.end);
        if (a.kind == Kind.BARE_DAY) return new Atom(Kind.BARE_DAY, 0, 0, a.d, a.start, a.end);
        return a;
    }

    private List<Atom> atoms(String s) {
        List<Atom> out = new ArrayList<>();
        if (!hasDigit(s)) {
            // Only the 'ongoing' alternative can match here: the same atoms, without trying the others at every character.
            Matcher m = ongoingOnly.matcher(s);
            while (m.find()) out.add(new Atom(Kind.ONGOING, 0, 0, 0, m.start(), m.end()));
            return out;
        }
        Matcher m = atoms.matcher(s);
        while (m.find()) {
            Atom a = null;
            if (m.group("iso") != null) a = new Atom(Kind.DAY, num(m, "isoY"), num(m, "isoM"), num(m, "isoD"), m.start(), m.end());
            else if (m.group("dmy") != null) {
                int d = num(m, "d1"), mo = num(m, "m1"), y = year(m.group("y1"));
                if (mo > 12 && d <= 12) { int t = d; d = mo; mo = t; } // 03/25/2016, US order
                a = new Atom(Kind.DAY, y, mo, d, m.start(), m.end());
            } else if (m.group("dMy") != null) a = new Atom(Kind.DAY, num(m, "y2"), month(m.group("M2")), num(m, "d2"), m.start(), m.end());
            else if (m.group("Mdy") != null) a = new Atom(Kind.DAY, num(m, "y3"), month(m.group("M3")), num(m, "d3"), m.start(), m.end());
            else if (m.group("My") != null) a = new Atom(Kind.YEAR_MONTH, num(m, "y4"), month(m.group("M4")), 0, m.start(), m.end());
            else if (m.group("my") != null) a = new Atom(Kind.YEAR_MONTH, num(m, "y5"), num(m, "m5"), 0, m.start(), m.end());
            else if (m.group("dM") != null) a = new Atom(Kind.DAY_MONTH, 0, month(m.group("M6")), num(m, "d6"), m.start(), m.end());
            else if (m.group("y") != null) a = new Atom(Kind.YEAR, num(m, "y7"), 0, 0, m.start(), m.end());
            else if (m.group("ongoing") != null) a = new Atom(Kind.ONGOING, 0, 0, 0, m.start(), m.end());
            else if (m.group("day") != null) a = new Atom(Kind.BARE_DAY, 0, 0, num(m, "d8"), m.start(), m.end());
            if (a != null) out.add(a);
        }
        return out;
    }

    private int month(String name) {
        return lexicon.month(Folding.fold(name).replace(".", ""));
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }

    private static int num(Matcher m, String g) {
        return Integer.parseInt(m.group(g));
    }

    private static int year(String y) {
        int v = Integer.parseInt(y);
        if (y.length() == 2) v += v < 70 ? 2000 : 1900;
        return v;
    }

    /** The date an atom denotes at its precision, clipped to its valid part when the day or month is impossible. */
    private static Value.Date toDate(Atom a, Atom ignored, Consumer<String> warnings) {
        if (a.y < 1000 || a.y > 2999) return null;
        switch (a.kind) {
            case YEAR:
                return Value.Date.year(a.y);
            case YEAR_MONTH:
                if (a.m < 1 || a.m > 12) {
                    warnings.accept("month " + a.m + " of " + a.y + " does not exist; kept the year only");
                    return Value.Date.year(a.y);
                }
                return Value.Date.yearMonth(a.y, a.m);
            case DAY:
                if (a.m < 1 || a.m > 12) {
                    warnings.accept("date " + a.d + "/" + a.m + "/" + a.y + " has no month " + a.m + "; kept the year only");
                    return Value.Date.year(a.y);
                }
                try {
                    LocalDate.of(a.y, a.m, a.d);
                    return Value.Date.day(a.y, a.m, a.d);
                } catch (DateTimeException e) {
                    warnings.accept(String.format("date %02d/%02d/%04d does not exist; kept %04d-%02d", a.d, a.m, a.y, a.y, a.m));
                    return Value.Date.yearMonth(a.y, a.m);
                }
            default:
                return null;
        }
    }

    /** Words that say a period is open-ended, folded. */
    public Set<String> ongoingWords() {
        return lexicon.words("ongoing");
    }
}
