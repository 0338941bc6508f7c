package org.ponte.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this Ponte build, as Maven stamped it; recorded in every graph's provenance. */
public final class PonteVersion {
    private static final String VERSION = load();

    private PonteVersion() {}

    /** The version string, for example {@code 0.1.0}; {@code "dev"} when run from unfiltered classes. */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = PonteVersion.class.getResourceAsStream("ponte-version.properties")) {
            if (in == null) return "dev";
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }
}
