package org.ponte.mapper.emit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.ponte.core.IriPolicy;
import org.ponte.core.Vocab;
import org.ponte.mapper.extract.EntityType;
import org.ponte.mapper.resolve.RefEntity;
import org.ponte.mapper.resolve.ReferenceData;

/**
 * Writes the reference graph ({@code {base}document/reference}): what the curated reference
 * data says about the well-known bodies, programmes and places the documents mention — every
 * name in both languages, acronyms, the Wikidata item, which body a unit belongs to, which body
 * manages a programme. Only entities some document mentions are written, so the store holds no
 * entity no document speaks of.
 */
public final class ReferenceGraphEmitter {
    private static final Node PART_OF = NodeFactory.createURI(Vocab.DCTERMS_NS + "isPartOf");

    private final IriPolicy iris;
    private final TypeClosure types;

    public ReferenceGraphEmitter(IriPolicy iris, TypeClosure types) {
        this.iris = iris;
        this.types = types;
    }

    public void emit(Collection<RefEntity> mentioned, ReferenceData reference, Instant at, StreamRDF out) {
        Node g = NodeFactory.createURI(iris.referenceGraph());
        Set<String> present = new HashSet<>();
        for (RefEntity e : mentioned) present.add(key(e));
        Node source = NodeFactory.createURI(iris.referenceGraph() + "#source");
        out.quad(Quad.create(g, g, Vocab.RDF_TYPE, Vocab.PROV_ENTITY));
        out.quad(Quad.create(g, g, Vocab.PROV_WAS_DERIVED_FROM, source));
        out.quad(Quad.create(g, g, Vocab.PROV_GENERATED_AT_TIME,
                Literals.typed(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atOffset(ZoneOffset.UTC)), XSDDatatype.XSDdateTime)));
        out.quad(Quad.create(g, source, Vocab.RDFS_LABEL, Literals.text("Ponte reference data (data/reference)", "en")));
        for (RefEntity e : mentioned) {
            Node s = NodeFactory.createURI(iris.entity(e.type().kind(), e.id()));
            out.quad(Quad.create(g, s, Vocab.RDF_TYPE, e.type().ontologyClass()));
            for (Node sup : types.superclasses(e.type().ontologyClass())) out.quad(Quad.create(g, s, Vocab.RDF_TYPE, sup));
            Set<String> written = new HashSet<>();
            if (e.nameEn() != null && written.add("l" + e.nameEn())) out.quad(Quad.create(g, s, Vocab.RDFS_LABEL, Literals.text(e.nameEn(), "en")));
            if (e.nameIt() != null) out.quad(Quad.create(g, s, Vocab.RDFS_LABEL, Literals.text(e.nameIt(), "it")));
            if (e.nameEn() == null && e.nameIt() == null) out.quad(Quad.create(g, s, Vocab.RDFS_LABEL, Literals.text(e.displayName(), null)));
            for (String a : e.acronyms()) if (written.add("a" + a)) out.quad(Quad.create(g, s, Vocab.ACRONYM, Literals.text(a, null)));
            for (String a : e.aliases()) if (written.add("n" + a)) out.quad(Quad.create(g, s, Vocab.SKOS_ALT_LABEL, Literals.text(a, null)));
            if (e.wikidata() != null) out.quad(Quad.create(g, s, Vocab.OWL_SAME_AS, NodeFactory.createURI(Vocab.WD_NS + e.wikidata())));
            RefEntity parent = reference.get(e.type(), e.parent());
            if (parent != null && present.contains(key(parent))) {
                Node p = NodeFactory.createURI(iris.entity(parent.type().kind(), parent.id()));
                Node prop = e.type() == EntityType.ORGANISATION ? Vocab.SUB_ORGANIZATION_OF : PART_OF;
                out.quad(Quad.create(g, s, prop, p));
            }
            RefEntity manager = reference.get(EntityType.ORGANISATION, e.managedBy());
            if (manager != null && present.contains(key(manager)))
                out.quad(Quad.create(g, s, Vocab.MANAGED_BY, NodeFactory.createURI(iris.entity(manager.type().kind(), manager.id()))));
        }
    }

    private static String key(RefEntity e) {
        return e.type() + ":" + e.id();
    }
}
