package org.ponte.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ponte.core.PonteConfig;
import org.ponte.core.PonteException;
import org.ponte.core.ProblemLog;
import org.ponte.loader.BulkLoader;
import org.ponte.loader.LoadStats;
import org.ponte.loader.StoreBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ponte load}: RDF files into a store. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load N-Quads or TriG files (.gz allowed).",
                "Without --store: into a new generation of Ponte's store (ontology and text index included), made current.",
                "With --store DIR: into a plain TDB2 database in DIR, as tdb2.tdbloader would, to compare load rates."},
        footer = ExitCodes.HELP)
public final class LoadCommand implements Callable<Integer> {
    @Mixin ConfigOptions options;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "RDF files to load.")
    List<Path> files;

    @Option(names = "--store", paramLabel = "DIR", description = "A TDB2 directory to load into instead of Ponte's store.")
    Path store;

    @Override
    public Integer call() {
        for (Path f : files) if (!Files.isRegularFile(f)) throw new PonteException("no such file: " + f);
        PonteConfig cfg = options.builder().build();
        ProblemLog problems = new ProblemLog(10_000, false);
        if (store != null) {
            LoadStats s = BulkLoader.loadInto(store, files, problems);
            System.err.printf("loaded %d quads into %s in %.1f s (%.0f quads/s)%n", s.quads(), store, s.seconds(), s.rate());
            return ExitCodes.OK;
        }
        StoreBuilder b = StoreBuilder.create(cfg).problems(problems);
        for (Path f : files) b.file(f);
        StoreBuilder.BuildResult r = b.build();
        System.err.printf("loaded %d quads into %s in %.1f s (%.0f quads/s), %d text-index entries%n", r.load().quads(),
                r.generation().name(), r.load().seconds(), r.load().rate(), r.indexEntries());
        return ExitCodes.OK;
    }
}
