"""Format-only validation of sealed/heldout18/evidence (no scoring): the shared checks in sealed/tools/, plus this
set's minimums (10 incidents, 45 events, 30 key times; every incident with a paste and at least three comments;
3-4 UNKNOWN key times, most stated)."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
import checks, validate_evidence

HERE = os.path.dirname(os.path.abspath(__file__))
validate_evidence.main("heldout18", HERE)

EV = os.path.join(HERE, "..", "evidence")
ids = [l.strip() for l in open(os.path.join(EV, "heldout18.txt")) if l.strip()]
events = unknown = stated = inferred = 0
for i in ids:
    d = json.load(open(os.path.join(EV, i + ".json")))
    events += len(d["expected"]["events"])
    if not d["pastes"]:
        checks.err(i, "no pasted thread")
    if len(d["comments"]) < 3:
        checks.err(i, "fewer than three comments")
    for k in d["expected"]["keyTimes"].values():
        unknown += k["basis"] == "UNKNOWN"
        stated += k["basis"] == "STATED"
        inferred += k["basis"] == "INFERRED"
if len(ids) < 10:
    checks.err("minimum: 10 incidents, got", len(ids))
if events < 45:
    checks.err("minimum: 45 events, got", events)
if not 3 <= unknown <= 4:
    checks.err("UNKNOWN key times should be 3-4, got", unknown)
if stated < 24:
    checks.err("minimum: 24 STATED key times, got", stated)
print("incidents", len(ids), "events", events, "key times: stated", stated, "inferred", inferred, "unknown", unknown)
checks.finish()
