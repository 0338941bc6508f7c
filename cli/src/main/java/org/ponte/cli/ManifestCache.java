package org.ponte.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The manifest as the server last read or wrote it, so that a re-publish does not parse the
 * whole file again (10,000 lines: tens of milliseconds; a million: seconds). It is used while the
 * file is the one it came from (same file key, size and time: a full publish by another process
 * replaces the file, and is then read); a publish that fails {@linkplain #forget forgets} it, since
 * it may hold changes the store does not.
 */
final class ManifestCache {
    private Manifest manifest;
    private String key;

    /** The manifest in {@code file}, from memory when the file has not changed since. */
    synchronized Manifest load(Path file) throws IOException {
        String now = key(file);
        if (manifest == null || !Objects.equals(now, key)) {
            manifest = Manifest.read(file);
            key = now;
        }
        return manifest;
    }

    /** Saves {@code m}'s changes to {@code file} ({@link Manifest#save}) and keeps it. */
    synchronized void save(Manifest m, Path file) throws IOException {
        m.save(file);
        manifest = m;
        key = key(file);
    }

    synchronized void forget() {
        manifest = null;
        key = null;
    }

    /** This cache as the store an incremental publish reads and writes. */
    Publisher.ManifestStore store(Path file) {
        return new Publisher.ManifestStore() {
            @Override
            public Manifest load() throws IOException {
                return ManifestCache.this.load(file);
            }

            @Override
            public void save(Manifest m) throws IOException {
                ManifestCache.this.save(m, file);
            }

            @Override
            public void forget() {
                ManifestCache.this.forget();
            }
        };
    }

    private static String key(Path file) throws IOException {
        if (!Files.exists(file)) return "none";
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return a.fileKey() + " " + a.size() + " " + a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }
}
