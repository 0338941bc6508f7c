package org.ponte.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.ponte.core.PonteConfig;
import org.ponte.core.PonteException;

/**
 * The command line's side of a Ponte server already running on the configured port (loopback):
 * whether one answers, and asking it to re-publish ({@link RepublishServlet}). It uses
 * {@code java.net}'s URL connection only, and nothing of Jena, Jetty or picocli, so that
 * {@code ./ponte publish} with a server running loads few classes: on a busy machine the
 * {@code java.net.http} client's start (selector thread, executor) alone took 2–3 s of wall time.
 */
final class RunningServer {
    /** How long a listening server has to answer the ping. */
    static final Duration PING_WAIT = Duration.ofSeconds(15);

    private final PonteConfig cfg;

    RunningServer(PonteConfig cfg) {
        this.cfg = cfg;
    }

    /** A document the server left out, with the reason, as its answer gives them. */
    record Refused(String document, String reason) {}

    /**
     * Whether a Ponte server answers on the port. Nothing listening is known at once (connection
     * refused); a server that accepts the connection is given {@link #PING_WAIT} to answer, since
     * a busy machine can take seconds, and one that never answers is an error rather than a
     * reason to rebuild the whole store beside it.
     */
    boolean answers() {
        HttpURLConnection c;
        try {
            c = open("$/ping");
            c.setConnectTimeout(800);
            c.setReadTimeout((int) PING_WAIT.toMillis());
            c.connect();
        } catch (IOException e) {
            return false; // refused, or nothing answered the connection in time
        }
        try {
            int code = c.getResponseCode();
            drain(c);
            return code == 200;
        } catch (SocketTimeoutException e) {
            throw new PonteException("something listens on port " + cfg.port() + " but did not answer /$/ping within "
                    + PING_WAIT.toSeconds() + " s; stop it, or use --port or --full");
        } catch (IOException e) {
            return false;
        } finally {
            c.disconnect();
        }
    }

    /**
     * Asks the server to do the incremental publish itself: it has a warm JVM, a mapper and the
     * manifest ready, so this process only sends one request.
     *
     * @param input   the documents directory
     * @param refused receives the documents the server refused (name clashes)
     * @return what it did, or null when the server cannot (no credentials here, a server without
     *         that route, or one serving another work directory): then the command does it
     */
    Increment republish(Path input, List<Refused> refused) throws IOException {
        String password = AdminCredentials.password(cfg);
        if (password == null) return null;
        String q = "input=" + URLEncoder.encode(input.toAbsolutePath().normalize().toString(), StandardCharsets.UTF_8)
                + "&work=" + URLEncoder.encode(cfg.work().toAbsolutePath().normalize().toString(), StandardCharsets.UTF_8);
        HttpURLConnection c = open(RepublishServlet.PATH.substring(1) + "?" + q);
        int code;
        String body;
        try {
            c.setConnectTimeout(5_000);
            c.setReadTimeout((int) Duration.ofMinutes(30).toMillis());
            c.setRequestMethod("POST");
            c.setRequestProperty("Authorization", basic(password));
            c.setDoOutput(true);
            c.getOutputStream().close();
            code = c.getResponseCode();
            body = drain(c);
        } finally {
            c.disconnect();
        }
        if (code == 404 || code == 409) return null;
        if (code != 200) throw new PonteException("the running server could not publish: HTTP " + code + " " + body.strip());
        return parse(body, refused);
    }

    /**
     * Reads the server's answer (the format {@link RepublishServlet} documents); refused
     * documents are added to {@code refused}.
     */
    static Increment parse(String body, List<Refused> refused) {
        Increment inc = null;
        List<String> skipped = new ArrayList<>();
        for (String line : body.split("\n")) {
            String[] c = line.split("\t", -1);
            switch (c[0]) {
                case "increment" -> inc = new Increment(Integer.parseInt(c[1]), Integer.parseInt(c[2]), Integer.parseInt(c[3]),
                        skipped, Long.parseLong(c[4]), "in the server: " + c[5]);
                case "refused" -> refused.add(new Refused(c[1], c[2]));
                case "skipped" -> skipped.add(c[1] + "\t" + c[2]);
                default -> { }
            }
        }
        if (inc == null) throw new PonteException("the running server sent an answer this version cannot read");
        return inc;
    }

    /** The HTTP Basic header value of the admin user. */
    static String basic(String password) {
        return "Basic " + Base64.getEncoder().encodeToString((AdminCredentials.USER + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpURLConnection open(String path) throws IOException {
        return (HttpURLConnection) URI.create("http://127.0.0.1:" + cfg.port() + "/" + path).toURL().openConnection();
    }

    private static String drain(HttpURLConnection c) throws IOException {
        InputStream in = c.getResponseCode() >= 400 ? c.getErrorStream() : c.getInputStream();
        if (in == null) return "";
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
