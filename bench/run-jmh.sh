#!/usr/bin/env bash
# Builds the benchmarks jar and runs the JMH benchmarks of the mapper with modest settings
# (1 fork, 3 warm-up and 5 measurement iterations of 10 s, 1 thread), then prints documents/s
# and MB/s per core for the whole mapper and for each stage.
#
#   bench/run-jmh.sh                       # everything (about 12 minutes)
#   bench/run-jmh.sh StageBenchmark.extract # a regular expression of benchmarks
#   SKIP_BUILD=1 bench/run-jmh.sh ...      # reuse bench/target/benchmarks.jar
#   JMH_ARGS="-prof gc" bench/run-jmh.sh   # extra JMH options
#
# Results: bench/target/jmh-result.json (JMH's JSON) and the table printed at the end.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
JAR=bench/target/benchmarks.jar
OUT=bench/target/jmh-result.json

if [[ "${SKIP_BUILD:-0}" != 1 || ! -f "$JAR" ]]; then
  # Never 'mvn install': worktrees share ~/.m2. -am builds the mapper from this checkout.
  mvn -q -B -pl bench -am package -DskipTests
fi

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
# shellcheck disable=SC2086
java -jar "$JAR" "${@:-org.ponte.bench.jmh.}" \
  -f 1 -wi 3 -i 5 -w 10s -r 10s -t 1 \
  -rf json -rff "$OUT" \
  -jvmArgsAppend "-Dponte.home=$ROOT" ${JMH_ARGS:-}

java -cp "$JAR" org.ponte.bench.jmh.JmhSummary "$OUT"
