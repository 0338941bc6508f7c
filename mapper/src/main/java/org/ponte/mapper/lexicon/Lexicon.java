package org.ponte.mapper.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ponte.core.PonteException;
import org.ponte.core.Problems;

/**
 * The extractor's rules as data, loaded once from {@code data/patterns/}: key–value keys, cue
 * phrases, organisation and programme head words, page furniture, language function words,
 * month names and small word classes. Immutable and shared by all mapping threads.
 *
 * <p>Everything is stored folded ({@link Folding#fold}); phrases are split into word tokens the
 * same way {@code Tokenizer} splits text, so matching is a token-by-token comparison.
 */
public final class Lexicon {

    /** Fields a key–value key can fill (keys.tsv). */
    public enum Field {
        TITLE, ACRONYM, COORDINATOR, PARTNER, FUNDING, PROGRAMME, BUDGET, CONTRIBUTION, DURATION, START, END,
        CONTACT, EMAIL, PHONE, WEBSITE, LOCATION, ORG_TYPE, THEME, TARGET, STATUS, OBJECTIVE, DESCRIPTION,
        DELIVERABLE, ROLE;

        static Field parse(String s) {
            return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /** Relations a cue phrase introduces (cues.tsv). */
    public enum Cue {
        FUNDING, PROGRAMME, COORDINATION, COORDINATOR_BEFORE, PARTNER_BEFORE, MANAGEMENT, PARTNER, AGREEMENT, SIGNING, BETWEEN, NAMING, DEFINITION, LOCATION;

        static Cue parse(String s) {
            return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /** Where a head word sits in a name (heads.tsv). */
    public enum HeadPosition { PRE, POST, UNIT }

    /** A head word: "Fondazione" opens organisation names, "Programme" closes programme names. */
    public record Head(List<String> words, HeadPosition position, boolean programme, String orgType) {}

    /** A recognised key: the field and whether the key narrows it to a part of the project. */
    public record KeyMatch(Field field, boolean subscoped) {}

    /** A phrase found in a token sequence. */
    public record PhraseMatch<T>(T value, int start, int end) {}

    private final List<KeyEntry> keys = new ArrayList<>();
    private final PhraseTrie<Cue> cues = new PhraseTrie<>();
    private final PhraseTrie<Head> preHeads = new PhraseTrie<>();
    private final PhraseTrie<Head> postHeads = new PhraseTrie<>();
    private final PhraseTrie<Head> unitHeads = new PhraseTrie<>();
    private final Set<String> furnitureLines = new HashSet<>();
    private final List<String> furnitureContains = new ArrayList<>();
    private final Set<String> furnitureKeys = new HashSet<>();
    private final Map<String, Set<String>> languageWords = new HashMap<>();
    private final Map<String, Integer> months = new HashMap<>();
    private final Map<String, Set<String>> wordClasses = new HashMap<>();
    private final Map<String, List<List<String>>> phraseClasses = new HashMap<>();
    private final Set<String> subscope = new HashSet<>();

    private record KeyEntry(List<String> words, Field field) {}

    /** {@link #keys} by first word, each list in the order of {@link #keys} (longest first). */
    private final Map<String, List<KeyEntry>> keysByFirst = new HashMap<>();
    /** The first entry of {@link #keys} with no words (it prefixes every key), or null. */
    private KeyEntry emptyKey;
    /** The first entry of {@link #keys} for each whole word list. */
    private final Map<List<String>, KeyEntry> keysByWords = new HashMap<>();

    private Lexicon() {}

    /** Loads every pattern file; a missing file or column is fatal, a bad row is reported and skipped. */
    public static Lexicon load(DataFiles files, Problems problems) {
        Lexicon lx = new Lexicon();
        try {
            lx.loadWords(table(files, "words.tsv", problems, "class", "lang", "words"));
            lx.loadKeys(table(files, "keys.tsv", problems, "field", "lang", "key"), problems);
            lx.loadCues(table(files, "cues.tsv", problems, "relation", "lang", "cue"), problems);
            lx.loadHeads(table(files, "heads.tsv", problems, "word", "lang", "position", "type", "orgtype"), problems);
            lx.loadFurniture(table(files, "furniture.tsv", problems, "kind", "lang", "text"), problems);
            lx.loadLanguage(table(files, "language.tsv", problems, "lang", "words"));
            lx.loadMonths(table(files, "months.tsv", problems, "lang", "month", "names"), problems);
            if (files.exists("disciplines.tsv")) lx.loadDisciplines(table(files, "disciplines.tsv", problems, "id", "names"), problems);
        } catch (IOException e) {
            throw new PonteException("cannot read the extraction patterns: " + e.getMessage(), e);
        }
        return lx;
    }

    private static TsvTable table(DataFiles files, String name, Problems problems, String... cols) throws IOException {
        try (InputStream in = files.open(name)) {
            return TsvTable.read(files.describe(name), in, problems, cols);
        }
    }

    private static List<String> alternatives(TsvTable.Row row, String column) {
        return row.list(column);
    }

    private void loadWords(TsvTable t) {
        for (TsvTable.Row r : t.rows()) {
            String cls = r.get("class");
            String raw = r.get("words");
            List<String> items = raw.contains("|") ? r.list("words") : Arrays.asList(raw.trim().split("\\s+"));
            Set<String> set = wordClasses.computeIfAbsent(cls, k -> new HashSet<>());
            List<List<String>> phrases = phraseClasses.computeIfAbsent(cls, k -> new ArrayList<>());
            for (String w : items) {
                String f = Folding.fold(w.trim());
                if (f.isEmpty()) continue;
                set.add(f);
                phrases.add(PhraseTokens.split(f));
            }
        }
    }

    private void loadKeys(TsvTable t, Problems problems) {
        for (TsvTable.Row r : t.rows()) {
            String field = r.get("field");
            if (field.equals("subscope")) {
                for (String w : r.list("key")) subscope.add(Folding.fold(w));
                continue;
            }
            Field f;
            try {
                f = Field.parse(field);
            } catch (IllegalArgumentException e) {
                problems.error(r.where(), -1, "unknown field '" + field + "'; row skipped");
                continue;
            }
            for (String k : r.list("key")) keys.add(new KeyEntry(PhraseTokens.split(Folding.key(k)), f));
        }
        // Longest keys first, so "budget of the project" beats "budget".
        keys.sort((a, b) -> Integer.compare(b.words.size(), a.words.size()));
        for (KeyEntry e : keys) {
            if (e.words.isEmpty()) {
                if (emptyKey == null) emptyKey = e;
            } else {
                keysByFirst.computeIfAbsent(e.words.get(0), k -> new ArrayList<>()).add(e);
            }
            keysByWords.putIfAbsent(e.words, e);
        }
    }

    private void loadCues(TsvTable t, Problems problems) {
        for (TsvTable.Row r : t.rows()) {
            Cue c;
            try {
                c = Cue.parse(r.get("relation"));
            } catch (IllegalArgumentException e) {
                problems.error(r.where(), -1, "unknown relation '" + r.get("relation") + "'; row skipped");
                continue;
            }
            for (String phrase : r.list("cue"))
                for (List<String> expanded : expandPlaceholders(PhraseTokens.split(Folding.fold(phrase))))
                    cues.add(expanded, c);
        }
    }

    /** Expands {da}, {da+}, {di}, {a}, {su} into their Italian preposition forms. */
    private List<List<String>> expandPlaceholders(List<String> tokens) {
        List<List<String>> out = new ArrayList<>();
        out.add(new ArrayList<>());
        for (String tok : tokens) {
            List<String> options;
            switch (tok) {
                case "{da}" -> options = phrases("agentprep");
                case "{da+}" -> {
                    options = new ArrayList<>(phrases("agentprep"));
                    options.addAll(phrases("ofprep"));
                }
                case "{di}" -> options = phrases("ofprep");
                case "{a}" -> options = phrases("toprep");
                case "{su}" -> options = phrases("onprep");
                default -> options = List.of(tok);
            }
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : out)
                for (String o : options) {
                    List<String> p = new ArrayList<>(prefix);
                    p.addAll(PhraseTokens.split(o));
                    next.add(p);
                }
            out = next;
        }
        return out;
    }

    private List<String> phrases(String cls) {
        List<String> out = new ArrayList<>();
        for (List<String> p : phraseClasses.getOrDefault(cls, List.of())) out.add(String.join(" ", p));
        return out;
    }

    private void loadHeads(TsvTable t, Problems problems) {
        for (TsvTable.Row r : t.rows()) {
            HeadPosition pos;
            try {
                pos = HeadPosition.valueOf(r.get("position").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.error(r.where(), -1, "position must be pre, post or unit; row skipped");
                continue;
            }
            String type = r.get("type");
            if (!type.equals("organisation") && !type.equals("programme")) {
                problems.error(r.where(), -1, "type must be organisation or programme; row skipped");
                continue;
            }
            List<String> words = PhraseTokens.split(Folding.fold(r.get("word")));
            Head h = new Head(words, pos, type.equals("programme"), r.get("orgtype").isEmpty() ? null : r.get("orgtype"));
            (pos == HeadPosition.PRE ? preHeads : pos == HeadPosition.POST ? postHeads : unitHeads).add(words, h);
        }
    }

    private void loadFurniture(TsvTable t, Problems problems) {
        for (TsvTable.Row r : t.rows()) {
            String kind = r.get("kind");
            for (String s : r.list("text")) {
                if (kind.equals("line")) furnitureLines.add(Folding.key(s));
                else if (kind.equals("contains")) furnitureContains.add(Folding.fold(s));
                else if (kind.equals("key")) furnitureKeys.add(Folding.key(s));
                else problems.error(r.where(), -1, "kind must be line, contains or key; row skipped");
            }
        }
    }

    private void loadLanguage(TsvTable t) {
        for (TsvTable.Row r : t.rows())
            languageWords.computeIfAbsent(r.get("lang"), k -> new HashSet<>())
                    .addAll(Arrays.asList(Folding.fold(r.get("words")).split("\\s+")));
    }

    private final Map<String, String> disciplines = new HashMap<>();

    private void loadDisciplines(TsvTable t, Problems problems) {
        for (TsvTable.Row r : t.rows()) {
            String id = r.get("id");
            for (String name : r.list("names")) {
                String prev = disciplines.putIfAbsent(disciplineKey(name), id);
                if (prev != null && !prev.equals(id)) problems.error(r.where(), -1, "'" + name + "' already names field '" + prev + "'");
            }
        }
    }

    private static final Set<String> CONJUNCTIONS = Set.of("and", "e", "ed", "&", ",", "et", "y", "und");

    /** A field's name with case, accents, punctuation and conjunctions ignored. */
    static String disciplineKey(String name) {
        List<String> out = new ArrayList<>();
        for (String w : PhraseTokens.split(Folding.key(name))) if (!CONJUNCTIONS.contains(w)) out.add(w);
        return String.join(" ", out);
    }

    /** The id of the field of study a phrase names ("scienze umane", "Human Sciences" → human-sciences), or null. */
    public String discipline(String phrase) {
        return disciplines.get(disciplineKey(phrase));
    }

    private void loadMonths(TsvTable t, Problems problems) {
        for (TsvTable.Row r : t.rows()) {
            int m;
            try {
                m = Integer.parseInt(r.get("month"));
            } catch (NumberFormatException e) {
                problems.error(r.where(), -1, "month must be a number; row skipped");
                continue;
            }
            for (String name : r.list("names")) months.putIfAbsent(Folding.fold(name), m);
        }
    }

    // ---------------------------------------------------------------- queries

    /**
     * The field a key fills, matching the key's folded words against keys.tsv by prefix (the
     * longest entry wins), or null when the key is unknown.
     */
    public KeyMatch keyField(String keyText) {
        List<String> words = PhraseTokens.split(Folding.key(keyText));
        if (words.isEmpty()) return null;
        KeyEntry e = prefixEntry(words);
        if (e == null) return null;
        List<String> rest = words.subList(e.words.size(), words.size());
        if (!rest.isEmpty()) {
            // "Project total duration", "Project summary": the words after a generic head word say
            // what the key really is; "Project reference" with nothing known after it names no field.
            for (int j = 0; j < rest.size(); j++) {
                KeyEntry inner = prefixEntry(rest.subList(j, rest.size()));
                // "Importo totale del progetto", "Budget of the project": a bare "project" at the end says whose
                // amount it is, not that the key is the project's title.
                if (inner != null && inner.field == Field.TITLE && inner.words.size() == 1 && is("project", inner.words.get(0))) continue;
                if (inner != null && inner.field != e.field && inner.words.size() == rest.size() - j)
                    return new KeyMatch(inner.field, false);
            }
            if (e.field == Field.TITLE && e.words.size() == 1 && is("project", e.words.get(0))) return null;
        }
        boolean sub = false;
        for (String w : rest) if (subscope.contains(w)) sub = true;
        return new KeyMatch(e.field, sub);
    }

    /** The longest keys.tsv entry the words start with (entries are kept longest first). */
    private KeyEntry prefixEntry(List<String> words) {
        // Only entries with the same first word can match; an entry with no words (kept after all others) matches any.
        List<KeyEntry> candidates = words.isEmpty() ? null : keysByFirst.get(words.get(0));
        if (candidates != null)
            for (KeyEntry e : candidates) {
                if (e.words.size() > words.size()) continue;
                if (words.subList(0, e.words.size()).equals(e.words)) return e;
            }
        return emptyKey;
    }

    /** The field a heading names: the whole heading must be a key ("Partner", "Il progetto"), not just start with one. */
    public KeyMatch headingField(String heading) {
        List<String> words = PhraseTokens.split(Folding.key(heading));
        KeyEntry e = keysByWords.get(words);
        return e == null ? null : new KeyMatch(e.field, false);
    }

    /** Cue phrases found in a folded token sequence starting at {@code from}: longest at each position. */
    public PhraseTrie<Cue> cues() { return cues; }

    public PhraseTrie<Head> preHeads() { return preHeads; }

    public PhraseTrie<Head> postHeads() { return postHeads; }

    public PhraseTrie<Head> unitHeads() { return unitHeads; }

    /** Whether a whole short line is page furniture ("VIDEO", "Condividi questa pagina!"). */
    public boolean isFurnitureLine(String line) {
        if (furnitureLines.contains(Folding.key(line))) return true;
        // "SCHEDA / FACT SHEET", "Comunicato stampa | Press release": every part is furniture.
        String[] parts = line.split("\\s+[/|–—]\\s+");
        if (parts.length < 2) return false;
        for (String p : parts) if (!furnitureLines.contains(Folding.key(p))) return false;
        return true;
    }

    /** Whether a "Key: value" line is furniture by its key ("Foto", "Tag", "Sei in"). */
    public boolean isFurnitureKey(String key) {
        return furnitureKeys.contains(Folding.key(key));
    }

    /** Whether a paragraph reads as legal or site boilerplate. */
    public boolean isBoilerplate(String paragraph) {
        String f = Folding.fold(paragraph);
        int cues = 0;
        for (String s : furnitureContains) if (f.contains(s)) cues++;
        if (cues == 0) return false;
        // One cue word in a long paragraph ("nel rispetto della privacy dei ragazzi") is content.
        int words = paragraph.isBlank() ? 0 : paragraph.trim().split("\\s+").length;
        return cues >= 2 || words <= 60;
    }

    /** Function words of a language ("en", "it"). */
    public Set<String> languageWords(String lang) {
        return languageWords.getOrDefault(lang, Set.of());
    }

    /** Languages the lexicon can tell apart. */
    public Set<String> languages() {
        return Collections.unmodifiableSet(languageWords.keySet());
    }

    /** Month number of a folded month name or abbreviation, or 0. */
    public int month(String folded) {
        return months.getOrDefault(folded, 0);
    }

    /** All folded month names, for building date patterns. */
    public Set<String> monthNames() {
        return Collections.unmodifiableSet(months.keySet());
    }

    /** A closed word class from words.tsv (folded single words and phrases). */
    public Set<String> words(String cls) {
        return wordClasses.getOrDefault(cls, Set.of());
    }

    /** The phrases of a word class, as token lists. */
    public List<List<String>> phraseList(String cls) {
        return phraseClasses.getOrDefault(cls, List.of());
    }

    private volatile Set<String> placeholders;

    /**
     * Whether a field's whole value says it has none: no letter or digit ("-", "–"), or a word of
     * the placeholder class ("N/A", "TBC", "vedi sito"), compared without punctuation.
     */
    public boolean isPlaceholder(String value) {
        String v = bare(Folding.fold(value));
        if (v.isEmpty()) return true;
        Set<String> p = placeholders;
        if (p == null) {
            Set<String> built = new java.util.HashSet<>();
            for (String w : words("placeholder")) built.add(bare(w));
            placeholders = p = Set.copyOf(built);
        }
        return p.contains(v);
    }

    private static String bare(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) b.append(c);
            else if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') b.append(' ');
        }
        return b.toString().strip();
    }

    /** The Italian agent prepositions and the like, by class name, as a folded set. */
    public boolean is(String cls, String folded) {
        return words(cls).contains(folded);
    }

    /** Per-relation copies of the cue phrases, for diagnostics and tests. */
    public Map<Cue, Integer> cueCounts() {
        Map<Cue, Integer> m = new EnumMap<>(Cue.class);
        cues.forEach((words, c) -> m.merge(c, 1, Integer::sum));
        return m;
    }
}
