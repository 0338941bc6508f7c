package org.ponte.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Counts and SHA-256-hashes the bytes on their way to the underlying stream, so a dump is
 * checksummed while it is written instead of being read back. Closing closes the underlying
 * stream; {@link #sha256Hex()} is final once closed.
 */
final class HashingOutputStream extends FilterOutputStream {
    private final MessageDigest digest = DumpManifest.newSha256();
    private long count;
    private String hex;

    HashingOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        digest.update((byte) b);
        count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        digest.update(b, off, len);
        count += len;
    }

    @Override
    public void close() throws IOException {
        if (hex == null) hex = HexFormat.of().formatHex(digest.digest());
        super.close();
    }

    /** Bytes written so far. */
    long count() { return count; }

    /** The SHA-256 of everything written; only valid after {@link #close()}. */
    String sha256Hex() {
        if (hex == null) throw new IllegalStateException("stream not closed yet");
        return hex;
    }
}
