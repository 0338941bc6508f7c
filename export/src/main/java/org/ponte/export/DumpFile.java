package org.ponte.export;

/**
 * One file of the dist directory, as recorded in {@code SHA256SUMS}.
 *
 * @param name     file name (no directory)
 * @param format   the dump format, or null for a file that is not a dump ({@code void.ttl},
 *                 {@code context.jsonld}, sitemaps)
 * @param byteSize size in bytes, as stored (compressed for {@code .gz})
 * @param sha256   lower-case hex SHA-256 of the stored bytes
 */
public record DumpFile(String name, DumpFormat format, long byteSize, String sha256) {
    public DumpFile {
        if (name == null || name.isEmpty() || name.contains("/") || name.contains("\\"))
            throw new IllegalArgumentException("a plain file name is required, not '" + name + "'");
        if (byteSize < 0) throw new IllegalArgumentException("negative size for " + name);
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}"))
            throw new IllegalArgumentException("not a lower-case hex SHA-256 for " + name + ": " + sha256);
    }

    /** Whether this is one of the RDF dumps (as opposed to metadata files). */
    public boolean isDump() { return format != null; }

    /** The {@code sha256sum} line for this file: hash, two spaces, name. */
    public String checksumLine() { return sha256 + "  " + name; }
}
