"""Format-only validation of sealed/heldout19/rules (no scoring): the shared checks in sealed/tools/, with its minimum
sizes (240 sentences, 168 action items, 42 went-well entries, 12 sources), plus this set's balance: exactly half of the
action items testable and half of the went-well entries vague, and owners that mix people, non-people and empty."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
import checks, validate_rules
HERE = os.path.dirname(os.path.abspath(__file__))
validate_rules.main("heldout19", HERE, minimums=(240, 168, 42, 12))
RU = os.path.join(HERE, "..", "rules")
a = validate_rules.tsv_rows(os.path.join(RU, "actions-heldout19.tsv"), 9)
w = validate_rules.tsv_rows(os.path.join(RU, "wentwell-heldout19.tsv"), 3)
if sum(r[0] == "Y" for r in a) * 2 != len(a):
    checks.err("actions: testable must be exactly half", sum(r[0] == "Y" for r in a), len(a))
if sum(r[0] == "VAGUE" for r in w) * 2 != len(w):
    checks.err("went well: vague must be exactly half", sum(r[0] == "VAGUE" for r in w), len(w))
kinds = {"person": sum(r[2] == "Y" for r in a), "empty": sum(not r[5] for r in a),
         "we": sum(r[5].lower() in ("we", "everyone") for r in a)}
if min(kinds.values()) == 0:
    checks.err("owners must mix named people, we/everyone and empty", kinds)
checks.finish()
