package org.ponte.server.ld;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.ponte.core.Vocab;
import org.ponte.export.JsonLdContext;
import org.ponte.export.JsonLdDumpWriter;

/**
 * Serialises RDF in the negotiated {@link MediaFormat}: Turtle with Ponte's prefixes, N-Triples,
 * RDF/XML, JSON-LD 1.1 compacted against Ponte's context (the exporter's writer), and, keeping
 * the named graphs, TriG and N-Quads. Triple syntaxes get the union of the graphs.
 *
 * <p>JSON-LD embeds the context object (the same object as {@code /context.jsonld}) rather
 * than referencing it: a document must parse offline, and JSON-LD processors in secure mode
 * (RDF4J's default) refuse to fetch remote contexts.
 */
final class RdfOutput {
    private RdfOutput() {}

    /** A dataset as bytes in an RDF format; triple formats take the union of its graphs. */
    static byte[] write(DatasetGraph dsg, Graph union, MediaFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        switch (format) {
            case TRIG -> RDFWriter.source(dsg).format(RDFFormat.TRIG_BLOCKS).output(out);
            case NQUADS -> RDFWriter.source(dsg).format(RDFFormat.NQUADS).output(out);
            default -> writeGraph(union, format, out);
        }
        return out.toByteArray();
    }

    /** A graph as bytes in a triple format (a quad format writes it as the default graph). */
    static byte[] write(Graph graph, MediaFormat format) {
        if (format.isQuads()) {
            DatasetGraph d = DatasetGraphFactory.wrap(graph);
            return write(d, graph, format);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        writeGraph(graph, format, out);
        return out.toByteArray();
    }

    private static void writeGraph(Graph g, MediaFormat format, ByteArrayOutputStream out) {
        if (g.getPrefixMapping().numPrefixes() == 0) g.getPrefixMapping().setNsPrefixes(Vocab.prefixes());
        switch (format) {
            case TURTLE -> RDFWriter.source(g).format(RDFFormat.TURTLE_PRETTY).output(out);
            case NTRIPLES -> RDFWriter.source(g).format(RDFFormat.NTRIPLES).output(out);
            case RDFXML -> RDFWriter.source(g).format(RDFFormat.RDFXML_PLAIN).output(out);
            case JSONLD -> {
                try {
                    JsonLdDumpWriter.writePretty(g, JsonLdContext.ponte(), null, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            default -> throw new IllegalArgumentException("not a triple format: " + format);
        }
    }
}
