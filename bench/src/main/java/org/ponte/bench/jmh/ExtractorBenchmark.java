package org.ponte.bench.jmh;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.Quad;
import java.util.concurrent.TimeUnit;
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
import org.ponte.mapper.MappedDocument;
import org.ponte.mapper.read.Document;

/**
 * The whole mapper on one core, with and without its SHACL validation stage: {@code DocumentMapper.map(Document, Instant, Problems)} (segment,
 * extract, resolve, emit, validate) over the {@link BenchmarkCorpus} documents, already read.
 * The primary score is documents per second; {@code ·bytes} is input bytes per second; the
 * {@link CpuTime} counters give documents and bytes per CPU-second of the benchmark thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ExtractorBenchmark {
    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    private DocumentMapper mapper;
    private Stages stages;
    private BenchmarkCorpus corpus;

    @Setup(Level.Trial)
    public void setup() {
        stages = new Stages(BenchmarkCorpus.home());
        mapper = stages.mapper;
        corpus = new BenchmarkCorpus(BenchmarkCorpus.home(), mapper.reader());
        // A document that fails to map would make the benchmark measure the failure path.
        for (Document d : corpus.documents) {
            MappedDocument m = mapper.map(d, AT, Problems.ignore());
            if (!m.ok()) throw new IllegalStateException(d.id() + " does not map: " + m.failure());
        }
    }

    @Benchmark
    @OperationsPerInvocation(BenchmarkCorpus.SIZE)
    public void map(Blackhole bh, InputBytes in, CpuTime cpu) {
        cpu.start();
        long bytes = 0;
        for (Document d : corpus.documents) {
            bh.consume(mapper.map(d, AT, Problems.ignore()));
            bytes += d.byteSize();
        }
        in.bytes += bytes;
        cpu.stop(BenchmarkCorpus.SIZE, bytes);
    }

    /**
     * {@code map} without its last stage: segment, extract, resolve and emit the quads, but build
     * no graph and run no SHACL validation; the difference with {@code map} is what validation
     * costs.
     */
    @Benchmark
    @OperationsPerInvocation(BenchmarkCorpus.SIZE)
    public void mapWithoutValidation(Blackhole bh, InputBytes in, CpuTime cpu) {
        cpu.start();
        long bytes = 0;
        for (Document d : corpus.documents) {
            List<Quad> quads = new ArrayList<>();
            stages.emitQuads(d, AT, quads);
            bh.consume(quads);
            bytes += d.byteSize();
        }
        in.bytes += bytes;
        cpu.stop(BenchmarkCorpus.SIZE, bytes);
    }
}
