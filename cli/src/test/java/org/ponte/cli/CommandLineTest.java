package org.ponte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and messages of the command line. */
class CommandLineTest {

    private static String[] run(int expected, String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o));
        System.setErr(new PrintStream(e));
        try {
            int code = Ponte.run(args);
            assertEquals(expected, code, "exit code of ponte " + String.join(" ", args) + "\n" + e);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new String[] {o.toString(), e.toString()};
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        String out = run(0, "--help")[0];
        for (String c : new String[] {"publish", "map", "validate", "load", "serve", "export", "evaluate"}) assertTrue(out.contains(c), c);
        assertTrue(out.contains("Exit codes"));
    }

    @Test
    void badArgumentsExitWithTwo() {
        String err = run(2, "map", "--no-such-option")[1];
        assertTrue(err.contains("--no-such-option") || err.contains("Missing required option"), err);
        run(2, "publish", "--port", "not-a-number");
        // Values picocli parses but Ponte cannot use are bad arguments too, not failures.
        assertTrue(run(2, "publish", "--no-serve", "--port", "99999")[1].contains("port must be between 0 and 65535"));
        run(2, "serve", "--port", "-1");
        run(2, "publish", "--no-serve", "--threads", "-1");
        run(2, "map", "--base", "not-an-iri", "--input", ".", "--output", "x.nq");
        assertTrue(run(2, "map", "--input", ".", "--output", "out.xyz")[1].contains("unknown output format"));
        // No command at all: the usage, on stderr, and the usage code.
        String[] none = run(2);
        assertTrue(none[1].contains("Commands:") && none[1].contains("publish"), none[1]);
    }

    @Test
    void aMissingFileIsAFailureWithItsName() {
        String err = run(1, "validate", "no/such/file.ttl")[1];
        assertTrue(err.contains("no/such/file.ttl"), err);
    }

    @Test
    void mapWritesNQuadsAndReportsSkippedDocuments(@TempDir Path dir) throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.copy(PublishIntegrationTest.home().resolve("data/documents/002_34d5001a9e66cf88.txt"), docs.resolve("002.txt"));
        Files.write(docs.resolve("empty.txt"), new byte[0]);
        Path out = dir.resolve("out.nq");
        String err = run(3, "map", "--home", PublishIntegrationTest.home().toString(), "--input", docs.toString(), "--output", out.toString())[1];
        assertTrue(err.contains("empty.txt") && err.contains("empty file"), err);
        String nq = Files.readString(out);
        assertTrue(nq.contains("<https://w3id.org/ponte/id/project/mistra>"), "the good document is mapped");
        assertTrue(Files.readString(dir.resolve("out.nq.skipped.tsv")).contains("empty.txt\tempty file"));
        assertTrue(run(0, "validate", "--home", PublishIntegrationTest.home().toString(), out.toString())[0].contains("0 do not conform"));
    }
}
