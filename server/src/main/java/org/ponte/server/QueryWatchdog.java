package org.ponte.server;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.exec.QueryExec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The second line of defence behind ARQ's own query timeout, for query shapes that do not
 * notice it (apache/jena#3535, #3044: work done inside one step of an iterator, between two of
 * its cancellation checks). For each query it schedules, past the time limit:
 * <ol>
 * <li>{@code + abortGrace}: {@link QueryExec#abort()}, which sets the cancel signal every
 *     TDB2 tuple scan checks;</li>
 * <li>{@code + interruptGrace}: an interrupt of the request thread; ARQ's iterators treat an
 *     interrupt as a cancellation;</li>
 * <li>{@code + 30 s}: an error log line per query that still runs, so an operator can see
 *     it (a Java thread cannot be stopped safely; the cap on concurrent queries bounds the
 *     damage).</li>
 * </ol>
 * A watch is closed in the request's {@code finally}; after that nothing touches the thread.
 */
final class QueryWatchdog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(QueryWatchdog.class);

    private final ScheduledExecutorService timer = timer();
    // QueryExec.abort() can block until the query's current step ends: never on the timer thread.
    private final ExecutorService aborter = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "ponte-query-abort");
        t.setDaemon(true);
        return t;
    });
    private final long abortGraceMillis;
    private final long interruptGraceMillis;

    /**
     * One thread. Each query schedules four or five tasks and cancels them when it ends, well
     * before they are due: cancelled tasks leave the queue at once instead of at their due time
     * (30-60 s later), so the queue holds the running queries' tasks, not the last minute's.
     */
    private static ScheduledExecutorService timer() {
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
            Thread th = new Thread(r, "ponte-query-watchdog");
            th.setDaemon(true);
            return th;
        });
        t.setRemoveOnCancelPolicy(true);
        return t;
    }

    QueryWatchdog(long abortGraceMillis, long interruptGraceMillis) {
        this.abortGraceMillis = abortGraceMillis;
        this.interruptGraceMillis = interruptGraceMillis;
    }

    /** Starts watching the calling thread's query, id {@code id}, limited to {@code timeoutMillis}. */
    Watch watch(long id, long timeoutMillis) {
        return watch(id, timeoutMillis, 0, null);
    }

    /**
     * As {@link #watch(long, long)}, and after {@code longAfterMillis} (when positive and below
     * the limit) asks {@code stillWelcome} whether the query, now a long one, may go on; when it
     * says no, the query is aborted (then interrupted) as if its time were up.
     */
    Watch watch(long id, long timeoutMillis, long longAfterMillis, java.util.function.BooleanSupplier stillWelcome) {
        Watch w = new Watch(id, timeoutMillis, Thread.currentThread(), aborter);
        if (stillWelcome != null && longAfterMillis > 0 && longAfterMillis < timeoutMillis)
            w.shed = timer.schedule(() -> {
                if (w.done || stillWelcome.getAsBoolean()) return;
                LOG.warn("[{}] query still running after {} ms while the long-query slots are taken; stopping it", id, longAfterMillis);
                w.shedded = true;
                w.abort();
                w.interruptLater = timer.schedule(w::interrupt, Math.max(0, interruptGraceMillis - abortGraceMillis), TimeUnit.MILLISECONDS);
            }, longAfterMillis, TimeUnit.MILLISECONDS);
        w.abort = timer.schedule(w::abort, timeoutMillis + abortGraceMillis, TimeUnit.MILLISECONDS);
        w.interrupt = timer.schedule(w::interrupt, timeoutMillis + interruptGraceMillis, TimeUnit.MILLISECONDS);
        w.report = timer.scheduleAtFixedRate(w::report, timeoutMillis + 30_000, 30_000, TimeUnit.MILLISECONDS);
        return w;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        aborter.shutdownNow();
    }

    /** One watched query. */
    static final class Watch implements AutoCloseable {
        private final long id;
        private final long timeoutMillis;
        private final Thread thread;
        private final long start = System.nanoTime();
        private final ExecutorService aborter;
        private volatile QueryExec exec;
        private volatile boolean fired;
        private volatile boolean done;
        private ScheduledFuture<?> abort;
        private ScheduledFuture<?> interrupt;
        private ScheduledFuture<?> report;
        private ScheduledFuture<?> shed;
        private volatile ScheduledFuture<?> interruptLater;
        private volatile boolean shedded;

        private Watch(long id, long timeoutMillis, Thread thread, ExecutorService aborter) {
            this.aborter = aborter;
            this.id = id;
            this.timeoutMillis = timeoutMillis;
            this.thread = thread;
        }

        /** The execution to abort when the time is up. */
        void attach(QueryExec qe) {
            this.exec = qe;
        }

        /** Whether the watchdog had to step in. */
        boolean fired() { return fired; }

        /** Whether it stepped in because the query ran long while the long-query slots were taken. */
        boolean shedded() { return shedded; }

        private void abort() {
            if (done) return;
            fired = true;
            LOG.warn("[{}] query passed its {} ms limit; aborting it", id, timeoutMillis);
            QueryExec qe = exec;
            if (qe == null) return;
            try {
                aborter.execute(() -> {
                    try {
                        qe.abort();
                    } catch (RuntimeException e) {
                        LOG.debug("[{}] abort: {}", id, e.getMessage());
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                LOG.debug("[{}] abort after shutdown", id);
            }
        }

        private synchronized void interrupt() {
            if (done) return;
            fired = true;
            LOG.warn("[{}] query still running {} ms after its limit; interrupting its thread", id,
                    elapsed() - timeoutMillis);
            thread.interrupt();
        }

        private synchronized void report() {
            if (done) return;
            LOG.error("[{}] query still running after {} s despite abort and interrupt (thread {})", id,
                    elapsed() / 1000, thread.getName());
        }

        private long elapsed() {
            return (System.nanoTime() - start) / 1_000_000;
        }

        @Override
        public synchronized void close() {
            done = true;
            if (abort != null) abort.cancel(false);
            if (interrupt != null) interrupt.cancel(false);
            if (report != null) report.cancel(false);
            if (shed != null) shed.cancel(false);
            ScheduledFuture<?> later = interruptLater;
            if (later != null) later.cancel(false);
        }
    }
}
