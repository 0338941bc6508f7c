package org.ponte.mapper.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the curated data files come from: a directory a curator edits (data/patterns,
 * data/reference), falling back to the copies packaged in the mapper jar under
 * {@code ponte/data/}, so the mapper also runs where there is no checkout (Spark, Beam).
 */
public final class DataFiles {
    private final Path dir;
    private final String classpathDir;

    /**
     * @param dir          a directory, or null to read only the packaged copies
     * @param classpathDir the packaged directory, for example {@code ponte/data/patterns}
     */
    public DataFiles(Path dir, String classpathDir) {
        this.dir = dir;
        this.classpathDir = classpathDir;
    }

    /** Opens a file by name; the caller closes the stream. */
    public InputStream open(String name) throws IOException {
        if (dir != null && Files.isRegularFile(dir.resolve(name))) return Files.newInputStream(dir.resolve(name));
        InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(classpathDir + "/" + name);
        if (in == null) throw new IOException("data file " + name + " found neither in " + dir + " nor on the classpath");
        return in;
    }

    /** Whether the file exists in either place. */
    public boolean exists(String name) {
        if (dir != null && Files.isRegularFile(dir.resolve(name))) return true;
        return DataFiles.class.getClassLoader().getResource(classpathDir + "/" + name) != null;
    }

    /** How reports name a file: the directory path if there is one. */
    public String describe(String name) {
        return dir != null && Files.isRegularFile(dir.resolve(name)) ? dir.resolve(name).toString() : classpathDir + "/" + name;
    }
}
