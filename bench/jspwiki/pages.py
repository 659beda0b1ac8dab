#!/usr/bin/env python3
"""Helpers of bench/jspwiki.sh: Werkraum wiki pages as JSPWiki Markdown pages, and the check of a page view.

  pages.py export OUT_DIR [MAIN_PAGE_ID] < pages.csv
      CSV with header id,title,markdown (the current revisions of one wiki's pages, as psql's COPY writes it);
      writes OUT_DIR/<PageName>.md per page and OUT_DIR/pages.tsv (id, page name, title). The page MAIN_PAGE_ID
      becomes Main.md. Wiki links [[Title]] and [[Title|label]] become [label](PageName).
  pages.py sample OUT_DIR
      writes OUT_DIR/Main.md, a small built-in page.
  pages.py check PAGE_SOURCE FULL_NAME < page.html
      fails unless the HTML shows a signed-in user FULL_NAME and a sentence of the Markdown file PAGE_SOURCE.

Page names are ASCII CamelCase ([A-Za-z0-9], starting with a letter), so that JSPWiki's FileSystemProvider stores
them unescaped as <PageName>.txt and its Markdown parser takes [label](PageName) for a wiki page, not a footnote
(a target of digits only) or an attachment/interwiki link (a target with '/', '.' or ':').
"""
import csv
import html
import os
import re
import sys
import unicodedata

# the same pattern as org.werkraum.markdown.WikiLinks.LINK
WIKI_LINK = re.compile(r"\[\[([^\[\]|\n]{1,200})(?:\|([^\[\]\n]{0,200}))?]]")
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
CODE_SPAN = re.compile(r"(`+)(?:.+?)(?<!`)\1(?!`)", re.S)
GERMAN = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
# JSPWiki's own and special pages (jspwiki.specialPage.*, pages its template includes): a Werkraum page never gets them
RESERVED = {name.lower() for name in (
    "Main", "LeftMenu", "LeftMenuFooter", "TitleBox", "MoreMenu", "CopyrightNotice", "EditPageHelp", "EditorToolbar",
    "SystemInfo", "RecentChanges", "PageIndex", "UndefinedPages", "UnusedPages", "SandBox", "About",
    "ApprovalRequiredForPageChanges", "ApprovalRequiredForUserProfiles", "CreateGroup", "CreateProfile",
    "EditProfile", "FindPage", "Login", "Logout", "NewGroup", "Preferences", "Search", "UserPreferences",
    "Workflow")}
MAX_NAME = 100


def key(title):
    """How Werkraum compares titles (WikiLinks.key)."""
    return title.strip().lower()


def page_name(title):
    """ASCII CamelCase of a title: "Über uns & Team" -> "UeberUnsTeam"; never empty, never starting with a digit."""
    text = "".join(GERMAN.get(c, c) for c in title)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    name = "".join(word[0].upper() + word[1:] for word in re.findall(r"[A-Za-z0-9]+", text))
    if not name or name[0].isdigit():
        name = "Page" + name
    return name[:MAX_NAME]


def unique(name, taken):
    candidate, n = name, 1
    while candidate.lower() in taken:
        n += 1
        candidate = f"{name[:MAX_NAME - len(str(n))]}{n}"
    taken.add(candidate.lower())
    return candidate


def escape_label(label):
    """Markdown text that shows the label as written (Werkraum writes a link's label as plain text)."""
    return re.sub(r"([\\`*_\[\]<>&!~|#])", r"\\\1", label)


def convert_links(markdown, target):
    """[[Title]] / [[Title|label]] outside code as [label](target(title))."""

    def link(match):
        title = match.group(1).strip()
        if not title:
            return match.group(0)
        label = match.group(2).strip() if match.group(2) and match.group(2).strip() else title
        return f"[{escape_label(label)}]({target(title)})"

    def outside_code_spans(text):
        out, done = [], 0
        for span in CODE_SPAN.finditer(text):
            out.append(WIKI_LINK.sub(link, text[done:span.start()]))
            out.append(span.group(0))
            done = span.end()
        out.append(WIKI_LINK.sub(link, text[done:]))
        return "".join(out)

    # fenced code blocks stay as they are; the rest is converted a block (run of lines) at a time, so that code
    # spans over a line break are respected
    result, block, fence = [], [], None
    for line in markdown.splitlines(keepends=True):
        opening = FENCE.match(line)
        if fence is None and opening:
            result.append(outside_code_spans("".join(block)))
            block = []
            fence = opening.group(1)
            result.append(line)
        elif fence is not None:
            result.append(line)
            if line.strip().startswith(fence[0] * len(fence)) and line.strip().strip(fence[0]) == "":
                fence = None
        else:
            block.append(line)
    result.append(outside_code_spans("".join(block)))
    return "".join(result)


def export(out_dir, main_id):
    rows = list(csv.DictReader(sys.stdin))
    if not rows:
        sys.exit("pages.py: no pages (is the wiki id right, has the wiki pages?)")
    missing = {"id", "title", "markdown"} - set(rows[0])
    if missing:
        sys.exit(f"pages.py: the CSV lacks the column(s) {', '.join(sorted(missing))}")
    if main_id is not None and not any(row["id"] == main_id for row in rows):
        sys.exit(f"pages.py: page {main_id} is not a current page of this wiki")
    taken, names, written = set(), {}, []
    if main_id is not None:
        taken.add("main")
    for row in sorted(rows, key=lambda r: int(r["id"])):
        name = "Main" if row["id"] == main_id else unique(page_name(row["title"]), taken | RESERVED)
        taken.add(name.lower())
        # the first page of a title wins, as in a wiki with one page per title (titles are unique among siblings)
        names.setdefault(key(row["title"]), name)
        written.append((row, name))
    os.makedirs(out_dir, exist_ok=True)
    for old in os.listdir(out_dir):
        if old.endswith(".md") or old == "pages.tsv":
            os.remove(os.path.join(out_dir, old))

    def target(title):
        # a title no page has gets a name no page has: a link to a missing page, which JSPWiki shows as a link to
        # create it, as Werkraum does
        if key(title) not in names:
            names[key(title)] = unique(page_name(title), taken | RESERVED)
        return names[key(title)]

    with open(os.path.join(out_dir, "pages.tsv"), "w", encoding="utf-8") as index:
        index.write("id\tpage\ttitle\n")
        for row, name in written:
            with open(os.path.join(out_dir, name + ".md"), "w", encoding="utf-8", newline="\n") as page:
                page.write(convert_links(row["markdown"].replace("\r\n", "\n"), target))
            index.write(f"{row['id']}\t{name}\t{row['title']}\n")
    print(f"{len(written)} pages in {out_dir}" + (f", page {main_id} as Main.md" if main_id else ""))


SAMPLE = """# Willkommen im Werkraum-Wiki

This is the front page of the benchmark wiki. It holds a little of everything a Werkraum page has: headings,
*emphasis*, **strong text**, `code`, lists, a table, a quote and links to other pages.

## Getting started

1. Read the [onboarding checklist](OnboardingChecklist).
2. Ask questions in the [team handbook](TeamHandbook).
3. Keep pages short and link them.

- Meetings are on Tuesdays at 10:00.
- The kitchen is cleaned on Fridays.
- Holidays go into the shared calendar.

| Team | Lead | Room |
|---|---|---|
| Platform | Anna Schmidt | 2.14 |
| Search | Ben Carter | 2.03 |
| Design | Clara Weiss | 1.07 |

> A wiki is only as good as the pages people keep up to date.

```
./mvnw -Prun package
```

See also [https://jspwiki.apache.org/](https://jspwiki.apache.org/) for the engine this benchmark compares with.
"""


def sample(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "Main.md"), "w", encoding="utf-8") as page:
        page.write(SAMPLE)


def visible_text(markup):
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", markup))).strip()


def sentence_of(markdown):
    """Some words of prose from the page source: the first line of at least 4 plain words with no markup in them."""
    fence = False
    for line in markdown.splitlines():
        if FENCE.match(line):
            fence = not fence
            continue
        if fence or line.startswith(("    ", "\t", "|", ">", "#", "[", "!")):
            continue
        line = re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", line).strip()
        words = re.match(r"^((?:[^\W\d_][\w'’,]*\s+){3,}[^\W\d_][\w'’]*)", line)
        if words and not re.search(r"[*_`\[\]<>&\\]", words.group(1)):
            return " ".join(words.group(1).split()[:8])
    return None


def check(source, full_name):
    page = sys.stdin.read()
    if "user-authenticated" not in page:
        sys.exit("pages.py: the page is not shown to a signed-in user (no userbox user-authenticated)")
    text = visible_text(page)
    if full_name not in text:
        sys.exit(f"pages.py: the page does not show the user's name {full_name!r}")
    if not os.path.exists(source):
        sys.exit(f"pages.py: no page source {source} to compare the page text with")
    with open(source, encoding="utf-8") as f:
        expected = sentence_of(f.read())
    if expected is None:
        sys.exit(f"pages.py: found no plain sentence in {source} to look for; set EXPECT to a text of the page")
    if expected not in text:
        sys.exit(f"pages.py: the page text {expected!r} is not on the page")
    print(f"signed in as {full_name}; page text found: {expected!r}")


def main(args):
    if len(args) in (2, 3) and args[0] == "export":
        export(args[1], args[2] if len(args) == 3 else None)
    elif len(args) == 2 and args[0] == "sample":
        sample(args[1])
    elif len(args) == 3 and args[0] == "check":
        check(args[1], args[2])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
