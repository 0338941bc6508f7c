package org.ponte.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ponte.mapper.lexicon.DataFiles;
import org.ponte.mapper.lexicon.Folding;

/**
 * The real funders, programmes, places and given names the generator draws from, read from
 * {@code data/reference/*.tsv} (the checkout's copy when there is one, else the copy packaged in
 * the mapper jar). Every row becomes a pooled {@link GoldEntity} whose names are all the row's
 * names, acronyms and aliases, so the gold accepts any form a mapper may give it.
 */
final class ReferenceTables {

    /** One row of organisations.tsv, programmes.tsv or places.tsv. */
    static final class Ref {
        final String id;
        final String type;
        final String nameEn;
        final String nameIt;
        final List<String> acronyms;
        final List<String> aliases;
        final String parent;
        final String country;
        final String period;
        /** Built once the whole table is read: names that fold to another row's name are left out. */
        GoldEntity entity;
        private final String prefix, goldType;

        Ref(String prefix, String goldType, String id, String type, String nameEn, String nameIt, List<String> acronyms,
            List<String> aliases, String parent, String country, String period) {
            this.id = id;
            this.type = type;
            this.nameEn = nameEn;
            this.nameIt = nameIt;
            this.acronyms = acronyms;
            this.aliases = aliases;
            this.parent = parent;
            this.country = country;
            this.period = period;
            this.prefix = prefix;
            this.goldType = goldType;
        }

        List<String> allNames() {
            List<String> names = new ArrayList<>();
            for (String n : List.of(nameEn, nameIt)) if (!n.isEmpty() && !names.contains(n)) names.add(n);
            for (String n : acronyms) if (!names.contains(n)) names.add(n);
            for (String n : aliases) if (!names.contains(n)) names.add(n);
            return names;
        }

        /** Whether the gold lists this form (false for a form that matching cannot tell from another row's). */
        boolean hasName(String n) {
            return entity.names.contains(n);
        }

        /** The name in the document's language, falling back to the other one. */
        String name(boolean italian) {
            if (italian) return nameIt.isEmpty() ? nameEn : nameIt;
            return nameEn.isEmpty() ? nameIt : nameEn;
        }

        /** The first acronym, or null. */
        String acronym() {
            return acronyms.isEmpty() ? null : acronyms.get(0);
        }

        /** First and last year of the period column, or null when it has none. */
        int[] years() {
            if (period.length() != 9) return null;
            return new int[] {Integer.parseInt(period.substring(0, 4)), Integer.parseInt(period.substring(5))};
        }

        @Override
        public String toString() {
            return id;
        }
    }

    final Map<String, Ref> organisations = new LinkedHashMap<>();
    final Map<String, Ref> programmes = new LinkedHashMap<>();
    final Map<String, Ref> places = new LinkedHashMap<>();
    /** Given names by language code (it, en, fr, ar, xx, ...). */
    final Map<String, List<String>> givenNames = new HashMap<>();
    /** Matching keys of every name in the reference data: invented names must not collide with them. */
    final Set<String> takenKeys = new HashSet<>();
    /** A short hash of the files read, so a gold file says which reference data made it. */
    final String fingerprint;

    private final MessageDigest digest;

    private ReferenceTables(DataFiles files) {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (List<String> r : rows(files, "organisations.tsv")) {
            // id type name_en name_it acronyms aliases parent country wikidata
            Ref ref = new Ref("org:", "Organisation", r.get(0), r.get(1), r.get(2), r.get(3), multi(r.get(4)), multi(r.get(5)),
                    r.get(6), r.get(7), "");
            organisations.put(ref.id, ref);
        }
        for (List<String> r : rows(files, "programmes.tsv")) {
            // id name_en name_it acronyms aliases managed_by parent period wikidata
            Ref ref = new Ref("prog:", "FundingProgramme", r.get(0), "programme", r.get(1), r.get(2), multi(r.get(3)),
                    multi(r.get(4)), r.get(6), r.get(5), r.get(7));
            programmes.put(ref.id, ref);
        }
        for (List<String> r : rows(files, "places.tsv")) {
            // id type name_en name_it aliases parent wikidata
            Ref ref = new Ref("place:", "Place", r.get(0), r.get(1), r.get(2), r.get(3), List.of(), multi(r.get(4)), r.get(5), "", "");
            places.put(ref.id, ref);
        }
        for (List<String> r : rows(files, "given-names.tsv")) givenNames.computeIfAbsent(r.get(1), k -> new ArrayList<>()).add(r.get(0));
        for (Map<String, Ref> m : List.of(organisations, programmes, places)) buildEntities(m);
        for (Map<String, Ref> m : List.of(organisations, programmes, places))
            for (Ref ref : m.values()) for (String n : ref.entity.names) takenKeys.add(Folding.key(n));
        for (List<String> l : givenNames.values()) for (String n : l) takenKeys.add(Folding.key(n));
        fingerprint = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }

    /**
     * Matching drops "+", so "ESF+" is "ESF" to an evaluator: a form whose matching key is also
     * another row's is left out of the row whose form lost a "+" (as data/eval/README.md does).
     */
    private static void buildEntities(Map<String, Ref> table) {
        Map<String, Set<String>> rowsByKey = new HashMap<>();
        for (Ref r : table.values()) for (String n : r.allNames()) rowsByKey.computeIfAbsent(Folding.key(n), k -> new HashSet<>()).add(r.id);
        for (Ref r : table.values()) {
            List<String> names = new ArrayList<>();
            for (String n : r.allNames()) if (!(n.contains("+") && rowsByKey.get(Folding.key(n)).size() > 1)) names.add(n);
            r.entity = new GoldEntity(r.prefix + r.id, r.goldType, names, true);
        }
    }

    /** Reads the tables from {@code home/data/reference}, or from the mapper jar when that directory does not exist. */
    static ReferenceTables load(Path home) {
        Path dir = home == null ? null : home.resolve("data/reference");
        return new ReferenceTables(new DataFiles(dir != null && Files.isDirectory(dir) ? dir : null, "ponte/data/reference"));
    }

    private List<List<String>> rows(DataFiles files, String name) {
        List<List<String>> out = new ArrayList<>();
        try (InputStream in = files.open(name);
             BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            int width = 0;
            for (String line; (line = br.readLine()) != null; ) {
                digest.update(line.getBytes(StandardCharsets.UTF_8));
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] cells = line.split("\t", -1);
                if (header) {
                    width = cells.length;
                    header = false;
                    continue;
                }
                List<String> row = new ArrayList<>();
                for (int i = 0; i < width; i++) row.add(i < cells.length ? cells[i].strip() : "");
                out.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference data " + name, e);
        }
        return out;
    }

    private static List<String> multi(String cell) {
        if (cell.isBlank()) return List.of();
        List<String> out = new ArrayList<>();
        for (String s : cell.split(" \\| ")) if (!s.isBlank()) out.add(s.strip());
        return out;
    }

    Ref org(String id) {
        return require(organisations, id);
    }

    Ref programme(String id) {
        return require(programmes, id);
    }

    Ref place(String id) {
        return require(places, id);
    }

    private static Ref require(Map<String, Ref> m, String id) {
        Ref r = m.get(id);
        if (r == null) throw new IllegalStateException("reference data has no row " + id + " (the generator names it)");
        return r;
    }

    /** The row's parent chain in the same table, the row first. */
    List<Ref> withAncestors(Map<String, Ref> table, Ref r) {
        List<Ref> out = new ArrayList<>();
        for (Ref x = r; x != null && !out.contains(x); x = x.parent.isEmpty() ? null : table.get(x.parent)) out.add(x);
        return out;
    }
}
