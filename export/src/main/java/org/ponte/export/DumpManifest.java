package org.ponte.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.ponte.core.PonteException;

/**
 * What an export wrote: every file of the dist directory with its size and SHA-256, and when.
 * {@code SHA256SUMS} is the persistent form, so the server rebuilds the manifest of the dumps it
 * serves with {@link #read(Path)} instead of re-hashing gigabytes.
 *
 * @param created when the export finished (for {@link #read}, the time {@code SHA256SUMS} was written)
 * @param files   every file but {@code SHA256SUMS}, sorted by name
 */
public record DumpManifest(Instant created, List<DumpFile> files) {
    /** Name of the checksum file, which lists every other file of the dist directory. */
    public static final String CHECKSUMS = "SHA256SUMS";

    public DumpManifest {
        if (created == null) throw new IllegalArgumentException("created is required");
        List<DumpFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(DumpFile::name));
        files = List.copyOf(sorted);
    }

    /** The RDF dumps only, in {@link DumpFormat} order. */
    public List<DumpFile> dumps() {
        return files.stream().filter(DumpFile::isDump)
                .sorted(Comparator.comparing(DumpFile::format)).toList();
    }

    /** The file of one dump format, if present. */
    public Optional<DumpFile> dump(DumpFormat format) {
        return files.stream().filter(f -> f.format() == format).findFirst();
    }

    /** The content of {@code SHA256SUMS}: one {@code sha256sum} line per file, sorted by name. */
    public String checksums() {
        StringBuilder sb = new StringBuilder();
        for (DumpFile f : files) sb.append(f.checksumLine()).append('\n');
        return sb.toString();
    }

    /**
     * Reads the manifest of a dist directory from its {@code SHA256SUMS}, taking sizes from the
     * file system. Does not re-hash; see {@link #verify(Path)}.
     *
     * @return the manifest, or empty when the directory has no {@code SHA256SUMS}
     * @throws PonteException when the file is malformed or lists a missing file
     */
    public static Optional<DumpManifest> read(Path dist) {
        Path sums = dist.resolve(CHECKSUMS);
        List<String> lines;
        Instant created;
        try {
            lines = Files.readAllLines(sums, StandardCharsets.UTF_8);
            created = Files.getLastModifiedTime(sums).toInstant();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new PonteException("cannot read " + sums + ": " + e.getMessage(), e);
        }
        List<DumpFile> files = new ArrayList<>();
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank()) continue;
            // sha256sum writes "<hex>  <name>" (two spaces; "<hex> *<name>" in binary mode).
            if (line.length() < 67 || line.charAt(64) != ' ' || (line.charAt(65) != ' ' && line.charAt(65) != '*'))
                throw new PonteException(sums + ":" + n + ": not a sha256sum line");
            String hex = line.substring(0, 64);
            String name = line.substring(66);
            Path file = dist.resolve(name);
            try {
                files.add(new DumpFile(name, DumpFormat.byFileName(name), Files.size(file), hex));
            } catch (IOException e) {
                throw new PonteException(sums + ":" + n + ": listed file " + name + " is missing", e);
            } catch (IllegalArgumentException e) {
                throw new PonteException(sums + ":" + n + ": " + e.getMessage(), e);
            }
        }
        return Optional.of(new DumpManifest(created, files));
    }

    /**
     * Re-hashes every listed file and returns the names whose size or SHA-256 differ from the
     * manifest (empty when the directory is intact).
     */
    public List<String> verify(Path dist) {
        List<String> bad = new ArrayList<>();
        for (DumpFile f : files) {
            Path p = dist.resolve(f.name());
            try {
                if (Files.size(p) != f.byteSize() || !sha256(p).equals(f.sha256())) bad.add(f.name());
            } catch (IOException e) {
                bad.add(f.name());
            }
        }
        return bad;
    }

    /** Lower-case hex SHA-256 of a file's bytes. */
    static String sha256(Path file) throws IOException {
        MessageDigest md = newSha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
