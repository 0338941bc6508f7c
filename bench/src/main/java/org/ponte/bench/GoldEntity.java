package org.ponte.bench;

import java.util.List;

/**
 * An entity of the generated gold standard: its id (local to the gold file), its gold type
 * (Organisation, Project, FundingProgramme, Partnership, Person, Place) and the names it always
 * goes by. Pooled entities (reference rows, invented organisations and their people) are shared
 * by every document that mentions them and are immutable; an entity of one document (a project,
 * a person met once, a partnership) lives only while that document is generated.
 */
final class GoldEntity {
    final String id;
    final String type;
    final List<String> names;
    final boolean pooled;

    GoldEntity(String id, String type, List<String> names, boolean pooled) {
        this.id = id;
        this.type = type;
        this.names = List.copyOf(names);
        this.pooled = pooled;
    }

    @Override
    public String toString() {
        return type + " " + id + " " + names;
    }
}
