package org.ponte.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * What was published from which file: {@code run/manifest.tsv}, one line per document with its
 * size, modification time (nanoseconds), SHA-256, named graph, when the file was last examined,
 * and, for a document that was skipped, the fingerprint of the rules it failed and why.
 *
 * <p>A later publish compares the documents with it ({@link ChangeScan}): a document whose
 * size and time are those recorded, and whose entry is {@link Entry#settled settled}, is taken
 * as unchanged without being read; any other is hashed, and re-mapped only when its hash
 * differs. A skipped document is remembered with its hash, so an unchanged broken document is
 * reported again without being mapped again, until its content or the rules change.
 *
 * <p>A publish that changed a few entries appends their lines ({@link #save}); a later line for a
 * file replaces an earlier one, and a line whose size is {@code -1} removes the file. The file is
 * rewritten whole when the appended lines outnumber a quarter of the entries. A line torn by a
 * crash is incomplete and ignored: that file's earlier line stands, and its document is hashed
 * or mapped again.
 *
 * <p>A manifest written before times were kept in nanoseconds (a header with {@code mtime}) is
 * read with its times in milliseconds and every entry unsettled: each document is hashed once.
 */
final class Manifest {
    /** The header of the current format. */
    static final String HEADER = "file\tsize\tmtime_ns\tsha256\tgraph\tchecked_ms\trules\tskipped";

    /**
     * How long after a file's modification time its entry stays unsettled: longer than the
     * coarsest time stamps in use (FAT's 2 s; ext3, HFS+ and many network file systems keep
     * whole seconds; ext4's clock advances by kernel ticks), plus some skew between this
     * machine's clock and a file server's.
     */
    static final long SETTLE_NANOS = TimeUnit.SECONDS.toNanos(3);

    /**
     * One document.
     *
     * @param file    the file name (the document id)
     * @param size    its size when examined
     * @param mtime   its modification time when examined, nanoseconds since the epoch
     * @param sha256  the hash of the content that was mapped, or "" when unknown (never equal to a hash)
     * @param graph   its named graph
     * @param checked when the file was examined (its time stamp read, before its content was),
     *                milliseconds since the epoch; 0 when unknown
     * @param rules   for a skipped document, the fingerprint of the mapper that skipped it; else ""
     * @param skipped why the document is not published, or null when its graph is in the store
     */
    record Entry(String file, long size, long mtime, String sha256, String graph, long checked, String rules, String skipped) {
        Entry {
            sha256 = sha256 == null ? "" : sha256;
            rules = rules == null ? "" : rules;
            if (skipped != null && skipped.isEmpty()) skipped = null;
        }

        /** Whether the document's graph is in the store. */
        boolean published() {
            return skipped == null;
        }

        /**
         * Whether an unchanged size and time prove the content unchanged. They do when the file
         * was examined more than {@link #SETTLE_NANOS} after its modification time: any later
         * write gives it a later time. Otherwise a write in the same time-stamp tick, of the
         * same size, would leave size and time as recorded (git's "racily clean" entries); such
         * an entry is hashed again by every publish until it settles.
         */
        boolean settled() {
            return mtime < TimeUnit.MILLISECONDS.toNanos(checked) - SETTLE_NANOS;
        }
    }

    private final Map<String, Entry> entries = new HashMap<>();
    /** Files put or removed since the manifest was read or saved: what {@link #save} appends. */
    private final Set<String> changed = new LinkedHashSet<>();
    /** Lines (header excluded) of the file this manifest was read from or saved to; -1 when none. */
    private long linesInFile = -1;

    static Manifest read(Path file) throws IOException {
        Manifest m = new Manifest();
        if (!Files.isRegularFile(file)) return m;
        boolean nanos = true;
        long lines = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines++;
                if (line.isBlank() || line.startsWith("#")) continue;
                if (line.startsWith("file\t")) {
                    nanos = line.startsWith("file\tsize\tmtime_ns\t");
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length < 2 || nanos && c.length < 8 && !c[1].equals("-1") || !nanos && c.length < 5) continue;
                try {
                    if (nanos && c[1].equals("-1")) {
                        m.entries.remove(c[0]);
                    } else if (nanos) {
                        m.entries.put(c[0], new Entry(c[0], Long.parseLong(c[1]), Long.parseLong(c[2]), c[3], c[4],
                                Long.parseLong(c[5]), c[6], c[7]));
                    } else {
                        // The first format: milliseconds, nothing skipped remembered, not known when examined.
                        m.entries.put(c[0], new Entry(c[0], Long.parseLong(c[1]), TimeUnit.MILLISECONDS.toNanos(Long.parseLong(c[2])),
                                c[3], c[4], 0, "", null));
                    }
                } catch (NumberFormatException ignored) {
                    // a damaged line only costs a re-map of that document
                }
            }
        }
        // Only a manifest in this format is appended to; the first format is rewritten.
        m.linesInFile = nanos ? lines : -1;
        return m;
    }

    void put(Entry e) {
        if (!e.equals(entries.put(e.file(), e))) changed.add(e.file());
    }

    Entry get(String file) {
        return entries.get(file);
    }

    void remove(String file) {
        if (entries.remove(file) != null) changed.add(file);
    }

    Map<String, Entry> entries() {
        return entries;
    }

    int size() {
        return entries.size();
    }

    /** Whether anything was put or removed since the manifest was read or saved. */
    boolean hasChanges() {
        return !changed.isEmpty();
    }

    /**
     * Saves the changes since {@code file} was read or saved through this manifest: appended when
     * they are few, else the whole manifest is rewritten ({@link #write}). Nothing when nothing changed.
     */
    void save(Path file) throws IOException {
        if (changed.isEmpty()) return;
        boolean append = linesInFile >= 0 && endsWithNewline(file)
                && linesInFile - entries.size() + changed.size() <= Math.max(1_000, entries.size() / 4);
        if (!append) {
            write(file);
            return;
        }
        StringBuilder b = new StringBuilder();
        for (String f : changed) {
            Entry e = entries.get(f);
            if (e == null) b.append(oneLine(f)).append("\t-1\n");
            else line(b, e);
        }
        Files.writeString(file, b, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        linesInFile += changed.size();
        changed.clear();
    }

    /** Writes the whole manifest beside {@code file} and moves it over {@code file} atomically, sorted by file name. */
    void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            StringBuilder b = new StringBuilder(256);
            for (Entry e : entries.values().stream().sorted(java.util.Comparator.comparing(Entry::file)).toList()) {
                b.setLength(0);
                w.append(line(b, e));
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        linesInFile = entries.size();
        changed.clear();
    }

    /** False for a missing file and for one whose last line was torn (appending would join a line to it). */
    private static boolean endsWithNewline(Path file) throws IOException {
        if (!Files.isRegularFile(file)) return false;
        try (java.nio.channels.SeekableByteChannel ch = Files.newByteChannel(file)) {
            if (ch.size() == 0) return false;
            java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
            ch.position(ch.size() - 1).read(last);
            return last.get(0) == '\n';
        }
    }

    private static StringBuilder line(StringBuilder b, Entry e) {
        return b.append(oneLine(e.file())).append('\t').append(e.size()).append('\t').append(e.mtime()).append('\t').append(e.sha256())
                .append('\t').append(e.graph()).append('\t').append(e.checked()).append('\t').append(e.rules()).append('\t')
                .append(e.skipped() == null ? "" : oneLine(e.skipped())).append('\n');
    }

    private static String oneLine(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
