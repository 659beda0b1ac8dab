#!/usr/bin/env python3
"""Prints the measured figures of one Gatling run as Markdown.

    python3 bench/load/report.py REPORT_DIR MEASURED_SECONDS [wildfly_ticks postgres_ticks clk_tck]

REPORT_DIR is Gatling's report folder (bench/load/target/gatling/werkraumsimulation-…). Gatling 3.15 writes no
stats.json and a binary simulation.log, so the figures come from the statistics table of its index.html: one row
per group and request, each with its parent. The page groups at the top level hold the measured requests only
(WerkraumSimulation puts the warm-up and the cool-down into groups of their own), so requests per second are their
count over the measured time. A group's times are the cumulated response time of its one request (Gatling's
default), redirects included.

CPU ticks (from /proc/<pid>/stat, measured by bench/load.sh between the start and the end of the measured time)
become milliseconds per request over all measured requests; "-" where a process was not found.
"""
import html.parser
import sys

# the groups WerkraumSimulation names, in the order of a round, with their p95 targets in ms
PAGES = [("home", 100), ("people", 100), ("people filtered", 100), ("people deep page", 100), ("profile", 100),
         ("communities", 100), ("community", 100), ("invite type-ahead", 50), ("ideas", 100), ("board", 100),
         ("blogs", 100), ("blog home", 100), ("post", 100), ("wikis", 100), ("wiki", 100), ("wiki page", 100),
         ("wiki history", 100), ("wiki diff", 100), ("search", 100), ("api search", 50)]
NOT_PAGES = {"setup", "warm-up", "cool-down", "teardown"}

# the columns of Gatling's statistics table
TOTAL, OK, KO, KO_PERCENT, PER_SECOND, MIN, P50, P75, P95, P99, MAX, MEAN, STD_DEV = range(2, 15)


class StatsTable(html.parser.HTMLParser):
    """Rows of <table id="container_statistics_body">: id, data-parent, name (span.ellipsed-name), col-N cells."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows = {}
        self.row = None
        self.cell = None
        self.in_name = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "tr" and a.get("id") and "data-parent" in a:
            self.row = {"id": a["id"], "parent": a["data-parent"], "name": "", "cols": {}}
            self.rows[a["id"]] = self.row
        elif self.row is not None and tag == "span" and "ellipsed-name" in classes:
            self.in_name = True
        elif self.row is not None and tag == "td" and "value" in classes:
            column = [c for c in classes if c.startswith("col-")]
            if column:
                self.cell = int(column[0][4:])
                self.row["cols"][self.cell] = ""

    def handle_endtag(self, tag):
        if tag == "span":
            self.in_name = False
        elif tag == "td":
            self.cell = None
        elif tag == "tr":
            self.row = None

    def handle_data(self, data):
        if self.row is None:
            return
        if self.in_name:
            self.row["name"] += data.strip()
        elif self.cell is not None:
            self.row["cols"][self.cell] += data.strip()


def number(text):
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def fmt_ms(value):
    return "-" if value is None else f"{value:.0f} ms"


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    report, seconds = sys.argv[1], float(sys.argv[2])
    ticks = sys.argv[3:6]

    parser = StatsTable()
    with open(f"{report}/index.html", encoding="utf-8") as f:
        parser.feed(f.read())
    top = {r["name"]: r for r in parser.rows.values() if r["parent"] == "ROOT" and r["id"].startswith("group_")}
    if not top:
        sys.exit(f"report: no groups found in {report}/index.html: has Gatling's report format changed?")

    names = [name for name, _ in PAGES if name in top]
    names += sorted(n for n in top if n not in NOT_PAGES and n not in names)
    targets = dict(PAGES)

    print("| page | req/s | p50 | p95 | p99 | errors |")
    print("|---|---:|---:|---:|---:|---:|")
    total = errors = 0
    over = []
    for name in names:
        cols = top[name]["cols"]
        count, ko = number(cols.get(TOTAL, "")) or 0, number(cols.get(KO, "")) or 0
        p95 = number(cols.get(P95, ""))
        total += count
        errors += ko
        if name in targets and p95 is not None and p95 > targets[name]:
            over.append(f"{name} p95 {p95:.0f} ms > {targets[name]} ms")
        error_text = "0" if not ko else f"{ko:.0f} ({100 * ko / count:.1f} %)"
        print(f"| {name} | {count / seconds:.1f} | {fmt_ms(number(cols.get(P50, '')))} | {fmt_ms(p95)} "
              f"| {fmt_ms(number(cols.get(P99, '')))} | {error_text} |")
    print(f"| **all pages** | **{total / seconds:.1f}** | | | | **{errors:.0f}** |")
    print()

    if len(ticks) == 3:
        wildfly, postgres, clk_tck = ticks
        print("| process | CPU over the measured time | CPU ms per request | cores busy |")
        print("|---|---:|---:|---:|")
        for label, value in (("WildFly", wildfly), ("PostgreSQL", postgres)):
            if value in ("", "-", "n/a"):
                print(f"| {label} | not found | - | - |")
                continue
            ms = float(value) * 1000 / float(clk_tck)
            per_request = f"{ms / total:.2f}" if total else "-"
            print(f"| {label} | {ms / 1000:.2f} s | {per_request} | {ms / 1000 / seconds:.2f} |")
        print()

    print(f"Targets (p95 ≤ 100 ms for pages, ≤ 50 ms for /api/search and the type-ahead; no failed requests): "
          + ("all met." if not over and not errors else
             "; ".join(over + ([f"{errors:.0f} failed requests"] if errors else [])) + "."))
    missing = [name for name, _ in PAGES if name not in top]
    if missing:
        print(f"Not measured: {', '.join(missing)}"
              + (" (the type-ahead needs virtual users who own a community)" if "invite type-ahead" in missing
                 else "") + ".")


if __name__ == "__main__":
    main()
