"""Format-only validation of sealed/heldout16/evidence (no scoring): the shared checks in sealed/tools/, plus this
set's minimums (10 incidents, 36 events, 30 key times; every incident with a paste and at least three comments;
3-6 UNKNOWN key times, most stated)."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
import checks, validate_evidence

HERE = os.path.dirname(os.path.abspath(__file__))
validate_evidence.main("heldout16", HERE)

EV = os.path.join(HERE, "..", "evidence")
ids = [l.strip() for l in open(os.path.join(EV, "heldout16.txt")) if l.strip()]
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
if events < 36:
    checks.err("minimum: 36 events, got", events)
if not 3 <= unknown <= 6:
    checks.err("UNKNOWN key times should be 3-6, got", unknown)
if stated < 24:
    checks.err("minimum: 24 STATED key times, got", stated)
print("events", events, "key times: stated", stated, "inferred", inferred, "unknown", unknown)
checks.finish()
