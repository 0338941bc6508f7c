package org.ponte.server;

import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;
import org.ponte.core.PonteException;
import org.ponte.loader.Generation;

/**
 * The dataset being served, which changes when the server switches generations.
 *
 * <p>{@link #get()} is the hook for servlets added on top of Ponte (linked-data pages, dumps):
 * inside a request it returns the generation that request started on, for the whole request,
 * even if the server switches meanwhile, so a page is never built from two generations;
 * outside a request it returns the current generation. Keep the reference no longer than the
 * request: once the request ends its generation may be closed. Read it inside a transaction
 * ({@code Txn.executeRead(dsg, ...)}). Requests handled asynchronously (servlet async) are not
 * pinned; call {@code get()} on the request thread and keep what it returns.
 *
 * <p>Also exposed to servlets as the servlet-context attribute {@link #ATTRIBUTE}.
 */
public final class LiveDataset implements Supplier<DatasetGraph> {
    /** Servlet-context attribute under which the server stores its LiveDataset. */
    public static final String ATTRIBUTE = "org.ponte.server.LiveDataset";

    private volatile ServedGeneration current;
    private final ThreadLocal<ServedGeneration> pinned = new ThreadLocal<>();

    LiveDataset() {}

    /**
     * The dataset of the generation this request started on or, outside a request, the current one.
     *
     * @throws PonteException when the server serves nothing yet
     */
    @Override
    public DatasetGraph get() {
        return served().dataset();
    }

    /** The generation {@link #get()} would read. */
    public Generation generation() {
        return served().generation();
    }

    ServedGeneration served() {
        ServedGeneration g = pinned.get();
        if (g == null) g = current;
        if (g == null) throw new PonteException("the server is not serving a dataset yet");
        return g;
    }

    ServedGeneration current() { return current; }

    /** The current generation with one more user, or null if none is served. */
    ServedGeneration acquire() {
        while (true) {
            ServedGeneration g = current;
            if (g == null) return null;
            if (g.tryAcquire()) return g;
            // g closed between the read and the acquire: current has moved on; try again.
            Thread.onSpinWait();
        }
    }

    void pin(ServedGeneration g) { pinned.set(g); }

    void unpin() { pinned.remove(); }

    /** Makes {@code next} current; returns the generation it replaces. */
    synchronized ServedGeneration swap(ServedGeneration next) {
        ServedGeneration old = current;
        current = next;
        return old;
    }
}
