"""Format-only validation of sealed/heldout17/evidence (no scoring): the shared checks in sealed/tools/, plus this
set's own minimums (10 incidents, 30 key times, 40 events; 3-5 UNKNOWN key times; every incident with a paste and
at least two events)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
import checks, validate_evidence
validate_evidence.main("heldout17", HERE)

EV = os.path.join(HERE, "..", "evidence")
ids = [l.strip() for l in open(os.path.join(EV, "heldout17.txt")) if l.strip()]
if len(ids) < 10:
    checks.err("fewer than 10 incidents:", len(ids))
events = unknown = stated = inferred = 0
for i in ids:
    d = json.load(open(os.path.join(EV, i + ".json")))
    exp = d["expected"]
    if len(exp["events"]) < 2:
        checks.err(i, "fewer than 2 events")
    if not d["pastes"]:
        checks.err(i, "no paste")
    events += len(exp["events"])
    for k in exp["keyTimes"].values():
        unknown += k["basis"] == "UNKNOWN"
        stated += k["basis"] == "STATED"
        inferred += k["basis"] == "INFERRED"
if events < 40:
    checks.err("fewer than 40 events:", events)
if not 3 <= unknown <= 5:
    checks.err("UNKNOWN key times outside 3-5:", unknown)
if not os.path.exists(os.path.join(EV, "SOURCES-heldout17.md")):
    checks.err("SOURCES-heldout17.md missing")
print("key times stated", stated, "inferred", inferred, "unknown", unknown, "events", events)
checks.finish()
