"""Format-only validation of sealed/heldout48/rules (no scoring): the shared checks in sealed/tools/, with its minimum
sizes (224 sentences, 154 action items, 42 went-well entries, 14 sources), plus this set's balance: exactly half of the
action items testable and half of the went-well entries vague, owners that mix people, teams, we and empty, some due
dates, a software / outside-software split of 7 / 7 (the SOFTWARE list in rules_data.py, set by the author) and
exactly 16 blame sentences per incident. heldout39's checks with its untrimmed sizes."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
import checks, validate_rules
from rules_data import S, SOFTWARE
HERE = os.path.dirname(os.path.abspath(__file__))
validate_rules.main("heldout48", HERE, minimums=(224, 154, 42, 14))
RU = os.path.join(HERE, "..", "rules")
b = validate_rules.tsv_rows(os.path.join(RU, "blame-heldout48.tsv"), 5)
a = validate_rules.tsv_rows(os.path.join(RU, "actions-heldout48.tsv"), 9)
w = validate_rules.tsv_rows(os.path.join(RU, "wentwell-heldout48.tsv"), 3)
if len(b) != 224:
    checks.err("blame: expected exactly 224 sentences", len(b))
if len(a) != 154 or sum(r[0] == "Y" for r in a) * 2 != len(a):
    checks.err("actions: 154 items, testable must be exactly half", sum(r[0] == "Y" for r in a), len(a))
if len(w) != 42 or sum(r[0] == "VAGUE" for r in w) * 2 != len(w):
    checks.err("went well: 42 entries, vague must be exactly half", sum(r[0] == "VAGUE" for r in w), len(w))
kinds = {"person": sum(r[2] == "Y" for r in a), "empty": sum(not r[5] for r in a),
         "we": sum(r[5].lower() in ("we", "everyone") for r in a),
         "team": sum(bool(r[5]) and r[2] == "N" and r[5].lower() not in ("we", "everyone") for r in a)}
if min(kinds.values()) == 0:
    checks.err("owners must mix named people, teams, we/everyone and empty", kinds)
rec = {x: sum(r[3] == x for r in a) for x in ("PREVENTS", "PARTIAL", "DETECTS")}
if min(rec.values()) == 0:
    checks.err("recurrence must use PREVENTS, PARTIAL and DETECTS", rec)
if not 0 < sum(r[4] == "Y" for r in a) < len(a):
    checks.err("due dates must be present on some items only")
urls = [s["url"] for s in S]
if len(set(urls)) != len(urls) or len(set(SOFTWARE) & set(urls)) != 7 or len(urls) != 14:
    checks.err("software / outside-software split must be exactly half", len(SOFTWARE), len(urls))
for s in S:
    nb = len(s["blame"].strip().split("\n"))
    if nb != 16:
        checks.err("each incident: 16 sentences", s["url"], nb)
for r in b:
    if not r[2] or any(len(n.split()) < 2 for n in r[2].split(",")):
        checks.err("roster must list invented full names", r[2])
print("owners", kinds, "recurrence", rec)
checks.finish()
