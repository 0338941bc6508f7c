package org.ponte.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;

/**
 * Counts every request against the generation current when it arrived and pins that
 * generation for {@link LiveDataset#get()}, so that a switch never closes a dataset under a
 * running request. First filter after CORS; runs for every path.
 */
final class InFlightFilter implements Filter {
    private final LiveDataset live;

    InFlightFilter(LiveDataset live) {
        this.live = live;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ServedGeneration g = live.acquire();
        live.pin(g);
        try {
            chain.doFilter(request, response);
        } finally {
            live.unpin();
            if (g != null) g.release();
            // A query watchdog may have interrupted this thread; Jetty reuses it.
            Thread.interrupted();
        }
    }
}
