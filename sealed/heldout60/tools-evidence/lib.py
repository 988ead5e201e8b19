"""Held-out 60 uses the shared generator (sealed/tools/evidence_lib.py), writing to ../evidence.

The shared generator numbers issue links (20100/30100), changelog entries (700000 + ...) and remote links (issue id x 10)
the same way for every set, and gives every project and component the same ids; here they are renumbered into
818000-818999 (issue ids 98180-98189 and comment ids 239500+ come from incidents.py). Jira type ids (status, status
category, priority, issue type, resolution) stay as the shared generator writes them."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
import evidence_lib
evidence_lib.OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "evidence")
os.makedirs(evidence_lib.OUT, exist_ok=True)
from evidence_lib import *  # noqa: F401,F403 (kt, nar, ... for incidents.py)

_shared_build = evidence_lib.build


def build(spec):
    doc = _shared_build(spec)
    n = int(spec["issueId"]) - 98180
    key = doc["issue"]["key"]
    fields = doc["issue"]["fields"]
    fields["project"]["id"] = str(818900 + n)
    for i, c in enumerate(fields["components"]):
        c["id"] = str(818950 + n * 5 + i)
    for i, h in enumerate(doc["changelog"]):
        h["id"] = str(818000 + n * 20 + i + 1)
    for i, link in enumerate(doc["issue"]["fields"]["issuelinks"]):
        link["id"] = str(818600 + n * 10 + i)
        link["outwardIssue"]["id"] = str(818700 + n * 10 + i)
    for i, r in enumerate(doc["remoteLinks"]):
        rid = 818800 + n * 10 + i
        r["id"] = rid
        r["self"] = "https://acme.atlassian.net/rest/api/3/issue/%s/remotelink/%d" % (key, rid)
        r["globalId"] = "system=%s&id=%d" % (r["object"]["url"], rid)
    with open(os.path.join(evidence_lib.OUT, spec["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return doc


evidence_lib.build = build
