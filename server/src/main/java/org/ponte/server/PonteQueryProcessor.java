package org.ponte.server;

import java.util.Iterator;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fuseki's SPARQL query operation with Ponte's limits, installed for every query endpoint:
 * <ul>
 * <li><b>Time.</b> Each query gets the server's time limit, or the request's {@code ?timeout=}
 *     (seconds, as in Fuseki) when that is lower; a higher one is ignored. ARQ enforces it, and
 *     a {@link QueryWatchdog} aborts, then interrupts, queries that overrun it anyway.</li>
 * <li><b>Concurrency.</b> At most {@code maxConcurrent} queries run at once; a request that
 *     cannot get a slot within {@code slotWaitMillis} gets 503. A query still running after
 *     {@code longAfterMillis} moves from its slot to one of {@code maxLong} long-query slots,
 *     or is stopped (503) when they are all taken: pathological queries can hold at most
 *     {@code maxLong} slots, so ordinary queries always find one and answer promptly.</li>
 * <li><b>Size.</b> At most {@code resultLimit} rows (SELECT), triples (CONSTRUCT, DESCRIBE)
 *     or JSON objects: the results are cut, the query text is not rewritten.</li>
 * <li><b>Service description.</b> A GET without {@code query=} answers the SPARQL Service
 *     Description instead of Fuseki's 404.</li>
 * <li><b>Errors.</b> A timeout is 503 "Query timed out", a bad query 400 with the parser's
 *     message; anything unexpected is logged with its stack trace and answered 500 with a
 *     generic message.</li>
 * </ul>
 */
final class PonteQueryProcessor extends SPARQL_QueryDataset {
    private static final Logger LOG = LoggerFactory.getLogger(PonteQueryProcessor.class);
    private static final String WATCH = "org.ponte.server.watch";

    private final long timeoutMillis;
    private final long resultLimit;
    private final Semaphore slots;
    private final long slotWaitMillis;
    private final QueryWatchdog watchdog;
    private volatile ServiceDescription description;

    private final Semaphore longSlots;
    private final long longAfterMillis;

    PonteQueryProcessor(long timeoutMillis, long resultLimit, int maxConcurrent, long slotWaitMillis, QueryWatchdog watchdog) {
        this(timeoutMillis, resultLimit, maxConcurrent, slotWaitMillis, watchdog, Math.max(1, maxConcurrent / 2), 1000);
    }

    PonteQueryProcessor(long timeoutMillis, long resultLimit, int maxConcurrent, long slotWaitMillis, QueryWatchdog watchdog,
                        int maxLong, long longAfterMillis) {
        this.timeoutMillis = timeoutMillis;
        this.resultLimit = resultLimit;
        this.slots = new Semaphore(maxConcurrent, true);
        this.longSlots = new Semaphore(Math.max(1, maxLong));
        this.longAfterMillis = longAfterMillis;
        this.slotWaitMillis = slotWaitMillis;
        this.watchdog = watchdog;
    }

    void serviceDescription(ServiceDescription sd) {
        this.description = sd;
    }

    @Override
    public void execGet(HttpAction action) {
        ServiceDescription sd = description;
        if (sd != null && action.getRequestParameter(HttpNames.paramQuery) == null) {
            sd.send(action, action.getEndpoint() == null ? null : action.getEndpoint().getName());
            return;
        }
        super.execGet(action);
    }

    /** The time limit for this request: the server's, or a lower {@code ?timeout=} in seconds. */
    long timeoutFor(HttpAction action) {
        String t = action.getRequestParameter(HttpNames.paramTimeout);
        if (t == null || t.isBlank()) return timeoutMillis;
        String overall = t.contains(",") ? t.substring(t.indexOf(',') + 1) : t;
        try {
            double secs = Double.parseDouble(overall.trim());
            if (secs <= 0 || Double.isNaN(secs)) return timeoutMillis;
            return Math.max(1, Math.min(timeoutMillis, (long) (secs * 1000)));
        } catch (NumberFormatException e) {
            ServletOps.errorBadRequest("timeout must be a number of seconds, not '" + t + "'");
            return timeoutMillis;
        }
    }

    /** Deepest nesting of brackets a query may have; deeper ones overflow the parser's stack. */
    static final int MAX_NESTING = 500;

    /**
     * Longest query text accepted, in characters. Parsing cannot be interrupted by the query
     * time limit, and the parser's cost on one multi-megabyte token grows faster than its
     * length (a 3 MB literal took 8-33 s of CPU on a busy 2-core machine): a megabyte still
     * admits VALUES blocks of tens of thousands of IRIs.
     */
    static final int MAX_QUERY_CHARS = 1_000_000;

    /**
     * The deepest nesting of {@code { ( [} in a query, outside strings, IRIs and comments. The
     * parser and the algebra are recursive: a query nested thousands deep overflows the stack,
     * and Fuseki would answer with the error's name.
     */
    static int nestingDepth(String q) {
        int depth = 0, max = 0;
        int n = q.length();
        for (int i = 0; i < n; i++) {
            char c = q.charAt(i);
            switch (c) {
                case '{', '(', '[' -> max = Math.max(max, ++depth);
                case '}', ')', ']' -> depth = Math.max(0, depth - 1);
                case '#' -> { while (i < n && q.charAt(i) != '\n') i++; }
                case '<' -> {
                    // An IRI has no spaces; a '<' followed by one is the less-than operator.
                    int j = i + 1;
                    while (j < n && q.charAt(j) != '>' && !Character.isWhitespace(q.charAt(j))) j++;
                    if (j < n && q.charAt(j) == '>') i = j;
                }
                case '"', '\'' -> {
                    boolean longString = i + 2 < n && q.charAt(i + 1) == c && q.charAt(i + 2) == c;
                    i += longString ? 3 : 1;
                    while (i < n) {
                        char d = q.charAt(i);
                        if (d == '\\') i += 2;
                        else if (d == c && (!longString || i + 2 < n && q.charAt(i + 1) == c && q.charAt(i + 2) == c)) {
                            if (longString) i += 2;
                            break;
                        } else i++;
                    }
                }
                default -> { }
            }
        }
        return max;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString != null && queryString.length() > MAX_QUERY_CHARS) {
            ServletOps.error(413, "Query too long (" + queryString.length() + " characters; at most " + MAX_QUERY_CHARS + ")");
            return;
        }
        if (queryString != null && nestingDepth(queryString) > MAX_NESTING) {
            ServletOps.errorBadRequest("Query too deeply nested (more than " + MAX_NESTING + " levels of brackets)");
            return;
        }
        long timeout = timeoutFor(action);
        boolean acquired;
        try {
            acquired = slots.tryAcquire(slotWaitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            ServletOps.error(503, "Too many queries are running; try again shortly");
            return;
        }
        // Which slot the query holds: an ordinary one, or (once it runs long) a long-query one.
        boolean[] held = {false, false}; // {long, released}
        QueryWatchdog.Watch watch = watchdog.watch(action.id, timeout, longAfterMillis, () -> {
            synchronized (held) {
                if (held[1]) return true;
                if (!longSlots.tryAcquire()) return false;
                held[0] = true;
                slots.release();
                return true;
            }
        });
        action.getRequest().setAttribute(WATCH, watch);
        try {
            super.execute(queryString, action);
        } catch (ActionErrorException e) {
            throw e;
        } catch (QueryCancelledException e) {
            if (watch.shedded()) ServletOps.error(503, "Too many long-running queries; this one was stopped. Try again shortly");
            throw e;
        } catch (StackOverflowError e) {
            // A query nested deeper than the parser or the evaluator can follow.
            LOG.info("[{}] query too deeply nested", action.id);
            ServletOps.errorBadRequest("Query too deeply nested");
        } catch (RuntimeException e) {
            if (watch.shedded()) {
                LOG.info("[{}] query stopped while the long-query slots were taken: {}", action.id, e.toString());
                ServletOps.error(503, "Too many long-running queries; this one was stopped. Try again shortly");
            }
            if (watch.fired()) {
                LOG.info("[{}] query stopped by the watchdog: {}", action.id, e.toString());
                throw new QueryCancelledException();
            }
            if (e instanceof QueryException) {
                // Late static errors, for example a malformed text:query argument.
                LOG.info("[{}] query failed: {}", action.id, e.getMessage());
                ServletOps.errorBadRequest("Query failed: " + e.getMessage());
            }
            LOG.error("[" + action.id + "] query failed", e);
            ServletOps.errorOccurred("Internal server error (see the server log, request " + action.id + ")");
        } finally {
            watch.close();
            synchronized (held) {
                held[1] = true;
                if (held[0]) longSlots.release();
                else slots.release();
            }
        }
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec qe = QueryExec.newBuilder()
                .dataset(dataset)
                .query(query)
                .context(action.getContext())
                // No federated queries: SERVICE would make the server a proxy to any host.
                .set(org.apache.jena.query.ARQ.httpServiceAllowed, false)
                // Both, so that no context default (arq:queryTimeout) adds a different first-row limit.
                .initialTimeout(timeoutFor(action), TimeUnit.MILLISECONDS)
                .overallTimeout(timeoutFor(action), TimeUnit.MILLISECONDS)
                .build();
        Object w = action.getRequest().getAttribute(WATCH);
        if (w instanceof QueryWatchdog.Watch watch) watch.attach(qe);
        return qe;
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec qe, Query query, String queryStringLog) {
        if (query.isSelectType()) {
            RowSet rs = qe.select();
            // Start the execution now, so that an early timeout can still set the status code.
            rs.hasNext();
            return new QueryExecResult(new LimitedRowSet(rs, resultLimit));
        }
        if (query.isConstructType()) {
            DatasetGraph out = DatasetGraphFactory.create();
            Iterator<Quad> it = qe.constructQuads();
            try {
                long n = 0;
                while (n < resultLimit && it.hasNext()) {
                    Quad q = it.next();
                    if (!out.contains(q)) {
                        out.add(q);
                        n++;
                    }
                }
            } finally {
                Iter.close(it);
            }
            return new QueryExecResult(out);
        }
        if (query.isDescribeType()) {
            Graph g = GraphFactory.createDefaultGraph();
            Iterator<Triple> it = qe.describeTriples();
            try {
                while (g.size() < resultLimit && it.hasNext()) g.add(it.next());
            } finally {
                Iter.close(it);
            }
            return new QueryExecResult(g);
        }
        if (query.isJsonType()) {
            Iterator<JsonObject> it = qe.execJsonItems();
            return new QueryExecResult(Iter.iter(it).take((int) Math.min(Integer.MAX_VALUE, resultLimit)));
        }
        return super.executeQuery(action, qe, query, queryStringLog);
    }
}
