package org.ponte.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ponte.core.PonteConfig;
import org.ponte.core.PonteException;
import org.ponte.core.Setting;
import picocli.CommandLine.Option;

/**
 * Options every command shares, and the one place the configuration is built: defaults, then
 * {@code ponte.properties} in the project directory (or {@code --config}), then {@code PONTE_*}
 * environment variables, then the command's own flags.
 */
public final class ConfigOptions {
    @Option(names = "--home", paramLabel = "DIR", description = "Project directory (default: $PONTE_HOME or the current directory).")
    Path home;

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file of settings (default: ponte.properties in the project directory, if present).")
    Path config;

    @Option(names = "--base", paramLabel = "IRI", description = "Base of data IRIs (default: https://w3id.org/ponte/id/).")
    String base;

    /** A builder with defaults, the file and the environment applied; the command adds its flags and builds. */
    public PonteConfig.Builder builder() {
        PonteConfig.Builder b = PonteConfig.builder();
        String envHome = System.getenv(Setting.HOME.envName());
        Path h = home != null ? home : envHome != null && !envHome.isBlank() ? Path.of(envHome) : Path.of("");
        b.set(Setting.HOME, h.toAbsolutePath().toString());
        Path file = config != null ? config : h.resolve("ponte.properties");
        if (config != null && !Files.isRegularFile(config)) throw new PonteException("configuration file not found: " + config);
        if (Files.isRegularFile(file)) b.file(file);
        b.environment(System.getenv());
        if (home != null) b.set(Setting.HOME, home.toAbsolutePath().toString());
        b.set(Setting.BASE_IRI, base);
        return b;
    }
}
