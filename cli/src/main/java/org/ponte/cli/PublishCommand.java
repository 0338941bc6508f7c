package org.ponte.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /** The configuration from the shared options and this command's flags (creating admin credentials when none are set). */
    private PonteConfig config() {
        PonteConfig.Builder b = (options != null ? options : new ConfigOptions()).builder();
        if (port != null) b.set(Setting.PORT, port.toString());
        if (threads != null) b.set(Setting.THREADS, threads.toString());
        if (input != null) b.set(Setting.DOCUMENTS, input.toAbsolutePath().toString());
        if (maxBytes != null) b.set(Setting.MAX_DOCUMENT_BYTES, maxBytes.toString());
        return AdminCredentials.ensure(b);
    }

    /**
     * {@code ./ponte publish} with a server running, before picocli and the rest are loaded:
     * picocli's classes are Java 5 class files, which the class-data archive cannot hold and the
     * JVM verifies again on every start (about half of a short command's CPU time here). Only a
     * command line of flags this path knows ({@code --port}, {@code --input}/{@code -i},
     * {@code --home}, {@code --config}, {@code --base}, as {@code --flag value} or
     * {@code --flag=value}), no {@code --full}, and a server that answers are handled here;
     * anything else returns null and goes through picocli as before, which does the same.
     *
     * @return the exit code, or null when this path does not apply
     */
    static Integer publishThroughRunningServer(String[] args) {
        if (args.length == 0 || !args[0].equals("publish")) return null;
        PublishCommand c = new PublishCommand();
        c.options = new ConfigOptions();
        try {
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                int eq = a.indexOf('=');
                boolean inline = a.startsWith("--") && eq > 0;
                String name = inline ? a.substring(0, eq) : a;
                String value;
                if (inline) value = a.substring(eq + 1);
                else if (i + 1 < args.length) value = args[++i];
                else return null;
                switch (name) {
                    case "--port" -> {
                        if (c.port != null) return null;
                        c.port = Integer.valueOf(value);
                    }
                    case "-i", "--input" -> {
                        if (c.input != null) return null;
                        c.input = Path.of(value);
                    }
                    case "--home" -> {
                        if (c.options.home != null) return null;
                        c.options.home = Path.of(value);
                    }
                    case "--config" -> {
                        if (c.options.config != null) return null;
                        c.options.config = Path.of(value);
                    }
                    case "--base" -> {
                        if (c.options.base != null) return null;
                        c.options.base = value;
                    }
                    default -> {
                        return null;
                    }
                }
            }
        } catch (RuntimeException badValue) {
            return null; // picocli says what is wrong with it
        }
        PonteConfig cfg;
        try {
            cfg = c.config();
        } catch (RuntimeException e) {
            return null; // picocli's path reports it as it reports any setting
        }
        try {
            RunningServer server = new RunningServer(cfg);
            if (!server.answers()) return null;
            return c.republish(cfg, server, System.err);
        } catch (PonteException e) {
            System.err.println("ponte publish: " + e.getMessage());
            return ExitCodes.FAILED;
        } catch (IOException | RuntimeException e) {
            System.err.println("ponte publish: " + e);
            return ExitCodes.FAILED;
        }
    }

    /**
     * The incremental publish while a server runs: done by the server when it can (warm JVM,
     * mapper and manifest ready), else by this process.
     */
    private int republish(PonteConfig cfg, RunningServer server, PrintStream err) throws IOException {
        List<RunningServer.Refused> refused = new ArrayList<>();
        Increment inc = server.republish(cfg.documents(), refused);
        if (inc == null) {
            Publisher publisher = new Publisher(cfg, new ProblemLog(10_000, false));
            inc = publisher.incremental(cfg.documents());
            for (var s : publisher.refused()) refused.add(new RunningServer.Refused(s.document(), s.reason()));
        }
        err.printf("a Ponte server is running on port %d: %d document(s) changed, %d graph(s) replaced, %d removed in %d ms (%s)%n",
                cfg.port(), inc.changed(), inc.replaced(), inc.removed(), inc.millis(), inc.timings());
        for (var s : refused) err.println("  skipped " + s.document() + ": " + s.reason());
        for (String s : inc.skipped()) err.println("  skipped " + s.replace('\t', ':'));
        return inc.skipped().isEmpty() && refused.isEmpty() ? ExitCodes.OK : ExitCodes.SKIPPED;
    }

    @Override
    public Integer call() throws Exception {
        PonteConfig cfg = config();
        ProblemLog problems = new ProblemLog(10_000, false);
        Publisher publisher = new Publisher(cfg, problems);

        RunningServer running = new RunningServer(cfg);
        boolean live = running.answers();
        if (!full && live) return republish(cfg, running, System.err);

        // No Ponte answered on the port: if something else holds it, say so now, before a full
        // build whose new generation could not be served (and whose manifest would make the
        // next publish believe the running program already serves it).
        if (!noServe && !live) ServerRunner.requirePortFree(cfg);
        Publisher.Listing files = publisher.documents(cfg.documents());
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
