package org.ponte.loader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One store generation: a directory {@code gen-NNNNNN} holding a TDB2 database ({@code tdb2/})
 * and its Lucene text index ({@code text/}). See {@link StoreLayout} for the life cycle.
 *
 * @param number the generation number, from 1
 * @param dir    the generation's directory
 */
public record Generation(int number, Path dir) implements Comparable<Generation> {
    private static final Pattern NAME = Pattern.compile("gen-(\\d{6,9})");

    /** Name of the marker file written last, when the generation is whole and checked. */
    public static final String COMPLETE = "COMPLETE";
    /** Name of the marker file present while the text index may lag behind TDB2. */
    public static final String INDEX_DIRTY = "INDEX-DIRTY";

    public Generation {
        if (number < 1) throw new IllegalArgumentException("generation number must be positive: " + number);
    }

    /** The directory name for a generation number: {@code gen-000042}. */
    public static String dirName(int number) {
        return String.format("gen-%06d", number);
    }

    /** The generation number in a directory name, or -1 when the name is not a generation's. */
    public static int parse(String dirName) {
        Matcher m = NAME.matcher(dirName);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** The directory name, for example {@code gen-000042}. */
    public String name() { return dir.getFileName().toString(); }

    /** The TDB2 database directory. */
    public Path tdb2() { return dir.resolve("tdb2"); }

    /** The Lucene index directory. */
    public Path text() { return dir.resolve("text"); }

    /** Whether the COMPLETE marker exists: only then may the generation be opened. */
    public boolean isComplete() { return Files.isRegularFile(dir.resolve(COMPLETE)); }

    /** Whether a crash may have left the text index behind TDB2 (see {@link GraphReplacer}). */
    public boolean isIndexDirty() { return Files.exists(dir.resolve(INDEX_DIRTY)); }

    @Override
    public int compareTo(Generation other) {
        return Integer.compare(number, other.number);
    }

    @Override
    public String toString() { return name(); }
}
