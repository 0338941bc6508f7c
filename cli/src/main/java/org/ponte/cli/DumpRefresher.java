package org.ponte.cli;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.ponte.core.PonteConfig;
import org.ponte.core.ProblemLog;
import org.ponte.export.DumpExporter;
import org.ponte.server.PonteServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-exports {@code dist/} from the generation the server serves, after a re-publish replaced
 * graphs in it, so that the dumps a harvester downloads hold what SPARQL answers. One export at
 * a time on a background thread; requests that arrive while one runs ask for one more run, not
 * one each. The export writes a new directory and swaps it in only when complete
 * ({@link DumpExporter}), so downloads see the old dumps or the new ones.
 */
final class DumpRefresher {
    private static final Logger LOG = LoggerFactory.getLogger(DumpRefresher.class);

    private final PonteConfig cfg;
    private final ProblemLog problems;
    private final Supplier<PonteServer> server;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ponte-dump-refresh");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    /** Set while a run is queued and has not started: further requests are covered by it. */
    private final AtomicBoolean queued = new AtomicBoolean();

    DumpRefresher(PonteConfig cfg, ProblemLog problems, Supplier<PonteServer> server) {
        this.cfg = cfg;
        this.problems = problems;
        this.server = server;
    }

    /** Asks for the dumps to be exported again; returns at once. */
    void refresh() {
        if (!queued.compareAndSet(false, true)) return;
        worker.execute(() -> {
            queued.set(false);
            try {
                server.get().withCurrentDataset(dsg -> DumpExporter.create(cfg).problems(problems).export(dsg));
            } catch (RuntimeException e) {
                // The previous dumps stay in place; the next publish tries again.
                LOG.warn("could not refresh the dumps in {}: {}", cfg.dist(), e.getMessage());
            }
        });
    }
}
