package org.ponte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ponte.core.PonteConfig;
import org.ponte.core.ProblemLog;
import org.ponte.core.Setting;
import org.ponte.loader.StoreLayout;
import org.ponte.server.PonteServer;

/**
 * {@code ./ponte publish} when its port is taken. By another program: it fails at once with
 * "port N is in use", before mapping and loading (it used to build a whole new generation, fail
 * on the port after a minute, and leave a manifest that made the next publish believe the
 * running program served it). By a Ponte serving this store, with {@code --full}: the new
 * generation is built and the running server switches to it (it used to fail on the port and
 * keep serving the old one).
 */
class PublishOnABusyPortTest {
    @TempDir
    Path tmp;

    private Path props(Path docs, int port) throws IOException {
        Path props = tmp.resolve("ponte.properties");
        Files.writeString(props, "documents=" + docs + "\nwork=" + tmp.resolve("run") + "\ndist=" + tmp.resolve("dist")
                + "\nhost=127.0.0.1\nport=" + port + "\nadmin.password=busy-port-test\n", StandardCharsets.UTF_8);
        return props;
    }

    private Path docs(String... corpusFiles) throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        for (String f : corpusFiles)
            Files.copy(PublishIntegrationTest.home().resolve("data/documents").resolve(f), docs.resolve(f));
        return docs;
    }

    /** Runs a command line, returning its exit code and what it wrote to stderr. */
    private static Object[] run(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int code = Ponte.run(args);
            return new Object[] {code, e.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setErr(err);
        }
    }

    @Test
    void anotherProgramOnThePortFailsBeforeAnythingIsBuilt() throws Exception {
        Path docs = docs("002_34d5001a9e66cf88.txt");
        HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        other.createContext("/", x -> {
            x.sendResponseHeaders(404, -1);
            x.close();
        });
        other.start();
        try {
            int port = other.getAddress().getPort();
            Path props = props(docs, port);
            long t0 = System.nanoTime();
            Object[] r = run("publish", "--home", PublishIntegrationTest.home().toString(), "--config", props.toString());
            long millis = (System.nanoTime() - t0) / 1_000_000;
            String err = (String) r[1];
            assertEquals(ExitCodes.FAILED, r[0], err);
            assertTrue(err.contains("port " + port + " is in use"), err);
            assertFalse(err.contains("published in"), "nothing mapped or loaded: " + err);
            assertTrue(StoreLayout.at(tmp.resolve("run/store")).current().isEmpty(), "no store generation was built");
            assertFalse(Files.exists(tmp.resolve("run/manifest.tsv")), "no manifest claims anything is published");
            assertTrue(millis < 20_000, "fails at once, took " + millis + " ms");
        } finally {
            other.stop(0);
        }
    }

    @Test
    void fullWhileThisStoreIsServedSwitchesTheRunningServer() throws Exception {
        Path docs = docs("002_34d5001a9e66cf88.txt");
        int port = CliTestSupport.freePort();
        Path props = props(docs, port);
        Path home = PublishIntegrationTest.home();
        Object[] first = run("publish", "--home", home.toString(), "--config", props.toString(), "--no-serve");
        assertEquals(ExitCodes.OK, first[0], (String) first[1]);

        PonteConfig cfg = PonteConfig.builder().set(Setting.HOME, home.toString()).file(props).build();
        PonteServer server = PonteServer.create(cfg).problems(new ProblemLog(100, false)).build().start();
        try {
            String before = server.generation().name();
            String added = "003_0a4a2bf9e3cf5601.txt";
            Files.copy(home.resolve("data/documents").resolve(added), docs.resolve(added));
            String graph = cfg.iris().document(added);
            assertEquals("false", ask(port, graph), "the added document is not served yet");

            Object[] full = run("publish", "--home", home.toString(), "--config", props.toString(), "--full");
            String err = (String) full[1];
            assertEquals(ExitCodes.OK, full[0], err);
            String now = server.generation().name();
            assertFalse(now.equals(before), "a new generation is served: " + now);
            assertTrue(err.contains("now serves " + now), err);
            assertEquals("true", ask(port, graph), "the running server answers from the new generation");
        } finally {
            server.stop();
        }
    }

    /** ASK whether the named graph has triples, over HTTP, as CSV. */
    private static String ask(int port, String graph) throws Exception {
        String q = "ASK { GRAPH <" + graph + "> { ?s ?p ?o } }";
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/ponte/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body().strip().lines().reduce((a, b) -> b).orElse("");
    }
}
