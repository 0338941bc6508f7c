package org.ponte.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A thread-safe {@link Problems} that counts everything, keeps the first {@code keep} problems
 * for reports and tests, and logs each one. The command line turns its counts into exit codes.
 */
public final class ProblemLog implements Problems {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemLog.class);

    private final int keep;
    private final boolean log;
    private final List<Problem> kept = new ArrayList<>();
    private final AtomicLong warnings = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();

    /** Keeps up to {@code keep} problems and logs each one when {@code log} is true. */
    public ProblemLog(int keep, boolean log) {
        this.keep = keep;
        this.log = log;
    }

    /** Keeps 10,000 problems and logs them. */
    public ProblemLog() {
        this(10_000, true);
    }

    @Override
    public void warning(String source, long position, String message) {
        warnings.incrementAndGet();
        add(new Problem(Problem.Severity.WARNING, source, position, message));
    }

    @Override
    public void error(String source, long position, String message) {
        errors.incrementAndGet();
        add(new Problem(Problem.Severity.ERROR, source, position, message));
    }

    private void add(Problem p) {
        if (log) {
            if (p.severity() == Problem.Severity.ERROR) LOG.error("{}", p);
            else LOG.warn("{}", p);
        }
        synchronized (kept) {
            if (kept.size() < keep) kept.add(p);
        }
    }

    /** The problems kept so far, oldest first. */
    public List<Problem> problems() {
        synchronized (kept) {
            return List.copyOf(kept);
        }
    }

    public long warnings() { return warnings.get(); }

    public long errors() { return errors.get(); }

    public boolean hadErrors() { return errors.get() > 0; }
}
