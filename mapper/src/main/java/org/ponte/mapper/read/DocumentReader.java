package org.ponte.mapper.read;

import java.nio.file.Path;

/** The read stage: bytes in, a {@link Document} out, or a clear reason why not. */
public interface DocumentReader {

    /** Reads a file; its file name becomes the document id. */
    Document read(Path file) throws UnreadableDocumentException;

    /** Reads bytes already in memory, named {@code fileName}. */
    Document read(String fileName, byte[] bytes) throws UnreadableDocumentException;
}
