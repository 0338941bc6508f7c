package org.ponte.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.ponte.core.PonteConfig;
import org.ponte.core.Setting;
import org.ponte.loader.StoreBuilder;

/** Builds a store from the test fixture and starts servers on it, on loopback and port 0. */
final class ServerFixture {
    static final String BASE = "https://w3id.org/ponte/id/";
    static final String G1 = BASE + "document/001-le-reseau";
    static final String G2 = BASE + "document/002-fondazione-ismu";
    static final String G3 = BASE + "document/003-rete-scuole";
    static final String ONTOLOGY_GRAPH = "https://w3id.org/ponte/ontology";

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServerFixture() {}

    static Path home() {
        String h = System.getProperty("ponte.home");
        return h != null ? Path.of(h) : Path.of("..").toAbsolutePath().normalize();
    }

    /** A configuration with the store under {@code work}, loopback, port 0, plus any settings. */
    static PonteConfig config(Path work, Map<Setting, String> extra) {
        PonteConfig.Builder b = PonteConfig.builder()
                .set(Setting.HOME, home().toString())
                .set(Setting.WORK, work.toString())
                .set(Setting.HOST, "127.0.0.1")
                .set(Setting.PORT, "0");
        extra.forEach(b::set);
        return b.build();
    }

    static Path resource(String name, Path dir) throws IOException {
        Path out = dir.resolve(name);
        try (InputStream in = ServerFixture.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IOException("missing test resource " + name);
            Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
        }
        return out;
    }

    /** Publishes the fixture (and any extra files) as a new generation. */
    static StoreBuilder.BuildResult publish(PonteConfig cfg, Path dir, Path... extra) throws IOException {
        StoreBuilder b = StoreBuilder.create(cfg)
                .ontology(resource("test-ontology.ttl", dir))
                .file(resource("fixture.nq", dir));
        for (Path p : extra) b.file(p);
        return b.build();
    }

    static String url(PonteServer s, String path) {
        return "http://127.0.0.1:" + s.port() + path;
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        if (accept != null) b.header("Accept", accept);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> send(String method, String url, String contentType, String body, String user, String password)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) b.header("Content-Type", contentType);
        if (user != null)
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
