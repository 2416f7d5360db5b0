#!/usr/bin/env bash
# Prints a bearer token for the local stack, signed with the key run.sh created.
#   infrastructure/local/token.sh --role ROLE --practice ID [--minutes N]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="${BILLING_DATA_DIR:-$root/.data}"
key="$data/keys/private.pem"
if [[ ! -f "$key" ]]; then
  echo "no signing key at $key: start the stack once with infrastructure/local/run.sh" >&2
  exit 1
fi
exec node "$here/token.js" --key "$key" "$@"
