package org.ponte.bench.jmh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.ponte.core.IriPolicy;
import org.ponte.core.PonteConfig;
import org.ponte.core.PonteVersion;
import org.ponte.core.Problems;
import org.ponte.mapper.DocumentMapper;
import org.ponte.mapper.emit.GraphEmitter;
import org.ponte.mapper.emit.TypeClosure;
import org.ponte.mapper.extract.RuleExtractor;
import org.ponte.mapper.lexicon.ConceptIndex;
import org.ponte.mapper.lexicon.DataFiles;
import org.ponte.mapper.lexicon.Lexicon;
import org.ponte.mapper.read.Document;
import org.ponte.mapper.resolve.EntityResolver;
import org.ponte.mapper.segment.LayoutSegmenter;
import org.ponte.mapper.validate.ShaclGate;

/**
 * The mapper's stages, built exactly as {@link DocumentMapper#create} builds them (same rules,
 * reference data, ontology and shapes), for benchmarks that time them one by one.
 */
final class Stages {
    final DocumentMapper mapper;
    final LayoutSegmenter segmenter;
    final RuleExtractor extractor;
    final EntityResolver resolver;
    final GraphEmitter emitter;
    /** The gate the mapper uses. */
    final ShaclGate gate;
    /** Every constraint through Jena's SHACL engine, as {@code ./ponte validate} checks: for comparison. */
    final ShaclGate completeGate;

    Stages(Path home) {
        PonteConfig config = PonteConfig.defaults(home);
        mapper = DocumentMapper.create(config, Problems.ignore());
        Path patterns = home.resolve("data/patterns");
        Lexicon lexicon = Lexicon.load(new DataFiles(Files.isDirectory(patterns) ? patterns : null, "ponte/data/patterns"), Problems.ignore());
        ConceptIndex concepts = ConceptIndex.of(mapper.ontology());
        IriPolicy iris = config.iris();
        segmenter = new LayoutSegmenter(lexicon);
        extractor = new RuleExtractor(lexicon, mapper.reference(), concepts);
        resolver = new EntityResolver(iris);
        emitter = new GraphEmitter(iris, TypeClosure.of(mapper.ontology()), concepts, PonteVersion.get());
        Graph shapes = shapes(config.shapesFile());
        gate = ShaclGate.fast(shapes);
        completeGate = ShaclGate.complete(shapes);
    }

    private static Graph shapes(Path file) {
        Graph g = GraphFactory.createDefaultGraph();
        if (Files.isRegularFile(file)) RDFParser.source(file).lang(Lang.TURTLE).parse(g);
        else RDFParser.source(Stages.class.getClassLoader().getResourceAsStream("ontology/shapes.ttl")).lang(Lang.TURTLE).parse(g);
        return g;
    }

    /** Segment, extract, resolve and emit: what {@code map} does before building the graph it validates. */
    void emitQuads(Document d, Instant at, List<Quad> out) {
        emitter.emit(resolver.resolve(extractor.extract(segmenter.segment(d), Problems.ignore())), at, collector(out));
    }

    /** The graph {@code map} builds from the quads to validate it. */
    static Graph graph(List<Quad> quads) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Quad q : quads) g.add(Triple.create(q.getSubject(), q.getPredicate(), q.getObject()));
        return g;
    }

    /** A sink that collects quads as {@code DocumentMapper} does. */
    static StreamRDF collector(List<Quad> out) {
        return new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                out.add(q);
            }

            @Override
            public void triple(Triple t) {
                out.add(Quad.create(Quad.defaultGraphIRI, t));
            }
        };
    }
}
