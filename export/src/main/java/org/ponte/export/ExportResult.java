package org.ponte.export;

import java.nio.file.Path;

/**
 * What {@link DumpExporter#export} produced.
 *
 * @param dist     the dist directory now in place
 * @param manifest every file written, with sizes and SHA-256 (as in {@code SHA256SUMS})
 * @param summary  the store summary the description was built from; a server in the same
 *                 process can {@linkplain DescriptionCache#seed seed} its cache with it
 * @param quads    quads written to the N-Quads dump
 */
public record ExportResult(Path dist, DumpManifest manifest, StoreSummary summary, long quads) {}
