package org.ponte.mapper;

import java.time.Duration;
import java.util.List;

/**
 * What mapping a corpus did.
 *
 * @param documents documents seen
 * @param mapped    documents whose graph was written
 * @param skipped   documents left out, each with its reason
 * @param quads     quads written
 * @param bytes     bytes of the documents read
 * @param time      wall-clock time
 * @param references the reference entities the published documents mention
 */
public record MapReport(int documents, int mapped, List<Skipped> skipped, long quads, long bytes, Duration time,
                        java.util.Set<org.ponte.mapper.resolve.RefEntity> references) {

    /** A document that was not published, and why. */
    public record Skipped(String document, String reason) {}

    /** Megabytes of input mapped per second of wall-clock time. */
    public double megabytesPerSecond() {
        double s = time.toNanos() / 1e9;
        return s <= 0 ? 0 : bytes / 1e6 / s;
    }
}
