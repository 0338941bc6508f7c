package org.ponte.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.ponte.core.PonteConfig;
import org.ponte.core.ProblemLog;
import org.ponte.mapper.CorpusMapper;
import org.ponte.mapper.DocumentMapper;
import org.ponte.mapper.MapReport;
import org.ponte.mapper.evaluate.EvaluationReport;
import org.ponte.mapper.evaluate.Evaluator;
import org.ponte.mapper.evaluate.GoldStandard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ponte evaluate}: map documents and score them against a gold standard. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Map the documents of a directory and score the result against a gold standard (format: data/eval/README.md):",
                "precision, recall and F1 for entities and facts, duplicates, ill-formed literals, forbidden items, and the misses and wrong items."},
        footer = ExitCodes.HELP)
public final class EvaluateCommand implements Callable<Integer> {
    @Mixin ConfigOptions options;

    @Option(names = "--gold", paramLabel = "FILE", required = true, description = "Gold standard (JSON).")
    Path gold;

    @Option(names = {"-i", "--input"}, paramLabel = "DIR", description = "Directory of documents (default: data/documents).")
    Path input;

    @Override
    public Integer call() {
        PonteConfig config = options.builder().build();
        ProblemLog problems = new ProblemLog(10_000, false);
        DocumentMapper mapper = DocumentMapper.create(config, problems);
        GoldStandard g = GoldStandard.read(gold);
        List<Quad> quads = new ArrayList<>();
        MapReport r = new CorpusMapper(mapper, config.threads()).map(CorpusMapper.documents(input != null ? input : config.documents()),
                new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        quads.add(q);
                    }
                }, Instant.now(), problems, null);
        Reports.print(r, problems, null, System.err);
        EvaluationReport report = new Evaluator().evaluate(quads, g);
        System.out.print(report.render());
        return ExitCodes.OK;
    }
}
