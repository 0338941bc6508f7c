package org.ponte.mapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.ponte.core.PonteException;
import org.ponte.core.Problems;
import org.ponte.mapper.resolve.AliasIndex;

/**
 * Maps every document of a directory on all cores and streams the valid graphs, in file-name
 * order, into one {@link StreamRDF} (an N-Quads writer, the TDB2 loader). Memory stays bounded
 * whatever the corpus size: at most a small window of documents is in flight. A document that
 * cannot be read, fails a rule or fails SHACL is reported with its reason and skipped; the
 * others are published.
 */
public final class CorpusMapper {
    private final DocumentMapper mapper;
    private final int threads;

    /** @param threads mapping threads (at least 1) */
    public CorpusMapper(DocumentMapper mapper, int threads) {
        this.mapper = mapper;
        this.threads = Math.max(1, threads);
    }

    /** The documents of a directory: regular, non-hidden files, sorted by name, subdirectories included. */
    public static List<Path> documents(Path dir) {
        if (!Files.isDirectory(dir)) throw new PonteException("no such directory: " + dir);
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("~"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new PonteException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Maps the files and streams the graphs of those that pass into {@code sink} (which is only
     * ever called from the calling thread). {@code progress} hears of every finished document.
     */
    public MapReport map(List<Path> files, StreamRDF sink, Instant mappedAt, Problems problems, Consumer<MappedDocument> progress) {
        return map(files, sink, mappedAt, problems, progress, aliases(files, java.util.Map.of(), null));
    }

    /**
     * The first pass: reads and extracts every document on all cores and builds the index of
     * names shared across documents. {@code previous} holds the key→slug assignments of an
     * earlier publication, which the index keeps.
     */
    public AliasIndex aliases(List<Path> files, java.util.Map<String, String> previous, Consumer<Path> progress) {
        AliasIndex.Builder b = new AliasIndex.Builder(previous);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ponte-names");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> fs = new ArrayList<>();
            Deque<Future<?>> window = new ArrayDeque<>();
            for (Path f : files) {
                if (window.size() >= threads * 8) take(window.poll());
                window.add(pool.submit(() -> {
                    org.ponte.mapper.extract.Extraction x = mapper.extract(f, Problems.ignore());
                    if (x != null) b.add(x);
                    if (progress != null) progress.accept(f);
                    return null;
                }));
            }
            while (!window.isEmpty()) take(window.poll());
            fs.clear();
        } finally {
            pool.shutdownNow();
        }
        return b.build();
    }

    /** The second pass: maps every document with the alias index and streams the valid graphs into {@code sink}. */
    public MapReport map(List<Path> files, StreamRDF sink, Instant mappedAt, Problems problems, Consumer<MappedDocument> progress,
                         AliasIndex aliases) {
        long t0 = System.nanoTime();
        List<MapReport.Skipped> skipped = new ArrayList<>();
        java.util.Set<org.ponte.mapper.resolve.RefEntity> references = new java.util.LinkedHashSet<>();
        long quads = 0, bytes = 0;
        int mapped = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ponte-mapper");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<MappedDocument>> window = new ArrayDeque<>();
            int next = 0;
            int limit = threads * 8;
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < limit) {
                    Path f = files.get(next++);
                    window.add(pool.submit(() -> mapper.map(f, mappedAt, problems, aliases)));
                }
                MappedDocument d = take(window.poll());
                bytes += sizeOf(files, d);
                if (d.ok()) {
                    for (Quad q : d.quads()) sink.quad(q);
                    quads += d.quads().size();
                    mapped++;
                    for (var e : d.extraction().entities()) if (e.ref() != null) references.add(e.ref());
                } else {
                    skipped.add(new MapReport.Skipped(d.id(), d.failure()));
                    problems.error(d.id(), -1, "skipped: " + d.failure());
                }
                if (progress != null) progress.accept(d);
            }
        } finally {
            pool.shutdownNow();
        }
        return new MapReport(files.size(), mapped, skipped, quads, bytes, Duration.ofNanos(System.nanoTime() - t0), references);
    }

    private static long sizeOf(List<Path> files, MappedDocument d) {
        if (d.extraction() != null) return d.extraction().document().byteSize();
        return 0;
    }

    private static <T> T take(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PonteException("interrupted while mapping", e);
        } catch (ExecutionException e) {
            throw new PonteException("mapping thread failed: " + e.getCause(), e.getCause());
        }
    }
}
