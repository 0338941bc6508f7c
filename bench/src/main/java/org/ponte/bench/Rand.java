package org.ponte.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's random choices, from a {@link SplittableRandom} seeded per document, so that a
 * document depends only on the corpus seed and its own number (which is what makes a corpus of
 * N documents a prefix of one of 10N, and lets documents be generated on several threads).
 */
final class Rand {
    private final SplittableRandom r;

    Rand(long seed) {
        this.r = new SplittableRandom(seed);
    }

    /** A well-mixed seed for stream {@code stream} of item {@code index} under {@code seed} (SplitMix64 finaliser). */
    static long mix(long seed, long stream, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L + index * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    int below(int n) {
        return r.nextInt(n);
    }

    /** Uniform in [lo, hi], both included. */
    int between(int lo, int hi) {
        return lo + r.nextInt(hi - lo + 1);
    }

    double unit() {
        return r.nextDouble();
    }

    boolean chance(double p) {
        return r.nextDouble() < p;
    }

    <T> T pick(T[] items) {
        return items[r.nextInt(items.length)];
    }

    <T> T pick(List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    /** An index drawn with the given (not necessarily normalised) weights. */
    int weighted(double... weights) {
        double total = 0;
        for (double w : weights) total += w;
        double x = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) return i;
        }
        return weights.length - 1;
    }
}
