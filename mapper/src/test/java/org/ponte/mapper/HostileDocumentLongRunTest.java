package org.ponte.mapper;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The long variant of {@link HostileDocumentPropertiesTest}: 40,000 generated files of every kind
 * (set {@code -Dponte.hostile.documents=N} for another count), mapped on all cores, each checked
 * against every {@link GraphInvariants invariant}. Runs only with {@code -Dponte.long=true}
 * (about 15 minutes on two cores). A failure names the file; the generators' seed is random.
 */
@EnabledIfSystemProperty(named = "ponte.long", matches = "true")
class HostileDocumentLongRunTest {

    @Test
    void manyGeneratedDocumentsKeepEveryInvariant() throws Exception {
        int n = Integer.getInteger("ponte.hostile.documents", 40_000);
        Path dir = Files.createTempDirectory("ponte-hostile-long-");
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<List<Object>> batch = new java.util.ArrayList<>();
            java.util.Iterator<List<Object>> gen = HostileInputs.anyFile().sampleStream().iterator();
            int done = 0;
            while (done < n) {
                batch.clear();
                for (int i = 0; i < 200 && done + i < n; i++) batch.add(gen.next());
                List<Future<?>> fs = new java.util.ArrayList<>();
                for (List<Object> f : batch)
                    fs.add(pool.submit(() -> HostileDocumentPropertiesTest.mapFileAndCheck(dir, (String) f.get(0), (byte[]) f.get(1))));
                for (Future<?> f : fs) f.get();
                done += batch.size();
                if (done % 5000 == 0) System.out.println("HostileDocumentLongRunTest: " + done + " documents; " + GraphInvariants.summary());
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
            HostileDocumentPropertiesTest.deleteTree(dir);
        }
        System.out.println("HostileDocumentLongRunTest: " + GraphInvariants.summary());
        assertTrue(GraphInvariants.OK.get() > n / 4, GraphInvariants.summary());
    }
}
