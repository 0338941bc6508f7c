package org.ponte.mapper.read;

/** A document that cannot be mapped: empty, binary, too large, unreadable. The message says why. */
public class UnreadableDocumentException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnreadableDocumentException(String message) {
        super(message);
    }

    public UnreadableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
