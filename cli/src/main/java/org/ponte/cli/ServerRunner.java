package org.ponte.cli;

import java.io.PrintStream;
import org.ponte.core.PonteConfig;
import org.ponte.core.ProblemLog;
import org.ponte.server.PonteServer;

/** Starts Ponte's server on the current store generation, prints where everything is, and serves until stopped. */
final class ServerRunner {
    private ServerRunner() {}

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
