package org.ponte.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What was published from which file: {@code run/manifest.tsv}, one line per document with its
 * size, modification time, SHA-256 and named graph. A later publish compares the documents with
 * it to re-map only what changed (a changed size or time, then a changed hash).
 */
final class Manifest {
    record Entry(String file, long size, long mtime, String sha256, String graph) {}

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    static Manifest read(Path file) throws IOException {
        Manifest m = new Manifest();
        if (!Files.isRegularFile(file)) return m;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("file\t")) continue;
            String[] c = line.split("\t", -1);
            if (c.length < 5) continue;
            try {
                m.entries.put(c[0], new Entry(c[0], Long.parseLong(c[1]), Long.parseLong(c[2]), c[3], c[4]));
            } catch (NumberFormatException ignored) {
                // a damaged line only costs a re-map of that document
            }
        }
        return m;
    }

    void put(Entry e) {
        entries.put(e.file(), e);
    }

    Entry get(String file) {
        return entries.get(file);
    }

    void remove(String file) {
        entries.remove(file);
    }

    Map<String, Entry> entries() {
        return entries;
    }

    void write(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("file\tsize\tmtime\tsha256\tgraph");
        for (Entry e : entries.values()) lines.add(e.file() + "\t" + e.size() + "\t" + e.mtime() + "\t" + e.sha256() + "\t" + e.graph());
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
