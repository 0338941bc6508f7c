package org.ponte.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.util.security.Credential;
import org.ponte.core.PonteConfig;
import org.ponte.core.PonteException;

/**
 * Who may write. Credentials come from a password file (Setting ADMIN_PASSWORD_FILE, Jetty's
 * {@code user: password[,role...]} format, where the password may be {@code OBF:}, {@code MD5:}
 * or {@code CRYPT:} encoded) and/or an admin password (Setting ADMIN_PASSWORD, for the user
 * {@code admin}), never from the repository. Without either, {@link #enabled()} is false and
 * the server creates no write endpoint at all. With them, write endpoints require HTTP Basic
 * authentication (use HTTPS or a loopback-only port in production: Basic sends the password
 * in clear).
 */
final class AdminAccess {
    /** The user name that goes with an admin password from the environment. */
    static final String ADMIN_USER = "admin";
    static final String REALM = "Ponte admin";

    private final UserStore users;
    private final int count;

    private AdminAccess(UserStore users, int count) {
        this.users = users;
        this.count = count;
    }

    /**
     * Reads the credentials the configuration names.
     *
     * @throws PonteException when the password file cannot be read or has no user
     */
    static AdminAccess from(PonteConfig cfg) {
        UserStore store = new UserStore();
        int n = 0;
        if (cfg.adminPasswordFile() != null) n += readPasswordFile(cfg.adminPasswordFile(), store);
        if (cfg.adminPassword() != null) {
            store.addUser(ADMIN_USER, Credential.getCredential(cfg.adminPassword()), new String[0]);
            n++;
        }
        try {
            store.start();
        } catch (Exception e) {
            throw new PonteException("cannot set up the admin users: " + e.getMessage(), e);
        }
        return new AdminAccess(store, n);
    }

    /** Whether any credential is configured, and so whether write endpoints exist. */
    boolean enabled() { return count > 0; }

    /** A Basic-auth security handler knowing the configured users; Fuseki adds the path constraints. */
    ConstraintSecurityHandler securityHandler() {
        return JettySecurityLib.makeSecurityHandler(REALM, users, AuthScheme.BASIC);
    }

    private static int readPasswordFile(Path file, UserStore store) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PonteException("cannot read the admin password file " + file + ": " + e.getMessage(), e);
        }
        int n = 0;
        int lineNo = 0;
        for (String raw : lines) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int colon = line.indexOf(':');
            if (colon <= 0)
                throw new PonteException(file + ":" + lineNo + ": expected 'user: password[,role...]'");
            String user = line.substring(0, colon).strip();
            String[] rest = line.substring(colon + 1).strip().split(",");
            String password = rest[0].strip();
            if (password.isEmpty()) throw new PonteException(file + ":" + lineNo + ": empty password for " + user);
            String[] roles = Arrays.stream(rest).skip(1).map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
            store.addUser(user, Credential.getCredential(password), roles);
            n++;
        }
        if (n == 0) throw new PonteException("the admin password file " + file + " names no user");
        return n;
    }
}
