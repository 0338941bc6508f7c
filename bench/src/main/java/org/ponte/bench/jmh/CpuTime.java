package org.ponte.bench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Secondary JMH results that survive a busy machine: the benchmark thread's CPU time and the
 * documents and bytes it processed in it (JMH reports these counters per iteration, as
 * {@code ·cpuMicros}, {@code ·cpuDocuments}, {@code ·cpuBytes}). Throughput scores are wall-clock
 * and drop when other processes take the core; documents per CPU-second do not.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public long cpuMicros;
    public long cpuDocuments;
    public long cpuBytes;
    private long started;

    @Setup(Level.Iteration)
    public void reset() {
        cpuMicros = 0;
        cpuDocuments = 0;
        cpuBytes = 0;
    }

    void start() {
        started = THREADS.getCurrentThreadCpuTime();
    }

    void stop(int documents, long bytes) {
        cpuMicros += (THREADS.getCurrentThreadCpuTime() - started) / 1000;
        cpuDocuments += documents;
        cpuBytes += bytes;
    }
}
