package org.ponte.cli;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/** What the command-line tests share: the project's home and a free loopback port. */
final class CliTestSupport {
    private CliTestSupport() {}

    /** The checkout's root (the build passes it as {@code ponte.home}; the module's parent otherwise). */
    static Path home() {
        String h = System.getProperty("ponte.home");
        return h != null ? Path.of(h) : Path.of("..").toAbsolutePath().normalize();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
