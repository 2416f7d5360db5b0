#!/usr/bin/env bash
# Plays the demo practice's clearinghouse once (or every N seconds with --watch N): answers the batches waiting in
# the local mailbox with a 999 and a 277CA, and the batches answered before with an 835. run.sh starts it with
# --watch, so the loop runs by itself; run it by hand after stopping that one (CLEARINGHOUSE_SIMULATOR=0).
#   infrastructure/local/clearinghouse.sh [--watch SECONDS] [--no-pay]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="${BILLING_DATA_DIR:-$root/.data}"
practice="${DEMO_PRACTICE:-demo-practice}"
exec node "$here/clearinghouse.js" --mailbox "$data/mailbox/root/$practice" "$@"
