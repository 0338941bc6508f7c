package org.ponte.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the generator put into one document: the entities it named (with every surface form it
 * wrote, and whether a careful reader must find them), the facts its sentences state, and the
 * forbidden items a naive extractor would produce (page furniture taken for an organisation, a
 * neighbouring paragraph's funder attached to the wrong project, an EU contribution taken for
 * the budget). Built while the document is written, on the thread that writes it.
 */
public final class DocumentGold {

    /** How an entity appears in this document. */
    static final class Mention {
        final Set<String> names = new LinkedHashSet<>();
        boolean required;
    }

    /** Something that must not be extracted as an entity of this type. */
    record ForbiddenEntity(String type, List<String> names) {}

    private final Map<GoldEntity, Mention> mentions = new LinkedHashMap<>();
    private final Map<String, GoldFact> facts = new LinkedHashMap<>();
    private final Map<String, GoldFact> forbiddenFacts = new LinkedHashMap<>();
    private final List<ForbiddenEntity> forbiddenEntities = new ArrayList<>();

    /**
     * Records that {@code e} is named {@code surface} here (null: present without a surface of its
     * own, as the parent programme of a named strand) and returns the surface.
     */
    String name(GoldEntity e, String surface, boolean required) {
        Mention m = mentions.computeIfAbsent(e, k -> new Mention());
        if (surface != null && !surface.isBlank()) m.names.add(surface.strip());
        m.required |= required;
        return surface;
    }

    /** Marks an entity present in the document (an alternative object of a fact, say) without naming it. */
    void present(GoldEntity e) {
        mentions.computeIfAbsent(e, k -> new Mention());
    }

    void fact(GoldEntity s, String p, GoldEntity o, boolean optional) {
        factTo(s, p, List.of(o), optional);
    }

    /** A fact whose object may be any of {@code alternatives} (a programme or its strand, a department or its university). */
    void factTo(GoldEntity s, String p, List<GoldEntity> alternatives, boolean optional) {
        List<String> ids = new ArrayList<>();
        for (GoldEntity o : alternatives) {
            present(o);
            ids.add(o.id);
        }
        present(s);
        add(new GoldFact(s.id, p, ids, null, null, optional));
    }

    void date(GoldEntity s, String p, String value, boolean optional) {
        if (value == null) return;
        present(s);
        add(new GoldFact(s.id, p, null, value, null, optional));
    }

    void budget(GoldEntity s, BigDecimal amount, boolean optional) {
        present(s);
        add(new GoldFact(s.id, "budget", null, null, amount, optional));
    }

    private void add(GoldFact f) {
        GoldFact prev = facts.get(f.key());
        if (prev == null) facts.put(f.key(), f);
        else if (prev.optional() && !f.optional()) facts.put(f.key(), f.required());
        forbiddenFacts.remove(f.key());
    }

    /** A fact that is wrong here; ignored when the same statement is a gold fact of this document. */
    void forbidden(GoldEntity s, String p, GoldEntity o) {
        present(s);
        present(o);
        GoldFact f = new GoldFact(s.id, p, List.of(o.id), null, null, false);
        if (!facts.containsKey(f.key())) forbiddenFacts.putIfAbsent(f.key(), f);
    }

    /** A wrong value: a date that is an event's, not the project's, or a contribution that is not the budget. */
    void forbiddenValue(GoldEntity s, String p, String date, BigDecimal amount) {
        present(s);
        GoldFact f = new GoldFact(s.id, p, null, date, amount, false);
        if (!facts.containsKey(f.key())) forbiddenFacts.putIfAbsent(f.key(), f);
    }

    /** Page furniture a naive reader would take for an entity of this type. */
    void forbiddenEntity(String type, String... names) {
        forbiddenEntities.add(new ForbiddenEntity(type, List.of(names)));
    }

    Map<GoldEntity, Mention> mentions() {
        return mentions;
    }

    List<GoldFact> facts() {
        List<GoldFact> out = new ArrayList<>(facts.values());
        return out;
    }

    List<GoldFact> forbiddenFacts() {
        List<GoldFact> out = new ArrayList<>();
        for (GoldFact f : forbiddenFacts.values()) if (!facts.containsKey(f.key())) out.add(f);
        return out;
    }

    List<ForbiddenEntity> forbiddenEntities() {
        return forbiddenEntities;
    }

    /** Number of entities this document names. */
    public int entityCount() {
        return mentions.size();
    }

    /** Number of gold facts (required and optional) this document states. */
    public int factCount() {
        return facts.size();
    }
}
