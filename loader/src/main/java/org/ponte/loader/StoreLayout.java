package org.ponte.loader;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ponte.core.PonteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The on-disk layout of a Ponte store and the protocol that makes publishing crash-safe.
 *
 * <pre>
 * store/                      PonteConfig.storeRoot() (default run/store, git-ignored)
 *   gen-000006/               the previous complete generation, kept for rollback
 *     tdb2/  text/  COMPLETE
 *   gen-000007/               the live generation
 *     tdb2/  text/  COMPLETE
 *   gen-000008/               a build in progress (no COMPLETE yet)
 *   CURRENT                   one line: "gen-000007"
 *   current -&gt; gen-000007     symbolic link for a stock Fuseki (fuseki-config/config.ttl)
 *   .build.lock               held by the one process building a generation
 * </pre>
 *
 * <h2>Protocol</h2>
 * <ol>
 * <li>A build allocates a fresh directory with the next number and never writes into a
 *     generation anyone may be serving. It bulk-loads TDB2, builds the text index, checks the
 *     index against TDB2, closes both, and only then writes {@code COMPLETE} (fsync'd).</li>
 * <li>{@code CURRENT} is switched by writing {@code CURRENT.tmp}, forcing it to disk and
 *     renaming it over {@code CURRENT} with {@code ATOMIC_MOVE}: a reader sees the old name or
 *     the new one, never a torn file. The {@code current} link is replaced the same way,
 *     after {@code CURRENT}; Ponte never reads the link, and repairs it when it disagrees.</li>
 * <li>Opening the store reads {@code CURRENT}; a generation without {@code COMPLETE} is never
 *     opened. {@link #collectGarbage()} deletes every generation that is neither current nor
 *     the newest complete one before it, including incomplete ones left by a crash and complete
 *     ones that never became current, but never one whose TDB2 lock names a live process.</li>
 * </ol>
 * <h2>Crash (SIGKILL) at any point of a load</h2>
 * Before the rename of {@code CURRENT}, the new directory is at most an orphan: {@code CURRENT}
 * still names the previous generation, which was not touched, so a restarted server serves it
 * and the next build deletes the orphan. After the rename the new generation is complete and
 * current. Between the rename and the link update only a stock Fuseki's view is stale, until
 * the next {@link #switchTo} or {@link #repairLink()}.
 *
 * <p>Incremental updates of a live generation ({@link GraphReplacer}) mark the generation
 * {@code INDEX-DIRTY} for the time between the TDB2 commit and the Lucene commit; a generation
 * opened with that marker gets its text index rebuilt first ({@link TextIndexBuilder#repairIfDirty}).
 */
public final class StoreLayout {
    private static final Logger LOG = LoggerFactory.getLogger(StoreLayout.class);

    /** Pointer file naming the live generation. */
    public static final String CURRENT = "CURRENT";
    /** Symbolic link to the live generation, for tools that only take a fixed path. */
    public static final String CURRENT_LINK = "current";
    private static final String BUILD_LOCK = ".build.lock";

    private final Path root;

    private StoreLayout(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The layout rooted at {@code root}; the directory is created on first write. */
    public static StoreLayout at(Path root) {
        return new StoreLayout(root);
    }

    /** The store root. */
    public Path root() { return root; }

    /** All generation directories, oldest first, complete or not. */
    public List<Generation> generations() {
        List<Generation> gens = new ArrayList<>();
        if (!Files.isDirectory(root)) return gens;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root)) {
            for (Path p : ds) {
                int n = Generation.parse(p.getFileName().toString());
                if (n > 0 && Files.isDirectory(p)) gens.add(new Generation(n, p));
            }
        } catch (IOException e) {
            throw new PonteException("cannot list store " + root + ": " + e.getMessage(), e);
        }
        gens.sort(null);
        return gens;
    }

    /**
     * The live generation named by {@code CURRENT}, or empty when nothing was published yet.
     *
     * @throws PonteException when {@code CURRENT} names a generation that is missing or not
     *         complete (which the protocol never produces: the store was tampered with)
     */
    public Optional<Generation> current() {
        Path pointer = root.resolve(CURRENT);
        if (!Files.exists(pointer)) return Optional.empty();
        String name;
        try {
            name = Files.readString(pointer, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new PonteException("cannot read " + pointer + ": " + e.getMessage(), e);
        }
        int n = Generation.parse(name);
        if (n < 0) throw new PonteException(pointer + " does not name a generation: '" + name + "'");
        Generation g = new Generation(n, root.resolve(name));
        if (!g.isComplete())
            throw new PonteException(pointer + " names " + name + ", which is missing or incomplete; "
                    + "publish again or point CURRENT at a complete generation");
        return Optional.of(g);
    }

    /** The live generation, or a PonteException telling the user to publish first. */
    public Generation requireCurrent() {
        return current().orElseThrow(() -> new PonteException(
                "no published store in " + root + ": run './ponte publish' (or './ponte load') first"));
    }

    /** The newest complete generation older than the current one: the rollback target. */
    public Optional<Generation> previous() {
        Optional<Generation> cur = current();
        if (cur.isEmpty()) return Optional.empty();
        Generation prev = null;
        for (Generation g : generations())
            if (g.number() < cur.get().number() && g.isComplete()) prev = g;
        return Optional.ofNullable(prev);
    }

    /** Creates the directory of a new generation, numbered after every existing one. */
    public Generation allocate() {
        try {
            Files.createDirectories(root);
            int next = generations().stream().mapToInt(Generation::number).max().orElse(0) + 1;
            Generation g = new Generation(next, root.resolve(Generation.dirName(next)));
            Files.createDirectory(g.dir());
            return g;
        } catch (IOException e) {
            throw new PonteException("cannot create a generation in " + root + ": " + e.getMessage(), e);
        }
    }

    /** Writes the COMPLETE marker, durably; call only when the generation is closed and checked. */
    public void markComplete(Generation g, String summary) {
        writeDurably(g.dir().resolve(Generation.COMPLETE), summary + "\n");
        fsyncDir(g.dir());
    }

    /** Marks a generation's text index as possibly behind TDB2. */
    public void markIndexDirty(Generation g, String why) {
        writeDurably(g.dir().resolve(Generation.INDEX_DIRTY), why + "\n");
        fsyncDir(g.dir());
    }

    /** Removes the dirty marker once TDB2 and the index agree again. */
    public void clearIndexDirty(Generation g) {
        try {
            Files.deleteIfExists(g.dir().resolve(Generation.INDEX_DIRTY));
            fsyncDir(g.dir());
        } catch (IOException e) {
            throw new PonteException("cannot clear " + Generation.INDEX_DIRTY + " in " + g.dir() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Makes {@code g} the live generation: atomically replaces {@code CURRENT}, then the
     * {@code current} link.
     *
     * @throws PonteException when {@code g} is not complete
     */
    public void switchTo(Generation g) {
        if (!g.isComplete()) throw new PonteException("refusing to switch to incomplete generation " + g);
        Path tmp = root.resolve(CURRENT + ".tmp");
        writeDurably(tmp, g.name() + "\n");
        atomicMove(tmp, root.resolve(CURRENT));
        fsyncDir(root);
        LOG.info("CURRENT is now {}", g.name());
        repairLink();
    }

    /**
     * Points the {@code current} link at the generation {@code CURRENT} names, if it does not
     * already. A file system without symbolic links gets a warning: Ponte does not need the link.
     */
    public void repairLink() {
        Optional<Generation> cur = current();
        if (cur.isEmpty()) return;
        Path link = root.resolve(CURRENT_LINK);
        Path target = Path.of(cur.get().name());
        try {
            if (Files.isSymbolicLink(link) && Files.readSymbolicLink(link).equals(target)) return;
            Path tmp = root.resolve(CURRENT_LINK + ".tmp");
            Files.deleteIfExists(tmp);
            Files.createSymbolicLink(tmp, target);
            atomicMove(tmp, link);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("cannot maintain the link {} -> {} ({}); a stock Fuseki needs its location set by hand",
                    link, target, e.getMessage());
        }
    }

    /**
     * Deletes generations that are neither current nor the previous complete one: orphans of
     * crashed or failed builds, builds that never became current, and old generations. A
     * generation whose TDB2 lock names another live process is left alone. Call it while holding
     * {@link #lockForBuild()}, so that no build in progress is taken for an orphan.
     *
     * @return the generations deleted
     */
    public List<Generation> collectGarbage() {
        return collectGarbage(null);
    }

    /**
     * As {@link #collectGarbage()}, sparing also {@code building}, the generation the caller is
     * building (allocated first so that numbers of collected orphans are not reused).
     */
    public List<Generation> collectGarbage(Generation building) {
        Optional<Generation> cur = current();
        Optional<Generation> prev = previous();
        List<Generation> deleted = new ArrayList<>();
        for (Generation g : generations()) {
            if (cur.isPresent() && cur.get().equals(g)) continue;
            if (prev.isPresent() && prev.get().equals(g)) continue;
            if (g.equals(building)) continue;
            if (inUseByAnotherProcess(g)) {
                LOG.info("keeping {}: another process has it open", g.name());
                continue;
            }
            String why = g.isComplete() ? "old" : "incomplete";
            deleteTree(g.dir());
            deleted.add(g);
            LOG.info("deleted {} ({})", g.name(), why);
        }
        return deleted;
    }

    /**
     * Takes the store's build lock, so that two builds never run at once.
     *
     * @throws PonteException when another process (or thread) holds it
     */
    public BuildLock lockForBuild() {
        try {
            Files.createDirectories(root);
            FileChannel ch = FileChannel.open(root.resolve(BUILD_LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                ch.close();
                throw new PonteException("another build is running on the store " + root);
            }
            return new BuildLock(ch, lock);
        } catch (IOException e) {
            throw new PonteException("cannot lock the store " + root + ": " + e.getMessage(), e);
        }
    }

    /** The store's build lock; close it to release. */
    public static final class BuildLock implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;

        private BuildLock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        @Override
        public void close() {
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                LOG.warn("releasing the build lock: {}", e.getMessage());
            }
        }
    }

    /*
     * TDB2 writes the owning process id into tdb.lock and holds an OS lock on that file while a
     * database is open; closing it releases the OS lock but leaves the file and the id. So a
     * live process id alone does not mean "open": a server that once served a generation would
     * keep it from ever being collected. A generation is in use when its process is alive and
     * the OS lock is still held.
     */
    private static boolean inUseByAnotherProcess(Generation g) {
        Path lock = g.tdb2().resolve("tdb.lock");
        if (!Files.isRegularFile(lock)) return false;
        long pid;
        try {
            String s = Files.readString(lock, StandardCharsets.UTF_8).trim();
            if (s.isEmpty()) return false;
            pid = Long.parseLong(s);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
        if (pid == ProcessHandle.current().pid()) return false;
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) return false;
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock held = ch.tryLock();
            if (held == null) return true;
            held.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return true; // cannot tell: keep it
        }
    }

    private static void writeDurably(Path file, String content) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        } catch (IOException e) {
            throw new PonteException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void atomicMove(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new PonteException("the file system of " + to.getParent() + " cannot rename atomically", e);
        } catch (IOException e) {
            throw new PonteException("cannot rename " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }

    // Makes a rename or a new file in dir durable; not possible on every platform, so best effort.
    private static void fsyncDir(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            LOG.debug("cannot fsync directory {}: {}", dir, e.getMessage());
        }
    }

    /** Deletes a directory tree; symbolic links are removed, never followed. */
    static void deleteTree(Path dir) {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    if (exc != null) throw exc;
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new PonteException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }
}
