package org.ponte.cli;

import java.io.Closeable;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long stage on standard error: a progress bar on a terminal, a line every ten
 * seconds otherwise (CI logs, pipes), and a timing line at the end.
 */
final class Progress implements Closeable {
    private final String task;
    private final long total;
    private final ProgressBar bar;
    private final long t0 = System.nanoTime();
    private long done;
    private long lastLine = System.nanoTime();

    Progress(String task, long total, String unit) {
        this.task = task;
        this.total = total;
        if (System.console() != null && System.getenv("CI") == null) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" " + unit, 1)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).continuousUpdate().setConsumer(
                            new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build();
        } else {
            bar = null;
        }
    }

    void step(long n) {
        done += n;
        if (bar != null) {
            bar.stepBy(n);
        } else if (System.nanoTime() - lastLine > TimeUnit.SECONDS.toNanos(10)) {
            lastLine = System.nanoTime();
            System.err.printf("%s: %d of %d%n", task, done, total);
        }
    }

    double seconds() {
        return (System.nanoTime() - t0) / 1e9;
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}
