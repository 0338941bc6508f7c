package org.ponte.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ponte.core.PonteConfig;
import org.ponte.core.ProblemLog;
import org.ponte.mapper.CorpusMapper;
import org.ponte.mapper.DocumentMapper;
import org.ponte.mapper.MapReport;
import org.ponte.mapper.evaluate.EvaluationReport;
import org.ponte.mapper.evaluate.Evaluator;
import org.ponte.mapper.evaluate.GoldStandard;

/**
 * The generated gold is usable: the real mapper, scored on 200 generated documents with the
 * project's evaluator, reaches a sane score. The floors are far below what is measured (see
 * bench/README.md): this is a smoke check of generator and gold, not a quality gate.
 */
class MapperSmokeTest {

    @Test
    void theMapperScoresSanelyOnGeneratedDocuments(@TempDir Path tmp) throws IOException {
        Path docs = tmp.resolve("docs"), gold = tmp.resolve("gold.json");
        CorpusGenerator.create(42, TestHome.home()).generate(200, docs, gold, 2);
        ProblemLog problems = new ProblemLog(1000, false);
        DocumentMapper mapper = DocumentMapper.create(PonteConfig.defaults(TestHome.home()), problems);
        List<Quad> quads = new ArrayList<>();
        MapReport r = new CorpusMapper(mapper, 2).map(CorpusMapper.documents(docs), new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                quads.add(q);
            }
        }, Instant.parse("2026-01-01T00:00:00Z"), problems, null);
        assertEquals(200, r.mapped(), "every generated document maps: " + r.skipped());
        EvaluationReport e = new Evaluator().evaluate(quads, GoldStandard.read(gold));
        System.out.println("generated corpus, 200 documents: entities " + e.entities() + "; facts " + e.facts() + "; duplicates "
                + e.duplicates() + "; forbidden found " + e.forbiddenFound().size());
        assertTrue(e.entities().f1() >= 0.5, "entity F1 >= 0.5: " + e.entities());
        assertTrue(e.facts().f1() >= 0.4, "fact F1 >= 0.4: " + e.facts());
    }
}
