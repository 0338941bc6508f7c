package org.ponte.mapper.resolve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ponte.mapper.extract.EntityDraft;
import org.ponte.mapper.extract.EntityType;
import org.ponte.mapper.extract.Extraction;
import org.ponte.mapper.extract.Name;
import org.ponte.mapper.extract.NameCore;
import org.ponte.mapper.lexicon.Folding;

/**
 * Names that denote the same entity across documents: one document says "Centro Studi
 * Migrazioni e Territori (CeSMiT)", another only "CeSMiT", a third "Centro Studi Migrazioni e
 * Territori"; all three get one IRI. Built in a first pass over the corpus from every
 * document's entity names, then read by the resolver in the second pass, so mapping a document
 * stays a pure function of the document, the reference data and this index.
 *
 * <p>Two entities of the same type are one when they share a distinctive name: a name of two
 * words or more, or an acronym of four letters or more. Short acronyms ("ASP", "IRS") and
 * single common words name many bodies, so they never join entities by themselves; they follow
 * an entity only when every entity that uses them is already the same one. The IRI slug of a
 * group is the one its members would most often get on their own (ties broken alphabetically),
 * and a slug recorded by an earlier publication wins, so published IRIs do not change.
 */
public final class AliasIndex {
    private static final java.util.regex.Pattern NOT_UPPER = java.util.regex.Pattern.compile("[^\\p{Lu}]");
    private static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("[\\s\\p{Punct}–—’]+");
    private final Map<String, String> slugByKey;

    private AliasIndex(Map<String, String> slugByKey) {
        this.slugByKey = slugByKey;
    }

    /** An index from saved key→slug assignments (see {@link #load}). */
    public static AliasIndex of(Map<String, String> slugByKey) {
        return new AliasIndex(Map.copyOf(slugByKey));
    }

    /** An index that knows nothing: every entity keeps its own slug. */
    public static AliasIndex empty() {
        return new AliasIndex(Map.of());
    }

    /** The slug the corpus gives this entity, or null when the index has nothing to say. */
    public String slugFor(EntityDraft d) {
        if (d.ref() != null || d.type() == EntityType.PARTNERSHIP || d.type() == EntityType.PLACE) return null;
        for (String k : keys(d)) {
            String s = slugByKey.get(k);
            if (s != null) return s;
        }
        return null;
    }

    /** Number of keys indexed. */
    public int size() {
        return slugByKey.size();
    }

    /** Writes {@code key<TAB>slug} lines, for the next run and for curators. */
    public void save(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> e : new TreeMap<>(slugByKey).entrySet()) lines.add(e.getKey() + "\t" + e.getValue());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads what {@link #save} wrote; a missing file is an empty index. */
    public static Map<String, String> load(Path file) throws IOException {
        Map<String, String> m = new HashMap<>();
        if (!Files.isRegularFile(file)) return m;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab > 0) m.put(line.substring(0, tab), line.substring(tab + 1));
        }
        return m;
    }

    /** Keys of an entity: its type with each name's matching key and each name's core. */
    static List<String> keys(EntityDraft d) {
        List<String> out = new ArrayList<>();
        String unit = unitKey(d);
        if (unit != null) {
            // A university's department is known by its university and field, in any language; its bare
            // name ("Department of Economics") is every university's and joins nothing.
            out.add(unit);
            return out;
        }
        for (Name n : d.names()) {
            String k = Folding.key(n.text());
            if (k.isEmpty()) continue;
            out.add(d.type().name() + "|" + k);
            if (d.type() == EntityType.ORGANISATION) {
                String cross = NameCore.crossLingual(k);
                if (cross != null) out.add(d.type().name() + "|" + cross);
                String core = NameCore.core(k);
                if (!core.equals(k)) out.add(d.type().name() + "|" + core);
            }
        }
        return out;
    }

    /** The key of a university unit with a known parent: {@code ORGANISATION|unit:<parent slug>:<field>}, else null. */
    static String unitKey(EntityDraft d) {
        if (d.unitKey() == null || d.parent() == null) return null;
        return d.type().name() + "|unit:" + EntityResolver.localSlug(d.parent().canonical()) + ":" + d.unitKey();
    }

    /** Whether a key may join two entities: two words or more, or a single token of four letters or more that is an acronym. */
    static boolean distinctive(String key, boolean acronym) {
        String k = key.substring(key.indexOf('|') + 1);
        if (k.contains(" ")) return true;
        return acronym && k.length() >= 4;
    }

    /** Collects the names of a corpus's entities; {@link #build} makes the index. Thread-safe. */
    public static final class Builder {
        private final Map<String, Integer> keyIds = new HashMap<>();
        private final List<String> keyList = new ArrayList<>();
        private final List<int[]> parent = new ArrayList<>();
        private final Map<Integer, Map<String, Integer>> slugVotes = new HashMap<>();
        private final Map<String, Set<Integer>> weakUsers = new HashMap<>();
        private final Map<String, Set<Integer>> initialsOfLong = new HashMap<>();
        private final Map<String, Set<Integer>> acronymOnly = new HashMap<>();
        private final Map<String, String> previous;
        private int entities;

        /** @param previous key→slug assignments of an earlier publication (kept), possibly empty */
        public Builder(Map<String, String> previous) {
            this.previous = previous;
        }

        /** Adds the entities of one document's extraction. */
        public synchronized void add(Extraction x) {
            for (EntityDraft d : x.entities()) add(d);
        }

        private void add(EntityDraft d) {
            if (d.ref() != null || d.type() == EntityType.PARTNERSHIP || d.type() == EntityType.PLACE) return;
            entities++;
            List<Integer> strong = new ArrayList<>();
            List<String> weak = new ArrayList<>();
            String unit = unitKey(d);
            if (unit != null) {
                int id = id(unit);
                slugVotes.computeIfAbsent(id, r -> new HashMap<>()).merge(EntityResolver.localSlug(d), 1, Integer::sum);
                return;
            }
            for (Name n : d.names()) {
                String k = Folding.key(n.text());
                if (k.isEmpty()) continue;
                String key = d.type().name() + "|" + k;
                boolean acronym = n.role() == Name.Role.ACRONYM || org.ponte.mapper.extract.AcronymMatcher.isAcronymLike(n.text());
                if (distinctive(key, acronym)) strong.add(id(key));
                else weak.add(key);
                if (d.type() == EntityType.ORGANISATION) {
                    String cross = NameCore.crossLingual(k);
                    if (cross != null) strong.add(id(d.type().name() + "|" + cross));
                    String core = NameCore.core(k);
                    if (core.equals(k)) continue;
                    String coreKey = d.type().name() + "|" + core;
                    // "FONDAZIONE ISMU": the core "ISMU" is written as an acronym.
                    boolean coreAcronym = n.text().contains(core.toUpperCase(java.util.Locale.ROOT));
                    if (distinctive(coreKey, coreAcronym)) strong.add(id(coreKey));
                    else weak.add(coreKey);
                }
            }
            // An entity known only by a short acronym or one word joins nothing; the index may still place it (see build).
            if (strong.isEmpty()) return;
            int root = strong.get(0);
            for (int k : strong) union(root, k);
            // Initials of full names, and acronyms standing alone, so "CeSPI" in one document can meet
            // "Centro Studi di Politica Internazionale" in another.
            boolean hasLong = false;
            for (Name n : d.names()) {
                String ini = initials(n.text());
                if (ini != null && n.role() != Name.Role.ACRONYM) {
                    hasLong = true;
                    initialsOfLong.computeIfAbsent(d.type().name() + "|" + ini, x -> new HashSet<>()).add(root);
                }
            }
            if (!hasLong) {
                for (Name n : d.names()) {
                    if (n.role() != Name.Role.ACRONYM) continue;
                    String up = NOT_UPPER.matcher(n.text()).replaceAll("");
                    if (up.length() >= 3) acronymOnly.computeIfAbsent(d.type().name() + "|" + up.toLowerCase(java.util.Locale.ROOT), x -> new HashSet<>()).add(root);
                }
            }
            String slug = EntityResolver.localSlug(d);
            slugVotes.computeIfAbsent(root, r -> new HashMap<>()).merge(slug, 1, Integer::sum);
            for (String w : weak) weakUsers.computeIfAbsent(w, x -> new HashSet<>()).add(root);
        }

        private int id(String key) {
            Integer i = keyIds.get(key);
            if (i != null) return i;
            int n = keyList.size();
            keyIds.put(key, n);
            keyList.add(key);
            parent.add(new int[] {n});
            return n;
        }

        private int find(int i) {
            while (parent.get(i)[0] != i) {
                parent.get(i)[0] = parent.get(parent.get(i)[0])[0];
                i = parent.get(i)[0];
            }
            return i;
        }

        private void union(int a, int b) {
            int ra = find(a), rb = find(b);
            if (ra != rb) parent.get(rb)[0] = ra;
        }

        /** The initials of a multi-word name's capitalised words ("Centro Studi di Politica Internazionale" → cspi), or null. */
        static String initials(String name) {
            StringBuilder sb = new StringBuilder();
            int words = 0;
            for (String w : WORD_BREAK.split(name)) {
                if (w.isEmpty()) continue;
                if (Character.isUpperCase(w.charAt(0))) {
                    sb.append(Character.toLowerCase(w.charAt(0)));
                    words++;
                }
            }
            return words >= 3 ? sb.toString() : null;
        }

        public synchronized AliasIndex build() {
            // An acronym-only entity joins the one full name whose initials it spells, when there is exactly one.
            for (Map.Entry<String, Set<Integer>> e : acronymOnly.entrySet()) {
                Set<Integer> longs = initialsOfLong.get(e.getKey());
                if (longs == null) continue;
                Set<Integer> comps = new HashSet<>();
                for (int r : longs) comps.add(find(r));
                if (comps.size() != 1) continue;
                int target = comps.iterator().next();
                for (int r : e.getValue()) union(target, r);
            }
            // Votes per component.
            Map<Integer, Map<String, Integer>> votes = new HashMap<>();
            for (Map.Entry<Integer, Map<String, Integer>> e : slugVotes.entrySet()) {
                Map<String, Integer> v = votes.computeIfAbsent(find(e.getKey()), x -> new HashMap<>());
                e.getValue().forEach((s, n) -> v.merge(s, n, Integer::sum));
            }
            // A component keeps a slug it was published under.
            Map<Integer, String> chosen = new HashMap<>();
            for (int i = 0; i < keyList.size(); i++) {
                String old = previous.get(keyList.get(i));
                if (old != null) chosen.putIfAbsent(find(i), old);
            }
            for (Map.Entry<Integer, Map<String, Integer>> e : votes.entrySet()) {
                if (chosen.containsKey(e.getKey())) continue;
                String best = null;
                int bestN = -1;
                for (Map.Entry<String, Integer> v : e.getValue().entrySet()) {
                    if (v.getValue() > bestN || v.getValue() == bestN && v.getKey().compareTo(best) < 0) {
                        best = v.getKey();
                        bestN = v.getValue();
                    }
                }
                chosen.put(e.getKey(), best);
            }
            Map<String, String> slugs = new HashMap<>();
            for (int i = 0; i < keyList.size(); i++) {
                String s = chosen.get(find(i));
                if (s != null) slugs.put(keyList.get(i), s);
            }
            // A short key follows a component only when all its users are in that component.
            for (Map.Entry<String, Set<Integer>> e : weakUsers.entrySet()) {
                Set<Integer> comps = new HashSet<>();
                for (int r : e.getValue()) comps.add(find(r));
                if (comps.size() == 1) {
                    String s = chosen.get(comps.iterator().next());
                    if (s != null) slugs.put(e.getKey(), s);
                }
            }
            return new AliasIndex(slugs);
        }

        /** Entities seen, for reports. */
        public synchronized int entities() {
            return entities;
        }
    }
}
