package org.ponte.mapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.ponte.core.PonteConfig;
import org.ponte.core.PonteException;
import org.ponte.core.PonteVersion;
import org.ponte.core.Problems;
import org.ponte.mapper.emit.GraphEmitter;
import org.ponte.mapper.emit.TypeClosure;
import org.ponte.mapper.extract.Extraction;
import org.ponte.mapper.extract.Extractor;
import org.ponte.mapper.extract.RuleExtractor;
import org.ponte.mapper.lexicon.ConceptIndex;
import org.ponte.mapper.lexicon.DataFiles;
import org.ponte.mapper.lexicon.Lexicon;
import org.ponte.mapper.read.Document;
import org.ponte.mapper.read.DocumentReader;
import org.ponte.mapper.read.FileDocumentReader;
import org.ponte.mapper.read.UnreadableDocumentException;
import org.ponte.mapper.resolve.EntityResolver;
import org.ponte.mapper.resolve.ReferenceData;
import org.ponte.mapper.resolve.ResolvedDocument;
import org.ponte.mapper.segment.LayoutSegmenter;
import org.ponte.mapper.segment.Segmenter;
import org.ponte.mapper.validate.ShaclGate;

/**
 * Maps one document to its named graph: read → segment → extract → resolve → emit → validate.
 * A pure function of the document, the reference data, the rules and the ontology (plus the
 * time recorded as provenance), which is what makes parallel and incremental mapping, and
 * running inside Spark or Beam, possible. Build it once; {@link #map} is thread-safe.
 */
public final class DocumentMapper {
    private final DocumentReader reader;
    private final Segmenter segmenter;
    private final Extractor extractor;
    private final EntityResolver resolver;
    private final GraphEmitter emitter;
    private final ShaclGate gate;
    private final org.ponte.core.IriPolicy iris;
    private final ReferenceData reference;
    private final Graph ontology;

    private DocumentMapper(PonteConfig config, Lexicon lexicon, ReferenceData reference, Graph ontology, ShaclGate gate, Problems problems) {
        this.iris = config.iris();
        this.reference = reference;
        this.ontology = ontology;
        ConceptIndex concepts = ConceptIndex.of(ontology);
        this.reader = new FileDocumentReader(config.maxDocumentBytes(), problems);
        this.segmenter = new LayoutSegmenter(lexicon);
        this.extractor = new RuleExtractor(lexicon, reference, concepts);
        this.resolver = new EntityResolver(config.iris());
        this.emitter = new GraphEmitter(config.iris(), TypeClosure.of(ontology), concepts, PonteVersion.get());
        this.gate = gate;
    }

    /**
     * Loads the rules (data/patterns), the reference data (data/reference), the ontology and the
     * shapes, reporting malformed rows through {@code problems}; a missing ontology or shapes
     * file is fatal.
     */
    public static DocumentMapper create(PonteConfig config, Problems problems) {
        Path patterns = config.home().resolve("data/patterns");
        Lexicon lexicon = Lexicon.load(new DataFiles(Files.isDirectory(patterns) ? patterns : null, "ponte/data/patterns"), problems);
        ReferenceData reference = ReferenceData.load(
                new DataFiles(Files.isDirectory(config.reference()) ? config.reference() : null, "ponte/data/reference"), problems);
        Graph ontology = readTurtle(config.ontologyFile(), "ontology/ponte.ttl");
        Graph shapes = readTurtle(config.shapesFile(), "ontology/shapes.ttl");
        return new DocumentMapper(config, lexicon, reference, ontology, ShaclGate.fast(shapes), problems);
    }

    /** A file from the checkout when it exists, else the copy on the classpath; fatal when neither. */
    static Graph readTurtle(Path file, String resource) {
        Graph g = GraphFactory.createDefaultGraph();
        if (Files.isRegularFile(file)) {
            RDFParser.source(file).lang(Lang.TURTLE).parse(g);
            return g;
        }
        try (InputStream in = DocumentMapper.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new PonteException("neither " + file + " nor the classpath resource " + resource + " exists");
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return g;
        } catch (IOException e) {
            throw new PonteException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Reads and maps a file; never throws for a bad document: the result says why it was skipped. */
    public MappedDocument map(Path file, Instant mappedAt, Problems problems) {
        return map(file, mappedAt, problems, org.ponte.mapper.resolve.AliasIndex.empty());
    }

    /** Maps a document already read; never throws for a bad document. */
    public MappedDocument map(Document doc, Instant mappedAt, Problems problems) {
        return map(doc, mappedAt, problems, org.ponte.mapper.resolve.AliasIndex.empty());
    }

    /** Reads and maps a file, naming entities with the corpus's alias index. */
    public MappedDocument map(Path file, Instant mappedAt, Problems problems, org.ponte.mapper.resolve.AliasIndex aliases) {
        String id = file.getFileName().toString();
        try {
            return map(reader.read(file), mappedAt, problems, aliases);
        } catch (UnreadableDocumentException e) {
            return MappedDocument.skipped(id, iris.document(id), e.getMessage());
        }
    }

    /**
     * Reads and extracts a file without emitting: the first pass that collects names for the
     * alias index. What the extract stage reports goes to {@code problems} (the reader reports to
     * the mapper's own channel). Null when the document cannot be read or a rule fails on it (the
     * second pass reports it).
     */
    public Extraction extract(Path file, Problems problems) {
        try {
            return extractor.extract(segmenter.segment(reader.read(file)), problems);
        } catch (UnreadableDocumentException | RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    /** Maps a document already read, naming entities with the corpus's alias index; never throws for a bad document. */
    public MappedDocument map(Document doc, Instant mappedAt, Problems problems, org.ponte.mapper.resolve.AliasIndex aliases) {
        return map(doc, null, mappedAt, problems, aliases);
    }

    /**
     * Maps a document from its extraction ({@link #extract}, the first pass): resolve, emit and
     * validate only. The same graph as mapping the document, since extracting is a pure function
     * of the document; never throws for a bad document.
     */
    public MappedDocument map(Extraction extraction, Instant mappedAt, Problems problems, org.ponte.mapper.resolve.AliasIndex aliases) {
        return map(extraction.document(), extraction, mappedAt, problems, aliases);
    }

    private MappedDocument map(Document doc, Extraction extracted, Instant mappedAt, Problems problems,
                               org.ponte.mapper.resolve.AliasIndex aliases) {
        String graphIri = iris.document(doc.id());
        try {
            Extraction x = extracted != null ? extracted : extractor.extract(segmenter.segment(doc), problems);
            ResolvedDocument r = resolver.resolve(x, aliases);
            List<Quad> quads = new ArrayList<>();
            emitter.emit(r, mappedAt, collector(quads));
            Graph g = GraphFactory.createDefaultGraph();
            // performAdd: the graph is this method's own and nothing listens to it, so no add events to send.
            org.apache.jena.graph.impl.GraphWithPerform gp = (org.apache.jena.graph.impl.GraphWithPerform) g;
            for (Quad q : quads) gp.performAdd(Triple.create(q.getSubject(), q.getPredicate(), q.getObject()));
            ShaclGate.Verdict v = gate.validate(g);
            if (!v.conforms()) return new MappedDocument(doc.id(), graphIri, List.of(), x, "fails the SHACL shapes: " + String.join("; ", v.violations()));
            return new MappedDocument(doc.id(), graphIri, quads, x, null);
        } catch (RuntimeException | StackOverflowError e) {
            // A rule that breaks on odd input must cost this document only, with a clear reason.
            return MappedDocument.skipped(doc.id(), graphIri, "mapping failed: " + e);
        }
    }

    private static StreamRDF collector(List<Quad> quads) {
        return new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                quads.add(q);
            }

            @Override
            public void triple(Triple t) {
                quads.add(Quad.create(Quad.defaultGraphIRI, t));
            }
        };
    }

    public ReferenceData reference() { return reference; }

    /** Writes the reference graph for the reference entities a corpus mentions. */
    public void emitReferenceGraph(java.util.Collection<org.ponte.mapper.resolve.RefEntity> mentioned, Instant at, StreamRDF out) {
        new org.ponte.mapper.emit.ReferenceGraphEmitter(iris, TypeClosure.of(ontology)).emit(mentioned, reference, at, out);
    }

    /** The ontology graph this mapper read. */
    public Graph ontology() { return ontology; }

    /** The reader, for callers that need the document text (evaluation, HTML pages). */
    public DocumentReader reader() { return reader; }
}
