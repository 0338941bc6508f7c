package org.ponte.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.ponte.mapper.CorpusMapper.DocumentFile;

/**
 * Which documents an incremental publish must map, from the directory listing and the
 * {@link Manifest}, reading as few files as it can, as make and rsync do:
 *
 * <ol>
 * <li>A file whose size and modification time are those recorded, in a {@link Manifest.Entry#settled
 *     settled} entry, is unchanged; it is not read.</li>
 * <li>Any other file with an entry of the same size is hashed (SHA-256): the same hash means the
 *     same content (a {@code touch}, a copy with a new time, an entry not yet settled), and the
 *     entry is brought up to date without mapping.</li>
 * <li>The rest are new or changed, and are mapped.</li>
 * </ol>
 *
 * A document that was skipped is remembered with its hash and the fingerprint of the rules that
 * skipped it: unchanged, and with the same rules, it is reported as skipped again without being
 * mapped; when its content or the rules change, it is mapped again. One that was skipped before
 * it could be read (no hash) is tried every time. Entries of files no longer
 * listed are returned as removed.
 *
 * <p>What this cannot see, like make and rsync: a file rewritten with the same size and then
 * given back exactly its recorded modification time ({@code touch -d}, {@code cp -p} of a file
 * with that time), after its entry settled. {@code --full} re-reads everything.
 */
final class ChangeScan {
    /**
     * What the scan found.
     *
     * @param toMap      new or changed documents, and skipped ones whose rules changed, in listing order
     * @param stillSkipped entries of unchanged documents that were skipped, to report again
     * @param removed    entries whose files are gone
     * @param hashed     files read to compare hashes
     * @param refreshed  entries brought up to date without mapping (same content, new time stamp)
     */
    record Result(List<DocumentFile> toMap, List<Manifest.Entry> stillSkipped, List<Manifest.Entry> removed, int hashed,
                  int refreshed) {}

    private ChangeScan() {}

    /**
     * Compares the listing with the manifest, updating the entries of files whose content is
     * unchanged but whose time stamp or check time moved on.
     *
     * @param files     the documents, each with the size and time its listing read
     * @param manifest  what was published; refreshed entries are put back into it
     * @param listedAt  when the listing started (milliseconds since the epoch), before any file's stat
     * @param rules     the fingerprint of the current rules (asked only when a skipped entry is met)
     */
    static Result scan(List<DocumentFile> files, Manifest manifest, long listedAt, Supplier<String> rules) throws IOException {
        List<DocumentFile> toMap = new ArrayList<>();
        List<Manifest.Entry> stillSkipped = new ArrayList<>();
        Set<String> present = new HashSet<>(files.size() * 2);
        String currentRules = null;
        int hashed = 0;
        int refreshed = 0;
        for (DocumentFile f : files) {
            String id = f.path().getFileName().toString();
            present.add(id);
            Manifest.Entry e = manifest.get(id);
            if (e == null || e.size() != f.size()) {
                toMap.add(f);
                continue;
            }
            boolean same = e.mtime() == f.modified() && e.settled();
            if (!same) {
                if (e.sha256().isEmpty()) {
                    toMap.add(f);
                    continue;
                }
                hashed++;
                if (!e.sha256().equals(sha256(f.path()))) {
                    toMap.add(f);
                    continue;
                }
                // Same content: the entry now holds this time stamp, examined at listedAt.
                e = new Manifest.Entry(id, f.size(), f.modified(), e.sha256(), e.graph(), listedAt, e.rules(), e.skipped());
                manifest.put(e);
                refreshed++;
            }
            if (!e.published()) {
                if (currentRules == null) currentRules = rules.get();
                // Without a hash the mapper never read it (unreadable, too large): the cause may
                // be gone without the file changing (permissions), so it is tried again.
                if (e.rules().equals(currentRules) && !e.sha256().isEmpty()) stillSkipped.add(e);
                else toMap.add(f);
            }
        }
        List<Manifest.Entry> removed = new ArrayList<>();
        for (Manifest.Entry e : manifest.entries().values()) if (!present.contains(e.file())) removed.add(e);
        removed.sort(java.util.Comparator.comparing(Manifest.Entry::file));
        return new Result(toMap, stillSkipped, removed, hashed, refreshed);
    }

    /** The SHA-256 of a file's bytes, hex, streamed (the same value {@code Slugs.sha256Hex} gives the whole content). */
    static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buf); n > 0; n = in.read(buf)) md.update(buf, 0, n);
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
