#!/usr/bin/env bash
# Apache JSPWiki 2.11.2 on Tomcat 9 beside a running Werkraum, with the same page text as a Werkraum wiki, to compare
# a signed-in page view: wrk -t2 -c16 against one address as bench/pages.sh does it, after a warm-up, with the CPU
# time Tomcat spent per request over the measured run (from /proc). Needs a JDK 17+ (java on the PATH or JAVA_HOME),
# curl, python3 and wrk (apt-get install -y wrk); Tomcat and JSPWiki come through ./mvnw from Maven Central (or ~/.m2).
#
#   bench/jspwiki.sh export WIKI_ID [PAGE_ID]   the current revisions of a Werkraum wiki's pages, from Werkraum's
#                                               PostgreSQL, as bench/jspwiki/target/export/<PageName>.md; page PAGE_ID
#                                               becomes Main.md, JSPWiki's front page
#   bench/jspwiki.sh start [PAGES_DIR]          installs Tomcat and JSPWiki under bench/jspwiki/target/, loads the
#                                               pages (<PageName>.md files; default: the export if there is one, else
#                                               a built-in Main page), starts Tomcat, registers the user and signs in
#   bench/jspwiki.sh measure [PATH]             signs in afresh, checks the page, runs wrk; PATH defaults to
#                                               /JSPWiki/Wiki.jsp?page=Main
#   bench/jspwiki.sh stop                       stops Tomcat
#
# JSPWiki runs with Markdown syntax (jspwiki-markdown, flexmark), pages in files (FileSystemProvider, no versions),
# users in an XML file; Tomcat listens on 8180 (shutdown port 8105, no AJP connector, no access log), heap fixed by
# HEAP. Werkraum's wiki links [[Title]] and [[Title|label]] become JSPWiki Markdown links [label](PageName), page
# names being the titles in ASCII CamelCase (bench/jspwiki/pages.py). Everything it writes stays in
# bench/jspwiki/target/ (git-ignored); start replaces the wiki's pages, users and work files of a previous start.
#
# Settings from the environment (defaults in brackets): HEAP [512m] Tomcat's -Xms and -Xmx; SYNTAX [markdown], or
# jspwiki for JSPWiki's own markup (the pages then read as JSPWiki text, its default installation's parser); DURATION [30s],
# WARMUP [10s], CONNECTIONS [16] for measure; EXPECT [a sentence of the page's source] text the measured page must
# show; PGHOST [127.0.0.1], PGPORT [55432], PGUSER [postgres], PGDATABASE [werkraum] (and PGPASSWORD) for export,
# as psql reads them (the run command's PostgreSQL). The user is bench, password werkraum-demo, "Bench Reader".
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
HERE=$ROOT/bench/jspwiki
TARGET=$HERE/target
DOWNLOAD=$TARGET/download
TOMCAT=$TARGET/tomcat
WIKI=$TARGET/wiki
EXPORT=$TARGET/export
PID_FILE=$TARGET/tomcat.pid
COOKIES=$TARGET/cookies.txt

TOMCAT_VERSION=9.0.98
JSPWIKI_VERSION=2.11.2
PORT=8180
SHUTDOWN_PORT=8105
CONTEXT=JSPWiki
BASE=http://localhost:$PORT/$CONTEXT
LOGIN=bench
PASSWORD=werkraum-demo
FULL_NAME="Bench Reader"
HEAP=${HEAP:-512m}
SYNTAX=${SYNTAX:-markdown}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-16}

die() { echo "bench/jspwiki.sh: $*" >&2; exit 1; }
usage() { echo 'usage:' >&2; sed -n '7,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 64; }
need() { for tool in "$@"; do command -v "$tool" > /dev/null || die "needs $tool"; done; }

# the Tomcat process of a previous start, if it still runs
tomcat_pid() {
    local pid
    [[ -s $PID_FILE ]] && pid=$(< "$PID_FILE") && [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2> /dev/null \
        && grep -qa "catalina.base=$TOMCAT" "/proc/$pid/cmdline" 2> /dev/null && echo "$pid"
}

port_in_use() { (exec 3<> "/dev/tcp/127.0.0.1/$1") 2> /dev/null; }

# one artifact into $DOWNLOAD through Maven: offline from ~/.m2 first, else from the remote repositories
fetch() {
    local artifact=$1 file=$2
    [[ -s $DOWNLOAD/$file ]] && return
    mkdir -p "$DOWNLOAD"
    # run where there is no pom.xml, so that Maven does not read the project
    if ! (cd "$DOWNLOAD" && "$ROOT/mvnw" -q -B -o dependency:copy "-Dartifact=$artifact" -DoutputDirectory=.) \
        > "$DOWNLOAD/maven.log" 2>&1; then
        (cd "$DOWNLOAD" && "$ROOT/mvnw" -q -B dependency:copy "-Dartifact=$artifact" -DoutputDirectory=.) \
            >> "$DOWNLOAD/maven.log" 2>&1 || die "could not get $artifact through Maven, see $DOWNLOAD/maven.log"
    fi
    [[ -s $DOWNLOAD/$file ]] || die "Maven wrote no $DOWNLOAD/$file, see $DOWNLOAD/maven.log"
}

# Tomcat under $TOMCAT with JSPWiki at /$CONTEXT and its configuration (jspwiki-custom.properties in Tomcat's lib/,
# which JSPWiki finds on the class path: PropertyReader looks in WEB-INF/classes, then on the class path)
install() {
    fetch "org.apache.tomcat:tomcat:$TOMCAT_VERSION:zip" "tomcat-$TOMCAT_VERSION.zip"
    fetch "org.apache.jspwiki:jspwiki-war:$JSPWIKI_VERSION:war" "jspwiki-war-$JSPWIKI_VERSION.war"
    if [[ ! -x $TOMCAT/bin/catalina.sh ]]; then
        rm -rf "$TOMCAT" "$TARGET/apache-tomcat-$TOMCAT_VERSION"
        unzip -q "$DOWNLOAD/tomcat-$TOMCAT_VERSION.zip" -d "$TARGET"
        mv "$TARGET/apache-tomcat-$TOMCAT_VERSION" "$TOMCAT"
        chmod +x "$TOMCAT"/bin/*.sh
        # only JSPWiki: no ROOT, manager, docs or examples
        rm -rf "$TOMCAT"/webapps/*
    fi
    # ports moved, no AJP connector, no access log (WildFly writes none either)
    python3 - "$TOMCAT/conf/server.xml" "$PORT" "$SHUTDOWN_PORT" <<'EOF'
import re, sys
path, port, shutdown = sys.argv[1:]
xml = open(path, encoding="utf-8").read()
xml = re.sub(r'<Server port="\d+"', f'<Server port="{shutdown}"', xml, count=1)
xml = re.sub(r'(<Connector port=")\d+(" protocol="HTTP/1.1")', rf'\g<1>{port}\2', xml, count=1)
xml = re.sub(r'<Connector[^>]*protocol="AJP/1.3"[^>]*/>', '', xml)  # an active one (commented out by default)
xml = re.sub(r'<Valve className="org.apache.catalina.valves.AccessLogValve"[^>]*/>', '', xml, flags=re.S)
open(path, "w", encoding="utf-8").write(xml)
EOF
    if ! grep -q "<Server port=\"$SHUTDOWN_PORT\"" "$TOMCAT/conf/server.xml" \
        || ! grep -q "<Connector port=\"$PORT\" protocol=\"HTTP/1.1\"" "$TOMCAT/conf/server.xml"; then
        die "could not set the ports in $TOMCAT/conf/server.xml"
    fi
    ! grep -q 'AccessLogValve"' "$TOMCAT/conf/server.xml" || die "could not remove the access log valve"
    if [[ ! -d $TOMCAT/webapps/$CONTEXT ]]; then
        mkdir -p "$TOMCAT/webapps/$CONTEXT"
        unzip -q "$DOWNLOAD/jspwiki-war-$JSPWIKI_VERSION.war" -d "$TOMCAT/webapps/$CONTEXT"
    fi
    cat > "$TOMCAT/bin/setenv.sh" <<EOF
# written by bench/jspwiki.sh
CATALINA_PID="$PID_FILE"
CATALINA_OPTS="-Xms$HEAP -Xmx$HEAP -Djava.awt.headless=true"
EOF
    # a fresh wiki: pages, attachments, work directory (Lucene index, reference cache), users and groups
    rm -rf "$WIKI"
    mkdir -p "$WIKI/pages" "$WIKI/attachments" "$WIKI/work"
    cat > "$TOMCAT/lib/jspwiki-custom.properties" <<EOF
# written by bench/jspwiki.sh; the defaults are ini/jspwiki.properties in WEB-INF/lib/jspwiki-main-$JSPWIKI_VERSION.jar
jspwiki.applicationName = JSPWiki
jspwiki.frontPage = Main
jspwiki.pageProvider = FileSystemProvider
jspwiki.fileSystemProvider.pageDir = $WIKI/pages
jspwiki.attachment.provider = BasicAttachmentProvider
jspwiki.basicAttachmentProvider.storageDir = $WIKI/attachments
jspwiki.workDir = $WIKI/work
jspwiki.xmlUserDatabaseFile = $WIKI/userdatabase.xml
jspwiki.xmlGroupDatabaseFile = $WIKI/groupdatabase.xml
jspwiki.encoding = UTF-8
EOF
    [[ $SYNTAX == markdown ]] || return 0
    cat >> "$TOMCAT/lib/jspwiki-custom.properties" <<EOF
# Markdown instead of JSPWiki's own syntax (what jspwiki.syntax = markdown sets from 2.11.3 on; 2.11.2 has no
# shortcut). There is no jspwiki.baseURL in 2.11: JSPWiki takes its address from the request.
jspwiki.syntax = markdown
jspwiki.renderingManager.markupParser = org.apache.wiki.parser.markdown.MarkdownParser
jspwiki.renderingManager.renderer = org.apache.wiki.render.markdown.MarkdownRenderer
jspwiki.renderingManager.renderer.wysiwyg = org.apache.wiki.render.markdown.MarkdownRenderer
jspwiki.syntax.decorator = org.apache.wiki.htmltowiki.syntax.markdown.MarkdownSyntaxDecorator
EOF
}

# the pages: <PageName>.md files as JSPWiki's <PageName>.txt
load_pages() {
    local dir=$1 file name count=0
    for file in "$dir"/*.md; do
        [[ -e $file ]] || continue
        name=$(basename "$file" .md)
        [[ $name =~ ^[A-Za-z][A-Za-z0-9]*$ ]] \
            || die "$file: page names are ASCII letters and digits, starting with a letter (CamelCase)"
        cp "$file" "$WIKI/pages/$name.txt"
        count=$((count + 1))
    done
    ((count > 0)) || die "no <PageName>.md files in $dir"
    [[ -e $WIKI/pages/Main.txt ]] || echo "note: no Main.md in $dir, so JSPWiki's front page Main does not exist" >&2
    echo "$count pages from $dir"
}

# the Cookie header value of a curl cookie jar (HttpOnly cookies included)
cookie_header() {
    awk -F '\t' 'NF == 7 && ($1 !~ /^#/ || $1 ~ /^#HttpOnly_/) {printf "%s%s=%s", sep, $6, $7; sep = "; "}' "$1"
}

# signs in through Login.jsp's form into a fresh cookie jar ($COOKIES); JSPWiki answers 302 on success and the login
# form again (200) on a wrong password
sign_in() {
    rm -f "$COOKIES"
    curl -s -o /dev/null -c "$COOKIES" -b "$COOKIES" "$BASE/Login.jsp" || die "JSPWiki does not answer at $BASE"
    local code
    code=$(curl -s -o /dev/null -w '%{http_code}' -c "$COOKIES" -b "$COOKIES" --data-urlencode "j_username=$LOGIN" \
        --data-urlencode "j_password=$PASSWORD" --data-urlencode submitlogin=Login --data-urlencode redirect=Main \
        "$BASE/Login.jsp")
    [[ $code == 302 ]] || return 1
    grep -q JSESSIONID "$COOKIES"
}

# 0 if the page at an address shows the signed-in user, with the cookies of $COOKIES
signed_in_at() {
    local page
    page=$(curl -s -H "Cookie: $(cookie_header "$COOKIES")" "$1") || return 1
    [[ $page == *user-authenticated* && $page == *"$FULL_NAME"* ]]
}

start() {
    need java curl python3 unzip
    [[ -z $(tomcat_pid) ]] || die "Tomcat runs already (pid $(tomcat_pid)); bench/jspwiki.sh stop first"
    for port in "$PORT" "$SHUTDOWN_PORT"; do
        ! port_in_use "$port" || die "port $port is taken by another program"
    done
    local pages=${1:-}
    if [[ -z $pages ]]; then
        if compgen -G "$EXPORT/*.md" > /dev/null; then
            pages=$EXPORT
        else
            pages=$TARGET/sample
            python3 "$HERE/pages.py" sample "$pages"
        fi
    fi
    [[ -d $pages ]] || die "no directory $pages"
    pages=$(cd "$pages" && pwd)
    install
    load_pages "$pages"

    echo "starting Tomcat $TOMCAT_VERSION with JSPWiki $JSPWIKI_VERSION at $BASE/ (log: $TOMCAT/logs/catalina.out)"
    rm -f "$PID_FILE"
    mkdir -p "$TOMCAT/logs" && : > "$TOMCAT/logs/catalina.out"
    CATALINA_HOME=$TOMCAT CATALINA_BASE=$TOMCAT "$TOMCAT/bin/catalina.sh" start > /dev/null
    local waited=0
    until [[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE/Login.jsp") == 200 ]]; do
        if [[ -z $(tomcat_pid) ]]; then
            tail -n 30 "$TOMCAT/logs/catalina.out" >&2 || true
            die "Tomcat stopped while starting"
        fi
        ((waited < 300)) || { tail -n 30 "$TOMCAT/logs/catalina.out" >&2; die "JSPWiki did not answer in 300 s"; }
        sleep 2
        waited=$((waited + 2))
    done
    [[ $SYNTAX != markdown ]] || grep -q 'org.apache.wiki.parser.markdown.MarkdownParser' "$TOMCAT/logs/catalina.out" \
        || echo "warning: catalina.out does not mention the Markdown parser; is jspwiki-custom.properties read?" >&2
    echo "JSPWiki answers after ${waited} s"

    # the user, registered through JSPWiki's own form (Login.jsp, tab register: UserManager hashes the password); no
    # e-mail address, else JSPWiki tries to mail a confirmation to localhost:25
    local jar code
    jar=$(mktemp)
    code=$(curl -s -o "$TARGET/register.html" -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode action=saveProfile \
        --data-urlencode "loginname=$LOGIN" --data-urlencode "password=$PASSWORD" \
        --data-urlencode "password2=$PASSWORD" --data-urlencode "fullname=$FULL_NAME" \
        --data-urlencode email= --data-urlencode redirect=Main "$BASE/Login.jsp?tab=register")
    rm -f "$jar"
    [[ $code == 302 ]] || die "registering $LOGIN failed (HTTP $code), see $TARGET/register.html"
    grep -q "loginName=\"$LOGIN\"" "$WIKI/userdatabase.xml" 2> /dev/null \
        || die "registered, but $LOGIN is not in $WIKI/userdatabase.xml"
    echo "registered $LOGIN ($FULL_NAME)"

    sign_in || die "could not sign in as $LOGIN"
    signed_in_at "$BASE/Wiki.jsp?page=Main" || die "signed in, but the page does not show $LOGIN as authenticated"
    echo "signed in as $LOGIN; cookies (also in $COOKIES):"
    echo "  Cookie: $(cookie_header "$COOKIES")"
}

export_pages() {
    local wiki_id=${1:-} page_id=${2:-}
    [[ $wiki_id =~ ^[0-9]+$ ]] || usage
    [[ -z $page_id || $page_id =~ ^[0-9]+$ ]] || usage
    need psql python3
    export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-55432} PGUSER=${PGUSER:-postgres}
    export PGDATABASE=${PGDATABASE:-werkraum}
    local csv
    csv=$(mktemp)
    # shellcheck disable=SC2064
    trap "rm -f '$csv'" EXIT
    psql -X -q -v ON_ERROR_STOP=1 -c "copy (
            select p.id, p.title, r.markdown
            from wiki_page p join page_revision r on r.page_id = p.id and r.number = p.revision
            where p.wiki_id = $wiki_id and p.deleted_at is null
            order by p.id
        ) to stdout with (format csv, header)" > "$csv" \
        || die "could not read wiki $wiki_id from PostgreSQL at $PGHOST:$PGPORT (is Werkraum's database running?)"
    python3 "$HERE/pages.py" export "$EXPORT" ${page_id:+"$page_id"} < "$csv"
}

measure() {
    need wrk curl python3
    local path=${1:-/$CONTEXT/Wiki.jsp?page=Main} pid
    [[ $path == /* ]] || die "the path starts with /, e.g. /$CONTEXT/Wiki.jsp?page=Main"
    pid=$(tomcat_pid) || die "Tomcat does not run; bench/jspwiki.sh start first"
    local url=http://localhost:$PORT$path
    sign_in || die "could not sign in as $LOGIN"
    local header
    header="Cookie: $(cookie_header "$COOKIES")"

    # the page: 200, shown to the signed-in user, with its text
    local page code name
    page=$(mktemp)
    # shellcheck disable=SC2064
    trap "rm -f '$page'" EXIT
    code=$(curl -s -o "$page" -w '%{http_code}' -H "$header" "$url")
    [[ $code == 200 ]] || die "$url answers HTTP $code"
    name=$(python3 -c 'import sys, urllib.parse as u; print(u.parse_qs(u.urlsplit(sys.argv[1]).query).get("page", ["Main"])[0])' "$path")
    if [[ -n ${EXPECT:-} ]]; then
        grep -qF 'user-authenticated' "$page" || die "$url is not shown to a signed-in user"
        grep -qF "$EXPECT" "$page" || die "$url does not show the text $EXPECT"
        echo "signed in as $LOGIN; text found: $EXPECT"
    else
        [[ -e $WIKI/pages/$name.txt ]] \
            || die "the wiki has no page $name ($WIKI/pages/$name.txt); set EXPECT to a text the page must show"
        python3 "$HERE/pages.py" check "$WIKI/pages/$name.txt" "$FULL_NAME" < "$page" || die "$url fails the check"
    fi

    local hz t0 t1 out
    hz=$(getconf CLK_TCK)
    wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -H "$header" "$url" > /dev/null
    t0=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "$header" "$url")
    t1=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    signed_in_at "$url" || die "after the run, $url no longer shows $LOGIN signed in (session lost?)"
    WRK_OUTPUT=$out python3 - "$path" "$hz" "$t0" "$t1" <<'EOF'
import os, re, sys
path, hz, t0, t1 = sys.argv[1], *map(int, sys.argv[2:])
text = os.environ["WRK_OUTPUT"]
requests = int(re.search(r"(\d+) requests in", text).group(1))
rate = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
def latency(p):
    value, unit = re.search(rf"\s{p}%\s+([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
bad = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
errors = re.search(r"Socket errors: (.*)", text)
print("| address | req/s | p50 | p99 | non-2xx | CPU ms/request: Tomcat |")
print("|---|---:|---:|---:|---:|---:|")
print(f"| `{path}` | {rate:.0f} | {latency(50):.0f} ms | {latency(99):.0f} ms | {bad.group(1) if bad else 0} "
      f"| {(t1 - t0) * 1000 / hz / max(requests, 1):.2f} |")
if errors:
    print(f"\nwrk: socket errors: {errors.group(1)}")
EOF
}

stop() {
    local pid
    pid=$(tomcat_pid) || { echo "Tomcat does not run"; rm -f "$PID_FILE"; return; }
    # catalina.sh waits up to 30 s for a clean stop, then kills the process (-force, by CATALINA_PID)
    CATALINA_HOME=$TOMCAT CATALINA_BASE=$TOMCAT "$TOMCAT/bin/catalina.sh" stop 30 -force > /dev/null 2>&1 || true
    if kill -0 "$pid" 2> /dev/null; then
        kill -9 "$pid" 2> /dev/null || true
        sleep 1
    fi
    ! kill -0 "$pid" 2> /dev/null || die "Tomcat (pid $pid) does not stop"
    rm -f "$PID_FILE"
    echo "Tomcat (pid $pid) stopped"
}

case ${1:-} in
    start) shift; (($# <= 1)) || usage; start "$@" ;;
    export) shift; (($# >= 1 && $# <= 2)) || usage; export_pages "$@" ;;
    measure) shift; (($# <= 1)) || usage; measure "$@" ;;
    stop) shift; (($# == 0)) || usage; stop ;;
    *) usage ;;
esac
