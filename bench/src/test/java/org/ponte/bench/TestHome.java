package org.ponte.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project root for tests: the {@code ponte.home} property Maven sets, else the nearest parent with data/. */
final class TestHome {
    private TestHome() {}

    static Path home() {
        String p = System.getProperty("ponte.home");
        if (p != null && Files.isDirectory(Path.of(p, "data"))) return Path.of(p);
        Path d = Path.of("").toAbsolutePath();
        while (d != null && !Files.isDirectory(d.resolve("data/patterns"))) d = d.getParent();
        if (d == null) throw new IllegalStateException("cannot find the project root with data/patterns");
        return d;
    }
}
