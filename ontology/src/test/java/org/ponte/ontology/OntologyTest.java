package org.ponte.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ponte.core.Vocab;

/**
 * Checks ponte.ttl, as packaged on the classpath, against the contract the rest of Ponte and its
 * users rely on: every term Vocab names is declared and documented in English and Italian, the
 * alignments are exactly those promised, and the four SKOS schemes are complete and clean.
 */
class OntologyTest {
    static final String ONTOLOGY_RESOURCE = "ontology/ponte.ttl";
    static final String NS = Vocab.PONTE_NS;

    /** Namespaces a Ponte term may be a subclass or subproperty of (research notes 3.11). */
    static final List<String> ALLOWED_SUPER_NAMESPACES = List.of(
            Vocab.ORG_NS, Vocab.SCHEMA_NS, Vocab.FOAF_NS, Vocab.FRAPO_NS, Vocab.PROV_NS,
            Vocab.DCTERMS_NS, Vocab.SKOS_NS, Vocab.OWL_NS, Vocab.RDFS_NS);

    /** The terms the brief fixes as datatype properties. */
    static final Set<String> DATATYPE_PROPERTIES = Set.of(
            "acronym", "startDate", "endDate", "description", "aim", "phone", "email", "confidence",
            "extractorVersion", "fileName", "sha256", "byteSize", "mediaType", "language",
            "deliverable", "agreementDate");

    static Model model;

    @BeforeAll
    static void load() throws IOException {
        model = loadFromClasspath(ONTOLOGY_RESOURCE);
    }

    static Model loadFromClasspath(String resource) throws IOException {
        try (InputStream in = OntologyTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is not on the classpath");
            Model m = ModelFactory.createDefaultModel();
            // Strict: any parse warning (an ill-formed literal, a bad IRI) fails the build.
            RDFParser.create().source(in).lang(Lang.TURTLE)
                    .errorHandler(org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerStrictNoLogging)
                    .parse(m);
            return m;
        }
    }

    /** The Ponte-namespace Node constants of Vocab, by reflection over its public static fields. */
    static Map<String, Node> vocabPonteTerms() throws IllegalAccessException {
        Map<String, Node> terms = new HashMap<>();
        for (Field f : Vocab.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != Node.class) continue;
            Node n = (Node) f.get(null);
            if (n.isURI() && n.getURI().startsWith(NS)) terms.put(f.getName(), n);
        }
        return terms;
    }

    static Resource r(String uri) { return model.createResource(uri); }
    static Resource p(String local) { return model.createResource(NS + local); }
    static Property prop(String uri) { return model.createProperty(uri); }

    static boolean hasLang(Resource s, Property pr, String lang) {
        return model.listObjectsOfProperty(s, pr).toList().stream()
                .anyMatch(o -> o.isLiteral() && lang.equals(o.asLiteral().getLanguage())
                        && !o.asLiteral().getLexicalForm().isBlank());
    }

    static long countLang(Resource s, Property pr, String lang) {
        return model.listObjectsOfProperty(s, pr).toList().stream()
                .filter(o -> o.isLiteral() && lang.equals(o.asLiteral().getLanguage())).count();
    }

    static Set<String> objectUris(Resource s, Property pr) {
        return model.listObjectsOfProperty(s, pr).toList().stream()
                .filter(RDFNode::isURIResource).map(o -> o.asResource().getURI())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static boolean isPonte(String uri) { return uri != null && uri.startsWith(NS); }

    // ---- header ----

    @Test
    void ontologyHeaderIsComplete() {
        Resource ont = r(Vocab.ONTOLOGY_IRI);
        assertTrue(model.contains(ont, RDF.type, OWL.Ontology), "owl:Ontology " + Vocab.ONTOLOGY_IRI);
        assertEquals("0.1.0", model.getRequiredProperty(ont, OWL.versionInfo).getString());
        for (String lang : List.of("en", "it")) {
            assertTrue(hasLang(ont, DCTerms.title, lang), "dcterms:title @" + lang);
            assertTrue(hasLang(ont, DCTerms.description, lang), "dcterms:description @" + lang);
        }
        assertEquals(Set.of("https://creativecommons.org/licenses/by/4.0/"), objectUris(ont, DCTerms.license));
        Literal created = model.getRequiredProperty(ont, DCTerms.created).getLiteral();
        assertEquals(XSD.date.getURI(), created.getDatatypeURI());
        assertTrue(created.getDatatype().isValid(created.getLexicalForm()), "dcterms:created is a valid date");
    }

    // ---- every Vocab term declared and documented ----

    @Test
    void vocabHasPonteTerms() throws IllegalAccessException {
        // Guards the reflection below: a refactoring that hides the constants must not make the
        // declaration test vacuous.
        assertTrue(vocabPonteTerms().size() >= 38, "Vocab Ponte terms found: " + vocabPonteTerms().size());
    }

    @Test
    void everyVocabTermIsDeclaredWithTheRightKind() throws IllegalAccessException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Node> e : vocabPonteTerms().entrySet()) {
            Resource t = r(e.getValue().getURI());
            String local = e.getValue().getURI().substring(NS.length());
            Set<String> kinds = new TreeSet<>();
            for (Resource k : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty))
                if (model.contains(t, RDF.type, k)) kinds.add(k.getLocalName());
            String expected = Character.isUpperCase(local.charAt(0)) ? "Class"
                    : DATATYPE_PROPERTIES.contains(local) ? "DatatypeProperty" : "ObjectProperty";
            if (!kinds.equals(Set.of(expected)))
                problems.add(e.getKey() + " (ponte:" + local + ") is " + kinds + ", expected " + expected);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyVocabTermHasBilingualLabelsAndDefinitions() throws IllegalAccessException {
        List<String> problems = new ArrayList<>();
        Resource ontology = r(Vocab.ONTOLOGY_IRI);
        for (Node n : vocabPonteTerms().values()) {
            Resource t = r(n.getURI());
            for (String lang : List.of("en", "it")) {
                if (countLang(t, RDFS.label, lang) != 1) problems.add(n.getURI() + ": one rdfs:label @" + lang);
                if (countLang(t, SKOS.definition, lang) != 1) problems.add(n.getURI() + ": one skos:definition @" + lang);
            }
            if (!hasLang(t, RDFS.comment, "en")) problems.add(n.getURI() + ": rdfs:comment @en");
            if (!model.contains(t, RDFS.isDefinedBy, ontology)) problems.add(n.getURI() + ": rdfs:isDefinedBy the ontology");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyPonteTermInTheFileIsInVocabOrIsAnOntologyOnlyTerm() throws IllegalAccessException {
        // Catches typos: a term declared here under a name the Java code never writes.
        Set<String> vocab = vocabPonteTerms().values().stream().map(Node::getURI).collect(Collectors.toSet());
        Set<String> stray = new TreeSet<>();
        for (Resource kind : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)) {
            model.listSubjectsWithProperty(RDF.type, kind).forEachRemaining(s -> {
                if (isPonte(s.getURI()) && !vocab.contains(s.getURI())) stray.add(s.getURI());
            });
        }
        assertEquals(Set.of(), stray, "Ponte classes/properties declared but not in Vocab");
    }

    // ---- alignments ----

    @Test
    void superClassesAndSuperPropertiesComeFromAllowedVocabularies() {
        List<String> problems = new ArrayList<>();
        for (Property rel : List.of(RDFS.subClassOf, RDFS.subPropertyOf)) {
            for (Statement st : model.listStatements(null, rel, (RDFNode) null).toList()) {
                if (!isPonte(st.getSubject().getURI())) {
                    problems.add("external hierarchy asserted (the mapper would materialise it): " + st);
                    continue;
                }
                if (!st.getObject().isURIResource()) {
                    problems.add("anonymous super-term on " + st.getSubject());
                    continue;
                }
                String sup = st.getObject().asResource().getURI();
                if (isPonte(sup)) continue;
                if (ALLOWED_SUPER_NAMESPACES.stream().noneMatch(sup::startsWith))
                    problems.add(st.getSubject().getLocalName() + " ⊑ " + sup + " is outside the allowed namespaces");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void noEquivalenceToExternalTerms() {
        List<String> problems = new ArrayList<>();
        for (Property rel : List.of(OWL.equivalentClass, OWL.equivalentProperty, OWL.sameAs)) {
            for (Statement st : model.listStatements(null, rel, (RDFNode) null).toList()) {
                RDFNode o = st.getObject();
                if (o.isURIResource() && !isPonte(o.asResource().getURI())) problems.add(st.toString());
            }
        }
        assertTrue(problems.isEmpty(), "owl:equivalent* / owl:sameAs to external terms:\n" + String.join("\n", problems));
    }

    @Test
    void neverUsesSchemaFundingAgencyOrHttpSchema() {
        for (Statement st : model.listStatements().toList()) {
            for (RDFNode n : List.of(st.getSubject(), st.getPredicate(), st.getObject())) {
                if (!n.isURIResource()) continue;
                String u = n.asResource().getURI();
                assertFalse(u.equals(Vocab.SCHEMA_NS + "FundingAgency"), "schema:FundingAgency is a schema:Project: " + st);
                assertFalse(u.startsWith("http://schema.org/"), "schema.org is used in its https namespace: " + st);
            }
        }
    }

    /** The superclasses the mapper materialises: what is asserted directly, nothing more. */
    @Test
    void coreClassesHaveExactlyTheContractedAlignments() {
        Map<String, Set<String>> expected = Map.of(
                "Organisation", Set.of(Vocab.ORG_NS + "Organization", Vocab.SCHEMA_NS + "Organization", Vocab.FOAF_NS + "Organization"),
                "Project", Set.of(Vocab.SCHEMA_NS + "Project", Vocab.FOAF_NS + "Project"),
                "FundingProgramme", Set.of(Vocab.FRAPO_NS + "FundingProgramme", Vocab.SCHEMA_NS + "FundingScheme"),
                "Partnership", Set.of(Vocab.ORG_NS + "OrganizationalCollaboration"),
                "Person", Set.of(Vocab.FOAF_NS + "Person", Vocab.SCHEMA_NS + "Person"),
                "Place", Set.of(Vocab.SCHEMA_NS + "Place"),
                "SourceDocument", Set.of(Vocab.FOAF_NS + "Document", Vocab.PROV_NS + "Entity"),
                "Event", Set.of(Vocab.SCHEMA_NS + "Event"));
        expected.forEach((local, sups) -> assertEquals(sups, objectUris(p(local), RDFS.subClassOf), "ponte:" + local + " ⊑"));
    }

    @Test
    void corePropertiesHaveTheContractedAlignments() {
        Map<String, Set<String>> expected = new HashMap<>();
        expected.put("fundedBy", Set.of(Vocab.SCHEMA_NS + "funder", Vocab.FRAPO_NS + "isFundedBy"));
        expected.put("fundingProgramme", Set.of(Vocab.FRAPO_NS + "isFundedBy"));
        expected.put("partner", Set.of(Vocab.ORG_NS + "hasMember", Vocab.SCHEMA_NS + "member"));
        expected.put("subOrganizationOf", Set.of(Vocab.ORG_NS + "subOrganizationOf", Vocab.SCHEMA_NS + "parentOrganization"));
        expected.put("location", Set.of(Vocab.SCHEMA_NS + "location"));
        expected.put("startDate", Set.of(Vocab.SCHEMA_NS + "startDate"));
        expected.put("endDate", Set.of(Vocab.SCHEMA_NS + "endDate"));
        expected.put("acronym", Set.of(Vocab.SCHEMA_NS + "alternateName", Vocab.SKOS_NS + "altLabel"));
        expected.put("managedBy", Set.of(Vocab.FRAPO_NS + "hasFundingAgency"));
        expected.put("targetGroup", Set.of(Vocab.SCHEMA_NS + "audience"));
        expected.put("theme", Set.of(Vocab.DCTERMS_NS + "subject"));
        expected.forEach((local, sups) -> assertEquals(sups, objectUris(p(local), RDFS.subPropertyOf), "ponte:" + local + " ⊑"));
        assertTrue(objectUris(p("description"), RDFS.subPropertyOf).contains(Vocab.DCTERMS_NS + "description"));
    }

    @Test
    void euroMappingsAreCloseMatchesNotSuperclasses() {
        assertTrue(objectUris(p("Organisation"), SKOS.closeMatch).contains(Vocab.EURIO_NS + "Organisation"));
        assertTrue(objectUris(p("Project"), SKOS.closeMatch).contains(Vocab.EURIO_NS + "Project"));
        assertTrue(objectUris(p("FundingProgramme"), SKOS.closeMatch).contains(Vocab.EURIO_NS + "FundingScheme"));
        assertTrue(objectUris(p("budget"), SKOS.closeMatch).contains(Vocab.EURIO_NS + "hasTotalCost"));
        for (Statement st : model.listStatements(null, null, (RDFNode) null).toList()) {
            boolean toEurio = st.getObject().isURIResource()
                    && st.getObject().asResource().getURI().startsWith(Vocab.EURIO_NS);
            if (toEurio && isPonte(st.getSubject().getURI()))
                assertEquals(SKOS.closeMatch, st.getPredicate(), "EURIO only as skos:closeMatch: " + st);
        }
    }

    @Test
    void externalTermsAreDeclaredAndAttributed() {
        // Anything a Ponte term is aligned to, or takes as domain/range, is typed for OWL tools
        // and points at its vocabulary.
        Set<Resource> external = new LinkedHashSet<>();
        for (Property rel : List.of(RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range, SKOS.closeMatch)) {
            for (Statement st : model.listStatements(null, rel, (RDFNode) null).toList()) {
                if (!isPonte(st.getSubject().getURI()) || !st.getObject().isURIResource()) continue;
                Resource o = st.getObject().asResource();
                if (!isPonte(o.getURI()) && !o.getURI().startsWith(Vocab.XSD_NS)) external.add(o);
            }
        }
        assertTrue(external.size() > 20, "external terms referenced: " + external.size());
        List<String> problems = new ArrayList<>();
        for (Resource e : external) {
            boolean typed = model.contains(e, RDF.type, OWL.Class) || model.contains(e, RDF.type, OWL.ObjectProperty)
                    || model.contains(e, RDF.type, OWL.DatatypeProperty) || model.contains(e, RDF.type, OWL.AnnotationProperty);
            if (!typed) problems.add(e + " is not declared");
            Statement def = e.getProperty(RDFS.isDefinedBy);
            if (def == null || !def.getObject().isURIResource() || !e.getURI().startsWith(def.getResource().getURI()))
                problems.add(e + " lacks rdfs:isDefinedBy its namespace");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    // ---- domains and ranges ----

    @Test
    void coreDomainsAndRanges() {
        String org = NS + "Organisation";
        assertDomainRange("fundedBy", NS + "Project", org);
        assertDomainRange("fundingProgramme", NS + "Project", NS + "FundingProgramme");
        assertDomainRange("coordinatedBy", NS + "Project", org);
        assertDomainRange("subOrganizationOf", org, org);
        assertDomainRange("managedBy", NS + "FundingProgramme", org);
        assertDomainRange("contactPoint", null, NS + "Person");
        assertDomainRange("location", null, NS + "Place");
        assertDomainRange("budget", null, Vocab.SCHEMA_NS + "MonetaryAmount");
        for (String concept : List.of("theme", "targetGroup", "status", "organisationType"))
            assertEquals(Set.of(Vocab.SKOS_NS + "Concept"), objectUris(p(concept), RDFS.range), concept);

        // partner: Project or Partnership, as an owl:unionOf class expression.
        Resource domain = model.getRequiredProperty(p("partner"), RDFS.domain).getResource();
        RDFList union = domain.getRequiredProperty(OWL.unionOf).getObject().as(RDFList.class);
        assertEquals(Set.of(NS + "Project", NS + "Partnership"),
                union.asJavaList().stream().map(n -> n.asResource().getURI()).collect(Collectors.toSet()));
        assertEquals(Set.of(org), objectUris(p("partner"), RDFS.range));
    }

    private static void assertDomainRange(String local, String domain, String range) {
        assertEquals(domain == null ? Set.of() : Set.of(domain), objectUris(p(local), RDFS.domain), local + " domain");
        assertEquals(Set.of(range), objectUris(p(local), RDFS.range), local + " range");
    }

    @Test
    void datesRangeOverDateYearMonthAndYear() {
        for (String local : List.of("startDate", "endDate", "agreementDate")) {
            Resource range = model.getRequiredProperty(p(local), RDFS.range).getResource();
            assertTrue(model.contains(range, RDF.type, RDFS.Datatype), local + " range is an rdfs:Datatype");
            Resource union = range.getRequiredProperty(OWL.equivalentClass).getResource();
            assertTrue(model.contains(union, RDF.type, RDFS.Datatype));
            Set<String> members = union.getRequiredProperty(OWL.unionOf).getObject().as(RDFList.class).asJavaList()
                    .stream().map(n -> n.asResource().getURI()).collect(Collectors.toSet());
            assertEquals(Set.of(XSD.date.getURI(), XSD.gYearMonth.getURI(), XSD.gYear.getURI()), members, local);
        }
    }

    // ---- SKOS schemes ----

    static final Map<String, List<String>> SCHEMES = Map.of(
            "ThemeScheme", List.of("theme", "employment", "vocational-training", "education", "language-learning",
                    "housing", "health", "social-inclusion", "anti-discrimination", "civic-participation", "culture",
                    "intercultural-dialogue", "reception", "legal-aid", "research", "public-services",
                    "development-cooperation", "governance", "gender-equality", "youth", "family-reunification",
                    "return-and-reintegration", "citizenship", "media-and-communication", "digital-inclusion",
                    "entrepreneurship", "data-and-statistics"),
            "TargetGroupScheme", List.of("target", "migrants", "refugees", "asylum-seekers",
                    "beneficiaries-of-international-protection", "unaccompanied-minors", "foreign-minors",
                    "second-generation", "migrant-women", "roma", "ethnic-minorities", "third-country-nationals",
                    "diaspora", "public-officials", "local-authorities", "teachers", "employers", "students",
                    "families", "victims-of-trafficking", "ex-offenders", "general-public", "ngos", "researchers",
                    "young-people", "elderly"),
            "StatusScheme", List.of("status", "planned", "ongoing", "completed"),
            "OrganisationTypeScheme", List.of("orgtype", "public-body", "ministry", "local-authority",
                    "eu-institution", "international-organisation", "university", "research-centre", "foundation",
                    "ngo", "association", "cooperative", "company", "education-training", "network",
                    "religious-body", "trade-union", "employers-organisation"));

    /** The concept IRIs each scheme must have, from the list above. */
    static Map<String, Set<String>> expectedConcepts() {
        Map<String, Set<String>> m = new HashMap<>();
        SCHEMES.forEach((scheme, ids) -> m.put(NS + scheme,
                ids.subList(1, ids.size()).stream().map(id -> NS + ids.get(0) + "-" + id)
                        .collect(Collectors.toCollection(TreeSet::new))));
        return m;
    }

    @Test
    void theFourSchemesExistWithExactlyTheirConcepts() {
        Set<String> schemes = model.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList().stream()
                .map(Resource::getURI).collect(Collectors.toSet());
        assertEquals(expectedConcepts().keySet(), schemes);
        expectedConcepts().forEach((scheme, concepts) -> {
            Resource s = r(scheme);
            assertTrue(hasLang(s, SKOS.prefLabel, "en") && hasLang(s, SKOS.prefLabel, "it"), scheme + " prefLabels");
            assertTrue(hasLang(s, SKOS.definition, "en"), scheme + " definition");
            Set<String> inScheme = model.listSubjectsWithProperty(SKOS.inScheme, s).toList().stream()
                    .map(Resource::getURI).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(concepts, inScheme, scheme + " members");
            assertEquals(concepts, objectUris(s, SKOS.hasTopConcept), scheme + " top concepts");
        });
    }

    @Test
    void everyConceptIsWellFormed() {
        List<Resource> concepts = model.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList();
        assertEquals(26 + 25 + 3 + 17, concepts.size(), "concept count");
        List<String> problems = new ArrayList<>();
        for (Resource c : concepts) {
            String u = c.getURI();
            for (String lang : List.of("en", "it")) {
                if (countLang(c, SKOS.prefLabel, lang) != 1) problems.add(u + ": exactly one skos:prefLabel @" + lang);
                if (countLang(c, SKOS.altLabel, lang) < 1) problems.add(u + ": skos:altLabel @" + lang + " for the mapper");
            }
            if (!hasLang(c, SKOS.definition, "en")) problems.add(u + ": skos:definition @en");
            Set<String> schemes = objectUris(c, SKOS.inScheme);
            if (schemes.size() != 1) problems.add(u + ": in exactly one scheme, not " + schemes);
            else if (!objectUris(c, SKOS.topConceptOf).equals(schemes)) problems.add(u + ": skos:topConceptOf its scheme");
            if (!model.contains(c, RDFS.isDefinedBy, r(Vocab.ONTOLOGY_IRI))) problems.add(u + ": rdfs:isDefinedBy");
            // Every label a plain, trimmed, tagged literal; prefLabel and altLabel disjoint (SKOS S13).
            Set<String> pref = new java.util.HashSet<>();
            for (Statement st : c.listProperties(SKOS.prefLabel).toList()) pref.add(st.getLanguage() + "|" + st.getString());
            for (Property pr : List.of(SKOS.prefLabel, SKOS.altLabel)) {
                for (Statement st : c.listProperties(pr).toList()) {
                    String lex = st.getString();
                    if (st.getLanguage().isEmpty() || !lex.equals(lex.strip()) || lex.isEmpty())
                        problems.add(u + ": label '" + lex + "' must be trimmed and language-tagged");
                    if (pr.equals(SKOS.altLabel) && pref.contains(st.getLanguage() + "|" + lex))
                        problems.add(u + ": '" + lex + "' is both prefLabel and altLabel");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void targetGroupsAreAlsoAudiences() {
        Resource audience = r(Vocab.SCHEMA_NS + "Audience");
        for (String c : expectedConcepts().get(NS + "TargetGroupScheme"))
            assertTrue(model.contains(r(c), RDF.type, audience), c + " a schema:Audience");
    }

    /** The mapper matches labels to text: one label must never name two concepts of a scheme. */
    @Test
    void noLabelNamesTwoConceptsOfTheSameScheme() {
        List<String> problems = new ArrayList<>();
        expectedConcepts().forEach((scheme, concepts) -> {
            Map<String, String> seen = new HashMap<>();
            for (String c : concepts) {
                for (Property pr : List.of(SKOS.prefLabel, SKOS.altLabel)) {
                    for (Statement st : r(c).listProperties(pr).toList()) {
                        String key = st.getLanguage() + "|" + st.getString().toLowerCase(Locale.ROOT);
                        String before = seen.putIfAbsent(key, c);
                        if (before != null && !before.equals(c)) problems.add(key + " names " + before + " and " + c);
                        if (before != null && before.equals(c)) problems.add(key + " repeated on " + c);
                    }
                }
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void conceptLinksToOtherVocabulariesUseOnlyVerifiedAuthorities() {
        // No invented EuroVoc or Wikidata ids: mappings go only to the EU data-theme NAL for now.
        for (Property rel : List.of(SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch, SKOS.relatedMatch)) {
            for (Statement st : model.listStatements(null, rel, (RDFNode) null).toList()) {
                if (model.contains(st.getSubject(), RDF.type, SKOS.Concept))
                    assertTrue(st.getResource().getURI().startsWith("http://publications.europa.eu/resource/authority/data-theme/"),
                            "unverified mapping target: " + st);
            }
        }
    }
}
