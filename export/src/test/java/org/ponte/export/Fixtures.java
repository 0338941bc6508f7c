package org.ponte.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.ponte.core.PonteConfig;
import org.ponte.core.Setting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The test store and the bridges from Jena to RDF4J used to compare what the dumps hold. */
final class Fixtures {
    static final String PUBLIC_URL = "https://ponte.example.org/";

    private Fixtures() {}

    /** The fixture in an in-memory TDB2 dataset (the index-scan paths). */
    static DatasetGraph tdb() {
        DatasetGraph dsg = TDB2Factory.createDataset().asDatasetGraph();
        Txn.executeWrite(dsg, () -> load(dsg));
        return dsg;
    }

    /** The fixture in a plain in-memory dataset (the sort-in-memory paths). */
    static DatasetGraph memory() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> load(dsg));
        return dsg;
    }

    static void load(DatasetGraph dsg) {
        try (InputStream in = Fixtures.class.getResourceAsStream("fixture.trig")) {
            RDFParser.source(in).lang(Lang.TRIG).parse(dsg);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Configuration rooted in a temporary directory, with a public URL unlike the base IRI. */
    static PonteConfig config(Path home) {
        return PonteConfig.builder().set(Setting.HOME, home.toString()).set(Setting.PUBLIC_URL, PUBLIC_URL).build();
    }

    /** The store's union graph, as RDF4J sees it (through N-Triples text). */
    static Model unionAsRdf4j(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Graph union = dsg.getUnionGraph();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, union, Lang.NTRIPLES);
            return parse(new ByteArrayInputStream(out.toByteArray()), RDFFormat.NTRIPLES);
        });
    }

    /** The store's named graphs, as RDF4J sees them (through N-Quads text). */
    static Model datasetAsRdf4j(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, dsg, Lang.NQUADS);
            return parse(new ByteArrayInputStream(out.toByteArray()), RDFFormat.NQUADS);
        });
    }

    static Model parse(InputStream in, RDFFormat format) {
        try {
            return Rio.parse(in, "", format);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asserts two datasets hold the same named graphs, each isomorphic. */
    static void assertSameDataset(Model expected, Model actual) {
        Set<Resource> graphs = new HashSet<>(expected.contexts());
        assertEquals(graphs, new HashSet<>(actual.contexts()), "named graphs");
        for (Resource g : graphs)
            assertTrue(Models.isomorphic(expected.filter(null, null, null, g), actual.filter(null, null, null, g)),
                    "graph " + g + " differs");
    }

    /** Asserts two graphs are isomorphic, with a helpful message. */
    static void assertIsomorphic(Model expected, Model actual, String what) {
        if (Models.isomorphic(expected, actual)) return;
        StringBuilder sb = new StringBuilder(what + " is not isomorphic to the store's union (" + expected.size()
                + " expected, " + actual.size() + " actual)");
        Model missing = new org.eclipse.rdf4j.model.impl.LinkedHashModel(expected);
        missing.removeAll(actual);
        Model extra = new org.eclipse.rdf4j.model.impl.LinkedHashModel(actual);
        extra.removeAll(expected);
        missing.stream().filter(s -> !s.getSubject().isBNode() && !s.getObject().isBNode()).limit(10)
                .forEach(s -> sb.append("\n  missing ").append(s));
        extra.stream().filter(s -> !s.getSubject().isBNode() && !s.getObject().isBNode()).limit(10)
                .forEach(s -> sb.append("\n  extra   ").append(s));
        throw new AssertionError(sb.toString());
    }
}
