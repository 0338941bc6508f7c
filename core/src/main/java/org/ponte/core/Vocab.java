package org.ponte.core;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;

/**
 * The IRIs Ponte writes, in one place: the Ponte ontology's terms (defined in
 * {@code ontology/ponte.ttl}, which must declare every one of them) and the standard
 * vocabularies it aligns to. Nodes, because the emitter streams triples.
 */
public final class Vocab {
    private Vocab() {}

    /** The ontology's document IRI; also the name of the graph it is loaded into. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/ponte/ontology";
    /** The ontology namespace (hash IRIs). */
    public static final String PONTE_NS = ONTOLOGY_IRI + "#";

    public static final String RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String OWL_NS = "http://www.w3.org/2002/07/owl#";
    public static final String XSD_NS = "http://www.w3.org/2001/XMLSchema#";
    public static final String SKOS_NS = "http://www.w3.org/2004/02/skos/core#";
    public static final String SCHEMA_NS = "https://schema.org/";
    public static final String ORG_NS = "http://www.w3.org/ns/org#";
    public static final String FOAF_NS = "http://xmlns.com/foaf/0.1/";
    public static final String FRAPO_NS = "http://purl.org/cerif/frapo/";
    public static final String PROV_NS = "http://www.w3.org/ns/prov#";
    public static final String OA_NS = "http://www.w3.org/ns/oa#";
    public static final String DCTERMS_NS = "http://purl.org/dc/terms/";
    public static final String DCAT_NS = "http://www.w3.org/ns/dcat#";
    public static final String VOID_NS = "http://rdfs.org/ns/void#";
    public static final String SD_NS = "http://www.w3.org/ns/sparql-service-description#";
    public static final String SH_NS = "http://www.w3.org/ns/shacl#";
    public static final String EURIO_NS = "http://data.europa.eu/s66#";
    public static final String WD_NS = "http://www.wikidata.org/entity/";

    /** The prefixes used in every Turtle Ponte writes and every query it shows. */
    public static PrefixMapping prefixes() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("ponte", PONTE_NS);
        pm.setNsPrefix("rdf", RDF_NS);
        pm.setNsPrefix("rdfs", RDFS_NS);
        pm.setNsPrefix("owl", OWL_NS);
        pm.setNsPrefix("xsd", XSD_NS);
        pm.setNsPrefix("skos", SKOS_NS);
        pm.setNsPrefix("schema", SCHEMA_NS);
        pm.setNsPrefix("org", ORG_NS);
        pm.setNsPrefix("foaf", FOAF_NS);
        pm.setNsPrefix("frapo", FRAPO_NS);
        pm.setNsPrefix("prov", PROV_NS);
        pm.setNsPrefix("oa", OA_NS);
        pm.setNsPrefix("dcterms", DCTERMS_NS);
        pm.setNsPrefix("dcat", DCAT_NS);
        pm.setNsPrefix("void", VOID_NS);
        pm.setNsPrefix("wd", WD_NS);
        return pm;
    }

    private static Node p(String local) { return NodeFactory.createURI(PONTE_NS + local); }
    private static Node uri(String ns, String local) { return NodeFactory.createURI(ns + local); }

    // ---- Ponte core classes (public contract) ----
    public static final Node ORGANISATION = p("Organisation");
    public static final Node PROJECT = p("Project");
    public static final Node FUNDING_PROGRAMME = p("FundingProgramme");
    public static final Node PARTNERSHIP = p("Partnership");
    public static final Node PERSON = p("Person");
    public static final Node PLACE = p("Place");
    /** A source document Ponte read. */
    public static final Node SOURCE_DOCUMENT = p("SourceDocument");
    /** An event of a project (a conference, an academy, a summit edition). */
    public static final Node EVENT = p("Event");

    // ---- Ponte core properties (public contract) ----
    public static final Node FUNDED_BY = p("fundedBy");
    public static final Node FUNDING_PROGRAMME_PROP = p("fundingProgramme");
    public static final Node COORDINATED_BY = p("coordinatedBy");
    public static final Node PARTNER = p("partner");
    public static final Node CONTACT_POINT = p("contactPoint");
    public static final Node LOCATION = p("location");
    public static final Node SUB_ORGANIZATION_OF = p("subOrganizationOf");
    public static final Node START_DATE = p("startDate");
    public static final Node END_DATE = p("endDate");
    public static final Node BUDGET = p("budget");
    public static final Node ACRONYM = p("acronym");

    // ---- Ponte extension terms ----
    public static final Node DESCRIPTION = p("description");
    public static final Node THEME = p("theme");
    public static final Node TARGET_GROUP = p("targetGroup");
    public static final Node ORGANISATION_TYPE = p("organisationType");
    public static final Node STATUS = p("status");
    public static final Node DELIVERABLE = p("deliverable");
    public static final Node AIM = p("aim");
    public static final Node AGREEMENT_DATE = p("agreementDate");
    public static final Node MANAGED_BY = p("managedBy");
    public static final Node EVENT_PROP = p("event");
    public static final Node PHONE = p("phone");
    public static final Node EMAIL = p("email");
    public static final Node CONFIDENCE = p("confidence");
    public static final Node EXTRACTOR_VERSION = p("extractorVersion");
    public static final Node FILE_NAME = p("fileName");
    public static final Node SHA256 = p("sha256");
    public static final Node BYTE_SIZE = p("byteSize");
    public static final Node MEDIA_TYPE = p("mediaType");
    public static final Node LANGUAGE = p("language");

    // ---- standard vocabularies ----
    public static final Node RDF_TYPE = uri(RDF_NS, "type");
    public static final Node RDF_STATEMENT = uri(RDF_NS, "Statement");
    public static final Node RDF_SUBJECT = uri(RDF_NS, "subject");
    public static final Node RDF_PREDICATE = uri(RDF_NS, "predicate");
    public static final Node RDF_OBJECT = uri(RDF_NS, "object");
    public static final Node RDFS_LABEL = uri(RDFS_NS, "label");
    public static final Node RDFS_COMMENT = uri(RDFS_NS, "comment");
    public static final Node RDFS_SUBCLASS_OF = uri(RDFS_NS, "subClassOf");
    public static final Node RDFS_SUBPROPERTY_OF = uri(RDFS_NS, "subPropertyOf");
    public static final Node OWL_SAME_AS = uri(OWL_NS, "sameAs");
    public static final Node SKOS_PREF_LABEL = uri(SKOS_NS, "prefLabel");
    public static final Node SKOS_ALT_LABEL = uri(SKOS_NS, "altLabel");
    public static final Node SKOS_CONCEPT = uri(SKOS_NS, "Concept");
    public static final Node SCHEMA_MONETARY_AMOUNT = uri(SCHEMA_NS, "MonetaryAmount");
    public static final Node SCHEMA_VALUE = uri(SCHEMA_NS, "value");
    public static final Node SCHEMA_CURRENCY = uri(SCHEMA_NS, "currency");
    public static final Node FOAF_PRIMARY_TOPIC = uri(FOAF_NS, "primaryTopic");
    public static final Node PROV_ENTITY = uri(PROV_NS, "Entity");
    public static final Node PROV_ACTIVITY = uri(PROV_NS, "Activity");
    public static final Node PROV_SOFTWARE_AGENT = uri(PROV_NS, "SoftwareAgent");
    public static final Node PROV_WAS_DERIVED_FROM = uri(PROV_NS, "wasDerivedFrom");
    public static final Node PROV_WAS_GENERATED_BY = uri(PROV_NS, "wasGeneratedBy");
    public static final Node PROV_GENERATED_AT_TIME = uri(PROV_NS, "generatedAtTime");
    public static final Node PROV_WAS_ASSOCIATED_WITH = uri(PROV_NS, "wasAssociatedWith");
    public static final Node PROV_USED = uri(PROV_NS, "used");
    public static final Node OA_ANNOTATION = uri(OA_NS, "Annotation");
    public static final Node OA_SPECIFIC_RESOURCE = uri(OA_NS, "SpecificResource");
    public static final Node OA_HAS_BODY = uri(OA_NS, "hasBody");
    public static final Node OA_HAS_TARGET = uri(OA_NS, "hasTarget");
    public static final Node OA_HAS_SOURCE = uri(OA_NS, "hasSource");
    public static final Node OA_HAS_SELECTOR = uri(OA_NS, "hasSelector");
    public static final Node OA_MOTIVATED_BY = uri(OA_NS, "motivatedBy");
    public static final Node OA_DESCRIBING = uri(OA_NS, "describing");
    public static final Node OA_IDENTIFYING = uri(OA_NS, "identifying");
    public static final Node OA_TEXT_POSITION_SELECTOR = uri(OA_NS, "TextPositionSelector");
    public static final Node OA_TEXT_QUOTE_SELECTOR = uri(OA_NS, "TextQuoteSelector");
    public static final Node OA_START = uri(OA_NS, "start");
    public static final Node OA_END = uri(OA_NS, "end");
    public static final Node OA_EXACT = uri(OA_NS, "exact");
    public static final Node OA_PREFIX = uri(OA_NS, "prefix");
    public static final Node OA_SUFFIX = uri(OA_NS, "suffix");
    public static final Node DCTERMS_TITLE = uri(DCTERMS_NS, "title");
    public static final Node DCTERMS_SOURCE = uri(DCTERMS_NS, "source");
    public static final Node DCTERMS_LANGUAGE = uri(DCTERMS_NS, "language");
    public static final Node DCTERMS_IDENTIFIER = uri(DCTERMS_NS, "identifier");
    public static final Node DCTERMS_CREATED = uri(DCTERMS_NS, "created");
}
