#!/usr/bin/env python3
"""Writes the Gatling feeder from a running Werkraum's REST API, so that the benchmark fits any data set.

    python3 bench/load/feeder.py BASE_URL OUT.csv [reader-login] [password] [owners] [sample]

Reads, as the reader (default anna.schmidt, password werkraum-demo; HTTP Basic once, to create a personal access
token that is revoked at the end):
  - the communities the reader can see, GET /api/communities, and the first page of their members,
    GET /api/communities/{id}/members, until `owners` (default 16, the number of virtual users) different people
    who own one are found: the invite type-ahead needs an owner;
  - a sample of the people directory, GET /api/people?page=&size=100: about `sample` people (default 1000) from pages
    spread over the whole directory, so that profiles and searches do not all hit the first names of the alphabet.
    A generated directory has hundreds of thousands of people; reading all of it would take minutes.
Writes CSV columns login,id,name,location,community: the owners first, each with one community, then the sample, so
that the first virtual users own as many communities as the data allows. Prints a one-line summary on stdout.
"""
import base64
import csv
import json
import sys
import urllib.error
import urllib.parse
import urllib.request

PAGE_SIZE = 100  # the API's maximum


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    base = sys.argv[1].rstrip("/")
    out = sys.argv[2]
    reader = sys.argv[3] if len(sys.argv) > 3 else "anna.schmidt"
    password = sys.argv[4] if len(sys.argv) > 4 else "werkraum-demo"
    wanted_owners = int(sys.argv[5]) if len(sys.argv) > 5 else 16
    sample = int(sys.argv[6]) if len(sys.argv) > 6 else 1000
    api = Api(base)

    basic = "Basic " + base64.b64encode(f"{reader}:{password}".encode()).decode()
    created = api.call("POST", "/api/people/me/tokens", basic,
                       {"name": "bench/load.sh feeder", "expiresInDays": 1})
    bearer = "Bearer " + created["secret"]
    token_id = created["token"]["id"]
    try:
        owned = {}  # login -> (community id, member record)
        communities = 0
        for community in api.pages("/api/communities", bearer):
            communities += 1
            members = api.call("GET", f"/api/communities/{community['id']}/members?page=0&size={PAGE_SIZE}",
                               bearer, forbidden_ok=True)
            for member in (members or {}).get("items") or []:  # owners are listed first
                if member.get("role") == "OWNER" and member.get("status") == "ACTIVE":
                    owned.setdefault(member["login"], (community["id"], member))
            if len(owned) >= wanted_owners:
                break
        first = api.call("GET", f"/api/people?page=0&size={PAGE_SIZE}", bearer)
        total = first.get("total", 0)
        page_count = max(1, -(-total // PAGE_SIZE))
        wanted_pages = max(1, min(page_count, -(-sample // PAGE_SIZE)))
        spread = sorted({round(i * (page_count - 1) / max(1, wanted_pages - 1)) for i in range(wanted_pages)})
        people = list(first.get("items") or [])
        for page in spread:
            if page != 0:
                people += api.call("GET", f"/api/people?page={page}&size={PAGE_SIZE}", bearer).get("items") or []
    finally:
        try:
            api.call("DELETE", f"/api/people/me/tokens/{token_id}", bearer)
        except (Exception, SystemExit) as e:  # the token expires after a day anyway
            print(f"feeder: could not revoke the reader's token {token_id}: {e}", file=sys.stderr)

    if not people:
        sys.exit(f"feeder: {base}/api/people lists nobody")
    by_login = {p["login"]: p for p in people}
    rows = []
    for login, (community, member) in owned.items():
        person = by_login.get(login, {"login": login, "id": member.get("personId"),
                                      "displayName": member.get("displayName")})
        rows.append((person, community))
    rows += [(p, "") for p in people if p["login"] not in owned]
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["login", "id", "name", "location", "community"])
        for p, community in rows:
            w.writerow([p["login"], p.get("id") or "", p.get("displayName") or "", p.get("location") or "",
                        community])
    counted = f"more than {total}" if first.get("totalCapped") else f"{total}"
    print(f"{counted} people in the directory ({len(rows)} in the feeder), {communities} communities read "
          f"as {reader}, {len(owned)} owners found")


class Api:
    def __init__(self, base):
        self.base = base

    def call(self, method, path, auth, body=None, forbidden_ok=False):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method)
        request.add_header("Authorization", auth)
        request.add_header("Accept", "application/json")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                text = response.read().decode()
                return json.loads(text) if text else None
        except urllib.error.HTTPError as e:
            if forbidden_ok and e.code in (403, 404):
                return None
            detail = e.read().decode(errors="replace")[:300]
            sys.exit(f"feeder: {method} {self.base}{path} answered {e.code}: {detail}")

    def pages(self, path, auth, max_pages=None, forbidden_ok=False):
        page = 0
        while max_pages is None or page < max_pages:
            sep = "&" if "?" in path else "?"
            result = self.call("GET", f"{path}{sep}page={page}&size={PAGE_SIZE}", auth,
                               forbidden_ok=forbidden_ok)
            if result is None:
                return
            items = result.get("items") or []
            yield from items
            if not items or (page + 1) * PAGE_SIZE >= result.get("total", 0):
                return
            page += 1


if __name__ == "__main__":
    main()
