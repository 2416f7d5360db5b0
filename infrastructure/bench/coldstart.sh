#!/usr/bin/env bash
# Cold start: JVM start to first answer (median of N runs) and heap after that answer, for each function, the
# gateway and a bare Quarkus REST app built the same way (functions/baseline-rest), in one run on this machine.
#   infrastructure/bench/coldstart.sh [runs=5]      (build first: ./mvnw -B install -DskipTests)
# Each app is started alone against a local dynalite; the probe is a real request of that app (for
# code-validation a code validation, which loads the code-set tables).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
local="$root/infrastructure/local"
runs="${1:-5}"
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
  "QUARKUS_DYNAMODB_AWS_CREDENTIALS_STATIC_PROVIDER_SECRET_ACCESS_KEY=local" "BILLING_DYNAMODB_CREATE_TABLES=true"
  "BILLING_DYNAMODB_TABLE_PREFIX=bench-" "BILLING_DYNAMODB_CURSOR_SECRET=bench"
  "MP_JWT_VERIFY_PUBLICKEY_LOCATION=$work/keys/public.pem" "MP_JWT_VERIFY_ISSUER=https://billing.local/issuer"
  "MP_JWT_VERIFY_AUDIENCES=billing-api"
  "BILLING_FUNCTIONS_CODE_VALIDATION_URL=http://127.0.0.1:1" "BILLING_FUNCTIONS_CLAIM_CREATION_URL=http://127.0.0.1:1"
  "BILLING_FUNCTIONS_CLAIM_STATUS_URL=http://127.0.0.1:1")

probe() { # app -> fills args with the curl arguments of its first real request
  local auth=(-H "Authorization: Bearer $token" -H "content-type: application/json")
  case "$1" in
    baseline-rest) args=("http://127.0.0.1:$port/hello") ;;
    code-validation) args=("${auth[@]}" -d '{"codes":[{"system":"ICD10CM","code":"E11.9"}]}' "http://127.0.0.1:$port/codes/validate") ;;
    claim-creation) args=("${auth[@]}" "http://127.0.0.1:$port/claims/none") ;;
    claim-status) args=("${auth[@]}" -d '{"status":"SUBMITTED"}' "http://127.0.0.1:$port/claims/none/status") ;;
    gateway) args=("${auth[@]}" -d '{"query":"{ claims { count } }"}' "http://127.0.0.1:$port/graphql") ;;
  esac
}
jar_of() {
  case "$1" in
    baseline-rest|code-validation|claim-creation|claim-status) echo "$root/functions/$1/target/quarkus-app/quarkus-run.jar" ;;
    gateway) echo "$root/gateway/target/quarkus-app/quarkus-run.jar" ;;
  esac
}

printf '| app | start to first answer, median of %s (ms) | heap used after it (MB) |\n|---|---|---|\n' "$runs"
declare -A median
for app in baseline-rest code-validation claim-creation claim-status gateway; do
  jar="$(jar_of "$app")"
  [[ -f "$jar" ]] || { echo "missing $jar: build first (./mvnw -B install -DskipTests)" >&2; exit 1; }
  times=(); heaps=()
  probe "$app"
  for _ in $(seq 1 "$runs"); do
    start=$(date +%s%N)
    env "${env_common[@]}" java -jar "$jar" > "$work/$app.log" 2>&1 &
    pid=$!
    until code=$(curl -s -o /dev/null -w '%{http_code}' "${args[@]}" 2>/dev/null) && [[ "$code" != "000" ]]; do
      kill -0 "$pid" 2>/dev/null || { echo "$app exited; see its log:" >&2; tail "$work/$app.log" >&2; exit 1; }
      sleep 0.01
    done
    end=$(date +%s%N)
    [[ "$code" -lt 500 ]] || { echo "$app answered $code" >&2; tail "$work/$app.log" >&2; exit 1; }
    times+=($(( (end - start) / 1000000 )))
    heaps+=("$(jcmd "$pid" GC.heap_info 2>/dev/null | awk '/used/ {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub("K","",v); print int(v/1024); exit}}')")
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
  m=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  h=$(printf '%s\n' "${heaps[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  median[$app]=$m
  printf '| %s | %s | %s |\n' "$app" "$m" "$h"
done
echo
for app in code-validation claim-creation claim-status gateway; do
  awk -v a="$app" -v x="${median[$app]}" -v b="${median[baseline-rest]}" 'BEGIN { printf "%s / baseline-rest: %.2f\n", a, x / b }'
done
