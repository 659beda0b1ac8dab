#!/usr/bin/env bash
# One page at a time, as issue 12 measured the foundation: wrk -t2 -c16 against each address with one signed-in
# session (pages) or one personal access token (/api/...), after a warm-up per address, with the CPU time that
# WildFly, PostgreSQL and Elasticsearch spent per request over the measured run (from /proc). Against a running
# Werkraum (./mvnw -Prun package); needs wrk (apt-get install -y wrk), curl and python3.
#
#   bench/pages.sh [address ...]      addresses relative to the base, e.g. /people/ben.carter "/search?q=cloud"
#
# Without addresses it measures the pages of the load benchmark for the generated directory (bench/generate.sh).
# Settings from the environment (defaults in brackets): BASE [http://localhost:8080/werkraum], LOGIN
# [anna.schmidt], PASSWORD [werkraum-demo], DURATION [20s], WARMUP [10s], CONNECTIONS [16].
# Prints a Markdown table for bench/RESULTS.md. Run it twice after a start: the first round warms the JIT.
set -euo pipefail

BASE=${BASE:-http://localhost:8080/werkraum}
LOGIN=${LOGIN:-anna.schmidt}
PASSWORD=${PASSWORD:-werkraum-demo}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-16}

die() { echo "bench/pages.sh: $*" >&2; exit 1; }
for tool in wrk curl python3; do
    command -v "$tool" > /dev/null || die "needs $tool"
done
[[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready") == 200 ]] \
    || die "Werkraum does not answer at $BASE; start it with ./mvnw -Prun package"

if (($# == 0)); then
    set -- / /people/ben.carter /people "/people?page=50" "/people?name=schmidt" /communities /communities/700 \
        "/search?q=cloud" "/api/search?q=cloud" "/api/people?name=schm" "/?type=posts" /api/stream /bookmarks \
        /notifications /api/notifications "/suggest/mentions?query=anna.sch" "/suggest/mentions?query=an" "/suggest/mentions?query=schm"
fi

# a page session: the login form's view state, then the form posted
jar=$(mktemp)
basic="Basic $(printf '%s:%s' "$LOGIN" "$PASSWORD" | base64 -w0)"
token_id=
cleanup() {
    rm -f "$jar"
    if [[ -n $token_id ]]; then
        curl -s -o /dev/null -X DELETE -H "Authorization: $basic" "$BASE/api/people/me/tokens/$token_id" || true
    fi
}
trap cleanup EXIT
state=$(curl -s -c "$jar" -b "$jar" "$BASE/login" \
    | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode loginForm=loginForm --data-urlencode "login=$LOGIN" \
    --data-urlencode "password=$PASSWORD" --data-urlencode signIn= --data-urlencode "jakarta.faces.ViewState=$state" \
    "$BASE/login"
session=$(awk '$6 == "JSESSIONID" {print $7}' "$jar" | tail -1)
[[ -n $session ]] || die "could not sign in as $LOGIN"
created=$(curl -sf -X POST -H "Authorization: $basic" -H 'Content-Type: application/json' \
    -d '{"name":"bench/pages.sh","expiresInDays":1}' "$BASE/api/people/me/tokens") || die "could not create a token"
token=$(printf '%s' "$created" | sed -E 's/.*"secret":"([^"]+)".*/\1/')
token_id=$(printf '%s' "$created" | sed -E 's/.*"token":\{[^}]*"id":([0-9]+).*/\1/')

# CPU ticks (user + system) of the processes named by a pattern of their command line, or of all postgres processes
ticks_of() { cat /proc/"$1"/stat 2> /dev/null | awk '{print $14 + $15}' || echo 0; }
postgres_ticks() { cat /proc/[0-9]*/stat 2> /dev/null | awk '$2 == "(postgres)" {t += $14 + $15} END {print t + 0}'; }
wildfly=$(pgrep -f jboss-modules.jar | head -1) || die "no WildFly process"
elasticsearch=$(pgrep -f org.elasticsearch.bootstrap | head -1) || elasticsearch=
hz=$(getconf CLK_TCK)

# one table row from wrk's output (in WRK_OUTPUT) and the CPU ticks before and after
summary=$(cat <<'EOF'
import os, re, sys
address, hz, w0, w1, p0, p1, e0, e1 = sys.argv[1], *map(int, sys.argv[2:])
text = os.environ["WRK_OUTPUT"]
requests = int(re.search(r"(\d+) requests in", text).group(1))
rate = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
def latency(p):
    value, unit = re.search(rf"\s{p}%\s+([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
bad = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
per = lambda a, b: f"{(b - a) * 1000 / hz / max(requests, 1):.2f}"
print(f"| `{address}` | {rate:.0f} | {latency(50):.0f} ms | {latency(99):.0f} ms | {bad.group(1) if bad else 0} "
      f"| {per(w0, w1)} | {per(p0, p1)} | {per(e0, e1)} |")
EOF
)

echo "| address | req/s | p50 | p99 | non-2xx | CPU ms/request: WildFly | PostgreSQL | Elasticsearch |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
for address in "$@"; do
    if [[ $address == /api/* ]]; then
        header="Authorization: Bearer $token"
    else
        header="Cookie: JSESSIONID=$session"
    fi
    wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -H "$header" "$BASE$address" > /dev/null
    w0=$(ticks_of "$wildfly"); p0=$(postgres_ticks); e0=$( [[ -n $elasticsearch ]] && ticks_of "$elasticsearch" || echo 0)
    out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "$header" "$BASE$address")
    w1=$(ticks_of "$wildfly"); p1=$(postgres_ticks); e1=$( [[ -n $elasticsearch ]] && ticks_of "$elasticsearch" || echo 0)
    WRK_OUTPUT=$out python3 -c "$summary" "$address" "$hz" "$w0" "$w1" "$p0" "$p1" "$e0" "$e1"
done
