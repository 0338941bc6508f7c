package org.ponte.cli;

import java.util.concurrent.Callable;
import org.ponte.core.PonteConfig;
import org.ponte.core.PonteException;
import org.ponte.core.ProblemLog;
import org.ponte.core.Setting;
import org.ponte.loader.StoreLayout;
import org.ponte.server.PonteServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ponte serve}: serve the store the last publish built. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the current store generation: SPARQL, Graph Store read, linked-data pages, dumps, VoID.",
        footer = ExitCodes.HELP)
public final class ServeCommand implements Callable<Integer> {
    @Mixin ConfigOptions options;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: 3030).")
    Integer port;

    @Override
    public Integer call() {
        PonteConfig.Builder b = options.builder();
        if (port != null) b.set(Setting.PORT, port.toString());
        PonteConfig cfg = AdminCredentials.ensure(b);
        if (StoreLayout.at(cfg.storeRoot()).current().isEmpty())
            throw new PonteException("there is no store in " + cfg.storeRoot() + " yet: run ./ponte publish first");
        ServerRunner.requirePortFree(cfg);
        ProblemLog problems = new ProblemLog(10_000, false);
        PonteServer server = ServerRunner.start(cfg, problems);
        ServerRunner.printUrls(server, System.out);
        ServerRunner.serveForever(server);
        return ExitCodes.OK;
    }
}
