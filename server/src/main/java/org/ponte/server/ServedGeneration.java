package org.ponte.server;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.sparql.core.DatasetGraph;
import org.ponte.loader.Generation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One store generation while it is served: its Fuseki {@link DataService} (whose dataset is the
 * generation's text dataset over TDB2) and a count of the requests using it.
 *
 * <p>The count doubles as the close latch: {@link #tryAcquire()} fails once the generation is
 * closed, so a request either holds a reference that stays open until its {@link #release()},
 * or moves on to the newer generation. {@link #closeWhenIdle} closes only at a count of zero.
 */
final class ServedGeneration {
    private static final Logger LOG = LoggerFactory.getLogger(ServedGeneration.class);
    private static final int CLOSED = -1;

    private final Generation generation;
    private final DataService service;
    private final AtomicInteger users = new AtomicInteger();
    // Bumped by every change of the content (graph replacement, update): caches key on it.
    private final AtomicLong version = new AtomicLong();

    ServedGeneration(Generation generation, DataService service) {
        this.generation = generation;
        this.service = service;
    }

    Generation generation() { return generation; }

    DataService service() { return service; }

    DatasetGraph dataset() { return service.getDataset(); }

    long version() { return version.get(); }

    void changed() { version.incrementAndGet(); }

    /** Registers one more user; false when the generation is already closed. */
    boolean tryAcquire() {
        while (true) {
            int u = users.get();
            if (u < 0) return false;
            if (users.compareAndSet(u, u + 1)) return true;
        }
    }

    void release() {
        while (true) {
            int u = users.get();
            if (u <= 0 || users.compareAndSet(u, u - 1)) return;
        }
    }

    int users() { return Math.max(0, users.get()); }

    boolean isClosed() { return users.get() < 0; }

    /**
     * Waits until no request uses this generation, or until {@code maxWaitMillis}, then closes it:
     * its data service goes offline and the TDB2 database and Lucene index are released.
     *
     * @return true when it closed with no user left, false when users remained at the deadline
     *         (it is closed anyway: their queries have outlived every time limit)
     */
    boolean closeWhenIdle(long maxWaitMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + maxWaitMillis;
        boolean idle;
        while (!(idle = users.compareAndSet(0, CLOSED)) && System.currentTimeMillis() < deadline) Thread.sleep(20);
        if (!idle) {
            LOG.warn("{}: {} requests still running after {} ms; closing it anyway", generation.name(), users.get(), maxWaitMillis);
            users.set(CLOSED);
        }
        service.goOffline();
        try {
            service.shutdown();
        } catch (RuntimeException e) {
            LOG.warn("{}: error while closing: {}", generation.name(), e.toString());
        }
        LOG.info("closed {}", generation.name());
        return idle;
    }
}
