package org.ponte.mapper;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ponte.core.PonteConfig;
import org.ponte.core.ProblemLog;

/** Where the project's data/ and ontology/ are, for tests; and a shared mapper built from them. */
public final class TestHome {
    private static DocumentMapper mapper;

    private TestHome() {}

    /** The project root: the {@code ponte.home} property Maven sets, else the nearest parent with data/. */
    public static Path home() {
        String p = System.getProperty("ponte.home");
        if (p != null && Files.isDirectory(Path.of(p, "data"))) return Path.of(p);
        Path d = Path.of("").toAbsolutePath();
        while (d != null && !Files.isDirectory(d.resolve("data/patterns"))) d = d.getParent();
        if (d == null) throw new IllegalStateException("cannot find the project root with data/patterns");
        return d;
    }

    public static PonteConfig config() {
        return PonteConfig.defaults(home());
    }

    /** One mapper for all tests of a run: loading rules, reference data and shapes takes a second. */
    public static synchronized DocumentMapper mapper() {
        if (mapper == null) mapper = DocumentMapper.create(config(), new ProblemLog(1000, false));
        return mapper;
    }
}
