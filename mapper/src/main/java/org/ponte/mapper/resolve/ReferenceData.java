package org.ponte.mapper.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ponte.core.PonteException;
import org.ponte.core.Problems;
import org.ponte.mapper.extract.EntityType;
import org.ponte.mapper.lexicon.DataFiles;
import org.ponte.mapper.lexicon.Folding;
import org.ponte.mapper.lexicon.PhraseTokens;
import org.ponte.mapper.lexicon.PhraseTrie;
import org.ponte.mapper.lexicon.TsvTable;

/**
 * The curated reference data of {@code data/reference/}: organisations, programmes, places and
 * given names. Loaded once and shared read-only by all mapping threads. Malformed rows (bad
 * id, unknown type, a parent that does not exist, a malformed QID) are reported with file and
 * line and left out; the rest loads.
 */
public final class ReferenceData {
    private static final java.util.regex.Pattern SLUG = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final java.util.regex.Pattern QID = java.util.regex.Pattern.compile("Q[1-9][0-9]*");
    private static final Set<String> ORG_TYPES = Set.of("eu-institution", "eu-body", "international-organisation", "ministry",
            "national-agency", "public-body", "local-authority", "university", "research-centre", "foundation", "ngo",
            "network", "company", "religious-body", "other");
    private static final Set<String> PLACE_TYPES = Set.of("country", "region", "province", "city", "continent", "area");

    private final Map<String, RefEntity> byKey = new LinkedHashMap<>();
    private final PhraseTrie<GazetteerEntry> gazetteer = new PhraseTrie<>();
    private final Set<String> givenNames = new HashSet<>();

    /** A name of a reference entity as the gazetteer holds it. */
    public record GazetteerEntry(RefEntity entity, String surface, boolean acronym) {}

    private ReferenceData() {}

    /** Reference data with nothing in it (for tests of the extractor's own rules). */
    public static ReferenceData empty() {
        return new ReferenceData();
    }

    /** Loads organisations.tsv, programmes.tsv, places.tsv and given-names.tsv (each optional). */
    public static ReferenceData load(DataFiles files, Problems problems) {
        ReferenceData rd = new ReferenceData();
        try {
            if (files.exists("organisations.tsv")) rd.loadOrganisations(table(files, "organisations.tsv", problems,
                    "id", "type", "name_en", "name_it", "acronyms", "aliases", "parent", "country", "wikidata"), problems);
            if (files.exists("programmes.tsv")) rd.loadProgrammes(table(files, "programmes.tsv", problems,
                    "id", "name_en", "name_it", "acronyms", "aliases", "managed_by", "parent", "period", "wikidata"), problems);
            if (files.exists("places.tsv")) rd.loadPlaces(table(files, "places.tsv", problems,
                    "id", "type", "name_en", "name_it", "aliases", "parent", "wikidata"), problems);
            if (files.exists("given-names.tsv")) {
                for (TsvTable.Row r : table(files, "given-names.tsv", problems, "name", "lang").rows()) {
                    String n = r.get("name");
                    if (!n.isEmpty()) rd.givenNames.add(Folding.fold(n));
                }
            }
        } catch (IOException e) {
            throw new PonteException("cannot read reference data: " + e.getMessage(), e);
        }
        rd.checkParents(problems);
        rd.buildGazetteer();
        return rd;
    }

    private static TsvTable table(DataFiles files, String name, Problems problems, String... cols) throws IOException {
        try (InputStream in = files.open(name)) {
            return TsvTable.read(files.describe(name), in, problems, cols);
        }
    }

    private static String key(EntityType t, String id) {
        return t.name() + ":" + id;
    }

    private boolean validRow(TsvTable.Row r, EntityType type, Problems problems) {
        String id = r.get("id");
        if (!SLUG.matcher(id).matches()) {
            problems.error(r.where(), -1, "id '" + id + "' is not a slug ([a-z0-9-]); row skipped");
            return false;
        }
        if (byKey.containsKey(key(type, id))) {
            problems.error(r.where(), -1, "duplicate id '" + id + "'; row skipped");
            return false;
        }
        String q = r.get("wikidata");
        if (!q.isEmpty() && !QID.matcher(q).matches()) {
            problems.error(r.where(), -1, "wikidata '" + q + "' is not a QID like Q8880; row skipped");
            return false;
        }
        if (r.get("name_en").isEmpty() && r.get("name_it").isEmpty() && r.list("acronyms").isEmpty()) {
            problems.error(r.where(), -1, "row has no name; skipped");
            return false;
        }
        return true;
    }

    private void loadOrganisations(TsvTable t, Problems problems) {
        for (TsvTable.Row r : t.rows()) {
            if (!validRow(r, EntityType.ORGANISATION, problems)) continue;
            String type = r.get("type");
            if (!ORG_TYPES.contains(type)) {
                problems.error(r.where(), -1, "unknown organisation type '" + type + "'; row skipped");
                continue;
            }
            add(new RefEntity(r.get("id"), EntityType.ORGANISATION, blank(r.get("name_en")), blank(r.get("name_it")),
                    r.list("acronyms"), r.list("aliases"), blank(r.get("parent")), type, blank(r.get("wikidata")), null));
        }
    }

    private void loadProgrammes(TsvTable t, Problems problems) {
        for (TsvTable.Row r : t.rows()) {
            if (!validRow(r, EntityType.PROGRAMME, problems)) continue;
            List<String> aliases = new ArrayList<>(r.list("aliases"));
            for (String n : new String[] {r.get("name_en"), r.get("name_it")}) if (n != null && !n.isBlank()) aliases.addAll(programmeVariants(n));
            for (String n : r.list("aliases")) aliases.addAll(programmeVariants(n));
            aliases.removeIf(a -> a.equals(r.get("name_en")) || a.equals(r.get("name_it")));
            add(new RefEntity(r.get("id"), EntityType.PROGRAMME, blank(r.get("name_en")), blank(r.get("name_it")),
                    r.list("acronyms"), List.copyOf(new java.util.LinkedHashSet<>(aliases)), blank(r.get("parent")), null, blank(r.get("wikidata")),
                    blank(r.get("managed_by"))));
        }
    }

    private static final java.util.regex.Pattern INTERREG = java.util.regex.Pattern.compile("^(Interreg)\\s+(?!(?:IPA|NEXT|Europe|MED|[IVX]+-?[ABC]?)\\b)(.+)$");

    /**
     * Names a text may give a programme beyond the curated ones, by how programme names are
     * written: "Italy–Croatia" with a hyphen; Interreg programmes with their generation ("Interreg
     * V-A Italy-Croatia", "Interreg VI-A Italia-Croazia"), which the curated names leave out.
     */
    static List<String> programmeVariants(String name) {
        List<String> out = new ArrayList<>();
        String hyphen = name.replace('\u2013', '-').replace('\u2014', '-');
        if (!hyphen.equals(name)) out.add(hyphen);
        java.util.regex.Matcher m = INTERREG.matcher(hyphen);
        if (m.matches()) for (String generation : new String[] {"IV-A", "V-A", "VI-A", "IV-C", "V-B", "VI-B"}) out.add(m.group(1) + " " + generation + " " + m.group(2));
        return out;
    }

    private void loadPlaces(TsvTable t, Problems problems) {
        for (TsvTable.Row r : t.rows()) {
            if (!validRow(r, EntityType.PLACE, problems)) continue;
            String type = r.get("type");
            if (!PLACE_TYPES.contains(type)) {
                problems.error(r.where(), -1, "unknown place type '" + type + "'; row skipped");
                continue;
            }
            add(new RefEntity(r.get("id"), EntityType.PLACE, blank(r.get("name_en")), blank(r.get("name_it")),
                    List.of(), r.list("aliases"), blank(r.get("parent")), type, blank(r.get("wikidata")), null));
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private void add(RefEntity e) {
        byKey.put(key(e.type(), e.id()), e);
    }

    /** Parents and managers must exist; a dangling link is reported and dropped. */
    private void checkParents(Problems problems) {
        for (Map.Entry<String, RefEntity> en : new ArrayList<>(byKey.entrySet())) {
            RefEntity e = en.getValue();
            String parent = e.parent();
            if (parent != null && !byKey.containsKey(key(e.type(), parent))) {
                problems.error("reference data", -1, e.type().name().toLowerCase() + " '" + e.id() + "': parent '" + parent + "' does not exist; link dropped");
                parent = null;
            }
            String manager = e.managedBy();
            if (manager != null && !byKey.containsKey(key(EntityType.ORGANISATION, manager))) {
                problems.error("reference data", -1, "programme '" + e.id() + "': managed_by '" + manager + "' does not exist; link dropped");
                manager = null;
            }
            if (!java.util.Objects.equals(parent, e.parent()) || !java.util.Objects.equals(manager, e.managedBy()))
                en.setValue(new RefEntity(e.id(), e.type(), e.nameEn(), e.nameIt(), e.acronyms(), e.aliases(), parent,
                        e.category(), e.wikidata(), manager));
        }
    }

    private void buildGazetteer() {
        for (RefEntity e : byKey.values()) {
            for (String n : allNames(e)) {
                boolean acronym = e.acronyms().contains(n) || isAcronymShaped(n);
                List<String> tokens = PhraseTokens.split(Folding.fold(n));
                if (tokens.isEmpty()) continue;
                gazetteer.add(tokens, new GazetteerEntry(e, n, acronym));
            }
        }
    }

    /** Every name of an entity: English, Italian, acronyms, aliases. */
    public static List<String> allNames(RefEntity e) {
        List<String> out = new ArrayList<>();
        if (e.nameEn() != null) out.add(e.nameEn());
        if (e.nameIt() != null) out.add(e.nameIt());
        out.addAll(e.acronyms());
        out.addAll(e.aliases());
        return out;
    }

    /** All upper case (digits, hyphens and "+" allowed) and short: matched case-sensitively. */
    public static boolean isAcronymShaped(String n) {
        if (n.length() > 10) return false;
        boolean letter = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (Character.isLowerCase(c)) return false;
            } else if (!Character.isDigit(c) && c != '-' && c != '+' && c != '&' && c != '.' && c != ' ') return false;
        }
        return letter;
    }

    /** The phrase trie of every reference name, folded. */
    public PhraseTrie<GazetteerEntry> gazetteer() {
        return gazetteer;
    }

    /** The entity with this type and id, or null. */
    public RefEntity get(EntityType type, String id) {
        return id == null ? null : byKey.get(key(type, id));
    }

    /** Whether a folded word is a known given name. */
    public boolean isGivenName(String folded) {
        return givenNames.contains(folded);
    }

    /** Whether {@code ancestor} is {@code e} or one of its parents. */
    public boolean isAncestorOrSelf(RefEntity ancestor, RefEntity e) {
        Set<String> seen = new HashSet<>();
        RefEntity cur = e;
        while (cur != null && seen.add(cur.id())) {
            if (cur.id().equals(ancestor.id()) && cur.type() == ancestor.type()) return true;
            cur = get(cur.type(), cur.parent());
        }
        return false;
    }

    /** Children of an entity (for resolving "the Centre of the ILO" to the ILO's centre). */
    public List<RefEntity> children(RefEntity parent) {
        List<RefEntity> out = new ArrayList<>();
        for (RefEntity e : byKey.values())
            if (e.type() == parent.type() && parent.id().equals(e.parent())) out.add(e);
        return out;
    }

    public Collection<RefEntity> all() {
        return Collections.unmodifiableCollection(byKey.values());
    }

    /** Counts per type, for reports. */
    public Map<EntityType, Integer> counts() {
        Map<EntityType, Integer> m = new HashMap<>();
        for (RefEntity e : byKey.values()) m.merge(e.type(), 1, Integer::sum);
        return m;
    }
}
