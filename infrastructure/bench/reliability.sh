#!/usr/bin/env bash
# The reliability and performance suite (issue: proof under load, faults and races), on demand:
#   infrastructure/bench/reliability.sh [--phases load,overhead,races,faults,posting,clearinghouse,coldstart] [--clearinghouse-files 200] [--seconds 60] [--clients 20] [--claims 1000] [--posting-warmup 300] [--overhead-warmup 6000] [--overhead-rounds 1000]
#   Another checkout's build, packaged there, is measured by the same suite with the last line's java command and
#   --root <that checkout> --benchmarks <a file of its own> (its BENCHMARKS.md is left as it is).
# Builds the apps, starts its own local stack (dynalite + the three functions + the gateway) on free loopback
# ports with a fresh data folder, runs the phases, and writes the numbers into BENCHMARKS.md. Exit code 1 when
# a race, a fault check or the error count (must be 0) fails. JAVA_OPTS_GATEWAY (JAVA_OPTS_CLAIM_STATUS, ...) adds JVM
# options to one app, e.g. JAVA_OPTS_GATEWAY="-XX:StartFlightRecording=delay=120s,duration=60s,filename=/tmp/gw.jfr".
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
[[ -f infrastructure/local/node_modules/dynalite/package.json && -f infrastructure/local/node_modules/s3rver/package.json ]] \
  || (cd infrastructure/local && npm ci --no-audit --no-fund)
./mvnw -B -q package -DskipTests \
  -pl functions/code-validation,functions/claim-creation,functions/claim-status,functions/baseline-rest,gateway,infrastructure/reliability -am
java -cp "infrastructure/reliability/target/classes:$(./mvnw -B -q -pl infrastructure/reliability dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" \
  org.openbilling.reliability.Main --root "$root" "$@"
