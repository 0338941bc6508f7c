package org.ponte.mapper.extract;

import org.apache.jena.graph.Node;
import org.ponte.core.EntityKind;
import org.ponte.core.Vocab;

/** The kinds of entity the extractor finds, each tied to its ontology class and IRI kind. */
public enum EntityType {
    ORGANISATION(Vocab.ORGANISATION, EntityKind.ORGANISATION),
    PROJECT(Vocab.PROJECT, EntityKind.PROJECT),
    PROGRAMME(Vocab.FUNDING_PROGRAMME, EntityKind.PROGRAMME),
    PARTNERSHIP(Vocab.PARTNERSHIP, EntityKind.PARTNERSHIP),
    PERSON(Vocab.PERSON, EntityKind.PERSON),
    PLACE(Vocab.PLACE, EntityKind.PLACE);

    private final Node ontologyClass;
    private final EntityKind kind;

    EntityType(Node ontologyClass, EntityKind kind) {
        this.ontologyClass = ontologyClass;
        this.kind = kind;
    }

    /** The Ponte class, for example {@code ponte:Organisation}. */
    public Node ontologyClass() { return ontologyClass; }

    /** The IRI kind, for example {@code organisation}. */
    public EntityKind kind() { return kind; }
}
