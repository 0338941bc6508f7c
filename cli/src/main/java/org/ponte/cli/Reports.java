package org.ponte.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ponte.core.Problem;
import org.ponte.core.ProblemLog;
import org.ponte.mapper.MapReport;

/** How commands report a mapping run: a summary on stderr, skipped documents in a TSV file. */
final class Reports {
    private Reports() {}

    static void print(MapReport r, ProblemLog problems, Object output, PrintStream err) {
        err.printf("mapped %d of %d documents (%d skipped), %d quads, %.1f MB in %.1f s (%.2f MB/s)%s%n",
                r.mapped(), r.documents(), r.skipped().size(), r.quads(), r.bytes() / 1e6, r.time().toMillis() / 1000.0,
                r.megabytesPerSecond(), output == null ? "" : " -> " + output);
        for (MapReport.Skipped s : r.skipped()) err.println("  skipped " + s.document() + ": " + s.reason());
        long warnings = problems.problems().stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
        if (warnings > 0) err.printf("%d warning(s), for example: %s%n", warnings,
                problems.problems().stream().filter(p -> p.severity() == Problem.Severity.WARNING).findFirst().map(Problem::toString).orElse(""));
    }

    /** Writes {@code document<TAB>reason} lines (with a header), or removes a stale report when nothing was skipped. */
    static void writeSkipped(MapReport r, Path file) throws IOException {
        writeSkipped(r.skipped(), file);
    }

    /** As {@link #writeSkipped(MapReport, Path)}, for documents skipped at any stage. */
    static void writeSkipped(List<MapReport.Skipped> skipped, Path file) throws IOException {
        if (skipped.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("document\treason");
        for (MapReport.Skipped s : skipped) lines.add(oneLine(s.document()) + "\t" + oneLine(s.reason()));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    // A file name may hold tabs and line breaks too: keep one document per line.
    private static String oneLine(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
