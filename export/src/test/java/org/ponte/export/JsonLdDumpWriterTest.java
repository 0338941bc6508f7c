package org.ponte.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.rio.ParserConfig;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ponte.core.PonteConfig;
import org.ponte.core.Vocab;

import no.hasmac.jsonld.JsonLdError;
import no.hasmac.jsonld.JsonLdErrorCode;
import no.hasmac.jsonld.document.JsonDocument;
import no.hasmac.jsonld.loader.DocumentLoader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonLdDumpWriterTest {
    /** Literals, datatypes and shapes that JSON-LD writers get wrong, none of them canonical. */
    private static final String HARD = """
            PREFIX ponte:  <https://w3id.org/ponte/ontology#>
            PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
            PREFIX schema: <https://schema.org/>
            PREFIX ex:     <http://example.org/>
            <https://w3id.org/ponte/id/document/hard> {
              ex:s rdfs:label "quote \\" backslash \\\\ newline \\n tab \\t return \\r bell \\u0007 ls \\u2028 end"@en ,
                                "Città — «ciao» 🌍 Добро 欢迎"@it , "British"@en-GB , "" , "plain" ,
                                "label typed"^^xsd:token , ex:labelIsAnIri , _:shared ;
                   rdf:type ex:Thing , _:classNode , "a literal type" ;
                   ponte:startDate "2023-01-15"^^xsd:date , "2025-06"^^xsd:gYearMonth , "2024"^^xsd:gYear , "2024-01-01"^^xsd:string ;
                   ponte:coordinatedBy ex:o1 , "not an IRI" , _:shared ;
                   ponte:budget [ a schema:MonetaryAmount ; schema:value "150000.00"^^xsd:decimal , "75000"^^xsd:integer , "1.0E2"^^xsd:double ] ;
                   ponte:acronym "@context" , "_:b1" , "http://example.org/notAnIri" , ex:acronymIri , "true"^^xsd:boolean ;
                   ponte:confidence "0.920"^^xsd:decimal , "+.5"^^xsd:decimal ;
                   ex:noPrefixForThisOne "x" ;
                   <https://schema.org//odd> "double slash local name" ;
                   <https://w3id.org/ponte/ontology#> "the namespace itself" ;
                   ex:dateTime "2025-03-01T10:15:30"^^xsd:dateTime .
              <https://w3id.org/ponte/id/place/città> rdfs:label "città"@it ; ex:p _:shared .
              _:shared ex:q "used three times, never nested" .
              _:classNode rdfs:label "a class that is a blank node" .
              _:lonely ex:q "a blank subject nobody references" .
            }
            """;

    @TempDir
    Path home;

    @Test
    void contextDeclaresPonteVocabularyPrefixes() {
        JsonLdContext ctx = JsonLdContext.ponte();
        assertEquals(Vocab.prefixes().getNsPrefixMap(), ctx.prefixes(), "the context's prefixes are Vocab.prefixes()");
        assertTrue(ctx.terms().keySet().stream().allMatch(iri -> iri.startsWith("http")));
        assertEquals("label", ctx.term(Vocab.RDFS_LABEL.getURI()).name());
        assertEquals(JsonLdContext.Coercion.LANGUAGE_MAP, ctx.term(Vocab.RDFS_LABEL.getURI()).coercion());
        assertEquals(Vocab.XSD_NS + "decimal", ctx.term(Vocab.SCHEMA_VALUE.getURI()).datatype());
        assertEquals("oa:start", ctx.compactIri(Vocab.OA_START.getURI()));
        assertEquals("http://example.org/x", ctx.compactIri("http://example.org/x"));
        assertEquals("schema:/odd", ctx.compactIri("https://schema.org//odd"));
        assertEquals("https://schema.org///x", ctx.compactIri("https://schema.org///x"), "'schema://x' would read as an absolute IRI");
        assertEquals("https://w3id.org/ponte/ontology#", ctx.compactIri("https://w3id.org/ponte/ontology#"));
        // Every Ponte term and class in Vocab that the context names maps back to the same IRI.
        for (var t : ctx.terms().values()) assertEquals(t.iri(), ctx.terms().get(t.iri()).iri());
    }

    @Test
    void hardLiteralsRoundTripInBothModes() throws IOException {
        Graph g = RDFParser.fromString(HARD, Lang.TRIG).toDatasetGraph().getUnionGraph();
        Model expected = toRdf4j(g);
        for (boolean pretty : new boolean[] {true, false}) {
            byte[] json = write(g, pretty, null);
            JsonObject parsed = JSON.parse(new String(json, StandardCharsets.UTF_8));   // strict JSON
            assertTrue(parsed.hasKey("@context") && parsed.hasKey("@graph"));
            Model actual = Fixtures.parse(new ByteArrayInputStream(json), RDFFormat.JSONLD);
            Fixtures.assertIsomorphic(expected, actual, (pretty ? "pretty" : "streamed") + " JSON-LD");
            // Lexical forms survive: no JSON numbers, no canonicalisation.
            String text = new String(json, StandardCharsets.UTF_8);
            assertTrue(text.contains("\"150000.00\""), "decimal kept as written");
            assertTrue(text.contains("\"0.920\""));
            assertFalse(hasNumber(parsed.get("@graph")), "no bare JSON numbers");
        }
    }

    @Test
    void compactsWithTermsWhereTheyFitExactly() throws IOException {
        Graph g = RDFParser.fromString(HARD, Lang.TRIG).toDatasetGraph().getUnionGraph();
        String text = new String(write(g, true, null), StandardCharsets.UTF_8);
        assertTrue(text.contains("\"startDate\": \"2023-01-15\""), "xsd:date under the typed term");
        assertTrue(text.contains("\"ponte:startDate\""), "other date types under the compact IRI, explicit");
        assertTrue(text.contains("\"@type\": \"xsd:gYearMonth\""));
        assertTrue(text.contains("\"en-GB\": \"British\""), "language map");
        assertTrue(text.contains("\"value\": \"150000.00\""));
        assertTrue(text.contains("\"schema:value\""), "integer and double do not fit the decimal term");
    }

    @Test
    void referencedContextResolvesThroughADocumentLoaderMappedToThePublishedFile() throws IOException {
        DatasetGraph dsg = Fixtures.tdb();
        PonteConfig config = Fixtures.config(home);
        for (long limit : new long[] {Long.MAX_VALUE, 0}) {
            Path dist = home.resolve("dist-" + limit);
            DumpExporter.create(config).contextMode(DumpExporter.ContextMode.REFERENCE).prettyLimit(limit).export(dsg, dist);
            String contextIri = config.publicUrl() + DumpExporter.CONTEXT_FILE;
            String text = Files.readString(dist.resolve("ponte.jsonld"));
            assertTrue(text.contains("\"@context\": \"" + contextIri + "\""), text.substring(0, 200));
            assertArrayEquals(JsonLdContext.ponte().bytes(), Files.readAllBytes(dist.resolve(DumpExporter.CONTEXT_FILE)));

            // The harvester's view: the context IRI is answered from the published file, no network.
            DocumentLoader offline = (URI url, no.hasmac.jsonld.loader.DocumentLoaderOptions options) -> {
                if (!url.toString().equals(contextIri))
                    throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "offline: " + url);
                try (InputStream in = Files.newInputStream(dist.resolve(DumpExporter.CONTEXT_FILE))) {
                    return JsonDocument.of(in);
                } catch (IOException e) {
                    throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e.getMessage());
                }
            };
            ParserConfig pc = new ParserConfig();
            pc.set(JSONLDSettings.DOCUMENT_LOADER, offline);
            Model actual = new LinkedHashModel();
            org.eclipse.rdf4j.rio.RDFParser parser = Rio.createParser(RDFFormat.JSONLD).setParserConfig(pc).setRDFHandler(new StatementCollector(actual));
            try (InputStream in = Files.newInputStream(dist.resolve("ponte.jsonld"))) {
                parser.parse(in, "");
            }
            Fixtures.assertIsomorphic(Fixtures.unionAsRdf4j(dsg), actual, "JSON-LD with a referenced context");

            // Why EMBED is the default: Rio's secure mode refuses a context it was not told about.
            try (InputStream in = Files.newInputStream(dist.resolve("ponte.jsonld"))) {
                assertThrows(org.eclipse.rdf4j.rio.RDFParseException.class, () -> Rio.parse(in, "", RDFFormat.JSONLD));
            }
        }
    }

    @Test
    void embeddedContextIsThePublishedContext() throws IOException {
        Graph g = RDFParser.fromString(HARD, Lang.TRIG).toDatasetGraph().getUnionGraph();
        JsonObject doc = JSON.parse(new String(write(g, false, null), StandardCharsets.UTF_8));
        JsonObject published = JSON.parse(new String(JsonLdContext.ponte().bytes(), StandardCharsets.UTF_8));
        assertEquals(published.get("@context"), doc.get("@context"));
    }

    @Test
    void emptyGraphIsAValidDocument() throws IOException {
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        for (boolean pretty : new boolean[] {true, false}) {
            byte[] json = write(g, pretty, "https://ponte.example.org/context.jsonld");
            JsonObject doc = JSON.parse(new String(json, StandardCharsets.UTF_8));
            assertEquals(0, doc.get("@graph").getAsArray().size());
        }
    }

    @Test
    void blankNodeIdentifiersAreSafeAndDistinct() {
        var a = org.apache.jena.graph.NodeFactory.createBlankNode("a_b");
        var b = org.apache.jena.graph.NodeFactory.createBlankNode("a-b");
        var c = org.apache.jena.graph.NodeFactory.createBlankNode("a_2d_b");
        assertTrue(JsonLdDumpWriter.id(a).matches("_:b[A-Za-z0-9_]+"));
        assertEquals(3, Set.of(JsonLdDumpWriter.id(a), JsonLdDumpWriter.id(b), JsonLdDumpWriter.id(c)).size());
    }

    private static boolean hasNumber(org.apache.jena.atlas.json.JsonValue v) {
        if (v.isNumber()) return true;
        if (v.isArray()) return v.getAsArray().stream().anyMatch(JsonLdDumpWriterTest::hasNumber);
        if (v.isObject()) return v.getAsObject().entrySet().stream().anyMatch(e -> hasNumber(e.getValue()));
        return false;
    }

    private static byte[] write(Graph g, boolean pretty, String contextIri) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (pretty) {
            JsonLdDumpWriter.writePretty(g, JsonLdContext.ponte(), contextIri, out);
        } else {
            DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
            Txn.executeWrite(dsg, () -> g.find().forEachRemaining(t -> dsg.add(org.apache.jena.graph.NodeFactory.createURI("urn:g"), t.getSubject(), t.getPredicate(), t.getObject())));
            Txn.executeRead(dsg, () -> {
                try {
                    JsonLdDumpWriter.writeStreaming(StoreScan.of(dsg).unionTriples(), JsonLdContext.ponte(), contextIri, out);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        return out.toByteArray();
    }

    private static Model toRdf4j(Graph g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, Lang.NTRIPLES);
        return Fixtures.parse(new ByteArrayInputStream(out.toByteArray()), RDFFormat.NTRIPLES);
    }
}
