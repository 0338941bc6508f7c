package org.ponte.bench;

import org.apache.jena.fuseki.main.FusekiServer;

/**
 * A stock Fuseki for {@code scripts/benchmark}: a plain {@link FusekiServer} (fuseki-main) built
 * from an assembler file, nothing of Ponte's server on the classpath (no limits, no watchdog,
 * no linked-data routes). The benchmark points a copy of {@code fuseki-config/config.ttl} at a
 * copy of the store, so both servers answer the same queries over the same data.
 *
 * <pre>
 *   java -cp bench/target/benchmarks.jar org.ponte.bench.StockFuseki --config FILE --port N
 * </pre>
 *
 * Runs until killed; prints {@code started on port N} when it answers.
 */
public final class StockFuseki {
    private StockFuseki() {}

    public static void main(String[] args) {
        String config = null;
        int port = 3030;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--config" -> config = args[i + 1];
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; options: --config FILE --port N");
            }
        }
        if (config == null) throw new IllegalArgumentException("--config FILE is required");
        FusekiServer server = FusekiServer.create().parseConfigFile(config).port(port).loopback(true).build();
        server.start();
        System.out.println("started on port " + server.getPort());
        server.join();
    }
}
