package org.ponte.mapper;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.ponte.core.PonteException;
import org.ponte.core.Problems;
import org.ponte.mapper.extract.Extraction;
import org.ponte.mapper.resolve.AliasIndex;

/**
 * Maps every document of a directory on all cores and streams the valid graphs, in file-name
 * order, into one {@link StreamRDF} (an N-Quads writer, the TDB2 loader). Memory stays bounded
 * whatever the corpus size: at most a small window of documents is in flight. A document that
 * cannot be read, fails a rule or fails SHACL is reported with its reason and skipped; the
 * others are published.
 *
 * <p>Mapping takes two passes: the first extracts every document to build the index of names
 * shared across documents ({@link #aliases}), the second maps each document with it
 * ({@link #map}). Extracting is most of the cost of a document and does not depend on the
 * index, so the first pass keeps its extractions for the second while they fit in a quarter of
 * the heap (soft references, which the collector may still clear; a cleared one is extracted
 * again); a larger corpus extracts the rest twice. Memory stays bounded either way.
 */
public final class CorpusMapper {
    /** Heap kept for first-pass extractions: a quarter of the maximum. */
    private static final long FIRST_PASS_BUDGET = Runtime.getRuntime().maxMemory() / 4;

    private final DocumentMapper mapper;
    private final int threads;
    /** First-pass extractions the second pass may reuse, by file; each is taken once. */
    private final Map<Path, FirstPass> firstPass = new ConcurrentHashMap<>();
    private final AtomicLong firstPassBytes = new AtomicLong();

    /** An extraction kept from the first pass, with what the extract stage reported about it. */
    private record FirstPass(SoftReference<Extraction> extraction, List<Report> reports, long bytes) {}

    /** One warning or error, to be reported again when the extraction is used. */
    private record Report(boolean error, String source, long position, String message) {}

    /** Records what a stage reports, for the second pass to report it as if it had extracted the document itself. */
    private static final class Recorder implements Problems {
        final List<Report> reports = new ArrayList<>(0);

        @Override
        public synchronized void warning(String source, long position, String message) {
            reports.add(new Report(false, source, position, message));
        }

        @Override
        public synchronized void error(String source, long position, String message) {
            reports.add(new Report(true, source, position, message));
        }
    }

    /** @param threads mapping threads (at least 1) */
    public CorpusMapper(DocumentMapper mapper, int threads) {
        this.mapper = mapper;
        this.threads = Math.max(1, threads);
    }

    /** The documents of a directory: regular, non-hidden files, sorted by name, subdirectories included. */
    public static List<Path> documents(Path dir) {
        return listDocuments(dir).stream().map(DocumentFile::path).toList();
    }

    /**
     * A document file as the directory walk saw it.
     *
     * @param path     the file
     * @param size     its size in bytes
     * @param modified its modification time, in nanoseconds since the epoch (as fine as the file
     *                 system keeps it)
     */
    public record DocumentFile(Path path, long size, long modified) {}

    /**
     * As {@link #documents}, with each file's size and modification time from the walk's own
     * stat of it (one system call per file; a symbolic link to a file counts as that file, as
     * before). Taken before anything reads the file, so a change made after it shows as a newer
     * time than the one returned.
     */
    public static List<DocumentFile> listDocuments(Path dir) {
        if (!Files.isDirectory(dir)) throw new PonteException("no such directory: " + dir);
        List<DocumentFile> out = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    String name = file.getFileName().toString();
                    if (name.startsWith(".") || name.endsWith("~")) return FileVisitResult.CONTINUE;
                    BasicFileAttributes a = attrs;
                    if (a.isSymbolicLink()) {
                        try {
                            a = Files.readAttributes(file, BasicFileAttributes.class);
                        } catch (IOException e) {
                            return FileVisitResult.CONTINUE; // a dangling link is no document
                        }
                    }
                    if (a.isRegularFile()) out.add(new DocumentFile(file, a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new PonteException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        out.sort(java.util.Comparator.comparing(DocumentFile::path));
        return out;
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
        forgetFirstPass();
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
                    Recorder reports = new Recorder();
                    Extraction x = mapper.extract(f, reports);
                    if (x != null) {
                        b.add(x);
                        keep(f, x, reports.reports);
                    }
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
                    window.add(pool.submit(() -> {
                        Extraction x = kept(f, problems);
                        return x != null ? mapper.map(x, mappedAt, problems, aliases) : mapper.map(f, mappedAt, problems, aliases);
                    }));
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
            // Extractions of files this pass did not map must not outlive it (a later pass may see changed files).
            forgetFirstPass();
        }
        return new MapReport(files.size(), mapped, skipped, quads, bytes, Duration.ofNanos(System.nanoTime() - t0), references);
    }

    private void forgetFirstPass() {
        firstPass.clear();
        firstPassBytes.set(0);
    }

    /** Keeps a first-pass extraction while the budget allows; estimated at five times the file's bytes (measured 4.8) plus 2 KB. */
    private void keep(Path f, Extraction x, List<Report> reports) {
        long bytes = 5L * x.document().byteSize() + 2048;
        if (firstPassBytes.addAndGet(bytes) > FIRST_PASS_BUDGET) {
            firstPassBytes.addAndGet(-bytes);
            return;
        }
        FirstPass old = firstPass.put(f, new FirstPass(new SoftReference<>(x), List.copyOf(reports), bytes));
        if (old != null) firstPassBytes.addAndGet(-old.bytes());
    }

    /** The first-pass extraction of {@code f}, its reports replayed into {@code problems}; null when none was kept or it was cleared. */
    private Extraction kept(Path f, Problems problems) {
        FirstPass k = firstPass.remove(f);
        if (k == null) return null;
        firstPassBytes.addAndGet(-k.bytes());
        Extraction x = k.extraction().get();
        if (x == null) return null;
        for (Report r : k.reports()) {
            if (r.error()) problems.error(r.source(), r.position(), r.message());
            else problems.warning(r.source(), r.position(), r.message());
        }
        return x;
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
