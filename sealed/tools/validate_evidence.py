"""Format-only validation of one held-out evidence set (no scoring), called by the set's own validate.py before the set
is moved into the study folder (afterwards its ids are "already used in study")."""
import json, os, re, glob
from datetime import datetime, timezone, timedelta
from zoneinfo import ZoneInfo
from evidence_lib import adf_text

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
STUDY = os.path.join(ROOT, "src", "test", "resources", "evidence", "study")
from checks import err


def keyshape(o, path=""):
    out = set()
    if isinstance(o, dict):
        for k, v in o.items():
            out.add(path + "/" + k)
            out |= keyshape(v, path + "/" + k)
    elif isinstance(o, list):
        for v in o:
            out |= keyshape(v, path + "[]")
    return out


ref = json.load(open(os.path.join(STUDY, "pubnub-2022-08.json")))
refshape = set()
for f in glob.glob(os.path.join(STUDY, "*.json")):
    refshape |= keyshape(json.load(open(f)))
JT = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000\+0000$")
KT = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\dZ$")
try:
    import jsonschema
    schema = json.load(open(os.path.join(ROOT, "..", "shared", "specs", "adf-json-schema.json")))
    adfv = jsonschema.Draft4Validator(schema)
except Exception as e:  # pragma: no cover
    print("jsonschema not available:", e)
    adfv = None


def pj(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%S.000+0000").replace(tzinfo=timezone.utc)


def pk(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%MZ").replace(tzinfo=timezone.utc)


def forms(dt):
    h, m = dt.hour, dt.minute
    h12 = h % 12 or 12
    return {"%02d:%02d" % (h, m), "%d:%02d" % (h, m), "%d:%02d" % (h12, m)}


def main(set_name, here):
    """Validate sealed/<set_name>/evidence, written by the generator in <here> (the set's tools folder)."""
    EV = os.path.join(here, "..", "evidence")
    ids = [l.strip() for l in open(os.path.join(EV, set_name + ".txt")) if l.strip()]
    used = set()
    for f in glob.glob(os.path.join(STUDY, "*.txt")):
        if os.path.basename(f).startswith(("dev", "heldout")):
            used |= {l.strip() for l in open(f) if l.strip()}
    for i in ids:
        if i in used:
            err("id already used in study:", i)
    for i in ids:
        d = json.load(open(os.path.join(EV, i + ".json")))
        extra = {p for p in keyshape(d) - refshape if not p.endswith(("/marks", "/marks[]/type"))}
        if extra:
            err(i, "keys not seen in study files:", sorted(extra)[:5])
        missing = keyshape(ref) - keyshape(d) - {p for p in keyshape(ref) if "marks" in p or "visibility" in p or "/attrs" in p}
        if missing:
            err(i, "keys missing vs pubnub:", sorted(missing)[:5])
        fl = d["issue"]["fields"]
        created, now = pj(fl["created"]), datetime.strptime(d["now"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        for s in (fl["created"], fl["updated"], fl["resolutiondate"]):
            if not JT.match(s):
                err(i, "bad jira time", s)
        texts = {"description": adf_text(fl["description"])}
        prev = created
        for c in d["comments"]:
            t = pj(c["created"])
            if not (prev <= t <= now):
                err(i, "comment order", c["id"])
            prev = t
            texts["comment " + c["id"]] = adf_text(c["body"])
            if adfv:
                for e in adfv.iter_errors(c["body"]):
                    err(i, "ADF comment", c["id"], e.message[:80])
        if adfv:
            for e in adfv.iter_errors(fl["description"]):
                err(i, "ADF description", e.message[:80])
        prev = created
        res = None
        for h in d["changelog"]:
            t = pj(h["created"])
            if not (prev <= t <= now):
                err(i, "changelog order", h["id"])
            prev = t
            for it in h["items"]:
                if it["field"] == "status" and it["toString"] == "Resolved":
                    res = h["created"]
        if res != fl["resolutiondate"]:
            err(i, "resolutiondate != last Resolved", res, fl["resolutiondate"])
        zones = {"UTC", d["defaultZone"]}
        for p in d["pastes"]:
            path = os.path.join(EV, p["file"])
            if not os.path.exists(path):
                err(i, "missing paste", p["file"])
                continue
            ZoneInfo(p["zone"])
            datetime.strptime(p["referenceDate"], "%Y-%m-%d")
            zones.add(p["zone"])
            for n, line in enumerate(open(path, encoding="utf-8").read().split("\n"), 1):
                texts["%s:%d" % (p["file"], n)] = line
        alltext = "\n".join(texts.values()) + "\n" + d["issue"]["key"]
        exp = d["expected"]
        for name in ("started", "detected", "resolved"):
            k = exp["keyTimes"][name]
            if set(k) != {"at", "basis", "quote", "where"}:
                err(i, name, "fields", k.keys())
            if k["basis"] == "UNKNOWN":
                if any(k[x] is not None for x in ("at", "quote", "where")):
                    err(i, name, "UNKNOWN with values")
                continue
            if k["basis"] not in ("STATED", "INFERRED") or not KT.match(k["at"] or ""):
                err(i, name, "bad basis/at", k)
                continue
            if k["where"] not in texts or k["quote"] not in texts[k["where"]]:
                err(i, name, "quote not at where", k["where"])
            if k["basis"] == "INFERRED":
                at = pk(k["at"])
                for z in zones:
                    for fm in forms(at.astimezone(ZoneInfo(z))):
                        if re.search(r"(?<![\d:])" + re.escape(fm) + r"(?!\d)", alltext):
                            err(i, name, "INFERRED minute written:", fm, z)
        evs = exp["events"]
        if [e[0] for e in evs] != sorted(e[0] for e in evs):
            err(i, "events not sorted")
        keys = list(texts.keys())
        for at_s, kws in evs:
            if not KT.match(at_s):
                err(i, "bad event time", at_s)
                continue
            at = pk(at_s)
            ok = False
            for idx, key in enumerate(keys):
                line_block = texts[key].split("\n") if not key.endswith(tuple("0123456789")) or ":" not in key else [texts[key]]
                for j, line in enumerate(line_block):
                    nxt = ""
                    if ":" in key and key.split(":")[-1].isdigit() and idx + 1 < len(keys) and keys[idx + 1].startswith(key.rsplit(":", 1)[0]):
                        nxt = texts[keys[idx + 1]]
                    window = (line + " " + nxt).lower()
                    for z in zones:
                        for fm in forms(at.astimezone(ZoneInfo(z))):
                            if re.search(r"(?<![\d:])" + re.escape(fm) + r"(?!\d)", line) and any(kw.lower() in window for kw in kws):
                                ok = True
            if not ok:
                err(i, "event minute not written near keyword:", at_s, kws)
        for nm, role in exp["responders"]:
            if nm not in alltext and nm not in json.dumps(d["issue"], ensure_ascii=False) and nm not in json.dumps(d["comments"], ensure_ascii=False):
                err(i, "responder not in evidence", nm)
            if role not in (None, "incident commander", "comms", "subject expert", "scribe", "SME", "exec sponsor"):
                err(i, "role", role)
        nar = exp["narrative"]
        for kk in ("rootCause", "fix", "lucky", "wentWell", "wentBadly"):
            for w in nar[kk]:
                if w.lower() not in alltext.lower():
                    err(i, "narrative keyword missing", kk, w)
        for w in nar["internalNames"]:
            if w not in alltext:
                err(i, "internal name missing", w)
        if not isinstance(nar["customerEffect"], str):
            err(i, "customerEffect")

    print("incidents", len(ids))


def minimums(set_name, here, incidents, events, unknown, stated=0, comments=0, events_each=0, sources=False):
    """A set's own minimums, checked after main(): at least `incidents` incidents and `events` labelled events, a number
    of UNKNOWN key times within the (low, high) pair `unknown`, at least `stated` STATED key times, and for every
    incident a pasted thread, at least `comments` comments and `events_each` events; `sources`: SOURCES-<set>.md must
    be there. Prints the counts."""
    ev = os.path.join(here, "..", "evidence")
    ids = [l.strip() for l in open(os.path.join(ev, set_name + ".txt")) if l.strip()]
    n_events = n_unknown = n_stated = n_inferred = 0
    for i in ids:
        d = json.load(open(os.path.join(ev, i + ".json")))
        exp = d["expected"]
        n_events += len(exp["events"])
        if not d["pastes"]:
            err(i, "no pasted thread")
        if len(d["comments"]) < comments:
            err(i, "fewer than %d comments" % comments)
        if len(exp["events"]) < events_each:
            err(i, "fewer than %d events" % events_each)
        for k in exp["keyTimes"].values():
            n_unknown += k["basis"] == "UNKNOWN"
            n_stated += k["basis"] == "STATED"
            n_inferred += k["basis"] == "INFERRED"
    if len(ids) < incidents:
        err("minimum: %d incidents, got" % incidents, len(ids))
    if n_events < events:
        err("minimum: %d events, got" % events, n_events)
    if not unknown[0] <= n_unknown <= unknown[1]:
        err("UNKNOWN key times should be %d-%d, got" % unknown, n_unknown)
    if n_stated < stated:
        err("minimum: %d STATED key times, got" % stated, n_stated)
    if sources and not os.path.exists(os.path.join(ev, "SOURCES-%s.md" % set_name)):
        err("SOURCES-%s.md missing" % set_name)
    print("incidents", len(ids), "events", n_events, "key times: stated", n_stated, "inferred", n_inferred,
          "unknown", n_unknown)
