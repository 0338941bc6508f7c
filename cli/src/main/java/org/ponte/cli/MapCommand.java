package org.ponte.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.ponte.core.PonteConfig;
import org.ponte.core.InvalidSettingException;
import org.ponte.core.PonteException;
import org.ponte.core.ProblemLog;
import org.ponte.core.Setting;
import org.ponte.core.Vocab;
import org.ponte.mapper.CorpusMapper;
import org.ponte.mapper.DocumentMapper;
import org.ponte.mapper.MapReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ponte map}: documents in, RDF out, one named graph per document. */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = "Map every document of a directory to RDF, one named graph per document.",
        footer = ExitCodes.HELP)
public final class MapCommand implements Callable<Integer> {
    @Mixin ConfigOptions options;

    @Option(names = {"-i", "--input"}, paramLabel = "DIR", description = "Directory of documents (default: data/documents).")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "Output file; the format follows the extension: .nq, .trig (named graphs kept), .ttl, .nt (triples only), .jsonld.")
    Path output;

    @Option(names = "--threads", paramLabel = "N", description = "Mapping threads (default: one per core).")
    Integer threads;

    @Option(names = "--max-document-bytes", paramLabel = "N", description = "Skip documents larger than this (default: 16 MiB).")
    Long maxBytes;

    @Override
    public Integer call() throws IOException {
        if (!knownFormat(output.getFileName().toString().toLowerCase(Locale.ROOT)))
            throw new InvalidSettingException("unknown output format for " + output + ": use .nq, .trig, .ttl, .nt or .jsonld");
        PonteConfig.Builder b = options.builder();
        if (threads != null) b.set(Setting.THREADS, threads.toString());
        if (maxBytes != null) b.set(Setting.MAX_DOCUMENT_BYTES, maxBytes.toString());
        PonteConfig config = b.build();
        Path dir = input != null ? input : config.documents();
        List<Path> files = CorpusMapper.documents(dir);
        ProblemLog problems = new ProblemLog(10_000, false);
        DocumentMapper mapper = DocumentMapper.create(config, problems);
        MapReport report = write(config, mapper, files, output, problems);
        Reports.print(report, problems, output, System.err);
        Reports.writeSkipped(report, Path.of(output + ".skipped.tsv"));
        return report.skipped().isEmpty() ? ExitCodes.OK : ExitCodes.SKIPPED;
    }

    /** Maps {@code files} into {@code out}, streaming where the format allows. */
    static MapReport write(PonteConfig config, DocumentMapper mapper, List<Path> files, Path out, ProblemLog problems) throws IOException {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".ponte-map-", ".tmp");
        try {
            MapReport report;
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
                 Progress progress = new Progress("map", files.size(), "docs")) {
                if (name.endsWith(".jsonld") || name.endsWith(".json")) {
                    // JSON-LD needs the whole dataset at once: fine for a corpus that fits in memory.
                    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
                    StreamRDF sink = StreamRDFLib.dataset(dsg);
                    report = new CorpusMapper(mapper, config.threads()).map(files, sink, Instant.now(), problems, d -> progress.step(1));
                    dsg.prefixes().putAll(Vocab.prefixes());
                    RDFDataMgr.write(os, dsg, RDFFormat.JSONLD11);
                } else {
                    RDFFormat format = streamingFormat(name);
                    StreamRDF writer = StreamRDFWriter.getWriterStream(os, format);
                    boolean triplesOnly = format.getLang().equals(Lang.TURTLE) || format.getLang().equals(Lang.NTRIPLES);
                    StreamRDF sink = triplesOnly ? new StreamRDFBase() {
                        @Override
                        public void quad(Quad q) {
                            writer.triple(q.asTriple());
                        }
                    } : writer;
                    writer.start();
                    Vocab.prefixes().getNsPrefixMap().forEach(writer::prefix);
                    report = new CorpusMapper(mapper, config.threads()).map(files, sink, Instant.now(), problems, d -> progress.step(1));
                    writer.finish();
                    if (triplesOnly) System.err.println("note: " + name + " holds triples only; use .nq or .trig to keep one named graph per document");
                }
            }
            Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return report;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static boolean knownFormat(String name) {
        return name.endsWith(".jsonld") || name.endsWith(".json") || name.endsWith(".nq") || name.endsWith(".trig")
                || name.endsWith(".ttl") || name.endsWith(".nt");
    }

    private static RDFFormat streamingFormat(String name) {
        if (name.endsWith(".nq")) return RDFFormat.NQUADS;
        if (name.endsWith(".trig")) return RDFFormat.TRIG_BLOCKS;
        if (name.endsWith(".ttl")) return RDFFormat.TURTLE_BLOCKS;
        if (name.endsWith(".nt")) return RDFFormat.NTRIPLES;
        throw new PonteException("unknown output format for " + name + ": use .nq, .trig, .ttl, .nt or .jsonld");
    }
}
