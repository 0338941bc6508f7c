package org.ponte.loader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.ponte.core.PonteConfig;
import org.ponte.core.Setting;

/** Configuration and fixture files for loader tests. */
final class LoaderFixtures {
    static final String BASE = "https://w3id.org/ponte/id/";
    static final String G1 = BASE + "document/001-le-reseau";
    static final String G2 = BASE + "document/002-fondazione-ismu";
    static final String G3 = BASE + "document/003-rete-scuole";

    private LoaderFixtures() {}

    /** The project root (surefire sets ponte.home), where fuseki-config/config.ttl lives. */
    static Path home() {
        String h = System.getProperty("ponte.home");
        return h != null ? Path.of(h) : Path.of("..").toAbsolutePath().normalize();
    }

    /** Defaults, rooted at the project, with the work directory (and so the store) in {@code work}. */
    static PonteConfig config(Path work) {
        return PonteConfig.builder()
                .set(Setting.HOME, home().toString())
                .set(Setting.WORK, work.toString())
                .build();
    }

    /** Copies a test resource to a file in {@code dir}. */
    static Path resource(String name, Path dir) throws IOException {
        Path out = dir.resolve(name);
        try (InputStream in = LoaderFixtures.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IOException("missing test resource " + name);
            Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
        }
        return out;
    }

    /** A builder loading the fixture with the stand-in ontology. */
    static StoreBuilder fixtureBuild(PonteConfig cfg, Path dir) throws IOException {
        return StoreBuilder.create(cfg)
                .ontology(resource("test-ontology.ttl", dir))
                .file(resource("fixture.nq", dir));
    }
}
