"""Builds one incident (<id>.json + pastes) in the format of evidence/study and checks it.

Spec: a dict with keys id, name, now, defaultZone, key, issueId, summary, labels, components, created,
reporter, assignee, description (list of blocks), comments [(id, author, created, blocks, extra)],
changelog [(id, author, created, items)], links [(key, summary, status)], remote [(url, title)],
pastes [(file, zone, referenceDate, text)], expected {...}.
Blocks: "## heading", "- item" lines (bullet list), anything else a paragraph; `x` -> code mark.
"""
import hashlib, json, os, re, sys
from datetime import datetime, timezone, timedelta
from zoneinfo import ZoneInfo

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'evidence')
BASE = 'https://acme.atlassian.net/rest/api/3'
STATUS = {'Open': ('1', 'new', 2, 'To Do'), 'In Progress': ('3', 'indeterminate', 4, 'In Progress'),
          'Monitoring': ('10010', 'indeterminate', 4, 'In Progress'), 'Resolved': ('10004', 'done', 3, 'Done'),
          'Reopened': ('4', 'new', 2, 'To Do')}


def acct(name):
    h = hashlib.md5(name.encode()).hexdigest()
    return f"712020:{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def user(name):
    return {"accountId": acct(name), "displayName": name, "active": True, "accountType": "atlassian"}


def jts(s):
    """'2021-07-11 00:40' (UTC) -> Jira timestamp."""
    return datetime.strptime(s, '%Y-%m-%d %H:%M').strftime('%Y-%m-%dT%H:%M:00.000+0000')


def inline(text):
    out = []
    for i, part in enumerate(re.split(r'`([^`]*)`', text)):
        if not part:
            continue
        node = {"type": "text", "text": part}
        if i % 2 == 1:
            node["marks"] = [{"type": "code"}]
        out.append(node)
    return out


def adf(blocks):
    content = []
    for b in blocks:
        if b.startswith('## '):
            content.append({"type": "heading", "attrs": {"level": 2}, "content": inline(b[3:])})
        elif b.startswith('- '):
            items = [l[2:] for l in b.split('\n')]
            content.append({"type": "bulletList", "content": [
                {"type": "listItem", "content": [{"type": "paragraph", "content": inline(t)}]} for t in items]})
        else:
            content.append({"type": "paragraph", "content": inline(b)})
    return {"type": "doc", "version": 1, "content": content}


def plain(blocks):
    """Text as a reader sees it: one line per paragraph / list item, code marks stripped of backticks."""
    lines = []
    for b in blocks:
        if b.startswith('## '):
            lines.append(b[3:].replace('`', ''))
        elif b.startswith('- '):
            lines += [l[2:].replace('`', '') for l in b.split('\n')]
        else:
            lines.append(b.replace('`', ''))
    return lines


def build(spec):
    iid = spec['issueId']
    key = spec['key']
    last_done = [c for c in spec['changelog'] if any(i[0] == 'status' and i[2] == 'Resolved' for i in c[3])]
    resolutiondate = jts(last_done[-1][2])
    comments = []
    for cid, author, created, blocks, *extra in spec['comments']:
        c = {"id": str(cid), "self": f"{BASE}/issue/{iid}/comment/{cid}", "author": user(author),
             "updateAuthor": user(author), "created": jts(created), "updated": jts(created),
             "jsdPublic": not (extra and extra[0].get('internal')), "body": adf(blocks)}
        if extra and extra[0].get('visibility'):
            c["visibility"] = {"type": "role", "value": extra[0]['visibility'], "identifier": extra[0]['visibility']}
        comments.append(c)
    changelog = []
    for hid, author, created, items in spec['changelog']:
        its = []
        for field, frm, to in items:
            if field == 'status':
                its.append({"field": "status", "fieldtype": "jira", "fieldId": "status", "from": STATUS[frm][0],
                            "fromString": frm, "to": STATUS[to][0], "toString": to})
                if to == 'Resolved':
                    its.append({"field": "resolution", "fieldtype": "jira", "fieldId": "resolution", "from": None,
                                "fromString": None, "to": "10000", "toString": "Done"})
                if frm == 'Resolved':
                    its.append({"field": "resolution", "fieldtype": "jira", "fieldId": "resolution", "from": "10000",
                                "fromString": "Done", "to": None, "toString": None})
            elif field == 'assignee':
                its.append({"field": "assignee", "fieldtype": "jira", "fieldId": "assignee",
                            "from": acct(frm) if frm else None, "fromString": frm, "to": acct(to), "toString": to})
            else:
                its.append({"field": field, "fieldtype": "jira", "fieldId": field, "from": None,
                            "fromString": frm, "to": None, "toString": to})
        changelog.append({"id": str(hid), "author": user(author), "created": jts(created), "items": its})
    updated = max([c['created'] for c in comments] + [h['created'] for h in changelog])
    links = []
    for n, (lkey, lsum, lstat) in enumerate(spec.get('links', [])):
        cat = 'done' if lstat == 'Done' else ('new' if lstat == 'To Do' else 'indeterminate')
        links.append({"id": str(20100 + n), "type": {"id": "10003", "name": "Relates", "inward": "relates to",
                                                     "outward": "relates to"},
                      "outwardIssue": {"id": str(30100 + n), "key": lkey, "fields": {
                          "summary": lsum, "status": {"name": lstat, "statusCategory": {"key": cat}}}}})
    remote = []
    for n, (url, title) in enumerate(spec.get('remote', [])):
        rid = int(iid) * 10 + n
        remote.append({"id": rid, "self": f"{BASE}/issue/{key}/remotelink/{rid}",
                       "globalId": f"system={url}&id={rid}", "application": {"type": "com.web", "name": "Web"},
                       "relationship": "mentioned in", "object": {"url": url, "title": title}})
    doc = {
        "name": spec['name'], "now": spec['now'], "defaultZone": spec['defaultZone'],
        "resolvedStatusIds": ["10004", "6"],
        "issue": {"id": iid, "key": key, "self": f"{BASE}/issue/{iid}", "fields": {
            "summary": spec['summary'], "issuetype": {"id": "10005", "name": "Incident"},
            "project": {"id": "10100", "key": key.split('-')[0], "name": key.split('-')[0]},
            "status": {"self": f"{BASE}/status/10004", "id": "10004", "name": "Resolved",
                       "statusCategory": {"id": 3, "key": "done", "name": "Done"}},
            "resolution": {"id": "10000", "name": "Done"}, "resolutiondate": resolutiondate,
            "priority": {"id": "1", "name": spec.get('priority', 'Highest')},
            "reporter": user(spec['reporter']), "assignee": user(spec['assignee']),
            "labels": spec['labels'], "components": [{"id": str(10200 + i), "name": c} for i, c in enumerate(spec['components'])],
            "created": jts(spec['created']), "updated": updated, "description": adf(spec['description']),
            "issuelinks": links}},
        "comments": comments, "changelog": changelog, "remoteLinks": remote,
        "pastes": [{"file": f, "zone": z, "referenceDate": d} for f, z, d, _ in spec['pastes']],
        "expected": spec['expected'],
    }
    return doc


# ---------------------------------------------------------------- checks
def parse_min(s):
    return datetime.strptime(s, '%Y-%m-%dT%H:%MZ').replace(tzinfo=timezone.utc)


def time_forms(dt):
    h, m = dt.hour, dt.minute
    h12 = h % 12 or 12
    return {f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"{h12}:{m:02d}"}


def check(spec, doc):
    errs = []
    texts = {'description': plain(spec['description'])}
    for cid, author, created, blocks, *extra in spec['comments']:
        texts[f'comment {cid}'] = plain(blocks)
    for f, z, d, t in spec['pastes']:
        texts[f] = t.split('\n')
    all_lines = [l for ls in texts.values() for l in ls]
    all_text = '\n'.join(all_lines).lower()
    meta = [spec['summary'], spec['reporter'], spec['assignee']] + [c[1] for c in spec['comments']] + \
           [h[1] for h in spec['changelog']] + [k + ' ' + s for k, s, _ in spec.get('links', [])]
    meta_text = (all_text + '\n' + '\n'.join(meta).lower())
    # ordering and range
    created = spec['created']
    cs = [c[2] for c in spec['comments']]
    hs = [h[2] for h in spec['changelog']]
    if cs != sorted(cs): errs.append('comments not ordered')
    if hs != sorted(hs): errs.append('changelog not ordered')
    now = spec['now'][:16].replace('T', ' ')
    for t in cs + hs:
        if not (created <= t <= now): errs.append(f'timestamp {t} outside [created, now]')
    if hs and not any(i[0] == 'status' and i[2] == 'Resolved' for i in spec['changelog'][-1][3]) and \
            spec['changelog'][-1][3][0][0] == 'status':
        errs.append('last status transition is not Resolved')
    # key times
    exp = spec['expected']
    for k in ('started', 'detected', 'resolved'):
        x = exp['keyTimes'][k]
        if x['basis'] == 'UNKNOWN':
            if x['at'] is not None or x['quote'] is not None or x['where'] is not None:
                errs.append(f'{k}: UNKNOWN must have at/quote/where null')
            continue
        parse_min(x['at'])
        w = x['where']
        if ':' in w and w.split(':')[0] in texts:
            f, ln = w.rsplit(':', 1)
            lines = texts[f]
            if not (1 <= int(ln) <= len(lines)) or x['quote'] not in lines[int(ln) - 1]:
                errs.append(f'{k}: quote not verbatim at {w}')
        elif w in texts:
            if not any(x['quote'] in l for l in texts[w]):
                errs.append(f'{k}: quote not verbatim at {w}')
        else:
            errs.append(f'{k}: unknown where {w}')
        if x['basis'] == 'INFERRED':
            dt = parse_min(x['at'])
            zones = [ZoneInfo('UTC'), ZoneInfo(spec['defaultZone'])] + [ZoneInfo(z) for _, z, _, _ in spec['pastes']]
            for z in zones:
                for form in time_forms(dt.astimezone(z)):
                    if re.search(r'(?<![\d:])' + re.escape(form) + r'(?![\d])', all_text):
                        errs.append(f'{k}: INFERRED but {form} ({z}) written in the evidence')
    # events: minute written near a keyword (same line), in UTC / default zone / a paste zone
    zones = [ZoneInfo('UTC'), ZoneInfo(spec['defaultZone'])] + [ZoneInfo(z) for _, z, _, _ in spec['pastes']]
    for at, kws in exp['events']:
        dt = parse_min(at)
        for kw in kws:
            if kw != kw.lower(): errs.append(f'event keyword not lowercase: {kw}')
        if not any(kw in all_text for kw in kws):
            errs.append(f'event {at}: no keyword in evidence')
        ok = False
        for z in zones:
            for form in time_forms(dt.astimezone(z)):
                pat = re.compile(r'(?<![\d:])' + re.escape(form) + r'(?![\d])')
                for src, lines in texts.items():
                    for i, l in enumerate(lines):
                        if pat.search(l):
                            window = ' '.join(lines[max(0, i - 1):i + 2]).lower()
                            if any(kw in window for kw in kws):
                                ok = True
        if not ok:
            errs.append(f'event {at} {kws}: minute not written near a keyword')
    for name, role in exp['responders']:
        if name.lower() not in meta_text:
            errs.append(f'responder {name} not in evidence')
    n = exp['narrative']
    for fld in ('rootCause', 'fix', 'lucky', 'wentWell', 'wentBadly'):
        for kw in n[fld]:
            if kw.lower() not in all_text: errs.append(f'narrative {fld} "{kw}" not in evidence')
    for nm in n['internalNames']:
        if nm.lower() not in meta_text and nm != spec['key']:
            errs.append(f'internal name {nm} not in evidence')
    if spec['key'] not in n['internalNames']: errs.append('issue key missing from internalNames')
    return errs


def validate_adf(doc):
    path = '/work/shared/specs/adf-json-schema.json'
    if not os.path.exists(path):
        return ['(schema absent, skipped)']
    import jsonschema
    schema = json.load(open(path))
    v = jsonschema.Draft4Validator(schema)
    errs = []
    for label, body in [('description', doc['issue']['fields']['description'])] + \
                       [(f"comment {c['id']}", c['body']) for c in doc['comments']]:
        for e in v.iter_errors(body):
            errs.append(f'ADF {label}: {e.message[:120]}')
    return errs


def emit(spec):
    doc = build(spec)
    errs = check(spec, doc) + [e for e in validate_adf(doc) if not e.startswith('(')]
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, spec['id'] + '.json'), 'w') as f:
        json.dump(doc, f, indent=1, ensure_ascii=False)
        f.write('\n')
    for fn, z, d, t in spec['pastes']:
        assert fn.startswith(spec['id'] + '-') and fn.endswith('.txt'), fn
        with open(os.path.join(OUT, fn), 'w') as f:
            f.write(t if t.endswith('\n') else t + '\n')
    if errs:
        print(f"{spec['id']}: {len(errs)} problem(s)")
        for e in errs: print('   ', e)
        sys.exit(1)
    ev = spec['expected']
    print(f"{spec['id']}: ok, events {len(ev['events'])}, key times " +
          ', '.join(f"{k}={v['basis']}" for k, v in ev['keyTimes'].items()))


def kt(at, basis, quote, where):
    return {"at": at, "basis": basis, "quote": quote, "where": where}


UNKNOWN = {"at": None, "basis": "UNKNOWN", "quote": None, "where": None}
