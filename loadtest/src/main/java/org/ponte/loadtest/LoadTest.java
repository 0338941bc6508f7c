package org.ponte.loadtest;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;

/**
 * Drives a running Ponte server over loopback with N concurrent clients for a bounded time,
 * mixing SPARQL queries (the example queries of {@code data/queries/*.rq} when present, else a
 * built-in set), linked-data page fetches ({@code /id/...} IRIs listed through SPARQL) and dump
 * downloads ({@code /dumps/...} when the server offers them), then reports requests, errors by
 * status, latency percentiles per kind and the server's memory.
 *
 * <pre>
 *   java -cp loadtest.jar:HdrHistogram.jar org.ponte.loadtest.LoadTest \
 *       --url http://127.0.0.1:3030/ --clients 32 --seconds 60 [--queries data/queries] [--pid PID] [--sparql-only true]
 * </pre>
 *
 * With {@code --sparql-only true} only the SPARQL queries are sent (no pages, no dumps), and
 * latency is also reported per query file: what {@code scripts/benchmark} uses to compare Ponte's
 * server with a stock Fuseki, which has neither pages nor dumps.
 *
 * Loopback only: a URL whose host is not a loopback address is refused. Every request has a
 * 60 s time-out; the run stops after {@code --seconds} and waits at most 90 s more.
 */
public final class LoadTest {
    private static final Pattern IRI = Pattern.compile("\"value\"\\s*:\\s*\"(https?://[^\"]+)\"");

    private final URI base;
    private final int clients;
    private final int seconds;
    private final Path queriesDir;
    private final long serverPid;
    private final HttpClient http;
    private final Map<String, Recorder> latency = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final List<String> queries = new ArrayList<>();
    private final List<String> queryNames = new ArrayList<>();
    private boolean sparqlOnly;
    private final List<String> pages = new ArrayList<>();
    private final List<String> dumps = new ArrayList<>();
    private long peakRssKb = -1;

    LoadTest(URI base, int clients, int seconds, Path queriesDir, long serverPid) {
        this.base = base;
        this.clients = clients;
        this.seconds = seconds;
        this.queriesDir = queriesDir;
        this.serverPid = serverPid;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(Math.max(2, clients))).build();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>(Map.of("--url", "http://127.0.0.1:3030/", "--clients", "32", "--seconds", "60",
                "--queries", "data/queries", "--pid", "-1", "--sparql-only", "false"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!o.containsKey(args[i])) throw new IllegalArgumentException("unknown option " + args[i] + "; options: " + o.keySet());
            o.put(args[i], args[i + 1]);
        }
        String u = o.get("--url");
        URI base = URI.create(u.endsWith("/") ? u : u + "/");
        for (InetAddress a : InetAddress.getAllByName(base.getHost()))
            if (!a.isLoopbackAddress()) throw new IllegalArgumentException("the load test only targets loopback, not " + base.getHost());
        LoadTest t = new LoadTest(base, Integer.parseInt(o.get("--clients")), Integer.parseInt(o.get("--seconds")),
                Path.of(o.get("--queries")), Long.parseLong(o.get("--pid")));
        t.sparqlOnly = Boolean.parseBoolean(o.get("--sparql-only"));
        t.prepare();
        t.run();
        System.exit(t.report() ? 0 : 1);
    }

    // ------------------------------------------------------------------ what to request

    private void prepare() throws Exception {
        if (Files.isDirectory(queriesDir)) {
            try (var s = Files.list(queriesDir)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                    queries.add(Files.readString(p));
                    queryNames.add(p.getFileName().toString().replaceFirst("\\.rq$", ""));
                }
            }
        }
        if (queries.isEmpty()) {
            queries.addAll(BuiltInQueries.ALL);
            for (int i = 0; i < queries.size(); i++) queryNames.add("builtin-" + (i + 1));
        }
        if (sparqlOnly) {
            System.err.printf("load test: %d clients for %d s against %s: %d queries only%n", clients, seconds, base, queries.size());
            return;
        }
        // Entity IRIs for page fetches, through SPARQL; pages only when /id/ answers.
        HttpResponse<String> r = get(sparql("SELECT DISTINCT ?s { ?s a ?t FILTER(CONTAINS(STR(?s), \"/id/\")) } LIMIT 300"),
                "application/sparql-results+json");
        if (r.statusCode() == 200) {
            Matcher m = IRI.matcher(r.body());
            while (m.find()) {
                String iri = m.group(1);
                String path = iri.substring(iri.indexOf("/id/"));
                if (!path.contains("#")) pages.add(path.substring(1));
            }
        }
        if (!pages.isEmpty()) {
            // An entity IRI answers 303 See Other to its page (/id/X -> /doc/X): fetch the pages themselves,
            // as a browser that followed the redirect would.
            HttpResponse<String> first = get(base.resolve(pages.get(0)), "text/html");
            String location = first.headers().firstValue("Location").orElse(null);
            if (first.statusCode() == 303 && location != null) {
                String page = base.resolve(pages.get(0)).resolve(location).getPath().substring(1);
                String from = pages.get(0), prefixFrom = from.substring(0, from.indexOf('/') + 1);
                String prefixTo = page.endsWith(from.substring(prefixFrom.length())) ? page.substring(0, page.length() - (from.length() - prefixFrom.length())) : null;
                if (prefixTo != null) pages.replaceAll(x -> prefixTo + x.substring(prefixFrom.length()));
                else pages.clear();
            }
            if (pages.isEmpty() || get(base.resolve(pages.get(0)), "text/html").statusCode() != 200) {
                System.err.println("no linked-data pages behind " + first.uri() + ": page fetches left out");
                pages.clear();
            }
        }
        HttpResponse<String> d = get(base.resolve("dumps/"), "text/html");
        if (d.statusCode() == 200) {
            Matcher m = Pattern.compile("href=\"([^\"?#]+\\.(?:gz|ttl|jsonld|nq|nt))\"").matcher(d.body());
            while (m.find()) dumps.add(m.group(1).startsWith("/") ? m.group(1).substring(1) : "dumps/" + m.group(1));
        }
        if (dumps.isEmpty()) for (String f : List.of("dumps/ponte.nq.gz", "dumps/void.ttl"))
            if (get(base.resolve(f), "*/*").statusCode() == 200) dumps.add(f);
        System.err.printf("load test: %d clients for %d s against %s: %d queries, %d pages, %d dumps%n", clients, seconds, base,
                queries.size(), pages.size(), dumps.size());
    }

    private URI sparql(String q) {
        return base.resolve("ponte/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(URI uri, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    // ------------------------------------------------------------------ the run

    private void run() throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Thread memory = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakRssKb = Math.max(peakRssKb, rssKb());
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "memory");
        memory.setDaemon(true);
        memory.start();
        for (int c = 0; c < clients; c++) {
            long seed = 1000L + c;
            pool.submit(() -> client(new Random(seed), end));
        }
        pool.shutdown();
        if (!pool.awaitTermination(seconds + 90L, TimeUnit.SECONDS)) pool.shutdownNow();
        memory.interrupt();
    }

    private void client(Random rnd, long end) {
        while (System.nanoTime() < end) {
            int r = rnd.nextInt(100);
            String kind;
            URI uri;
            String accept;
            if (r < 70 || pages.isEmpty() && dumps.isEmpty()) {
                kind = "query";
                int q = rnd.nextInt(queries.size());
                if (sparqlOnly) kind = "q:" + queryNames.get(q);
                uri = sparql(queries.get(q));
                accept = "application/sparql-results+json";
            } else if (r < 95 && !pages.isEmpty() || dumps.isEmpty()) {
                kind = "page";
                uri = base.resolve(pages.get(rnd.nextInt(pages.size())));
                accept = rnd.nextBoolean() ? "text/html" : "text/turtle";
            } else {
                kind = "dump";
                uri = base.resolve(dumps.get(rnd.nextInt(dumps.size())));
                accept = "*/*";
            }
            long t0 = System.nanoTime();
            String outcome;
            try {
                HttpResponse<InputStream> resp = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                        .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
                long n = 0;
                try (InputStream in = resp.body()) {
                    byte[] buf = new byte[65536];
                    for (int k; (k = in.read(buf)) > 0; ) n += k;
                }
                bytes.addAndGet(n);
                outcome = resp.statusCode() == 200 ? null : "HTTP " + resp.statusCode();
            } catch (IOException e) {
                outcome = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long micros = (System.nanoTime() - t0) / 1000;
            latency.computeIfAbsent(kind, k -> new Recorder(3)).recordValue(Math.max(1, micros));
            if (sparqlOnly) latency.computeIfAbsent("query", k -> new Recorder(3)).recordValue(Math.max(1, micros));
            counts.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
            if (outcome != null) errors.computeIfAbsent(kind + " " + outcome, k -> new AtomicLong()).incrementAndGet();
        }
    }

    /** The server's resident memory in KB: /proc/PID/status VmRSS when the pid is known, else -1. */
    private long rssKb() {
        if (serverPid <= 0) return -1;
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(serverPid), "status")))
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    // ------------------------------------------------------------------ report

    private boolean report() {
        long total = counts.values().stream().mapToLong(AtomicLong::get).sum();
        int width = latency.keySet().stream().mapToInt(String::length).max().orElse(6);
        String row = "%-" + Math.max(6, width) + "s";
        long errs = errors.values().stream().mapToLong(AtomicLong::get).sum();
        System.out.printf("clients %d, %d s: %d requests (%.1f/s), %d errors, %.1f MB received%n", clients, seconds, total,
                total / (double) seconds, errs, bytes.get() / 1e6);
        System.out.printf(row + " %9s %9s %9s %9s %9s %9s%n", "kind", "requests", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms");
        for (Map.Entry<String, Recorder> e : new TreeMap<>(latency).entrySet()) {
            Histogram h = e.getValue().getIntervalHistogram();
            System.out.printf(row + " %9d %9.1f %9.1f %9.1f %9.1f %9.1f%n", e.getKey(), h.getTotalCount(), h.getTotalCount() / (double) seconds,
                    h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(90) / 1000.0, h.getValueAtPercentile(99) / 1000.0,
                    h.getMaxValue() / 1000.0);
        }
        new TreeMap<>(errors).forEach((k, v) -> System.out.printf("error  %s: %d%n", k, v.get()));
        if (peakRssKb > 0) System.out.printf("server memory: peak resident %.0f MB (pid %d)%n", peakRssKb / 1024.0, serverPid);
        String metrics = metricsMemory();
        if (metrics != null) System.out.println("server memory from /$/metrics: " + metrics);
        return errs == 0;
    }

    /** JVM heap lines from Fuseki's Prometheus metrics, when the server offers them. */
    private String metricsMemory() {
        try {
            HttpResponse<String> r = get(base.resolve("$/metrics"), "text/plain");
            if (r.statusCode() != 200) return null;
            StringBuilder sb = new StringBuilder();
            for (String line : r.body().split("\n"))
                if (line.startsWith("jvm_memory_used_bytes{area=\"heap\"") || line.startsWith("jvm_memory_used_bytes{area=\"nonheap\""))
                    sb.append(line.replaceAll("\\{.*area=\"(\\w+)\".*\\}", " $1")).append("; ");
            return sb.length() == 0 ? null : sb.toString();
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
