package org.ponte.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ponte.core.PonteConfig;
import org.ponte.core.PonteException;
import org.ponte.core.ProblemLog;
import org.ponte.core.Setting;
import org.ponte.server.PonteServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ponte publish}: documents to a served knowledge graph in one command. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Map data/documents, validate every graph, load a new TDB2 store generation, export the dumps and serve it.",
                "If a Ponte server already serves this store on --port, only the documents that changed are re-mapped and their",
                "graphs replaced in the running server; skipped documents are listed in run/publish-report.tsv."},
        footer = ExitCodes.HELP)
public final class PublishCommand implements Callable<Integer> {
    @Mixin ConfigOptions options;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: 3030).")
    Integer port;

    @Option(names = {"-i", "--input"}, paramLabel = "DIR", description = "Directory of documents (default: data/documents).")
    Path input;

    @Option(names = "--threads", paramLabel = "N", description = "Mapping threads (default: one per core).")
    Integer threads;

    @Option(names = "--no-serve", description = "Build the store and the dumps, then exit instead of serving.")
    boolean noServe;

    @Option(names = "--no-dumps", description = "Do not export the dumps (faster for very large corpora).")
    boolean noDumps;

    @Option(names = "--full", description = "Rebuild the whole store even if a server is running.")
    boolean full;

    @Option(names = "--max-document-bytes", paramLabel = "N", description = "Skip documents larger than this (default: 16 MiB).")
    Long maxBytes;

    @Override
    public Integer call() throws Exception {
        PonteConfig.Builder b = options.builder();
        if (port != null) b.set(Setting.PORT, port.toString());
        if (threads != null) b.set(Setting.THREADS, threads.toString());
        if (input != null) b.set(Setting.DOCUMENTS, input.toAbsolutePath().toString());
        if (maxBytes != null) b.set(Setting.MAX_DOCUMENT_BYTES, maxBytes.toString());
        PonteConfig cfg = AdminCredentials.ensure(b);
        ProblemLog problems = new ProblemLog(10_000, false);
        Publisher publisher = new Publisher(cfg, problems);

        boolean live = publisher.serverRunning();
        if (!full && live) {
            // The server does it when it can (warm JVM, mapper ready); else this process does.
            Publisher.Increment inc = publisher.remoteIncremental(cfg.documents());
            if (inc == null) inc = publisher.incremental(publisher.documents(cfg.documents()));
            System.err.printf("a Ponte server is running on port %d: %d document(s) changed, %d graph(s) replaced, %d removed in %d ms (%s)%n",
                    cfg.port(), inc.changed(), inc.replaced(), inc.removed(), inc.millis(), inc.timings());
            for (var s : publisher.refused()) System.err.println("  skipped " + s.document() + ": " + s.reason());
            for (String s : inc.skipped()) System.err.println("  skipped " + s.replace('\t', ':'));
            return inc.skipped().isEmpty() && publisher.refused().isEmpty() ? ExitCodes.OK : ExitCodes.SKIPPED;
        }

        // No Ponte answered on the port: if something else holds it, say so now, before a full
        // build whose new generation could not be served (and whose manifest would make the
        // next publish believe the running program already serves it).
        if (!noServe && !live) ServerRunner.requirePortFree(cfg);
        List<Path> files = publisher.documents(cfg.documents());
        long t0 = System.nanoTime();
        Publisher.Result r = publisher.full(files, !noDumps);
        Reports.print(r.map(), problems, null, System.err);
        for (var s : publisher.refused()) System.err.println("  skipped " + s.document() + ": " + s.reason());
        System.err.printf("store %s: %d quads loaded, %d text-index entries; %s%n", r.build().generation().name(), r.build().load().quads(),
                r.build().indexEntries(), r.export() == null ? "no dumps" : "dumps in " + r.export().dist());
        boolean skipped = !r.map().skipped().isEmpty() || !publisher.refused().isEmpty();
        if (skipped) System.err.println("skipped documents are listed in " + publisher.reportFile());
        System.err.printf("published in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        int code = skipped ? ExitCodes.SKIPPED : ExitCodes.OK;
        if (live) {
            // --full while a Ponte serves this store on the port: it switches to the new generation
            // (also with --no-serve: else it would serve the old one while the manifest names the new).
            String now = publisher.reloadRunningServer();
            String built = r.build().generation().name();
            if (!now.equals(built))
                throw new PonteException("the server on port " + cfg.port() + " serves " + now + ", not the new " + built
                        + ": it serves another store; stop it or choose another --port");
            System.err.printf("the Ponte server on port %d now serves %s%n", cfg.port(), now);
            return code;
        }
        if (noServe) return code;
        PonteServer server = ServerRunner.start(cfg, problems);
        ServerRunner.printUrls(server, System.out);
        ServerRunner.serveForever(server);
        return code;
    }
}
