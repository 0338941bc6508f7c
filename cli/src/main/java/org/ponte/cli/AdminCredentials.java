package org.ponte.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.ponte.core.PonteConfig;
import org.ponte.core.PonteException;
import org.ponte.core.Setting;
import org.slf4j.LoggerFactory;

/**
 * The admin credentials that let {@code ./ponte publish} replace graphs in a running server.
 * When none are configured, a random password is created in the git-ignored working directory
 * ({@code run/admin.passwd}, readable by its owner only) and used by both the server and later
 * publishes. Credentials never come from git.
 */
final class AdminCredentials {
    static final String USER = "admin";

    private AdminCredentials() {}

    /** The configuration with a password file set, creating {@code run/admin.passwd} when needed. */
    static PonteConfig ensure(PonteConfig.Builder b) {
        PonteConfig cfg = b.build();
        if (cfg.adminPasswordFile() != null || cfg.adminPassword() != null) return cfg;
        Path file = cfg.work().resolve("admin.passwd");
        try {
            if (!Files.isRegularFile(file)) {
                Files.createDirectories(cfg.work());
                byte[] r = new byte[18];
                new SecureRandom().nextBytes(r);
                Files.writeString(file, USER + ": " + HexFormat.of().formatHex(r) + "\n", StandardCharsets.UTF_8);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Not a POSIX file system: the file cannot be made owner-only here, so say where
                    // it is; the working directory's own permissions are what protects it.
                    LoggerFactory.getLogger(AdminCredentials.class).warn(
                            "cannot restrict {} to its owner on this file system; keep the work directory private", file);
                }
            }
        } catch (IOException e) {
            throw new PonteException("cannot create the admin password file " + file + ": " + e.getMessage(), e);
        }
        return b.set(Setting.ADMIN_PASSWORD_FILE, file.toString()).build();
    }

    /** The password for {@link #USER}: from the environment setting, else from the password file. */
    static String password(PonteConfig cfg) {
        if (cfg.adminPassword() != null) return cfg.adminPassword();
        if (cfg.adminPasswordFile() == null) return null;
        try {
            for (String line : Files.readAllLines(cfg.adminPasswordFile(), StandardCharsets.UTF_8)) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).strip().equals(USER)) {
                    String p = line.substring(colon + 1).strip();
                    int comma = p.indexOf(',');
                    return comma >= 0 ? p.substring(0, comma).strip() : p;
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }
}
