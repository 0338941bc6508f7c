package org.ponte.core;

/** One reported problem; see {@link Problems} for what source and position mean. */
public record Problem(Severity severity, String source, long position, String message) {

    /** How bad a problem is. */
    public enum Severity { WARNING, ERROR }

    public Problem {
        if (severity == null || source == null || message == null)
            throw new IllegalArgumentException("severity, source and message are required");
    }

    /** {@code source[@position]: severity: message}, the form printed in reports. */
    @Override
    public String toString() {
        String where = position >= 0 ? source + "@" + position : source;
        return where + ": " + severity.name().toLowerCase() + ": " + message;
    }
}
