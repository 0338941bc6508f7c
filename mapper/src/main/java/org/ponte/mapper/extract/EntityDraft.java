package org.ponte.mapper.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ponte.mapper.resolve.RefEntity;

/**
 * An entity a document mentions, as extraction builds it up: its type, its names, where it is
 * mentioned, the reference entity it is known as (if any) and the body it belongs to. Owned by
 * one document's extraction, never shared between threads.
 */
public final class EntityDraft {
    private final int id;
    private EntityType type;
    private RefEntity ref;
    private final Set<Name> names = new LinkedHashSet<>();
    private final List<Span> mentions = new ArrayList<>();
    // The same spans as a set: a long document mentions one body thousands of times.
    private final Set<Span> mentionSet = new java.util.HashSet<>();
    private EntityDraft parent;
    private Span parentEvidence;
    private String orgType;
    private boolean merged;
    private EntityDraft mergedInto;

    EntityDraft(int id, EntityType type) {
        this.id = id;
        this.type = type;
    }

    public int id() { return id; }

    public EntityType type() { return type; }

    void setType(EntityType t) { this.type = t; }

    /** The reference entity this is, or null. */
    public RefEntity ref() { return ref; }

    void setRef(RefEntity r) { this.ref = r; }

    /** Names in the order they were found. */
    public Set<Name> names() { return names; }

    void addName(Name n) {
        for (Name x : names) if (x.text().equals(n.text())) return;
        names.add(n);
    }

    /** Where the document mentions it, in order of discovery. */
    public List<Span> mentions() { return mentions; }

    void addMention(Span s) {
        if (mentionSet.add(s)) mentions.add(s);
    }

    private String unitKey;

    /**
     * For a university department or faculty, its field of study in a language-neutral form
     * ("human-sciences" for "Dipartimento di Scienze Umane" and "Department of Human
     * Sciences"), so that with its parent it keeps one IRI across languages; else null.
     */
    public String unitKey() { return unitKey; }

    void setUnitKey(String k) { this.unitKey = k; }

    /** The body this one is a unit of ("DGCS" of "MAECI"), or null. */
    public EntityDraft parent() { return parent; }

    /** The text that says so, or null when reference data says so. */
    public Span parentEvidence() { return parentEvidence; }

    void setParent(EntityDraft p, Span evidence) {
        if (p != this && p.type == type) {
            this.parent = p;
            this.parentEvidence = evidence;
        }
    }

    /** The ponte:orgtype-* local name suggested by a head word or the reference data, or null. */
    public String orgType() { return orgType; }

    void setOrgType(String t) {
        if (orgType == null) orgType = t;
    }

    /** Whether this draft was merged into another and must not be emitted. */
    public boolean isMerged() { return merged; }

    void markMergedInto(EntityDraft other) {
        merged = true;
        mergedInto = other;
    }

    /** The draft that stands for this one after merges. */
    public EntityDraft canonical() {
        EntityDraft d = this;
        while (d.mergedInto != null) d = d.mergedInto;
        return d;
    }

    /** The acronyms among the names. */
    public List<String> acronyms() {
        List<String> out = new ArrayList<>();
        for (Name n : names) if (n.role() == Name.Role.ACRONYM) out.add(n.text());
        return out;
    }

    /** The first full name, else the first name. */
    public String mainName() {
        for (Name n : names) if (n.role() == Name.Role.FULL) return n.text();
        return names.isEmpty() ? "" : names.iterator().next().text();
    }

    @Override
    public String toString() {
        return type + "#" + id + (ref != null ? "[" + ref.id() + "]" : "") + names;
    }
}
