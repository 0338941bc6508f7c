package org.ponte.cli;

import java.util.concurrent.Callable;
import org.ponte.core.PonteConfig;
import org.ponte.core.PonteException;
import org.ponte.core.ProblemLog;
import org.ponte.export.ExportResult;
import org.ponte.loader.Generation;
import org.ponte.loader.StoreLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ponte export}: the dumps of the current store into dist/. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write dist/: ponte.ttl (Turtle with prefixes), ponte.nt.gz, ponte.nq.gz (one named graph per document),",
                "ponte.jsonld with its published context.jsonld, void.ttl (VoID + DCAT), sitemaps and SHA256SUMS.",
                "Run it while no server holds the store (publish exports by itself)."},
        footer = ExitCodes.HELP)
public final class ExportCommand implements Callable<Integer> {
    @Mixin ConfigOptions options;

    @Override
    public Integer call() {
        PonteConfig cfg = options.builder().build();
        Generation g = StoreLayout.at(cfg.storeRoot()).current()
                .orElseThrow(() -> new PonteException("there is no store in " + cfg.storeRoot() + " yet: run ./ponte publish first"));
        ProblemLog problems = new ProblemLog(10_000, false);
        long t0 = System.nanoTime();
        ExportResult r = new Publisher(cfg, problems).export(g);
        System.err.printf("exported %d quads of %s to %s in %.1f s%n", r.quads(), g.name(), r.dist(), (System.nanoTime() - t0) / 1e9);
        r.manifest().files().forEach(f -> System.out.println(f.name() + "\t" + f.byteSize() + "\t" + f.sha256()));
        return ExitCodes.OK;
    }
}
