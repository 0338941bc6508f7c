package org.ponte.core;

/**
 * The one channel every stage reports bad input through: a document that cannot be read, a
 * date that does not exist, a malformed reference-data row, a SHACL violation, a failed load.
 *
 * <p>Stages report and go on with the next sentence, row or document; only {@link #fatal}
 * stops the run, by throwing. Policy lives in the implementation: the command line installs a
 * {@link ProblemLog} that counts and sets the exit code, tests install one and assert on it.
 * Implementations must be safe to call from several mapping threads at once.
 *
 * <p>{@code source} names where the problem is: a document id ({@code 002_34d5.txt}) or a file
 * with its line ({@code data/reference/organisations.tsv:12}). {@code position} is a code-point
 * offset in a document, or -1 when the source already says where.
 */
public interface Problems {

    /** Something was odd but the data kept is right, for example a date clipped to its valid part. */
    void warning(String source, long position, String message);

    /** Something could not be used and was left out, for example a document that is not text. */
    void error(String source, long position, String message);

    /** The run cannot go on. Records the problem, then throws {@link PonteException}. */
    default void fatal(String source, long position, String message) {
        error(source, position, message);
        throw new PonteException(source + ": " + message);
    }

    /** A sink that drops everything; for callers that really do not care (benchmarks). */
    static Problems ignore() {
        return new Problems() {
            @Override public void warning(String s, long p, String m) {}
            @Override public void error(String s, long p, String m) {}
        };
    }
}
