package org.ponte.loader;

/**
 * What a load did and how fast.
 *
 * @param quads  quads and triples sent to the store (not necessarily distinct)
 * @param millis wall-clock time
 */
public record LoadStats(long quads, long millis) {

    /** Quads per second. */
    public double rate() {
        return millis == 0 ? quads * 1000.0 : quads * 1000.0 / millis;
    }

    /** Seconds, as a decimal. */
    public double seconds() {
        return millis / 1000.0;
    }

    /** {@code 12,345 quads in 3.2 s (3,858 quads/s)}. */
    @Override
    public String toString() {
        return String.format("%,d quads in %.1f s (%,.0f quads/s)", quads, seconds(), rate());
    }
}
