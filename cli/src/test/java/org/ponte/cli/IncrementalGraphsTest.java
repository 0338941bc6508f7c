package org.ponte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ponte.core.PonteConfig;
import org.ponte.core.ProblemLog;
import org.ponte.core.Setting;
import org.ponte.mapper.DocumentMapper;
import org.ponte.mapper.resolve.AliasIndex;

/** Which graphs an incremental publish writes and empties ({@link Publisher#incremental}), without a server. */
class IncrementalGraphsTest {
    @TempDir
    Path tmp;

    private record Call(String graph, int quads) {}

    @Test
    void aDocumentRenamedToANameWithTheSameGraphKeepsItsGraph() throws Exception {
        Path home = Path.of(System.getProperty("ponte.home", "..")).toAbsolutePath().normalize();
        Path docs = Files.createDirectories(tmp.resolve("documents"));
        Path sample;
        try (var s = Files.list(home.resolve("data/documents"))) {
            sample = s.filter(Files::isRegularFile).sorted().findFirst().orElseThrow();
        }
        Files.copy(sample, docs.resolve("a-b.txt"));
        PonteConfig cfg = PonteConfig.builder().set(Setting.HOME, home.toString()).set(Setting.DOCUMENTS, docs.toString())
                .set(Setting.WORK, tmp.resolve("run").toString()).build();
        ProblemLog problems = new ProblemLog(100, false);
        DocumentMapper mapper = DocumentMapper.create(cfg, problems);
        List<Call> calls = new ArrayList<>();
        Publisher.GraphTarget target = (graph, quads) -> calls.add(new Call(graph, quads.size()));

        Publisher first = new Publisher(cfg, problems);
        Increment inc = first.incremental(docs, fp -> mapper, AliasIndex::empty, target, first.manifestFileStore());
        assertEquals(1, inc.replaced());
        String graph = cfg.iris().document("a-b.txt");
        assertEquals(graph, calls.get(0).graph());

        // "a b.txt" has the graph "a-b.txt" had: the rename rewrites it and must not then empty it.
        Files.move(docs.resolve("a-b.txt"), docs.resolve("a b.txt"));
        assertEquals(graph, cfg.iris().document("a b.txt"), "the premise: both names give one graph");
        calls.clear();
        Publisher second = new Publisher(cfg, problems);
        inc = second.incremental(docs, fp -> mapper, AliasIndex::empty, target, second.manifestFileStore());
        assertEquals(1, inc.replaced());
        assertEquals(0, inc.removed(), calls.toString());
        assertEquals(1, calls.size(), calls.toString());
        assertFalse(calls.get(0).quads() == 0, "the graph holds the document");
        assertEquals(1, Manifest.read(second.manifestFile()).size(), "only the new name is recorded");
    }
}
