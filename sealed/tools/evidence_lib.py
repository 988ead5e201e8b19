"""Shared generator of the held-out evidence sets: compact spec -> Jira Cloud REST v3 style JSON + paste files.

Written from the data format of src/test/resources/evidence/study/*.json only (no project code read).
"""
import hashlib, json, os, re

OUT = None  # set by each held-out set's lib.py to its own evidence folder

STATUS = {
    "Open": ("1", 2, "new", "To Do"),
    "In Progress": ("3", 4, "indeterminate", "In Progress"),
    "Monitoring": ("10010", 4, "indeterminate", "In Progress"),
    "Resolved": ("10004", 3, "done", "Done"),
    "Reopened": ("4", 2, "new", "To Do"),
}


def acct(name):
    h = hashlib.sha1(name.encode()).hexdigest()
    return "712020:%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])


def person(name):
    return {"accountId": acct(name), "displayName": name, "active": True, "accountType": "atlassian"}


def jt(iso):
    """'2025-02-06T08:40' -> '2025-02-06T08:40:00.000+0000' (UTC)."""
    if len(iso) == 16:
        iso += ":00"
    return iso + ".000+0000"


CODE_RE = re.compile(r"`([^`]+)`")


def inline(text):
    out = []
    pos = 0
    for m in CODE_RE.finditer(text):
        if m.start() > pos:
            out.append({"type": "text", "text": text[pos:m.start()]})
        out.append({"type": "text", "text": m.group(1), "marks": [{"type": "code"}]})
        pos = m.end()
    if pos < len(text):
        out.append({"type": "text", "text": text[pos:]})
    return out


def adf(markup):
    """Blocks separated by blank lines. '## ' heading, '- ' bullet lines, '> ' blockquote, '```' code block,
    lines inside a paragraph joined with hardBreak."""
    content = []
    for block in markup.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if lines[0].startswith("```"):
            body = "\n".join(lines[1:-1])
            content.append({"type": "codeBlock", "attrs": {"language": "text"},
                            "content": [{"type": "text", "text": body}]})
        elif lines[0].startswith("## "):
            content.append({"type": "heading", "attrs": {"level": 2}, "content": inline(lines[0][3:])})
            if len(lines) > 1:
                content.extend(adf("\n".join(lines[1:]))["content"])
        elif all(l.startswith("- ") for l in lines):
            content.append({"type": "bulletList", "content": [
                {"type": "listItem", "content": [{"type": "paragraph", "content": inline(l[2:])}]} for l in lines]})
        elif all(l.startswith("> ") for l in lines):
            content.append({"type": "blockquote", "content": [
                {"type": "paragraph", "content": inline(" ".join(l[2:] for l in lines))}]})
        else:
            para = []
            for i, l in enumerate(lines):
                if i:
                    para.append({"type": "hardBreak"})
                para.extend(inline(l))
            content.append({"type": "paragraph", "content": para})
    return {"type": "doc", "version": 1, "content": content}


def adf_text(node):
    """Plain text of an ADF node; hardBreak and block boundaries become newlines."""
    if isinstance(node, list):
        return "".join(adf_text(n) for n in node)
    t = node.get("type")
    if t == "text":
        return node["text"]
    if t == "hardBreak":
        return "\n"
    s = adf_text(node.get("content", []))
    if t in ("paragraph", "heading", "codeBlock", "listItem", "blockquote"):
        s += "\n"
    return s


def build(spec):
    iid = spec["issueId"]
    key = spec["key"]
    proj = key.split("-")[0]
    base = "https://acme.atlassian.net/rest/api/3/issue/%s" % iid
    cl = spec["changelog"]
    resolved_at = [c for c in cl if any(it[0] == "status" and it[2] == "Resolved" for it in c[2])][-1][1]
    last = max([resolved_at] + [c[2] for c in spec["comments"]])
    st = STATUS["Resolved"]
    fields = {
        "summary": spec["summary"],
        "issuetype": {"id": "10005", "name": "Incident"},
        "project": {"id": spec.get("projectId", "10100"), "key": proj, "name": proj},
        "status": {"self": "https://acme.atlassian.net/rest/api/3/status/10004", "id": "10004", "name": "Resolved",
                   "statusCategory": {"id": 3, "key": "done", "name": "Done"}},
        "resolution": {"id": "10000", "name": "Done"},
        "resolutiondate": jt(resolved_at),
        "priority": {"id": {"Highest": "1", "High": "2", "Medium": "3"}[spec.get("priority", "Highest")], "name": spec.get("priority", "Highest")},
        "reporter": person(spec["reporter"]),
        "assignee": person(spec["assignee"]),
        "labels": spec["labels"],
        "components": [{"id": str(10200 + i), "name": c} for i, c in enumerate(spec["components"])],
        "created": jt(spec["created"]),
        "updated": jt(last),
        "description": adf(spec["description"]),
        "issuelinks": [],
    }
    for i, (lkey, lsum) in enumerate(spec.get("links", [])):
        fields["issuelinks"].append({
            "id": str(20100 + i),
            "type": {"id": "10003", "name": "Relates", "inward": "relates to", "outward": "relates to"},
            "outwardIssue": {"id": str(30100 + i), "key": lkey, "fields": {
                "summary": lsum, "status": {"name": "To Do", "statusCategory": {"key": "new"}}}}})
    comments = []
    for c in spec["comments"]:
        cid, author, created, text = c[:4]
        public = c[4] if len(c) > 4 else True
        d = {"id": cid, "self": "%s/comment/%s" % (base, cid), "author": person(author),
             "updateAuthor": person(author), "created": jt(created), "updated": jt(created),
             "jsdPublic": public, "body": adf(text)}
        if not public:
            d["visibility"] = {"type": "role", "value": "Developers", "identifier": "Developers"}
        comments.append(d)
    changelog = []
    prev = "Open"
    for n, (author, created, items) in enumerate(cl):
        its = []
        for it in items:
            if it[0] == "status":
                to = it[2]
                its.append({"field": "status", "fieldtype": "jira", "fieldId": "status", "from": STATUS[prev][0],
                            "fromString": prev, "to": STATUS[to][0], "toString": to})
                prev = to
            elif it[0] == "resolution":
                if it[2] == "Done":
                    its.append({"field": "resolution", "fieldtype": "jira", "fieldId": "resolution", "from": None,
                                "fromString": None, "to": "10000", "toString": "Done"})
                else:
                    its.append({"field": "resolution", "fieldtype": "jira", "fieldId": "resolution", "from": "10000",
                                "fromString": "Done", "to": None, "toString": None})
            elif it[0] == "assignee":
                its.append({"field": "assignee", "fieldtype": "jira", "fieldId": "assignee",
                            "from": acct(it[1]), "fromString": it[1], "to": acct(it[2]), "toString": it[2]})
            elif it[0] == "priority":
                pid = {"Highest": "1", "High": "2", "Medium": "3"}
                its.append({"field": "priority", "fieldtype": "jira", "fieldId": "priority",
                            "from": pid[it[1]], "fromString": it[1], "to": pid[it[2]], "toString": it[2]})
        changelog.append({"id": str(700000 + (int(iid) % 10000) * 10 + n + 1),
                          "author": person(author), "created": jt(created), "items": its})
    remote = []
    for i, (url, title) in enumerate(spec.get("remote", [])):
        rid = int(iid) * 10 + i
        remote.append({"id": rid, "self": "https://acme.atlassian.net/rest/api/3/issue/%s/remotelink/%d" % (key, rid),
                       "globalId": "system=%s&id=%d" % (url, rid), "application": {"type": "com.web", "name": "Web"},
                       "relationship": "mentioned in", "object": {"url": url, "title": title}})
    pastes = []
    for p in spec["pastes"]:
        pastes.append({"file": p["file"], "zone": p["zone"], "referenceDate": p["referenceDate"]})
        with open(os.path.join(OUT, p["file"]), "w", encoding="utf-8") as f:
            f.write(p["text"].strip("\n") + "\n")
    doc = {"name": spec["name"], "now": spec["now"], "defaultZone": spec["defaultZone"],
           "resolvedStatusIds": ["10004", "6"],
           "issue": {"id": iid, "key": key, "self": base, "fields": fields},
           "comments": comments, "changelog": changelog, "remoteLinks": remote, "pastes": pastes,
           "expected": spec["expected"]}
    with open(os.path.join(OUT, spec["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return doc


def kt(at, basis, quote=None, where=None):
    if basis == "UNKNOWN":
        return {"at": None, "basis": "UNKNOWN", "quote": None, "where": None}
    return {"at": at, "basis": basis, "quote": quote, "where": where}


def nar(root, fix, internal, effect, lucky=(), well=(), badly=()):
    """An incident's narrative as the study files hold it (shared by every set's incidents.py)."""
    return {"rootCause": list(root), "fix": list(fix), "lucky": list(lucky), "wentWell": list(well),
            "wentBadly": list(badly), "customerEffect": effect, "internalNames": list(internal)}
