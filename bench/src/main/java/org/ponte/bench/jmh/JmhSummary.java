package org.ponte.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints JMH JSON result files (run-jmh.sh writes one) as one table: documents/s and MB/s per
 * core on the wall clock (JMH's scores) and per CPU-second of the benchmark thread (from the
 * {@link CpuTime} counters, which a busy machine does not distort), and each stage's share of
 * the CPU time of the stages that make up {@code map}.
 */
public final class JmhSummary {
    private JmhSummary() {}

    public static void main(String[] args) throws IOException {
        com.fasterxml.jackson.databind.node.ArrayNode results = new ObjectMapper().createArrayNode();
        for (String a : args.length > 0 ? args : new String[] {"bench/target/jmh-result.json"})
            for (JsonNode r : new ObjectMapper().readTree(Path.of(a).toFile())) results.add(r);
        double stageCpu = 0;
        for (JsonNode r : results) {
            String name = r.get("benchmark").asText();
            double perCpu = perCpuSecond(r, "cpuDocuments");
            if (isStage(name) && perCpu > 0) stageCpu += 1 / perCpu;
        }
        System.out.printf(Locale.ROOT, "%-26s %11s %9s %9s %13s %11s %7s%n", "benchmark (1 thread)", "documents/s", "± error", "MB/s",
                "documents/cpu-s", "MB/cpu-s", "share");
        for (JsonNode r : results) {
            String name = r.get("benchmark").asText().replace("org.ponte.bench.jmh.", "");
            double docs = r.at("/primaryMetric/score").asDouble(), err = r.at("/primaryMetric/scoreError").asDouble();
            JsonNode bytes = r.at("/secondaryMetrics/bytes/score");
            double docsCpu = perCpuSecond(r, "cpuDocuments"), bytesCpu = perCpuSecond(r, "cpuBytes");
            String share = isStage(name) && stageCpu > 0 && docsCpu > 0
                    ? String.format(Locale.ROOT, "%.1f%%", 100 * (1 / docsCpu) / stageCpu) : "";
            System.out.printf(Locale.ROOT, "%-26s %11.1f %9.1f %9s %13s %11s %7s%n", name, docs, Double.isNaN(err) ? 0 : err,
                    bytes.isMissingNode() ? "" : String.format(Locale.ROOT, "%.3f", bytes.asDouble() / 1e6),
                    docsCpu > 0 ? String.format(Locale.ROOT, "%.1f", docsCpu) : "",
                    bytesCpu > 0 ? String.format(Locale.ROOT, "%.3f", bytesCpu / 1e6) : "", share);
        }
        System.out.println("MB = 10^6 bytes of input files (HTML included). cpu-s = CPU seconds of the benchmark thread (what a busy"
                + " machine does not distort). share = the stage's part of the CPU time of segment+extract+resolve+emit+validate.");
    }

    /** Events per CPU-second from the CpuTime counters, or 0 when the run has none. */
    /** The mapping stages whose CPU times add up to {@code map}: not reading, not the complete gate. */
    private static boolean isStage(String name) {
        return name.contains("StageBenchmark.") && !name.endsWith(".read") && !name.endsWith(".validateComplete");
    }

    private static double perCpuSecond(JsonNode r, String counter) {
        JsonNode n = r.at("/secondaryMetrics/" + counter + "/score"), us = r.at("/secondaryMetrics/cpuMicros/score");
        if (n.isMissingNode() || us.isMissingNode() || us.asDouble() <= 0) return 0;
        return n.asDouble() / (us.asDouble() / 1e6);
    }
}
