#!/usr/bin/env bash
# API throughput with HTTP Basic (a PBKDF2 hash per call) next to a personal access token (one indexed lookup),
# against a running Werkraum (./mvnw -Prun package). Needs wrk (apt-get install -y wrk) and curl.
#   bench/api-auth.sh [base-url] [login] [password]
set -euo pipefail
BASE=${1:-http://localhost:8080/werkraum}
LOGIN=${2:-anna.schmidt}
PASSWORD=${3:-werkraum-demo}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-16}
BASIC="Basic $(printf '%s:%s' "$LOGIN" "$PASSWORD" | base64 -w0)"

created=$(curl -sf -X POST -H "Authorization: $BASIC" -H 'Content-Type: application/json' \
    -d '{"name":"bench/api-auth.sh","expiresInDays":1}' "$BASE/api/people/me/tokens")
TOKEN=$(printf '%s' "$created" | sed -E 's/.*"secret":"([^"]+)".*/\1/')
TOKEN_ID=$(printf '%s' "$created" | sed -E 's/.*"token":\{[^}]*"id":([0-9]+).*/\1/')
trap 'curl -sf -X DELETE -H "Authorization: $BASIC" "$BASE/api/people/me/tokens/$TOKEN_ID" > /dev/null || true' EXIT

run() {
    local label=$1 header=$2
    # warm-up, then the measured run
    wrk -t2 -c"$CONNECTIONS" -d5s -H "Authorization: $header" "$BASE/api/people/me" > /dev/null
    echo "== $label: GET /api/people/me, wrk -t2 -c$CONNECTIONS -d$DURATION"
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: $header" "$BASE/api/people/me" \
        | grep -E 'Requests/sec|50%|99%|Non-2xx|Socket errors'
}

run "HTTP Basic" "$BASIC"
run "Bearer token" "Bearer $TOKEN"
