#!/usr/bin/env python3
"""Builds rules/*-heldout4.tsv from blame4_data.py and actions4_data.py and checks them.

Checks: field counts (also after re-reading), labels/kinds/recurrence from the heldout3 files, ISO dates,
has_due derived from due, owner_is_person consistent with the owner, no duplicate texts within the new files or
against any existing rules/study/*.tsv, no roster name (full, first or surname) shared with existing files, and
no source URL, host or incident keyword found in the project's SOURCES*.md files.
"""
import collections, datetime, glob, os, re, sys
from urllib.parse import urlparse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blame4_data import INCIDENTS
from actions4_data import ACTIONS, WENTWELL

STUDY = "/work/main/src/test/resources/rules/study"
EVID = "/work/main/src/test/resources/evidence/study"
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "rules")
errors = []

def err(msg):
    errors.append(msg)

def rows(path):
    with open(path, encoding="utf-8") as f:
        return [l.rstrip("\n").split("\t", -1) for l in f if l.strip() and not l.startswith("#")]

def norm(t):
    return re.sub(r"\s+", " ", t.strip().lower())

# allowed vocab from heldout3
b3 = rows(os.path.join(STUDY, "blame-heldout3.tsv"))
a3 = rows(os.path.join(STUDY, "actions-heldout3.tsv"))
w3 = rows(os.path.join(STUDY, "wentwell-heldout3.tsv"))
BLABELS = {r[0] for r in b3}
KINDS = {(r[0], r[1]) for r in b3}
WLABELS = {r[0] for r in w3}
RECUR = {r[3] for r in a3}
YN = {"Y", "N"}

# existing texts and names across every existing tsv
existing_texts = set()
existing_names = set()
for path in glob.glob(os.path.join(STUDY, "*.tsv")):
    base = os.path.basename(path)
    for r in rows(path):
        if base.startswith("blame") and len(r) == 5:
            existing_texts.add(norm(r[3]))
            for n in r[2].split(","):
                n = n.strip()
                if n:
                    existing_names.add(n.lower())
                    for tok in n.split():
                        existing_names.add(tok.lower())
        elif base.startswith("actions") and len(r) == 9:
            existing_texts.add(norm(r[7]))
            o = r[5].strip()
            if o and r[2] == "Y":
                existing_names.add(o.lower().lstrip("@"))
                for tok in o.split():
                    existing_names.add(tok.lower().lstrip("@"))
        elif base.startswith("wentwell") and len(r) == 3:
            existing_texts.add(norm(r[1]))

sources_text = ""
for path in glob.glob(os.path.join(STUDY, "SOURCES*.md")) + glob.glob(os.path.join(EVID, "SOURCES*.md")):
    sources_text += open(path, encoding="utf-8").read().lower() + "\n"

KEYWORDS = ["tokyo stock exchange", "arrowhead", "mozilla", "firefox", "solarwinds", "lastpass", "steam",
            "robinhood", "southwest", "akamai", "codecov", "matrix.org"]
for k in KEYWORDS:
    if k in sources_text:
        err(f"incident keyword already in project SOURCES: {k}")

seen = set()
def check_text(t, where):
    n = norm(t)
    if "\t" in t or "\n" in t:
        err(f"{where}: tab/newline in text")
    if n in seen:
        err(f"{where}: duplicate text in new files: {t}")
    if n in existing_texts:
        err(f"{where}: text already in an existing tsv: {t}")
    seen.add(n)

rosters = {}
for inc in INCIDENTS:
    url = inc["source"]
    host = urlparse(url).netloc.lower().removeprefix("www.")
    if url.lower() in sources_text or host in sources_text:
        err(f"source URL/host already used: {url}")
    names = [n.strip() for n in inc["people"].split(",")]
    for n in names:
        for tok in [n] + n.split():
            if tok.lower() in existing_names:
                err(f"name '{tok}' (from {n}) already used in an existing tsv")
    rosters[url] = names
all_tokens = collections.Counter()
for names in rosters.values():
    for n in names:
        for tok in n.split():
            all_tokens[tok.lower()] += 1
for tok, c in all_tokens.items():
    if c > 1:
        err(f"name token '{tok}' reused across new rosters")

HEAD = ("# Independent labelled data (fourth held-out set); see SOURCES-heldout4.md in this directory for label rules and sources.\n"
        "# All people names are invented; incidents and their facts are paraphrased from the public source in the last column.\n")

# blame
blame_lines = []
for inc in INCIDENTS:
    for label, kind, sent in inc["items"]:
        if label not in BLABELS:
            err(f"bad blame label {label}")
        if (label, kind) not in KINDS:
            err(f"kind {label}/{kind} not used in heldout3")
        check_text(sent, "blame")
        blame_lines.append([label, kind, inc["people"], sent, inc["source"]])

# actions
PERSONLESS = {"", "we", "tbd", "everyone", "someone"}
action_lines = []
for inc, items in ACTIONS:
    names = rosters[inc["source"]]
    person_forms = {n.lower() for n in names} | {n.split()[0].lower() for n in names}
    for t, b, oip, rec, owner, due, summary in items:
        for v, f in ((t, "testable"), (b, "bounded"), (oip, "owner_is_person")):
            if v not in YN:
                err(f"{f} not Y/N: {summary}")
        if rec not in RECUR:
            err(f"recurrence {rec}")
        if due:
            try:
                d = datetime.date.fromisoformat(due)
                assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", due)
            except Exception:
                err(f"bad date {due}")
        has_due = "Y" if due else "N"
        o = owner.strip().lower()
        if o in PERSONLESS or "/" in o:
            expect = "N"
        elif o.startswith("@") or o in person_forms:
            expect = "Y"
        else:
            expect = "N"
        if oip != expect:
            err(f"owner_is_person {oip} but owner '{owner}' looks {expect}: {summary}")
        check_text(summary, "actions")
        action_lines.append([t, b, oip, rec, has_due, owner, due, summary, inc["source"]])

# went well
ww_lines = []
for inc, items in WENTWELL:
    for label, sent in items:
        if label not in WLABELS:
            err(f"bad wentwell label {label}")
        check_text(sent, "wentwell")
        ww_lines.append([label, sent, inc["source"]])

def write(name, header_cols, lines, n, extra=""):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEAD + f"# Half: heldout4.{extra}\n# columns (TAB-separated, no header row): {header_cols}\n")
        for l in lines:
            f.write("\t".join(l) + "\n")
    back = rows(path)
    if len(back) != len(lines):
        err(f"{name}: re-read {len(back)} rows, wrote {len(lines)}")
    for r in back:
        if len(r) != n:
            err(f"{name}: {len(r)} fields: {r}")
    return path

if errors:
    print("\n".join(errors)); sys.exit(1)
os.makedirs(OUT, exist_ok=True)
write("blame-heldout4.tsv", "label | kind | people | sentence | source", blame_lines, 5)
write("actions-heldout4.tsv", "testable | bounded | owner_is_person | recurrence | has_due | owner | due | summary | source",
      action_lines, 9, " has_due is Y exactly when due holds a YYYY-MM-DD date.")
write("wentwell-heldout4.tsv", "label | sentence | source", ww_lines, 3)
if errors:
    print("\n".join(errors)); sys.exit(1)

C = collections.Counter
print("blame", len(blame_lines), dict(C(l[0] for l in blame_lines)))
print("blame kinds", sorted(C((l[0], l[1]) for l in blame_lines).items()))
print("actions", len(action_lines), "testable", dict(C(l[0] for l in action_lines)), "bounded", dict(C(l[1] for l in action_lines)),
      "owner_is_person", dict(C(l[2] for l in action_lines)), "recurrence", dict(C(l[3] for l in action_lines)),
      "has_due", dict(C(l[4] for l in action_lines)), "TxB", dict(C(l[0] + l[1] for l in action_lines)))
def okind(o):
    ol = o.lower()
    if not o: return "empty"
    if "/" in o: return "two"
    if ol in ("we", "tbd", "everyone"): return "we/TBD/everyone"
    return None
print("owners", dict(C(okind(l[5]) or ("person" if l[2] == "Y" else "team/org") for l in action_lines)))
print("wentwell", len(ww_lines), dict(C(l[0] for l in ww_lines)))
print("per source (blame, actions, wentwell):")
for inc in INCIDENTS:
    u = inc["source"]
    print(" ", u, sum(l[4] == u for l in blame_lines), sum(l[8] == u for l in action_lines), sum(l[2] == u for l in ww_lines))
print("OK: all checks passed")
