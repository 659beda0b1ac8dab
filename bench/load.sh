#!/usr/bin/env bash
# Load benchmark of a running Werkraum (./mvnw -Prun package in another terminal) with Gatling: signed-in people
# clicking through home, people directory, profiles, communities, a community page with the invite type-ahead, the
# blog directory, a blog and one of its posts, a community's boards and board, the wiki directory, a wiki with its tree,
# one of its pages with its history and the changes of its last revision, the search page and /api/search; see
# bench/load/src/test/java/org/werkraum/bench/WerkraumSimulation.java.
#
#   bench/load.sh [base-url]          (default http://localhost:8080/werkraum)
#
# Settings from the environment (defaults in brackets): USERS [16] concurrent people, each a different login;
# RAMP [10s] to reach them; WARMUP [30s] before measuring, ramp included; DURATION [60s] measured; PAUSE [0ms] think
# time after each page; READER
# [anna.schmidt] and PASSWORD [werkraum-demo] for reading the directory, PASSWORD also for every benchmark login;
# SAMPLE [1000] people read from the directory for the feeder; DB_PORT [from WildFly's command line] PostgreSQL's
# port, to tell its processes; STRICT=1 to fail on missed targets.
#
# Steps: checks that Werkraum answers; writes bench/load/target/feeder.csv from the REST API (people who own a
# community first, with that community, then a sample spread over the whole directory); runs the simulation (each
# virtual user signs in through the login form and creates its own access token, revoked at its end); reads the CPU
# time of the WildFly java process (jboss-modules.jar) and of the postgres processes from /proc when the measured
# time starts and when it ends; prints a Markdown table per page and CPU ms per request. Needs curl, python3 and a
# JDK 17+ (Maven comes through ./mvnw). The HTML report stays in bench/load/target/gatling/.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LOAD=$ROOT/bench/load
BASE=${1:-http://localhost:8080/werkraum}
BASE=${BASE%/}
USERS=${USERS:-16}
RAMP=${RAMP:-10s}
WARMUP=${WARMUP:-30s}
DURATION=${DURATION:-60s}
PAUSE=${PAUSE:-0ms}
READER=${READER:-anna.schmidt}
PASSWORD=${PASSWORD:-werkraum-demo}
SAMPLE=${SAMPLE:-1000}

die() { echo "bench/load.sh: $*" >&2; exit 1; }
code() { curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$1" || true; }

for tool in curl python3; do
    command -v "$tool" > /dev/null || die "needs $tool"
done

# --- 1. Does Werkraum answer?
ready=$(code "$BASE/health/ready")
[[ $ready == 200 ]] || die "Werkraum does not answer at $BASE (GET /health/ready: ${ready/000/no answer}). \
Start it with ./mvnw -Prun package, or give its address: bench/load.sh http://host:port/werkraum"
[[ $(code "$BASE/login") == 200 ]] || die "$BASE/login does not show the login form"

# --- 2. The feeder: who signs in, and which community each owner owns
mkdir -p "$LOAD/target"
FEEDER=$LOAD/target/feeder.csv
echo "Reading the directory as $READER …" >&2
DATA=$(python3 "$LOAD/feeder.py" "$BASE" "$FEEDER" "$READER" "$PASSWORD" "$USERS" "$SAMPLE")
echo "Feeder: $FEEDER ($DATA)" >&2

# --- 3. The processes whose CPU time is measured
# utime+stime of one process, in clock ticks (fields 14 and 15 of /proc/<pid>/stat; the name in field 2 may hold
# spaces, so count from its closing parenthesis); with "children" also cutime+cstime, what its exited children used
ticks() {
    local stat
    stat=$(cat "/proc/$1/stat" 2> /dev/null) || { echo 0; return; }
    stat=${stat##*) }
    # shellcheck disable=SC2086
    set -- $stat "${2:-}"
    if [[ ${!#} == children ]]; then
        echo $((${12} + ${13} + ${14} + ${15}))
    else
        echo $((${12} + ${13}))
    fi
}

port=$(python3 -c 'import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print(p.port or (443 if p.scheme == "https" else 80))' "$BASE")
mapfile -t candidates < <(pgrep -f 'jboss-modules\.jar' || true)
# several WildFlys (e.g. the tests' next to the run command's): the one listening on the base URL's port
listener=$(ss -Hltnp "sport = :$port" 2> /dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
WILDFLY=
for pid in "${candidates[@]}"; do
    if [[ $pid == "$listener" ]]; then WILDFLY=$pid; fi
done
if [[ -z $WILDFLY ]] && ((${#candidates[@]} > 0)); then
    WILDFLY=${candidates[0]}
    if ((${#candidates[@]} > 1)) || [[ -n $listener ]]; then
        echo "warning: WildFly processes ${candidates[*]}, port $port served by ${listener:-an unknown process}; measuring $WILDFLY" >&2
    fi
fi
[[ -n $WILDFLY ]] || echo "warning: no WildFly process (jboss-modules.jar) on this machine: no WildFly CPU figures" >&2

# PostgreSQL: the server WildFly's data source talks to (-Dwerkraum.db.port on WildFly's command line or
# WERKRAUM_DB_PORT in its environment, else DB_PORT) with all its processes; if that cannot be told, every process
# named postgres. A postmaster's ticks include what its exited children (backends) used (cutime+cstime).
DB_PORT=${DB_PORT:-}
if [[ -z $DB_PORT && -n $WILDFLY ]]; then
    DB_PORT=$(tr '\0' '\n' < "/proc/$WILDFLY/cmdline" 2> /dev/null | sed -n 's/^-Dwerkraum\.db\.port=//p' | tail -1 || true)
fi
if [[ -z $DB_PORT && -n $WILDFLY ]]; then
    DB_PORT=$(tr '\0' '\n' < "/proc/$WILDFLY/environ" 2> /dev/null | sed -n 's/^WERKRAUM_DB_PORT=//p' | tail -1 || true)
fi
POSTMASTER=
if [[ -n $DB_PORT ]]; then
    POSTMASTER=$(ss -Hltnp "sport = :$DB_PORT" 2> /dev/null | grep -o '"postgres",pid=[0-9]*' | head -1 | cut -d= -f2 || true)
fi
is_postmaster() {
    local ppid
    ppid=$(ps -o ppid= -p "$1" 2> /dev/null | tr -d ' ' || true)
    [[ -z $ppid || $(ps -o comm= -p "$ppid" 2> /dev/null || true) != postgres ]]
}
postgres_pids() {
    if [[ -n $POSTMASTER ]]; then
        echo "$POSTMASTER"
        pgrep -P "$POSTMASTER" || true
    else
        pgrep -x postgres || true
    fi
}
# "pid ticks" per process; the total over a run is the sum of the differences per pid (a process that started
# during the run counts from 0; one that ended is left out, its postmaster's cutime has its time)
postgres_snapshot() {
    local pid
    for pid in $(postgres_pids); do
        if is_postmaster "$pid"; then
            echo "$pid $(ticks "$pid" children)"
        else
            echo "$pid $(ticks "$pid")"
        fi
    done
}
postgres_delta() {
    local -A before=()
    local pid t total=0
    while read -r pid t; do
        [[ -n $pid ]] && before[$pid]=$t
    done <<< "$1"
    while read -r pid t; do
        [[ -n $pid ]] && total=$((total + t - ${before[$pid]:-0}))
    done <<< "$2"
    echo "$total"
}
postmasters=0
for pid in $(postgres_pids); do
    if is_postmaster "$pid"; then postmasters=$((postmasters + 1)); fi
done
if ((postmasters == 0)); then
    echo "warning: no postgres processes on this machine: no PostgreSQL CPU figures" >&2
elif [[ -z $POSTMASTER ]] && ((postmasters > 1)); then
    echo "warning: $postmasters PostgreSQL servers run here and Werkraum's cannot be told (set DB_PORT); all are counted" >&2
fi

# --- 4. The run
MARKERS=$(mktemp -d)
LOG=$LOAD/target/gatling-run.log
before_reports=$(ls -d "$LOAD"/target/gatling/werkraumsimulation-* 2> /dev/null || true)
strict=()
if [[ -n ${STRICT:-} ]]; then strict=(-Dstrict); fi
echo "Gatling: $USERS users, ramp $RAMP, warm-up $WARMUP, measured $DURATION, pause $PAUSE; log: $LOG" >&2
setsid "$ROOT/mvnw" -B -q -f "$LOAD/pom.xml" gatling:test "${strict[@]}" \
    -DbaseUrl="$BASE" -Dusers="$USERS" -Dramp="$RAMP" -Dwarmup="$WARMUP" -Dduration="$DURATION" -Dpause="$PAUSE" \
    -Dpassword="$PASSWORD" -Dfeeder="$FEEDER" -DmarkerDir="$MARKERS" > "$LOG" 2>&1 &
GATLING=$!
cleanup() {
    if kill -0 "$GATLING" 2> /dev/null; then
        kill -- "-$GATLING" 2> /dev/null || true
    fi
    rm -rf "$MARKERS"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_for() {
    while [[ ! -s $MARKERS/$1 ]]; do
        if ! kill -0 "$GATLING" 2> /dev/null; then
            tail -n 30 "$LOG" >&2
            die "Gatling ended before the measured time $2 (see $LOG)"
        fi
        sleep 0.1
    done
}
wait_for measure-start began
wf_start=${WILDFLY:+$(ticks "$WILDFLY")}
pg_start=$(postgres_snapshot)
echo "Measuring for $DURATION …" >&2
wait_for measure-end ended
wf_end=${WILDFLY:+$(ticks "$WILDFLY")}
pg_end=$(postgres_snapshot)
if [[ -n $WILDFLY ]] && [[ ! -e /proc/$WILDFLY ]]; then
    echo "warning: WildFly ($WILDFLY) ended during the run" >&2
    wf_end=
fi
wait "$GATLING" || true
started=$(cat "$MARKERS/measure-start")
ended=$(cat "$MARKERS/measure-end")

report=$(comm -13 <(printf '%s\n' "$before_reports" | sort) \
    <(ls -d "$LOAD"/target/gatling/werkraumsimulation-* 2> /dev/null | sort) | tail -1 || true)
if [[ -z $report || ! -f $report/index.html ]]; then
    tail -n 30 "$LOG" >&2
    die "Gatling wrote no report (see $LOG)"
fi

# --- 5. The figures
seconds=$(python3 -c 'import sys; print((int(sys.argv[2]) - int(sys.argv[1])) / 1000)' "$started" "$ended")
wf_ticks=-
pg_ticks=-
if [[ -n $WILDFLY && -n $wf_start && -n $wf_end ]]; then wf_ticks=$((wf_end - wf_start)); fi
if ((postmasters > 0)); then pg_ticks=$(postgres_delta "$pg_start" "$pg_end"); fi
gatling_version=$(sed -n 's:.*<gatling.version>\(.*\)</gatling.version>.*:\1:p' "$LOAD/pom.xml")
commit=$(git -C "$ROOT" rev-parse --short HEAD 2> /dev/null || echo unknown)

echo
echo "## $(date -u +%Y-%m-%d) · commit $commit · load: $USERS signed-in people"
echo
echo "- Werkraum at $BASE; data: $DATA"
echo "- Gatling $gatling_version (bench/load.sh): $USERS concurrent people (closed model), each a different login, ramp" \
    "$RAMP, warm-up $WARMUP, measured ${seconds} s, think time $PAUSE; machine: $(nproc) cores"
echo "- Report: ${report#"$ROOT"/}/index.html"
echo
python3 "$LOAD/report.py" "$report" "$seconds" "$wf_ticks" "$pg_ticks" "$(getconf CLK_TCK)"
if grep -q -- '---- Errors ----' "$LOG"; then
    echo
    echo "Errors (from Gatling's summary):"
    echo
    echo '```'
    # the last of Gatling's summaries is the final one
    awk '/---- Errors ----/ { buf = ""; on = 1; next } on && /^(====|----)/ { on = 0; last = buf } on { buf = buf $0 "\n" }
        END { printf "%s", last }' "$LOG" | grep '^>' | head -n 15 || true
    echo '```'
fi
if [[ -n ${STRICT:-} ]] && grep -q 'assertions failed' "$LOG"; then
    exit 2
fi
