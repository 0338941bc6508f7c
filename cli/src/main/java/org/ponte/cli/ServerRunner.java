package org.ponte.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.ponte.core.PonteConfig;
import org.ponte.core.PonteException;
import org.ponte.core.ProblemLog;
import org.ponte.server.PonteServer;

/** Starts Ponte's server on the current store generation, prints where everything is, and serves until stopped. */
final class ServerRunner {
    private ServerRunner() {}

    /**
     * Fails with "port N is in use" when the server could not bind its port: checked before a
     * publish maps, loads and exports (a minute of work, and a new store generation the running
     * program would never serve) and before {@code serve} opens the store (another Ponte serving
     * the same store holds its lock, which otherwise surfaces as a TDB2 lock error). Binds the
     * way the server does (the configured host, any address for {@code 0.0.0.0}, address reuse
     * on) and lets go at once. Port 0 (any free port) is always free.
     */
    static void requirePortFree(PonteConfig cfg) {
        if (cfg.port() == 0) return;
        String h = cfg.host();
        boolean any = h == null || h.isBlank() || h.equals("0.0.0.0") || h.equals("*");
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(any ? new InetSocketAddress(cfg.port()) : new InetSocketAddress(h, cfg.port()));
        } catch (IOException e) {
            throw new PonteException("port " + cfg.port() + " is in use; choose another with --port");
        }
    }

    static PonteServer start(PonteConfig cfg, ProblemLog problems) {
        // An export killed between its two renames leaves the last dumps aside: put them back.
        org.ponte.export.DumpExporter.recover(cfg.dist());
        PonteServer.Builder b = PonteServer.create(cfg).problems(problems);
        LinkedDataModules.install(b, cfg, problems);
        String password = AdminCredentials.password(cfg);
        PonteServer[] self = new PonteServer[1];
        RepublishServlet republish = password == null ? null : new RepublishServlet(cfg, problems, password, () -> self[0]);
        if (republish != null) b.addServlet(RepublishServlet.PATH, republish);
        self[0] = b.build().start();
        if (republish != null) {
            // Ready for the next ./ponte publish: build the mapper and run it once, beside serving.
            Thread t = new Thread(republish::warmUp, "ponte-republish-warm-up");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            t.start();
        }
        return self[0];
    }

    static void printUrls(PonteServer server, PrintStream out) {
        String u = server.publicUrl();
        out.println("Ponte is serving " + server.generation().name() + ":");
        out.println("  home page        " + u);
        out.println("  SPARQL endpoint  " + u + "ponte/sparql");
        out.println("  query editor     " + u + "ui/");
        out.println("  Graph Store read " + u + "ponte/get");
        out.println("  dataset (VoID)   " + u + ".well-known/void");
        out.println("  dumps            " + u + "dumps/");
        out.println("Stop with Ctrl-C.");
        out.flush();
    }

    /** Blocks until the JVM is asked to stop; the server stops cleanly on the way out. */
    static void serveForever(PonteServer server) {
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "ponte-stop"));
        server.fusekiServer().join();
    }
}
