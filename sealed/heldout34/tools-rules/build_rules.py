"""Write rules/*-heldout34.tsv from rules_data.py (sealed/tools/rules_lib.py), then rules/SOURCES-heldout34.md from
rules_data.SOURCES_MD with its counts computed from the data."""
import os, sys
from collections import Counter
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
import rules_lib
from rules_data import S, SOURCES_MD
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules")
rules_lib.main("heldout34", "thirty-fourth", S, OUT)


def counts():
    kinds = {"B": Counter(), "O": Counter()}
    for s in S:
        for line in s["blame"].strip().split("\n"):
            lk = line.split(" | ", 1)[0].split(" ", 1)
            kinds[lk[0]][lk[1].strip()] += 1
    acts = [[x.strip() for x in line.split("|", 3)] for s in S for line in s["actions"].strip().split("\n")]
    flags = [a[0].split() for a in acts]
    t = Counter(f[0] for f in flags)
    b = Counter(f[1] for f in flags)
    rec = Counter(f[3] for f in flags)
    person = sum(f[2] == "Y" for f in flags)
    we = sum(a[1].lower() in ("we", "everyone") for a in acts)
    empty = sum(not a[1] for a in acts)
    team = len(acts) - person - we - empty
    due = sum(bool(a[2]) for a in acts)
    ww = Counter(line.split(" | ", 1)[0].strip() for s in S for line in s["ww"].strip().split("\n"))
    nb = sum(kinds["B"].values()) + sum(kinds["O"].values())
    fmt = lambda c: ", ".join("%s %d" % kv for kv in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
    return "\n".join([
        "- blame: %d sentences, %d BLAME / %d OK, 8 + 8 per incident. BLAME kinds: %s. OK kinds: %s. No `implicit`,"
        " `error-term` or `org-subject` row." % (nb, sum(kinds["B"].values()), sum(kinds["O"].values()), fmt(kinds["B"]), fmt(kinds["O"])),
        "- actions: %d items, 11 per incident; testable %d Y / %d N (6 in odd-numbered incidents, 5 in even); bounded %d Y /"
        " %d N; owner is one named person %d (full names, first names, hyphenated surnames); teams and organisations %d,"
        " \"we\"/\"everyone\" %d, empty %d; due date on %d; PREVENTS %d, PARTIAL %d, DETECTS %d."
        % (len(acts), t["Y"], t["N"], b["Y"], b["N"], person, team, we, empty, due, rec["PREVENTS"], rec["PARTIAL"], rec["DETECTS"]),
        "- went well: %d entries, %d CONCRETE / %d VAGUE, 3 per incident (2 + 1 in odd-numbered incidents, 1 + 2 in even)."
        % (sum(ww.values()), ww["C"], ww["V"])])


with open(os.path.join(OUT, "SOURCES-heldout34.md"), "w", encoding="utf-8") as f:
    f.write(SOURCES_MD.replace("{counts}", counts()))
print("SOURCES-heldout34.md written")
