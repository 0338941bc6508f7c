package org.ponte.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints a JMH JSON result file (run-jmh.sh writes one) as a table of documents/s and MB/s per
 * core, with each stage's share of the time of the stages that make up {@code map}.
 */
public final class JmhSummary {
    private JmhSummary() {}

    public static void main(String[] args) throws IOException {
        JsonNode results = new ObjectMapper().readTree(Path.of(args.length > 0 ? args[0] : "bench/target/jmh-result.json").toFile());
        double stageSeconds = 0;
        for (JsonNode r : results) {
            String name = r.get("benchmark").asText();
            if (name.contains("StageBenchmark.") && !name.endsWith(".read")) stageSeconds += 1 / r.at("/primaryMetric/score").asDouble();
        }
        System.out.printf(Locale.ROOT, "%-34s %12s %10s %12s %8s%n", "benchmark (1 thread)", "documents/s", "± error", "MB/s", "share");
        for (JsonNode r : results) {
            String name = r.get("benchmark").asText().replace("org.ponte.bench.jmh.", "");
            double docs = r.at("/primaryMetric/score").asDouble(), err = r.at("/primaryMetric/scoreError").asDouble();
            JsonNode bytes = r.at("/secondaryMetrics/bytes/score");
            String mb = bytes.isMissingNode() ? "" : String.format(Locale.ROOT, "%.3f", bytes.asDouble() / 1e6);
            String share = name.startsWith("StageBenchmark.") && !name.endsWith(".read") && stageSeconds > 0
                    ? String.format(Locale.ROOT, "%.1f%%", 100 * (1 / docs) / stageSeconds) : "";
            System.out.printf(Locale.ROOT, "%-34s %12.1f %10.1f %12s %8s%n", name, docs, Double.isNaN(err) ? 0 : err, mb, share);
        }
        System.out.println("MB = 10^6 bytes of input files (HTML included); share = the stage's part of the time of segment+extract+resolve+emit+validate.");
    }
}
