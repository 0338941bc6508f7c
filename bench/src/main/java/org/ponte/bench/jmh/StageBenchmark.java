package org.ponte.bench.jmh;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.core.Quad;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.ponte.core.Problems;
import org.ponte.mapper.DocumentMapper;
import org.ponte.mapper.emit.GraphEmitter;
import org.ponte.mapper.extract.Extraction;
import org.ponte.mapper.extract.RuleExtractor;
import org.ponte.mapper.read.Document;
import org.ponte.mapper.read.UnreadableDocumentException;
import org.ponte.mapper.resolve.EntityResolver;
import org.ponte.mapper.resolve.ResolvedDocument;
import org.ponte.mapper.segment.Layout;
import org.ponte.mapper.segment.LayoutSegmenter;
import org.ponte.mapper.validate.ShaclGate;

/**
 * Each stage of the mapper on its own, on one core, over the {@link BenchmarkCorpus} documents:
 * the inputs of every stage are computed once in setup from the previous stages, so each method
 * times one stage only. Stages are built exactly as {@link DocumentMapper} builds them.
 * <ul>
 * <li>{@code read}: bytes to {@link Document} (charset, HTML to text, normalisation, SHA-256);
 * not part of {@code DocumentMapper.map(Document, …)}, but of mapping files;</li>
 * <li>{@code segment}: {@link LayoutSegmenter};</li>
 * <li>{@code extract}: {@link RuleExtractor};</li>
 * <li>{@code resolve}: {@link EntityResolver};</li>
 * <li>{@code emit}: {@link GraphEmitter} into a list of quads, as the mapper collects them;</li>
 * <li>{@code validate}: the graph built from the quads and checked by the {@link ShaclGate}, as
 * the mapper does ({@link ShaclGate#fast});</li>
 * <li>{@code validateComplete}: the same with {@link ShaclGate#complete} (Jena's engine for every
 * constraint, as {@code ./ponte validate} runs it), for comparison; not a mapping stage.</li>
 * </ul>
 * Scores are documents per second; {@code ·bytes} is input bytes per second; the {@link CpuTime}
 * counters give documents and bytes per CPU-second of the benchmark thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class StageBenchmark {
    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    private BenchmarkCorpus corpus;
    private Stages stages;
    private final List<Layout> layouts = new ArrayList<>();
    private final List<Extraction> extractions = new ArrayList<>();
    private final List<ResolvedDocument> resolved = new ArrayList<>();
    private final List<List<Quad>> quads = new ArrayList<>();

    @Setup(Level.Trial)
    public void setup() {
        stages = new Stages(BenchmarkCorpus.home());
        corpus = new BenchmarkCorpus(BenchmarkCorpus.home(), stages.mapper.reader());
        for (Document d : corpus.documents) {
            Layout l = stages.segmenter.segment(d);
            Extraction x = stages.extractor.extract(l, Problems.ignore());
            ResolvedDocument r = stages.resolver.resolve(x);
            List<Quad> q = new ArrayList<>();
            stages.emitter.emit(r, AT, Stages.collector(q));
            layouts.add(l);
            extractions.add(x);
            resolved.add(r);
            quads.add(q);
        }
    }

    @Benchmark
    @OperationsPerInvocation(BenchmarkCorpus.SIZE)
    public void read(Blackhole bh, InputBytes in, CpuTime cpu) throws UnreadableDocumentException {
        cpu.start();
        long before = in.bytes;
        for (int i = 0; i < BenchmarkCorpus.SIZE; i++) {
            byte[] b = corpus.bytes.get(i);
            bh.consume(stages.mapper.reader().read(corpus.names.get(i), b));
            in.bytes += b.length;
        }
        cpu.stop(BenchmarkCorpus.SIZE, in.bytes - before);
    }

    @Benchmark
    @OperationsPerInvocation(BenchmarkCorpus.SIZE)
    public void segment(Blackhole bh, InputBytes in, CpuTime cpu) {
        cpu.start();
        long before = in.bytes;
        for (Document d : corpus.documents) {
            bh.consume(stages.segmenter.segment(d));
            in.bytes += d.byteSize();
        }
        cpu.stop(BenchmarkCorpus.SIZE, in.bytes - before);
    }

    @Benchmark
    @OperationsPerInvocation(BenchmarkCorpus.SIZE)
    public void extract(Blackhole bh, InputBytes in, CpuTime cpu) {
        cpu.start();
        long before = in.bytes;
        for (Layout l : layouts) {
            bh.consume(stages.extractor.extract(l, Problems.ignore()));
            in.bytes += l.document().byteSize();
        }
        cpu.stop(BenchmarkCorpus.SIZE, in.bytes - before);
    }

    @Benchmark
    @OperationsPerInvocation(BenchmarkCorpus.SIZE)
    public void resolve(Blackhole bh, InputBytes in, CpuTime cpu) {
        cpu.start();
        long before = in.bytes;
        for (Extraction x : extractions) {
            bh.consume(stages.resolver.resolve(x));
            in.bytes += x.document().byteSize();
        }
        cpu.stop(BenchmarkCorpus.SIZE, in.bytes - before);
    }

    @Benchmark
    @OperationsPerInvocation(BenchmarkCorpus.SIZE)
    public void emit(Blackhole bh, InputBytes in, CpuTime cpu) {
        cpu.start();
        long before = in.bytes;
        for (ResolvedDocument r : resolved) {
            List<Quad> out = new ArrayList<>();
            stages.emitter.emit(r, AT, Stages.collector(out));
            bh.consume(out);
            in.bytes += r.extraction().document().byteSize();
        }
        cpu.stop(BenchmarkCorpus.SIZE, in.bytes - before);
    }

    @Benchmark
    @OperationsPerInvocation(BenchmarkCorpus.SIZE)
    public void validate(Blackhole bh, InputBytes in, CpuTime cpu) {
        cpu.start();
        long before = in.bytes;
        for (int i = 0; i < BenchmarkCorpus.SIZE; i++) {
            bh.consume(stages.gate.validate(Stages.graph(quads.get(i))));
            in.bytes += corpus.documents.get(i).byteSize();
        }
        cpu.stop(BenchmarkCorpus.SIZE, in.bytes - before);
    }

    @Benchmark
    @OperationsPerInvocation(BenchmarkCorpus.SIZE)
    public void validateComplete(Blackhole bh, InputBytes in, CpuTime cpu) {
        cpu.start();
        long before = in.bytes;
        for (int i = 0; i < BenchmarkCorpus.SIZE; i++) {
            bh.consume(stages.completeGate.validate(Stages.graph(quads.get(i))));
            in.bytes += corpus.documents.get(i).byteSize();
        }
        cpu.stop(BenchmarkCorpus.SIZE, in.bytes - before);
    }
}
