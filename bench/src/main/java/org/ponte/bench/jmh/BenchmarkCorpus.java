package org.ponte.bench.jmh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ponte.bench.CorpusGenerator;
import org.ponte.bench.GeneratedDocument;
import org.ponte.mapper.read.Document;
import org.ponte.mapper.read.DocumentReader;
import org.ponte.mapper.read.UnreadableDocumentException;

/**
 * The fixed set of documents every benchmark maps: the first {@link #SIZE} documents of the
 * corpus generated with seed {@link #SEED}, held in memory as file bytes and as the
 * {@link Document}s the mapper's reader makes of them (HTML reduced to text), so no benchmark
 * touches the disk.
 */
public final class BenchmarkCorpus {
    /** Documents per benchmark operation batch; {@code @OperationsPerInvocation} repeats it. */
    public static final int SIZE = 200;
    public static final long SEED = 42;

    /** File names, in corpus order. */
    public final List<String> names = new ArrayList<>();
    /** File bytes, in corpus order. */
    public final List<byte[]> bytes = new ArrayList<>();
    /** The documents as read. */
    public final List<Document> documents = new ArrayList<>();
    /** Input bytes of the whole set (file sizes, HTML included). */
    public final long totalBytes;

    public BenchmarkCorpus(Path home, DocumentReader reader) {
        CorpusGenerator g = CorpusGenerator.create(SEED, home);
        long total = 0;
        for (int i = 0; i < SIZE; i++) {
            GeneratedDocument d = g.document(i);
            names.add(d.fileName());
            bytes.add(d.bytes());
            try {
                documents.add(reader.read(d.fileName(), d.bytes()));
            } catch (UnreadableDocumentException e) {
                throw new IllegalStateException("a generated document cannot be read: " + d.fileName() + ": " + e.getMessage(), e);
            }
            total += d.bytes().length;
        }
        totalBytes = total;
    }

    /**
     * The project root: the {@code ponte.home} system property (run-jmh.sh passes it), else the
     * nearest parent of the working directory with {@code data/patterns}, else the working
     * directory (the mapper then reads its rules and reference data from its jar).
     */
    public static Path home() {
        String p = System.getProperty("ponte.home");
        if (p != null && !p.isBlank()) return Path.of(p);
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent())
            if (Files.isDirectory(d.resolve("data/patterns"))) return d;
        return Path.of("").toAbsolutePath();
    }
}
