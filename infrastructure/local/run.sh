#!/usr/bin/env bash
# Starts the whole platform on this machine: local DynamoDB (dynalite, data on disk), the local S3 (s3rver) that
# archives clearinghouse files, the demo practice's clearinghouse mailbox (an SFTP server) with a simulated
# clearinghouse answering it, the three functions and the GraphQL gateway on 127.0.0.1, with a synthetic demo
# practice on first start. Ctrl-C stops everything.
#
# Ports (environment): GATEWAY_PORT 8080, CODE_VALIDATION_PORT 8081, CLAIM_CREATION_PORT 8082,
# CLAIM_STATUS_PORT 8083, DYNAMODB_PORT 8000, S3_PORT 8084, MAILBOX_PORT 2222. Data: BILLING_DATA_DIR (default
# .data in the project). CLEARINGHOUSE_SIMULATOR=0 leaves the mailbox unanswered (clearinghouse.sh answers by hand).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="${BILLING_DATA_DIR:-$root/.data}"
gateway_port="${GATEWAY_PORT:-8080}"
cv_port="${CODE_VALIDATION_PORT:-8081}"
cc_port="${CLAIM_CREATION_PORT:-8082}"
cs_port="${CLAIM_STATUS_PORT:-8083}"
db_port="${DYNAMODB_PORT:-8000}"
s3_port="${S3_PORT:-8084}"
mailbox_port="${MAILBOX_PORT:-2222}"
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
# and what is older than the code: after a pull, an app built before it would run yesterday's code
if (( ${#missing[@]} == 0 )); then
  oldest=""
  for app in "${apps[@]}"; do
    jar="$root/$app/target/quarkus-app/quarkus-run.jar"
    [[ -z "$oldest" || "$jar" -ot "$oldest" ]] && oldest="$jar"
  done
  if [[ -n "$(find "$root/pom.xml" "$root/functions" "$root/gateway" \( -path '*/target' -o -path '*/node_modules' \) -prune -o \
      -type f -newer "$oldest" \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -print -quit)" ]]; then
    missing=("${apps[@]}")
  fi
fi
# a claim-status built before the clearinghouse transport lacks the mailbox server that step 2b runs
if ! compgen -G "$root/functions/claim-status/target/quarkus-app/lib/main/org.openbilling.billing-clearinghouse-*.jar" >/dev/null \
    && [[ ! " ${missing[*]} " == *" functions/claim-status "* ]]; then
  missing+=(functions/claim-status)
fi
if (( ${#missing[@]} > 0 )); then
  echo "building ${missing[*]} (first start, or the code changed since the last build)..."
  (cd "$root" && ./mvnw -B -q package -DskipTests -pl "$(IFS=,; echo "${apps[*]}")" -am)
fi

# 2. the local DynamoDB, data kept on disk
if [[ ! -f "$here/node_modules/dynalite/package.json" || ! -f "$here/node_modules/s3rver/package.json" ]]; then
  (cd "$here" && npm ci --no-audit --no-fund)
fi
mkdir -p "$data/dynamodb" "$data/logs"
node "$here/keys.js" "$data/keys"
first_start=false
[[ -f "$data/demo-loaded" ]] || first_start=true
node "$here/dynalite-server.js" --port "$db_port" --path "$data/dynamodb" > "$data/logs/dynamodb.log" 2>&1 &
pids+=($!)

# 2b. the archive of clearinghouse files (S3 API) and the demo practice's clearinghouse mailbox (SFTP)
mkdir -p "$data/s3" "$data/mailbox/root/$practice/to-clearinghouse" "$data/mailbox/root/$practice/from-clearinghouse"
node "$here/s3-server.js" --port "$s3_port" --dir "$data/s3" --bucket billing-exchanged-files > "$data/logs/s3.log" 2>&1 &
pids+=($!)
if [[ ! -f "$data/keys/mailbox-password" ]]; then
  (umask 077; node -e "process.stdout.write(require('crypto').randomBytes(18).toString('base64url'))" > "$data/keys/mailbox-password")
fi
: > "$data/logs/mailbox.log"
java -cp "$root/functions/claim-status/target/quarkus-app/lib/main/*" org.openbilling.clearinghouse.mailbox.MailboxServer \
  --root "$data/mailbox/root" --host-key "$data/keys/mailbox-host.key" --port "$mailbox_port" --user "$practice" \
  --password-file "$data/keys/mailbox-password" > "$data/logs/mailbox.log" 2>&1 &
pids+=($!)
mailbox_host_key=""
for _ in $(seq 1 60); do
  mailbox_host_key="$(sed -n 's/.*"hostKey":"\([^"]*\)".*/\1/p' "$data/logs/mailbox.log" | head -1)"
  [[ -n "$mailbox_host_key" ]] && break
  sleep 0.5
done
[[ -n "$mailbox_host_key" ]] || { echo "the mailbox did not start; see $data/logs/mailbox.log" >&2; exit 1; }

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
clearinghouse_env=(
  "BILLING_CLEARINGHOUSE_EVERY=${CLEARINGHOUSE_EVERY:-10s}"
  "BILLING_WORK_QUEUE_EVERY=${WORK_QUEUE_EVERY:-1m}"
  "BILLING_CLEARINGHOUSE_MIN_FILE_AGE=2s"
  "BILLING_CLEARINGHOUSE_ARCHIVE_ENDPOINT=http://127.0.0.1:$s3_port"
  "BILLING_CLEARINGHOUSE_ARCHIVE_CREATE_BUCKET=true"
  "BILLING_CLEARINGHOUSE_SECRETS_DIR=$data/secrets"
  "BILLING_CLEARINGHOUSE_WORK_DIR=$data/work"
)
start_app() { # name dir port [extra environment...]
  local name="$1" dir="$2" port="$3"
  shift 3
  env "${common_env[@]}" "$@" QUARKUS_HTTP_PORT="$port" java ${JAVA_OPTS:-} -jar "$root/$dir/target/quarkus-app/quarkus-run.jar" \
    > "$data/logs/$name.log" 2>&1 &
  pids+=($!)
}
start_app code-validation functions/code-validation "$cv_port"
start_app claim-creation functions/claim-creation "$cc_port"
start_app claim-status functions/claim-status "$cs_port" "${clearinghouse_env[@]}"
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
    DEMO_PRACTICE="$practice" DEMO_DYNAMODB_ENDPOINT="http://127.0.0.1:$db_port" \
    DEMO_TABLE_PREFIX="${BILLING_DYNAMODB_TABLE_PREFIX:-billing-}" \
    node "$here/demo-data.js" "http://127.0.0.1:$cv_port" "http://127.0.0.1:$cc_port" "http://127.0.0.1:$cs_port"
  date -u +%FT%TZ > "$data/demo-loaded"
fi
# the demo practice's clearinghouse connection and one claim sent through it, once per data folder
if [[ ! -f "$data/mailbox-connected" ]]; then
  ADMIN_TOKEN="$(token admin)" CODER_TOKEN="$(token coder)" BILLER_TOKEN="$(token biller)" \
    MAILBOX_PORT="$mailbox_port" MAILBOX_HOST_KEY="$mailbox_host_key" MAILBOX_PASSWORD="$(cat "$data/keys/mailbox-password")" \
    node "$here/demo-mailbox.js" "http://127.0.0.1:$cv_port" "http://127.0.0.1:$cc_port" "http://127.0.0.1:$cs_port" "$practice"
  # a file nobody can read, as clearinghouses sometimes leave one: the next run sets it aside (QUARANTINED) and
  # opens a FILE_QUARANTINED work item for it
  printf 'not an X12 interchange\n' > "$data/mailbox/root/$practice/from-clearinghouse/DEMO_UNREADABLE.txt"
  date -u +%FT%TZ > "$data/mailbox-connected"
fi
if [[ "${CLEARINGHOUSE_SIMULATOR:-1}" != "0" ]]; then
  node "$here/clearinghouse.js" --mailbox "$data/mailbox/root/$practice" --watch 5 > "$data/logs/clearinghouse.log" 2>&1 &
  pids+=($!)
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
  S3 (archive)    http://127.0.0.1:$s3_port
  Mailbox (SFTP)  127.0.0.1:$mailbox_port  user $practice, folder $data/mailbox/root/$practice
                  a simulated clearinghouse answers each batch (999, 277CA, then an 835; log: clearinghouse.log)

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
