#!/usr/bin/env bash
# Loads an IBM-scale directory (400,000 people in about 25,000 org units, 10,000 communities) into the PostgreSQL of
# a running Werkraum (./mvnw -Prun package) with COPY, then has Werkraum reindex search and reports the times.
#   bench/generate.sh [--url URL] [--no-reindex | --reindex-only] [generator options, see --help]
# The generator is bench/generator (a standalone Maven project); it refuses (status 2) to load twice unless given
# --replace. Every generated person signs in with the demo password, werkraum-demo.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
JAR="$HERE/generator/target/werkraum-bench-generator.jar"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
BASE=${WERKRAUM_URL:-http://localhost:8080/werkraum}
ADMIN=${WERKRAUM_ADMIN:-lena.vogel}
ADMIN_PASSWORD=${WERKRAUM_ADMIN_PASSWORD:-werkraum-demo}
REINDEX_TIMEOUT=${REINDEX_TIMEOUT:-3600}
generate=true
reindex=true
help=false
generator_args=()

usage() {
    cat <<EOF
Usage: bench/generate.sh [options]
  --url URL               Werkraum's address (default \$WERKRAUM_URL or http://localhost:8080/werkraum)
  --admin LOGIN           the admin who starts the reindex (default \$WERKRAUM_ADMIN or lena.vogel)
  --admin-password SECRET (default \$WERKRAUM_ADMIN_PASSWORD or werkraum-demo)
  --no-reindex            load only; search stays as it was until a reindex
  --reindex-only          no load; only the full reindex and its figures
Environment: REINDEX_TIMEOUT (seconds, default 3600), JAVA_OPTS (for the generator's JVM).
Every other option goes to the generator:
EOF
}

while (($#)); do
    case $1 in
        --url) BASE=$2; shift 2 ;;
        --url=*) BASE=${1#*=}; shift ;;
        --admin) ADMIN=$2; shift 2 ;;
        --admin=*) ADMIN=${1#*=}; shift ;;
        --admin-password) ADMIN_PASSWORD=$2; shift 2 ;;
        --admin-password=*) ADMIN_PASSWORD=${1#*=}; shift ;;
        --no-reindex) reindex=false; shift ;;
        --reindex-only) generate=false; shift ;;
        -h|--help) help=true; shift ;;
        *) generator_args+=("$1"); shift ;;
    esac
done

now() { date +%s.%N; }
seconds() { awk -v from="$1" -v to="$2" 'BEGIN { printf "%.1f", to - from }'; }
# one field of a flat JSON object: a string without its quotes, or a number, true, false, null
field() { sed -nE "s/.*\"$1\"[[:space:]]*:[[:space:]]*(\"([^\"]*)\"|([^,}[:space:]]*)).*/\2\3/p"; }

build() { "$HERE/../mvnw" -q -f "$HERE/generator/pom.xml" package -DskipTests; }

if $help; then
    usage
    build
    "$JAVA" -jar "$JAR" --help
    exit 0
fi

load_seconds=
rows=
if $generate; then
    echo "== building the generator"
    build
    echo "== loading the directory"
    output=$(mktemp)
    trap 'rm -f "$output"' EXIT
    started=$(now)
    set +e
    # shellcheck disable=SC2086 # JAVA_OPTS holds several options
    "$JAVA" ${JAVA_OPTS:-} -jar "$JAR" "${generator_args[@]}" | tee "$output"
    status=${PIPESTATUS[0]}
    set -e
    if ((status != 0)); then
        exit "$status"
    fi
    load_seconds=$(seconds "$started" "$(now)")
    rows=$(sed -n 's/^rows: //p' "$output")
fi

if $reindex; then
    command -v curl > /dev/null || { echo "The reindex needs curl (apt-get install -y curl)." >&2; exit 1; }
    echo "== full reindex of search at $BASE as $ADMIN"
    auth=(--user "$ADMIN:$ADMIN_PASSWORD")
    started=$(now)
    if ! code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "${auth[@]}" "$BASE/api/admin/search/reindex"); then
        echo "Werkraum does not answer at $BASE. Start it (./mvnw -Prun package), then: bench/generate.sh --reindex-only" >&2
        exit 1
    fi
    case $code in
        202) ;;
        409) echo "A reindex is running already; following it." ;;
        401|403) echo "$ADMIN may not start a reindex at $BASE (HTTP $code); see --admin." >&2; exit 1 ;;
        *) echo "Starting the reindex failed with HTTP $code." >&2; exit 1 ;;
    esac
    last_report=0
    while :; do
        elapsed=$(seconds "$started" "$(now)")
        if (( ${elapsed%.*} > REINDEX_TIMEOUT )); then
            echo "The reindex has not ended after $REINDEX_TIMEOUT s; it goes on in Werkraum." >&2
            exit 1
        fi
        # a restart of Werkraum or a slow answer is no reason to give up
        if ! progress=$(curl -sf "${auth[@]}" "$BASE/api/admin/search/reindex"); then
            sleep 2
            continue
        fi
        state=$(field state <<<"$progress")
        done_count=$(field documentsDone <<<"$progress")
        total=$(field documentsTotal <<<"$progress")
        [[ $state == RUNNING ]] || break
        if (( ${elapsed%.*} - last_report >= 10 )); then
            last_report=${elapsed%.*}
            printf '  %6ss  %s of %s documents\n' "$elapsed" "$done_count" "$total"
        fi
        sleep 1
    done
    if [[ $state != DONE ]]; then
        echo "The reindex ended $state: $(field error <<<"$progress")" >&2
        exit 1
    fi
    reindex_seconds=$(seconds "$started" "$(now)")
    # Werkraum's own start and end, when this date(1) reads them, are more exact than our polling
    from=$(date -d "$(field startedAt <<<"$progress")" +%s.%N 2>/dev/null || true)
    to=$(date -d "$(field finishedAt <<<"$progress")" +%s.%N 2>/dev/null || true)
    if [[ -n $from && -n $to ]]; then
        reindex_seconds=$(seconds "$from" "$to")
    fi
    documents_per_second=$(awk -v n="$total" -v s="$reindex_seconds" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }')
fi

if [[ -n $load_seconds || ${reindex_seconds:-} ]]; then
    echo "== summary"
    if [[ -n $load_seconds ]]; then
        echo "load:    $load_seconds s (generator with JVM start, build excluded)"
        echo "rows:"
        tr ' ' '\n' <<<"$rows" | awk -F= '{ printf "  %-22s %10d\n", $1, $2 }'
    fi
    if [[ -n ${reindex_seconds:-} ]]; then
        echo "reindex: $reindex_seconds s, $total documents, $documents_per_second documents/s"
    fi
fi
