package org.ponte.server;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import java.net.BindException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.ServerConnector;
import org.ponte.core.PonteConfig;
import org.ponte.core.PonteException;
import org.ponte.core.ProblemLog;
import org.ponte.core.Problems;
import org.ponte.loader.FusekiConfigFile;
import org.ponte.loader.Generation;
import org.ponte.loader.GraphReplacer;
import org.ponte.loader.StoreLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ponte's server: an embedded Fuseki built from the assembler file
 * ({@code PonteConfig.fusekiConfig()}) serving the store's current generation.
 *
 * <pre>
 *   PonteServer server = PonteServer.create(cfg).problems(problems).build();
 *   server.start();            // server.port() is the real port when cfg.port() is 0
 *   ...
 *   server.reload();           // after a new publish: switch to the new generation
 *   server.stop();
 * </pre>
 *
 * <h2>What it serves</h2>
 * <ul>
 * <li>The service the file declares ({@code /ponte}: {@code sparql} and {@code query} for SPARQL,
 *     {@code get} for Graph Store reads), read-only, with the limits of
 *     {@link PonteQueryProcessor} (time limit, result cap, concurrency cap with a share for
 *     long-running queries, no federated SERVICE) and a Service Description on GET without a
 *     query.</li>
 * <li>{@code /$/ping}, {@code /$/stats/*} and a GET-only {@code /$/server}; the query UI at
 *     {@code /ui/} ({@link QueryUi}). The site root {@code /} is left free (404 until the
 *     linked-data layer maps a home page there).</li>
 * <li>With credentials configured ({@link AdminAccess}), behind HTTP Basic auth:
 *     {@code /ponte/update}, {@code /ponte/data}, {@code PUT /ponte/replace?graph=} and
 *     {@code POST /ponte/reload} ({@link AdminActions}). Without, these paths do not exist.</li>
 * <li>CORS for the read-only surface ({@link CorsFilter}).</li>
 * </ul>
 *
 * <h2>Extension point for the linked-data layer</h2>
 * Add servlets, filters or whole {@link FusekiModule}s on the builder
 * ({@link Builder#addServlet}, {@link Builder#addFilter}, {@link Builder#addModule}); read data
 * through {@link Builder#dataset()} / {@link #dataset()}, a {@link LiveDataset} that always
 * gives the generation the current request started on (also the servlet-context attribute
 * {@link LiveDataset#ATTRIBUTE}). Servlets are checked after Fuseki's dataset dispatch, so
 * their paths must not start with {@code /ponte}. Map the home page with the exact path
 * {@code ""}; {@code "/"} is Fuseki's catch-all. Only the modules given here are used, never
 * ones found on the classpath (Fuseki's admin module would let anyone delete datasets).
 *
 * <h2>Switching generations</h2>
 * {@link #reload()} opens the new generation, builds its data service, then atomically
 * replaces Fuseki's registry of data access points and the {@link LiveDataset}. Each request
 * holds the data service it was dispatched to until it ends, so in-flight requests finish on
 * the old generation and new ones see the new one; a request never sees both. The old
 * generation is closed in the background when its last request ends (at the latest after the
 * time limit and the watchdog's grace).
 */
public final class PonteServer {
    private static final Logger LOG = LoggerFactory.getLogger(PonteServer.class);

    private final PonteConfig cfg;
    private final Problems problems;
    private final StoreLayout layout;
    private final GenerationServices services;
    private final LiveDataset live;
    private final QueryWatchdog watchdog;
    private final FusekiServer fuseki;
    private final long drainMillis;
    private final Object adminLock = new Object();
    private final ExecutorService closer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ponte-generation-closer");
        t.setDaemon(true);
        return t;
    });
    private volatile String publicUrl;
    private volatile boolean started;
    private volatile boolean stopped;

    private PonteServer(Builder b, StoreLayout layout, GenerationServices services, QueryWatchdog watchdog,
                        FusekiServer fuseki) {
        this.cfg = b.cfg;
        this.problems = b.problems;
        this.layout = layout;
        this.services = services;
        this.live = b.live;
        this.watchdog = watchdog;
        this.fuseki = fuseki;
        this.publicUrl = cfg.publicUrl();
        this.drainMillis = cfg.queryTimeout().toMillis() + b.interruptGraceMillis + 10_000;
    }

    /** A builder for a server with this configuration (port, host, limits, credentials, paths). */
    public static Builder create(PonteConfig cfg) {
        return new Builder(cfg);
    }

    /**
     * Starts serving.
     *
     * @throws PonteException when the port is in use ("port 3030 is in use; choose another with
     *         --port") or the server cannot start; nothing is left running then
     */
    public PonteServer start() {
        if (started) throw new IllegalStateException("already started");
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            try {
                fuseki.getJettyServer().stop();
            } catch (Exception stopFailure) {
                LOG.debug("stopping after a failed start: {}", stopFailure.getMessage());
            }
            shutdown();
            if (causedBy(e, BindException.class))
                throw new PonteException("port " + cfg.port() + " is in use; choose another with --port", e);
            throw new PonteException("the server could not start: " + e.getMessage(), e);
        }
        started = true;
        publicUrl = cfg.withPort(port()).publicUrl();
        LOG.info("serving {} at {}{} (query UI at {}ui/)", generation().name(), publicUrl,
                services.name().substring(1) + "/sparql", publicUrl);
        return this;
    }

    /** The port the server listens on: the real one once started, even when port 0 was asked. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The public root URL (from the configuration, with the real port when it was left default). */
    public String publicUrl() {
        return publicUrl;
    }

    /** The generation new requests are served from. */
    public Generation generation() {
        return live.current().generation();
    }

    /** The live dataset: the generation of the current request, or the current one. */
    public LiveDataset dataset() {
        return live;
    }

    /**
     * Runs {@code work} on the dataset of the generation served now, which stays open until it
     * returns even if a reload switches generations meanwhile (for long reads outside a request,
     * such as exporting the dumps). Read it inside a transaction.
     *
     * @throws PonteException when nothing is served
     */
    public <T> T withCurrentDataset(java.util.function.Function<org.apache.jena.sparql.core.DatasetGraph, T> work) {
        ServedGeneration g = live.acquire();
        if (g == null) throw new PonteException("the server is not serving a dataset");
        try {
            return work.apply(g.dataset());
        } finally {
            g.release();
        }
    }

    /** The underlying Fuseki server, for inspection. */
    public FusekiServer fusekiServer() {
        return fuseki;
    }

    /** Stops the server and closes the served generation. */
    public void stop() {
        if (stopped) return;
        try {
            if (started) fuseki.stop();
        } finally {
            shutdown();
        }
    }

    private void shutdown() {
        stopped = true;
        watchdog.close();
        ServedGeneration g = live.swap(null);
        closer.shutdown();
        try {
            closer.awaitTermination(drainMillis, TimeUnit.MILLISECONDS);
            if (g != null) g.closeWhenIdle(started ? 2_000 : 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Switches to the generation {@code CURRENT} names, if it is not the one being served.
     *
     * @return true when the server switched
     * @throws PonteException when the new generation cannot be opened; the old one keeps serving
     */
    public boolean reload() {
        synchronized (adminLock) {
            if (stopped) throw new IllegalStateException("stopped");
            Generation next = layout.requireCurrent();
            ServedGeneration old = live.current();
            if (old != null && old.generation().equals(next)) return false;
            ServedGeneration opened;
            try {
                opened = services.open(next);
            } catch (RuntimeException e) {
                problems.error(next.name(), -1, "reload failed: " + e.getMessage());
                throw e;
            }
            opened.service().setEndpointProcessors(fuseki.getOperationRegistry());
            opened.service().goActive();
            DataAccessPointRegistry registry = new DataAccessPointRegistry(fuseki.getDataAccessPointRegistry());
            registry.remove(services.name());
            registry.register(new DataAccessPoint(services.name(), opened.service()));
            // Order matters: Fuseki's registry first, then the live dataset, then retire the old one.
            DataAccessPointRegistry.set(fuseki.getServletContext(), registry);
            live.swap(opened);
            LOG.info("switched from {} to {}", old == null ? "nothing" : old.generation().name(), next.name());
            if (old != null) closer.submit(() -> {
                try {
                    old.closeWhenIdle(drainMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    LOG.warn("closing {}: {}", old.generation().name(), e.getMessage());
                }
            });
            return true;
        }
    }

    /**
     * Replaces one named graph in the live generation (see {@link GraphReplacer}); what
     * {@code PUT /ponte/replace} does. Each quad must be in {@code graph}.
     */
    public GraphReplacer.Result replaceGraph(String graph, List<Quad> quads) {
        synchronized (adminLock) {
            ServedGeneration g = live.acquire();
            if (g == null) throw new PonteException("the server is not serving a dataset");
            try {
                GraphReplacer.Result r = new GraphReplacer(g.dataset(), layout, g.generation()).replace(graph, quads);
                g.changed();
                return r;
            } finally {
                g.release();
            }
        }
    }

    /** Waits until generations retired by {@link #reload()} are closed, or the timeout passes. For tests. */
    boolean awaitRetired(long millis) throws InterruptedException {
        java.util.concurrent.Future<?> f = closer.submit(() -> {});
        try {
            f.get(millis, TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) return true;
            if (c.getMessage() != null && c.getMessage().contains("Failed to bind")) return true;
        }
        return false;
    }

    /** Builds a {@link PonteServer}; see the class comment for what it serves. */
    public static final class Builder {
        private final PonteConfig cfg;
        private final LiveDataset live = new LiveDataset();
        private final List<FusekiModule> modules = new ArrayList<>();
        private final Map<String, HttpServlet> servlets = new LinkedHashMap<>();
        private final List<Map.Entry<String, Filter>> filters = new ArrayList<>();
        private Problems problems = new ProblemLog();
        private int maxConcurrentQueries = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
        private int maxServerThreads = 64;
        // A busy public endpoint queues a query for a while rather than failing it at once: 32
        // clients on two cores wait seconds for a slot (measured with scripts/loadtest).
        private long slotWaitMillis = 10_000;
        private long abortGraceMillis = 500;
        private long interruptGraceMillis = 2_000;
        private int maxLongQueries = 0;
        // Ordinary queries take tens of milliseconds, but seconds on a starved machine: shedding them
        // after 1 s failed example queries under load, so a query counts as long after 3 s.
        private long longQueryMillis = 3_000;
        private boolean built;

        private Builder(PonteConfig cfg) {
            this.cfg = Objects.requireNonNull(cfg, "cfg");
        }

        /** Where failed reloads are reported; default a logging {@link ProblemLog}. */
        public Builder problems(Problems problems) {
            this.problems = Objects.requireNonNull(problems);
            return this;
        }

        /** Adds a Fuseki module (the linked-data layer); its hooks run as Fuseki builds the server. */
        public Builder addModule(FusekiModule module) {
            modules.add(Objects.requireNonNull(module));
            return this;
        }

        /**
         * Adds a servlet. Use the exact path {@code ""} for the site root; paths under the
         * dataset name ({@code /ponte}) and {@code /ui/} are taken.
         */
        public Builder addServlet(String pathSpec, HttpServlet servlet) {
            servlets.put(Objects.requireNonNull(pathSpec), Objects.requireNonNull(servlet));
            return this;
        }

        /** Adds a servlet filter; it runs after Ponte's CORS and request-tracking filters, before Fuseki's dispatch. */
        public Builder addFilter(String pathSpec, Filter filter) {
            filters.add(Map.entry(Objects.requireNonNull(pathSpec), Objects.requireNonNull(filter)));
            return this;
        }

        /** The live dataset, usable by servlets once the server is built. */
        public LiveDataset dataset() {
            return live;
        }

        /** Queries that may run at once; default twice the cores, at least 2. */
        public Builder maxConcurrentQueries(int n) {
            if (n < 1) throw new IllegalArgumentException("maxConcurrentQueries must be positive");
            this.maxConcurrentQueries = n;
            return this;
        }

        /**
         * Long-running queries: a query still running after {@code afterMillis} needs one of
         * {@code max} long-query slots (and frees its ordinary one), or is stopped with 503.
         * Default: half the concurrent queries (at least 1), after 3 s. This keeps pathological
         * queries from taking every slot while ordinary ones wait.
         */
        public Builder longQueries(int max, long afterMillis) {
            if (max < 1) throw new IllegalArgumentException("at least one long query must be allowed");
            this.maxLongQueries = max;
            this.longQueryMillis = afterMillis;
            return this;
        }

        /** How long a query waits for a free slot before 503; default 10 s. */
        public Builder queryQueueWait(long millis) {
            this.slotWaitMillis = Math.max(0, millis);
            return this;
        }

        /** Jetty's thread pool size; default 64. */
        public Builder maxServerThreads(int n) {
            if (n < 8) throw new IllegalArgumentException("maxServerThreads must be at least 8");
            this.maxServerThreads = n;
            return this;
        }

        /** Watchdog grace periods after the time limit: abort, then interrupt; default 0.5 s and 2 s. */
        public Builder watchdogGrace(long abortMillis, long interruptMillis) {
            this.abortGraceMillis = abortMillis;
            this.interruptGraceMillis = Math.max(abortMillis, interruptMillis);
            return this;
        }

        /**
         * Opens the current generation and builds the server (not started).
         *
         * @throws PonteException when nothing is published, the configuration file or the
         *         credentials are bad, or the generation cannot be opened
         */
        public PonteServer build() {
            if (built) throw new IllegalStateException("a builder builds one server");
            built = true;
            FusekiConfigFile conf = FusekiConfigFile.read(cfg.fusekiConfig());
            StoreLayout layout = StoreLayout.at(cfg.storeRoot());
            AdminAccess admin = AdminAccess.from(cfg);
            GenerationServices services = new GenerationServices(conf, layout, admin.enabled());
            Generation gen = layout.requireCurrent();
            layout.repairLink();
            ServedGeneration first = services.open(gen);
            live.swap(first);
            QueryWatchdog watchdog = new QueryWatchdog(abortGraceMillis, interruptGraceMillis);
            try {
                PonteQueryProcessor query = new PonteQueryProcessor(cfg.queryTimeout().toMillis(), cfg.resultLimit(),
                        maxConcurrentQueries, slotWaitMillis, watchdog,
                        maxLongQueries > 0 ? maxLongQueries : Math.max(1, maxConcurrentQueries / 2), longQueryMillis);
                Holder<PonteServer> self = new Holder<>();
                FusekiServer.Builder fb = FusekiServer.create()
                        .port(cfg.port())
                        .fusekiModules(FusekiModules.create(modules))
                        .numServerThreads(Math.min(8, maxServerThreads), maxServerThreads)
                        .enablePing(true)
                        .enableStats(true)
                        .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, query)
                        .addServletAttribute(LiveDataset.ATTRIBUTE, live)
                        .add(services.name(), first.service())
                        .addFilter("/*", new RequestGuard())
                        .addFilter("/*", new CorsFilter())
                        .addFilter("/*", new InFlightFilter(live))
                        .addProcessor("/$/server", new ReadOnlyServerStatus());
                if (QueryUi.available()) {
                    Supplier<org.apache.jena.fuseki.server.DataService> svc = () -> {
                        ServedGeneration g = live.current();
                        return g == null ? null : g.service();
                    };
                    fb.addFilter(QueryUi.PATH + "/*", new QueryUi.Routing(svc, services::name))
                      .addServlet(QueryUi.PATH + "/*", new QueryUi.Files());
                } else {
                    LOG.warn("jena-fuseki-ui is not on the classpath: no query UI at /ui/");
                }
                if (admin.enabled()) {
                    fb.securityHandler(admin.securityHandler())
                      .registerOperation(AdminActions.REPLACE, new AdminActions.ReplaceGraph(self))
                      .registerOperation(AdminActions.RELOAD, new AdminActions.Reload(self));
                }
                filters.forEach(e -> fb.addFilter(e.getKey(), e.getValue()));
                servlets.forEach(fb::addServlet);
                FusekiServer fuseki = fb.build();
                bindHost(fuseki, cfg.host());
                pooledOutputBuffers(fuseki);
                if (fuseki.getJettyServer().getErrorHandler() instanceof ErrorHandler eh) eh.setShowStacks(false);
                PonteServer server = new PonteServer(this, layout, services, watchdog, fuseki);
                self.value = server;
                query.serviceDescription(new ServiceDescription(live, server::publicUrl, services.name()));
                return server;
            } catch (RuntimeException e) {
                watchdog.close();
                live.swap(null);
                try {
                    first.closeWhenIdle(0);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                }
                throw (e instanceof PonteException) ? e : new PonteException("cannot build the server: " + e.getMessage(), e);
            }
        }

        /**
         * Response buffer per request, in bytes: what Jetty's default buffer pool keeps for reuse
         * (buffers up to 64 KB). Fuseki asks for 5 MB, which the pool does not keep: every response
         * then allocated and zeroed a fresh 5 MB direct buffer, left for the garbage collector, and
         * once 2 GB of them (the -Xmx) were waiting, the JVM ran a full, stop-the-world collection
         * (java.nio.Bits.reserveMemory calls System.gc()): about every 400 responses, 1-3 s each
         * with this server's larger heap, so throughput fell as clients were added. A larger
         * result is sent in chunks; a query that fails after its first 64 KB of results ends the
         * response instead of answering an error status (a timeout before the first row, the
         * usual case, still answers 503: PonteQueryProcessor starts the execution before writing).
         */
        static final int OUTPUT_BUFFER_BYTES = 64 * 1024;

        private static void pooledOutputBuffers(FusekiServer fuseki) {
            for (Connector c : fuseki.getJettyServer().getConnectors())
                for (ConnectionFactory f : c.getConnectionFactories())
                    if (f instanceof HttpConfiguration.ConnectionFactory hc)
                        hc.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
        }

        private static void bindHost(FusekiServer fuseki, String host) {
            String h = (host == null || host.isBlank() || host.equals("0.0.0.0") || host.equals("*")) ? null : host;
            for (Connector c : fuseki.getJettyServer().getConnectors())
                if (c instanceof ServerConnector sc) sc.setHost(h);
        }
    }

    /** A late-bound reference: the admin actions are registered before the server exists. */
    static final class Holder<T> implements Supplier<T> {
        volatile T value;

        @Override
        public T get() {
            return value;
        }
    }
}
