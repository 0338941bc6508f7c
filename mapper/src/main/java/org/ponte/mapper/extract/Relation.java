package org.ponte.mapper.extract;

import org.apache.jena.graph.Node;
import org.ponte.core.Vocab;

/**
 * The statements the extractor makes, each with its ontology property and, for relations between
 * entities, the type its object must have (a claim whose object has another type is dropped).
 */
public enum Relation {
    FUNDED_BY(Vocab.FUNDED_BY, EntityType.ORGANISATION),
    FUNDING_PROGRAMME(Vocab.FUNDING_PROGRAMME_PROP, EntityType.PROGRAMME),
    COORDINATED_BY(Vocab.COORDINATED_BY, EntityType.ORGANISATION),
    PARTNER(Vocab.PARTNER, EntityType.ORGANISATION),
    CONTACT_POINT(Vocab.CONTACT_POINT, EntityType.PERSON),
    LOCATION(Vocab.LOCATION, EntityType.PLACE),
    SUB_ORGANIZATION_OF(Vocab.SUB_ORGANIZATION_OF, EntityType.ORGANISATION),
    MANAGED_BY(Vocab.MANAGED_BY, EntityType.ORGANISATION),
    START_DATE(Vocab.START_DATE, null),
    END_DATE(Vocab.END_DATE, null),
    BUDGET(Vocab.BUDGET, null),
    DESCRIPTION(Vocab.DESCRIPTION, null),
    AIM(Vocab.AIM, null),
    DELIVERABLE(Vocab.DELIVERABLE, null),
    THEME(Vocab.THEME, null),
    TARGET_GROUP(Vocab.TARGET_GROUP, null),
    STATUS(Vocab.STATUS, null),
    ORGANISATION_TYPE(Vocab.ORGANISATION_TYPE, null),
    PHONE(Vocab.PHONE, null),
    EMAIL(Vocab.EMAIL, null),
    HOMEPAGE(org.apache.jena.graph.NodeFactory.createURI(Vocab.FOAF_NS + "homepage"), null);

    private final Node property;
    private final EntityType objectType;

    Relation(Node property, EntityType objectType) {
        this.property = property;
        this.objectType = objectType;
    }

    public Node property() { return property; }

    /** Whether a subject has at most one value of this property (the shapes say so). */
    public boolean singleValued() {
        return this == START_DATE || this == END_DATE || this == BUDGET || this == STATUS;
    }

    /** The type the object entity must have, or null when the object is a value. */
    public EntityType objectType() { return objectType; }
}
