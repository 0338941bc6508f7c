package org.ponte.core;

/** A failure that stops a command: a fatal problem, a missing file, a port in use. */
public class PonteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PonteException(String message) {
        super(message);
    }

    public PonteException(String message, Throwable cause) {
        super(message, cause);
    }
}
