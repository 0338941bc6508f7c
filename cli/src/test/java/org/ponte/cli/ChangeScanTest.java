package org.ponte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ponte.mapper.CorpusMapper;

/**
 * The rule by which an incremental publish finds changed documents ({@link ChangeScan}): size and
 * modification time first, the hash only for files whose entry does not prove them unchanged.
 */
class ChangeScanTest {
    @TempDir
    Path dir;

    private static final String RULES = "rules-1";

    /** A file with the given text and modification time. */
    private Path file(String name, String text, Instant mtime) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(f, FileTime.from(mtime));
        return f;
    }

    /** The manifest entry a publish examining {@code f} at {@code checked} would write. */
    private static Manifest.Entry entry(Path f, Instant checked, String skipped) throws IOException {
        return new Manifest.Entry(f.getFileName().toString(), Files.size(f), Files.getLastModifiedTime(f).to(TimeUnit.NANOSECONDS),
                ChangeScan.sha256(f), "urn:g:" + f.getFileName(), checked.toEpochMilli(), skipped == null ? "" : RULES, skipped);
    }

    private ChangeScan.Result scan(Manifest m, String rules) throws IOException {
        return ChangeScan.scan(CorpusMapper.listDocuments(dir), m, System.currentTimeMillis(), () -> rules);
    }

    private static List<String> names(ChangeScan.Result r) {
        return r.toMap().stream().map(d -> d.path().getFileName().toString()).toList();
    }

    @Test
    void anUnchangedFileIsNotRead() throws IOException {
        Instant old = Instant.now().minusSeconds(3600);
        Path a = file("a.txt", "alpha", old);
        Manifest m = new Manifest();
        m.put(entry(a, Instant.now(), null));
        ChangeScan.Result r = scan(m, RULES);
        assertEquals(List.of(), names(r));
        assertEquals(0, r.hashed(), "size and time, in a settled entry, prove it unchanged");
    }

    @Test
    void aFileRewrittenWithTheSameSizeAndAnOldTimeIsSeenByItsTime() throws IOException {
        Instant old = Instant.now().minusSeconds(3600);
        Path a = file("a.txt", "alpha", old);
        Manifest m = new Manifest();
        m.put(entry(a, Instant.now(), null));
        // Same size, another content, a time in the past but not the recorded one (cp -p, tar, rsync -t).
        file("a.txt", "ALPHA", old.minusSeconds(86_400));
        ChangeScan.Result r = scan(m, RULES);
        assertEquals(List.of("a.txt"), names(r));
        assertEquals(1, r.hashed());
    }

    @Test
    void aNewTimeWithTheSameContentIsHashedNotMapped() throws IOException {
        Instant old = Instant.now().minusSeconds(3600);
        Path a = file("a.txt", "alpha", old);
        Manifest m = new Manifest();
        m.put(entry(a, Instant.now(), null));
        Files.setLastModifiedTime(a, FileTime.from(old.plusSeconds(60))); // touch
        ChangeScan.Result r = scan(m, RULES);
        assertEquals(List.of(), names(r));
        assertEquals(1, r.refreshed());
        assertEquals(Files.getLastModifiedTime(a).to(TimeUnit.NANOSECONDS), m.get("a.txt").mtime(), "the entry takes the new time");
        assertEquals(0, scan(m, RULES).hashed(), "and is not read the next time");
    }

    @Test
    void aChangeWithinTheSameTimeStampIsSeenWhileTheEntryIsNotSettled() throws IOException {
        // The file was examined in the same tick as its last write (its time is "now"): a second
        // write of the same size in that tick leaves size and time as recorded.
        Instant now = Instant.now();
        Path a = file("a.txt", "alpha", now);
        Manifest m = new Manifest();
        m.put(entry(a, now, null));
        file("a.txt", "ALPHA", now);
        ChangeScan.Result r = scan(m, RULES);
        assertEquals(List.of("a.txt"), names(r), "an unsettled entry is hashed whatever its size and time say");

        // Examined long enough after its time, the same entry is settled and trusted.
        Manifest later = new Manifest();
        later.put(entry(a, now.plusMillis(TimeUnit.NANOSECONDS.toMillis(Manifest.SETTLE_NANOS) + 1_000), null));
        assertEquals(0, scan(later, RULES).hashed());
    }

    @Test
    void aSkippedDocumentIsRememberedUntilItOrTheRulesChange() throws IOException {
        Instant old = Instant.now().minusSeconds(3600);
        Path bad = file("bad.txt", "broken", old);
        Manifest m = new Manifest();
        m.put(entry(bad, Instant.now(), "fails the SHACL shapes: test"));

        ChangeScan.Result same = scan(m, RULES);
        assertEquals(List.of(), names(same), "not mapped again");
        assertEquals(1, same.stillSkipped().size(), "but reported again");
        assertEquals("fails the SHACL shapes: test", same.stillSkipped().get(0).skipped());

        assertEquals(List.of("bad.txt"), names(scan(m, "rules-2")), "other rules may map it");

        file("bad.txt", "fixed!", old.plusSeconds(10));
        ChangeScan.Result changed = scan(m, RULES);
        assertEquals(List.of("bad.txt"), names(changed));
        assertTrue(changed.stillSkipped().isEmpty());
    }

    @Test
    void aDocumentSkippedBeforeItWasReadIsTriedEveryTime() throws IOException {
        Instant old = Instant.now().minusSeconds(3600);
        Path locked = file("locked.txt", "text", old);
        Manifest m = new Manifest();
        Manifest.Entry read = entry(locked, Instant.now(), "cannot read: permission denied");
        m.put(new Manifest.Entry(read.file(), read.size(), read.mtime(), "", read.graph(), read.checked(), RULES, read.skipped()));
        ChangeScan.Result r = scan(m, RULES);
        assertEquals(List.of("locked.txt"), names(r), "a permission fixed with chmod leaves size and time as they were");
        assertTrue(r.stillSkipped().isEmpty());
    }

    @Test
    void newAndRemovedFilesAreFound() throws IOException {
        Instant old = Instant.now().minusSeconds(3600);
        Path a = file("a.txt", "alpha", old);
        Path gone = file("gone.txt", "gone", old);
        Manifest m = new Manifest();
        m.put(entry(a, Instant.now(), null));
        m.put(entry(gone, Instant.now(), null));
        Files.delete(gone);
        file("b.txt", "beta", old);
        ChangeScan.Result r = scan(m, RULES);
        assertEquals(List.of("b.txt"), names(r));
        assertEquals(List.of("gone.txt"), r.removed().stream().map(Manifest.Entry::file).toList());
        assertEquals(0, r.hashed(), "a new file is mapped without being hashed first");
    }
}
