"""Format-only validation of sealed/heldout21/rules (no scoring): the shared checks in sealed/tools/, with this set's
minimum sizes (224 sentences, 154 action items, 42 went-well entries, 14 sources), plus this set's balance: exactly half
of the action items testable and half of the went-well entries vague, owners that mix named people, teams, we/everyone
and empty, and 8 BLAME + 8 OK sentences, 11 actions and 3 went-well entries per source."""
import os, sys
from collections import Counter
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
import checks, validate_rules
HERE = os.path.dirname(os.path.abspath(__file__))
validate_rules.main("heldout21", HERE, minimums=(224, 154, 42, 14))
RU = os.path.join(HERE, "..", "rules")
b = validate_rules.tsv_rows(os.path.join(RU, "blame-heldout21.tsv"), 5)
a = validate_rules.tsv_rows(os.path.join(RU, "actions-heldout21.tsv"), 9)
w = validate_rules.tsv_rows(os.path.join(RU, "wentwell-heldout21.tsv"), 3)
if len(b) != 224:
    checks.err("blame: expected exactly 224 sentences", len(b))
if sum(r[0] == "Y" for r in a) * 2 != len(a):
    checks.err("actions: testable must be exactly half", sum(r[0] == "Y" for r in a), len(a))
if sum(r[0] == "VAGUE" for r in w) * 2 != len(w):
    checks.err("went well: vague must be exactly half", sum(r[0] == "VAGUE" for r in w), len(w))
kinds = {"person": sum(r[2] == "Y" for r in a), "empty": sum(not r[5] for r in a),
         "we": sum(r[5].lower() in ("we", "everyone") for r in a),
         "team": sum(r[2] == "N" and bool(r[5]) and r[5].lower() not in ("we", "everyone") for r in a)}
if min(kinds.values()) == 0:
    checks.err("owners must mix named people, teams, we/everyone and empty", kinds)
for src, n in Counter(r[4] for r in b).items():
    if n != 16:
        checks.err("per-source blame count", src, n)
for src, n in Counter(r[8] for r in a).items():
    if n != 11:
        checks.err("per-source action count", src, n)
for src, n in Counter(r[2] for r in w).items():
    if n != 3:
        checks.err("per-source went-well count", src, n)
for r in a:
    if r[2] == "Y" and r[5].lower() in ("we", "everyone", "") :
        checks.err("owner_is_person Y without a person", r[7][:50])
print("owners", kinds)
print("blame kinds", sorted(Counter((r[0], r[1]) for r in b).items()))
print("actions testable x bounded", Counter(r[0] + r[1] for r in a))
checks.finish()
