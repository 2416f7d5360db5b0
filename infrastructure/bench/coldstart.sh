#!/usr/bin/env bash
# Cold start: JVM start to first answer (median of N runs) and heap used after that answer, for each function, the
# gateway and a bare Quarkus REST app built the same way (functions/baseline-rest), in one run on this machine.
#   infrastructure/bench/coldstart.sh [runs=5] [apps...]
#   (build first: ./mvnw -B -pl functions/baseline-rest,functions/code-validation,functions/claim-creation,\
#    functions/claim-status,gateway -am package -DskipTests)
# COLDSTART_BASE=<another checkout, packaged the same way> adds that build's apps as <app>@base (e.g.
#   COLDSTART_BASE=../h18api-base infrastructure/bench/coldstart.sh 5 baseline-rest claim-creation claim-creation@base),
#   interleaved with this build's in the same rounds; each build gets tables of its own (prefix bench-base-), set up
#   with its own code-validation, since an older build may not read the newer one's stored documents.
# COLDSTART_RECORD_CLASSES=1 records instead, for each app, the class list its ClassPreloader loads on a second
# thread at start-up (src/main/resources/META-INF/billing/preload-classes.txt.gz); package the apps again after it.
# The CPU time (user + system, from /proc) that the JVM used up to the answer depends less on other work on the
# machine than the wall-clock time does.
# Fair to every app:
# - each is started alone against a local dynalite, with the same command and the same JVM flags: those of the
#   Lambda Java 17/21 managed runtime (C1 only, serial GC; COLDSTART_JAVA_OPTS replaces them);
# - the tables are created once before timing, and the timed starts run with table creation off, as on Lambda
#   (BILLING_DYNAMODB_CREATE_TABLES=false in the stack);
# - the runs are interleaved (run 1 of every app, then run 2, ...), so that load from other work on the machine
#   falls on all apps alike;
# - the first answer is a real request of that app: for code-validation a code validation (loads the code-set
#   tables), for claim-creation a claim created from a coded encounter stored beforehand (one fresh encounter per
#   run: loads the code sets and the scrubber, reads and writes DynamoDB), for the gateway a GraphQL query.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
local="$root/infrastructure/local"
runs="${1:-5}"
shift || true
apps=("$@")
[[ ${#apps[@]} -gt 0 ]] || apps=(baseline-rest code-validation claim-creation claim-status gateway)
read -r -a java_opts <<< "${COLDSTART_JAVA_OPTS:--XX:+TieredCompilation -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}"
work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
[[ -f "$local/node_modules/dynalite/package.json" ]] || (cd "$local" && npm ci --no-audit --no-fund >/dev/null)
node "$local/keys.js" "$work/keys"
db_port=18000
node "$local/dynalite-server.js" --port "$db_port" > "$work/dynalite.log" 2>&1 &
sleep 1
token="$(node "$local/token.js" --key "$work/keys/private.pem" --role admin --practice bench)"
port=18090
env_common=(
  "QUARKUS_HTTP_PORT=$port" "QUARKUS_DYNAMODB_ENDPOINT_OVERRIDE=http://127.0.0.1:$db_port" "QUARKUS_DYNAMODB_AWS_REGION=us-east-1"
  "QUARKUS_DYNAMODB_AWS_CREDENTIALS_TYPE=static" "QUARKUS_DYNAMODB_AWS_CREDENTIALS_STATIC_PROVIDER_ACCESS_KEY_ID=local"
  "QUARKUS_DYNAMODB_AWS_CREDENTIALS_STATIC_PROVIDER_SECRET_ACCESS_KEY=local"
  "BILLING_DYNAMODB_TABLE_PREFIX=bench-" "BILLING_DYNAMODB_CURSOR_SECRET=bench"
  "MP_JWT_VERIFY_PUBLICKEY_LOCATION=$work/keys/public.pem" "MP_JWT_VERIFY_ISSUER=https://billing.local/issuer"
  "MP_JWT_VERIFY_AUDIENCES=billing-api"
  "BILLING_FUNCTIONS_CODE_VALIDATION_URL=http://127.0.0.1:1" "BILLING_FUNCTIONS_CLAIM_CREATION_URL=http://127.0.0.1:1"
  "BILLING_FUNCTIONS_CLAIM_STATUS_URL=http://127.0.0.1:1")
auth=(-H "Authorization: Bearer $token" -H "content-type: application/json")

module_of() {
  local r="$root" a="$1"
  if [[ "$a" == *@base ]]; then
    [[ -n "${COLDSTART_BASE:-}" ]] || { echo "$a needs COLDSTART_BASE" >&2; exit 2; }
    r="$(cd "$COLDSTART_BASE" && pwd)"; a="${a%@base}"
  fi
  case "$a" in
    baseline-rest|code-validation|claim-creation|claim-status) echo "$r/functions/$a" ;;
    gateway) echo "$r/gateway" ;;
    *) echo "unknown app $1" >&2; exit 2 ;;
  esac
}
# the environment of an app's build: the base build's apps use tables of their own
env_of() {
  if [[ "$1" == *@base ]]; then echo "BILLING_DYNAMODB_TABLE_PREFIX=bench-base-"; else echo "BILLING_DYNAMODB_TABLE_PREFIX=bench-"; fi
}
jar_of() {
  echo "$(module_of "$1")/target/quarkus-app/quarkus-run.jar"
}
builds=(code-validation)
for app in "${apps[@]}"; do [[ "$app" == *@base ]] && builds=(code-validation code-validation@base); done
for app in "${apps[@]}" "${builds[@]}"; do
  [[ -f "$(jar_of "$app")" ]] || { echo "missing $(jar_of "$app"): package first (see the head of this script)" >&2; exit 1; }
done

# Not timed: each build's code-validation creates its tables, then stores one coded encounter per run for its
# claim-creation.
# the synthetic encounter claim-creation's start-up priming uses (no real person)
encounter="$(cat "$root/functions/claim-creation/src/main/resources/META-INF/billing/sample-encounter.json")"
encounters=()
base_encounters=()
for setup in "${builds[@]}"; do
  env "${env_common[@]}" "$(env_of "$setup")" BILLING_DYNAMODB_CREATE_TABLES=true java -jar "$(jar_of "$setup")" > "$work/setup.log" 2>&1 &
  setup_pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
    kill -0 "$setup_pid" 2>/dev/null || { echo "$setup exited during set-up:" >&2; tail "$work/setup.log" >&2; exit 1; }
    sleep 0.2
  done
  for i in $(seq 1 "$runs"); do
    id=$(curl -sf "${auth[@]}" -d "$encounter" "http://127.0.0.1:$port/encounters" | node -e \
      'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).id))')
    if [[ "$setup" == *@base ]]; then base_encounters+=("$id"); else encounters+=("$id"); fi
  done
  kill "$setup_pid"; wait "$setup_pid" 2>/dev/null || true
done

probe() { # app run -> fills args with the curl arguments of its first real request, want with the status it must get
  case "$1" in
    baseline-rest|baseline-rest@base) args=("http://127.0.0.1:$port/hello"); want=200 ;;
    code-validation|code-validation@base) args=("${auth[@]}" -d '{"codes":[{"system":"ICD10CM","code":"E11.9"}]}' "http://127.0.0.1:$port/codes/validate"); want=200 ;;
    claim-creation) args=("${auth[@]}" -d "{\"encounterId\":\"${encounters[$(($2 - 1))]}\"}" "http://127.0.0.1:$port/claims"); want=201 ;;
    claim-creation@base) args=("${auth[@]}" -d "{\"encounterId\":\"${base_encounters[$(($2 - 1))]}\"}" "http://127.0.0.1:$port/claims"); want=201 ;;
    claim-status|claim-status@base) args=("${auth[@]}" -d '{"status":"SUBMITTED"}' "http://127.0.0.1:$port/claims/none/status"); want=404 ;;
    gateway|gateway@base) args=("${auth[@]}" -d '{"query":"{ claims { count } }"}' "http://127.0.0.1:$port/graphql"); want=200 ;;
  esac
}

# a pipe this shell also holds open for writing never has data nor an end: read -t on it sleeps without a process
exec {nap}<> <(:)
# nap_while_up app: 5 ms, or an exit with the app's log if its JVM (pid) has gone
nap_while_up() {
  kill -0 "$pid" 2>/dev/null || { echo "$1 exited; see its log:" >&2; tail "$work/$1.log" >&2; exit 1; }
  read -r -t 0.005 -u "$nap" || true
}
# start_app app run [extra JVM options...]: starts the app and waits for its probe's answer; sets pid, code,
# port_open (when its port first accepted a connection) and end
start_app() {
  local app="$1" run="$2"
  shift 2
  probe "$app" "$run"
  env "${env_common[@]}" "$(env_of "$app")" BILLING_DYNAMODB_CREATE_TABLES=false java "${java_opts[@]}" "$@" -jar "$(jar_of "$app")" > "$work/$app.log" 2>&1 &
  pid=$!
  # wait for the port without starting a process per try (a curl and a sleep every 10 ms), so that the probe takes
  # no CPU from the JVM it measures; then ask
  until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do nap_while_up "$app"; done
  port_open=$(date +%s%N)
  until code=$(curl -s -o "$work/answer" -w '%{http_code}' "${args[@]}" 2>/dev/null) && [[ "$code" != "000" ]]; do
    nap_while_up "$app"
  done
  end=$(date +%s%N)
  [[ "$code" == "$want" ]] || { echo "$app answered $code, not $want:" >&2; head -c 500 "$work/answer" >&2; tail "$work/$app.log" >&2; exit 1; }
}

if [[ "${COLDSTART_RECORD_CLASSES:-}" == 1 ]]; then
  # Records, for each app but the bare one, the classes loaded from JVM start to its open port (preloading off,
  # so that an old list does not record itself), outside the JDK's shared archive, in the order they were loaded,
  # into the app's META-INF/billing/preload-classes.txt.gz (org.openbilling.web.startup.ClassPreloader). Package
  # the apps again afterwards.
  for app in "${apps[@]}"; do
    [[ "$app" == baseline-rest* || "$app" == *@base ]] && continue
    start=$(date +%s%N)
    start_app "$app" 1 -Dbilling.preload-classes=false "-Xlog:class+load=info:file=$work/$app.classes:uptime"
    kill "$pid"; wait "$pid" 2>/dev/null || true
    out="$(module_of "$app")/src/main/resources/META-INF/billing/preload-classes.txt.gz"
    mkdir -p "$(dirname "$out")"
    # "[uptime] name source: where", up to the moment the port opened: after that the first request's own threads
    # (and the primers) load what they need, and a preloader still busy then only takes CPU from them (measured:
    # 5% slower to the first claim with the whole list). Hidden classes (lambdas, method handles) and CDS classes
    # are left out.
    cutoff=$(awk -v ns=$(( port_open - start )) 'BEGIN { printf "%.3f", ns / 1e9 }')
    grep -v -e 'source: shared objects file' -e '__JVM_LookupDefineClass__' -e '__ClassDefiner__' "$work/$app.classes" \
      | awk -v cutoff="$cutoff" '{ t = substr($1, 2) + 0; if (t <= cutoff) print $2 }' \
      | grep -v -e '/' -e '\$\$Lambda' -e '^java\.lang\.invoke\.LambdaForm\$' | awk '!seen[$0]++' | gzip -9n > "$out"
    echo "$app: $(gzip -dc "$out" | wc -l) classes loaded in the first ${cutoff}s, to the open port -> ${out#$root/}"
  done
  exit 0
fi

declare -A times heaps cpus
loads=()
for run in $(seq 1 "$runs"); do
  loads+=("$(cut -d' ' -f1 /proc/loadavg)")
  for app in "${apps[@]}"; do
    start=$(date +%s%N)
    start_app "$app" "$run"
    cpus[$app]+="$(awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$pid/stat") "
    times[$app]+="$(( (end - start) / 1000000 )) "
    heaps[$app]+="$(jcmd "$pid" GC.heap_info 2>/dev/null | awk '/used/ {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub("K","",v); print int(v/1024); exit}}') "
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | sed -n "$(( (runs + 1) / 2 ))p"; }

printf '| app | start to first answer, median of %s (ms) | CPU time of the JVM to then (ms) | heap used after it (MB) |\n|---|---|---|---|\n' "$runs"
declare -A med
for app in "${apps[@]}"; do
  med[$app]=$(median <<< "${times[$app]}")
  printf '| %s | %s | %s | %s |\n' "$app" "${med[$app]}" "$(median <<< "${cpus[$app]}")" "$(median <<< "${heaps[$app]}")"
done
echo
echo "JVM flags: ${java_opts[*]}; runs (ms) per app:"
for app in "${apps[@]}"; do echo "  $app: ${times[$app]}(CPU: ${cpus[$app]})"; done
echo "load average (1 min) at the start of each round: ${loads[*]}"
if [[ -n "${med[baseline-rest]:-}" ]]; then
  for app in "${apps[@]}"; do
    [[ "$app" == baseline-rest ]] && continue
    # the ratio of the medians, and each round's own ratio (both apps of a round ran within seconds of each other,
    # so a machine that slows down or speeds up during the run moves both alike) with the median of those
    rounds=$(awk -v xs="${times[$app]}" -v bs="${times[baseline-rest]}" 'BEGIN {
      n = split(xs, xv, " "); split(bs, bv, " "); for (i = 1; i <= n; i++) printf "%.2f ", xv[i] / bv[i] }')
    awk -v a="$app" -v x="${med[$app]}" -v b="${med[baseline-rest]}" -v r="${rounds% }" -v m="$(median <<< "$rounds")" \
      'BEGIN { printf "%s / baseline-rest: %.2f (per round: %s; their median %s)\n", a, x / b, r, m }'
  done
fi
# this build against the base build, app by app: wall time and CPU, medians and per round
for app in "${apps[@]}"; do
  [[ "$app" == *@base || -z "${times[$app@base]:-}" ]] && continue
  for what in times cpus; do
    declare -n xs="$what"
    rounds=$(awk -v xs="${xs[$app]}" -v bs="${xs[$app@base]}" 'BEGIN {
      n = split(xs, xv, " "); split(bs, bv, " "); for (i = 1; i <= n; i++) printf "%.2f ", xv[i] / bv[i] }')
    awk -v a="$app" -v w="$what" -v x="$(median <<< "${xs[$app]}")" -v b="$(median <<< "${xs[$app@base]}")" \
      -v r="${rounds% }" -v m="$(median <<< "$rounds")" \
      'BEGIN { printf "%s / %s@base, %s: %.2f (per round: %s; their median %s)\n", a, a, (w == "times" ? "wall" : "CPU"), x / b, r, m }'
    unset -n xs
  done
done
