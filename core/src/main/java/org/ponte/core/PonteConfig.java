package org.ponte.core;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The one configuration of a Ponte run, built once and passed down; no stage reads the
 * environment itself. Build it with {@link #builder()}: defaults, then a properties file, then
 * the environment, then command-line flags, each later layer overriding the earlier ones.
 *
 * @param home            project directory
 * @param documents       source documents
 * @param reference       reference-data directory
 * @param ontology        directory with ponte.ttl and shapes.ttl
 * @param queries         example queries
 * @param fusekiConfig    Fuseki assembler file
 * @param work            git-ignored working directory (stores, cache, reports)
 * @param dist            dump directory
 * @param iris            IRI policy built from the base IRI
 * @param host            interface to listen on
 * @param port            HTTP port
 * @param publicUrl       public root URL of the server, ending with '/'
 * @param queryTimeout    hard per-query time limit
 * @param resultLimit     row/triple cap per query
 * @param adminPasswordFile password file, or null
 * @param adminPassword   admin password from the environment, or null
 * @param threads         mapping threads (at least 1)
 * @param maxDocumentBytes size above which a document is skipped
 * @param license         licence IRI of the dataset
 */
public record PonteConfig(
        Path home, Path documents, Path reference, Path ontology, Path queries, Path fusekiConfig,
        Path work, Path dist, IriPolicy iris, String host, int port, String publicUrl,
        Duration queryTimeout, long resultLimit, Path adminPasswordFile, String adminPassword,
        int threads, long maxDocumentBytes, String license) {

    /** The ponte.ttl file. */
    public Path ontologyFile() { return ontology.resolve("ponte.ttl"); }

    /** The SHACL shapes every published graph must pass. */
    public Path shapesFile() { return ontology.resolve("shapes.ttl"); }

    /** Where store generations live: {@code work/store}. */
    public Path storeRoot() { return work.resolve("store"); }

    /** A copy of this configuration with another port (and the public URL that follows from it). */
    public PonteConfig withPort(int newPort) {
        String url = publicUrl.equals("http://localhost:" + port + "/") ? "http://localhost:" + newPort + "/" : publicUrl;
        return new PonteConfig(home, documents, reference, ontology, queries, fusekiConfig, work, dist, iris,
                host, newPort, url, queryTimeout, resultLimit, adminPasswordFile, adminPassword, threads,
                maxDocumentBytes, license);
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Configuration with defaults only, rooted at {@code home}; convenient in tests. */
    public static PonteConfig defaults(Path home) {
        return builder().set(Setting.HOME, home.toString()).build();
    }

    /** Layers settings and builds a checked {@link PonteConfig}. */
    public static final class Builder {
        private final Map<Setting, String> values = new EnumMap<>(Setting.class);

        private Builder() {
            for (Setting s : Setting.values()) values.put(s, s.defaultValue());
        }

        /** Sets one value; a null value is ignored so optional flags can be passed straight through. */
        public Builder set(Setting setting, String value) {
            if (value != null) values.put(setting, value);
            return this;
        }

        /**
         * Reads a properties file of {@link Setting#key()}s. Unknown keys are an error, so a typo
         * does not silently fall back to a default.
         */
        public Builder file(Path file) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new PonteException("cannot read configuration file " + file + ": " + e.getMessage(), e);
            }
            for (String k : p.stringPropertyNames()) {
                Setting s = Setting.byKey(k);
                if (s == null) throw new InvalidSettingException(file + ": unknown setting '" + k + "'");
                values.put(s, p.getProperty(k).trim());
            }
            return this;
        }

        /** Reads {@code PONTE_*} variables from the given environment (normally {@code System.getenv()}). */
        public Builder environment(Map<String, String> env) {
            for (Setting s : Setting.values()) {
                String v = env.get(s.envName());
                if (v != null && !v.isBlank()) values.put(s, v.trim());
            }
            return this;
        }

        /** The current value of a setting, after the layers applied so far. */
        public String get(Setting s) {
            return values.get(s);
        }

        /** Checks every value and builds the configuration. */
        public PonteConfig build() {
            Path home = Path.of(values.get(Setting.HOME)).toAbsolutePath().normalize();
            int port = intValue(Setting.PORT, 0, 65535);
            String publicUrl = values.get(Setting.PUBLIC_URL);
            if (publicUrl.isBlank()) publicUrl = "http://localhost:" + port + "/";
            if (!publicUrl.endsWith("/")) publicUrl = publicUrl + "/";
            String pwFile = values.get(Setting.ADMIN_PASSWORD_FILE);
            String pw = values.get(Setting.ADMIN_PASSWORD);
            int threads = intValue(Setting.THREADS, 0, 1024);
            if (threads == 0) threads = Runtime.getRuntime().availableProcessors();
            return new PonteConfig(
                    home,
                    path(home, Setting.DOCUMENTS), path(home, Setting.REFERENCE), path(home, Setting.ONTOLOGY),
                    path(home, Setting.QUERIES), path(home, Setting.FUSEKI_CONFIG), path(home, Setting.WORK),
                    path(home, Setting.DIST),
                    new IriPolicy(values.get(Setting.BASE_IRI)),
                    values.get(Setting.HOST), port, publicUrl,
                    Duration.ofMillis(longValue(Setting.QUERY_TIMEOUT_MS, 1, Long.MAX_VALUE)),
                    longValue(Setting.RESULT_LIMIT, 1, Long.MAX_VALUE),
                    pwFile.isBlank() ? null : home.resolve(pwFile),
                    pw.isBlank() ? null : pw,
                    threads,
                    longValue(Setting.MAX_DOCUMENT_BYTES, 1, Long.MAX_VALUE),
                    values.get(Setting.LICENSE));
        }

        private Path path(Path home, Setting s) {
            return home.resolve(values.get(s)).normalize();
        }

        private int intValue(Setting s, int min, int max) {
            return (int) longValue(s, min, max);
        }

        private long longValue(Setting s, long min, long max) {
            String v = values.get(s);
            long n;
            try {
                n = Long.parseLong(v.trim());
            } catch (NumberFormatException e) {
                throw new InvalidSettingException("setting " + s.key() + " must be a number, not '" + v + "'");
            }
            if (n < min || n > max)
                throw new InvalidSettingException("setting " + s.key() + " must be between " + min + " and " + max + ", not " + n);
            return n;
        }
    }
}
