#!/usr/bin/env bash
# Starts the whole platform on this machine: local DynamoDB (dynalite, data on disk), the three functions and
# the GraphQL gateway on 127.0.0.1, with a synthetic demo practice on first start. Ctrl-C stops everything.
#
# Ports (environment): GATEWAY_PORT 8080, CODE_VALIDATION_PORT 8081, CLAIM_CREATION_PORT 8082,
# CLAIM_STATUS_PORT 8083, DYNAMODB_PORT 8000. Data: BILLING_DATA_DIR (default .data in the project).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="${BILLING_DATA_DIR:-$root/.data}"
gateway_port="${GATEWAY_PORT:-8080}"
cv_port="${CODE_VALIDATION_PORT:-8081}"
cc_port="${CLAIM_CREATION_PORT:-8082}"
cs_port="${CLAIM_STATUS_PORT:-8083}"
db_port="${DYNAMODB_PORT:-8000}"
practice="${DEMO_PRACTICE:-demo-practice}"
issuer="https://billing.local/issuer"
audience="billing-api"

command -v java >/dev/null || { echo "Java 17+ is required" >&2; exit 1; }
command -v node >/dev/null || { echo "Node.js 20+ is required" >&2; exit 1; }

pids=()
stop() {
  trap - INT TERM EXIT
  echo
  echo "stopping..."
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  echo "stopped"
  exit 0
}
trap stop INT TERM EXIT

# 1. build what is missing
apps=(functions/code-validation functions/claim-creation functions/claim-status gateway)
missing=()
for app in "${apps[@]}"; do
  [[ -f "$root/$app/target/quarkus-app/quarkus-run.jar" ]] || missing+=("$app")
done
if (( ${#missing[@]} > 0 )); then
  echo "building ${missing[*]} (first start only)..."
  (cd "$root" && ./mvnw -B -q package -DskipTests -pl "$(IFS=,; echo "${apps[*]}")" -am)
fi

# 2. the local DynamoDB, data kept on disk
if [[ ! -f "$here/node_modules/dynalite/package.json" ]]; then
  (cd "$here" && npm ci --no-audit --no-fund)
fi
mkdir -p "$data/dynamodb" "$data/logs"
node "$here/keys.js" "$data/keys"
first_start=false
[[ -f "$data/demo-loaded" ]] || first_start=true
node "$here/dynalite-server.js" --port "$db_port" --path "$data/dynamodb" > "$data/logs/dynamodb.log" 2>&1 &
pids+=($!)

# 3. the functions and the gateway
common_env=(
  "QUARKUS_DYNAMODB_ENDPOINT_OVERRIDE=http://127.0.0.1:$db_port"
  "QUARKUS_DYNAMODB_AWS_REGION=us-east-1"
  "QUARKUS_DYNAMODB_AWS_CREDENTIALS_TYPE=static"
  "QUARKUS_DYNAMODB_AWS_CREDENTIALS_STATIC_PROVIDER_ACCESS_KEY_ID=local"
  "QUARKUS_DYNAMODB_AWS_CREDENTIALS_STATIC_PROVIDER_SECRET_ACCESS_KEY=local"
  "BILLING_DYNAMODB_TABLE_PREFIX=${BILLING_DYNAMODB_TABLE_PREFIX:-billing-}"
  "BILLING_DYNAMODB_CREATE_TABLES=true"
  "BILLING_DYNAMODB_CURSOR_SECRET=$(cat "$data/keys/cursor-secret")"
  "MP_JWT_VERIFY_PUBLICKEY_LOCATION=$data/keys/public.pem"
  "MP_JWT_VERIFY_ISSUER=$issuer"
  "MP_JWT_VERIFY_AUDIENCES=$audience"
  "BILLING_FUNCTIONS_CODE_VALIDATION_URL=http://127.0.0.1:$cv_port"
  "BILLING_FUNCTIONS_CLAIM_CREATION_URL=http://127.0.0.1:$cc_port"
  "BILLING_FUNCTIONS_CLAIM_STATUS_URL=http://127.0.0.1:$cs_port"
)
start_app() { # name dir port
  env "${common_env[@]}" QUARKUS_HTTP_PORT="$3" java ${JAVA_OPTS:-} -jar "$root/$2/target/quarkus-app/quarkus-run.jar" \
    > "$data/logs/$1.log" 2>&1 &
  pids+=($!)
}
start_app code-validation functions/code-validation "$cv_port"
start_app claim-creation functions/claim-creation "$cc_port"
start_app claim-status functions/claim-status "$cs_port"
start_app gateway gateway "$gateway_port"

wait_ready() { # name port
  for _ in $(seq 1 240); do
    if curl -fs "http://127.0.0.1:$2/q/health/ready" >/dev/null 2>&1; then return 0; fi
    for pid in "${pids[@]}"; do
      kill -0 "$pid" 2>/dev/null || { echo "a process exited early; see $data/logs/" >&2; tail -20 "$data/logs/$1.log" >&2; exit 1; }
    done
    sleep 0.5
  done
  echo "$1 did not become ready; see $data/logs/$1.log" >&2
  exit 1
}
for pair in "code-validation:$cv_port" "claim-creation:$cc_port" "claim-status:$cs_port" "gateway:$gateway_port"; do
  wait_ready "${pair%%:*}" "${pair##*:}"
done

token() { node "$here/token.js" --key "$data/keys/private.pem" --issuer "$issuer" --audience "$audience" --role "$1" --practice "$practice" --minutes 720; }

# 4. the demo practice, once per data folder
if $first_start; then
  echo "loading the demo practice '$practice'..."
  CODER_TOKEN="$(token coder)" BILLER_TOKEN="$(token biller)" ADMIN_TOKEN="$(token admin)" \
    node "$here/demo-data.js" "http://127.0.0.1:$cv_port" "http://127.0.0.1:$cc_port" "http://127.0.0.1:$cs_port"
  date -u +%FT%TZ > "$data/demo-loaded"
fi

cat <<INFO

The billing platform is running (data in $data, logs in $data/logs).
  GraphQL:        http://127.0.0.1:$gateway_port/graphql
  GraphQL UI:     http://127.0.0.1:$gateway_port/q/graphql-ui   (add the header  Authorization: Bearer <token>)
  Console:        http://127.0.0.1:$gateway_port/console/        (sign-in links below)
  code-validation http://127.0.0.1:$cv_port   (OpenAPI: /q/openapi)
  claim-creation  http://127.0.0.1:$cc_port
  claim-status    http://127.0.0.1:$cs_port
  DynamoDB        http://127.0.0.1:$db_port

Tokens for the demo practice '$practice' (12 hours; more with infrastructure/local/token.sh):
INFO
links=""
for role in coder biller analyst partner admin; do
  role_token="$(token "$role")"
  printf '  %-8s %s\n' "$role" "$role_token"
  case "$role" in
    analyst|biller) links+="$(printf '  %-8s http://127.0.0.1:%s/console/#token=%s' "$role" "$gateway_port" "$role_token")"$'\n' ;;
  esac
done
echo
echo "Analyst console sign-in links (the token rides in the #fragment, which browsers never send to a server;"
echo "the console removes it from the address bar at once):"
printf '%s' "$links"
echo
echo "Press Ctrl-C to stop."
wait -n "${pids[@]}" || true
echo "a process stopped unexpectedly; see $data/logs/" >&2
