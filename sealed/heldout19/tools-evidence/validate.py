"""Format-only validation of sealed/heldout19/evidence (no scoring): the shared checks in sealed/tools/, plus this
set's own minimums (10 incidents, 30 key times, 35 events; 3-4 UNKNOWN key times; every incident with a paste and at
least two events; no INFERRED key time needed)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
import checks, validate_evidence
validate_evidence.main("heldout19", HERE)

EV = os.path.join(HERE, "..", "evidence")
ids = [l.strip() for l in open(os.path.join(EV, "heldout19.txt")) if l.strip()]
if len(ids) < 10:
    checks.err("fewer than 10 incidents:", len(ids))
events = unknown = stated = 0
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
if events < 35:
    checks.err("fewer than 35 events:", events)
if not 3 <= unknown <= 4:
    checks.err("UNKNOWN key times outside 3-4:", unknown)
if not os.path.exists(os.path.join(EV, "SOURCES-heldout19.md")):
    checks.err("SOURCES-heldout19.md missing")
print("key times stated", stated, "unknown", unknown, "events", events)
checks.finish()
