package org.ponte.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ponte.core.PonteConfig;
import org.ponte.core.PonteVersion;
import org.ponte.core.Slugs;

/**
 * What a {@link org.ponte.mapper.DocumentMapper} is built from, as a fingerprint: the names,
 * sizes and modification times of the pattern files, the reference data, the ontology and the
 * shapes, and Ponte's version. The server rebuilds its mapper when it changes, and a document
 * skipped under one fingerprint is mapped again under another (its failure may be gone).
 */
final class MapperRules {
    private MapperRules() {}

    /** The fingerprint, readable (one line per file). */
    static String fingerprint(PonteConfig cfg) {
        StringBuilder b = new StringBuilder("ponte ").append(PonteVersion.get()).append('\n');
        for (Path p : List.of(cfg.home().resolve("data/patterns"), cfg.reference(), cfg.ontologyFile(), cfg.shapesFile())) {
            try (Stream<Path> s = Files.isDirectory(p) ? Files.list(p) : Stream.of(p)) {
                for (Path f : s.sorted().toList()) {
                    if (!Files.isRegularFile(f)) continue;
                    b.append(f).append(' ').append(Files.size(f)).append(' ').append(Files.getLastModifiedTime(f).toMillis()).append('\n');
                }
            } catch (IOException e) {
                b.append(p).append(" unreadable\n");
            }
        }
        return b.toString();
    }

    /** A short form of {@link #fingerprint}, for the manifest. */
    static String id(String fingerprint) {
        return Slugs.sha256Hex(fingerprint.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }
}
