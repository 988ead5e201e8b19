"""Compares the key structure of each generated incident with one file of the existing study."""
import json, glob, os, sys
ref = json.load(open('/work/main/src/test/resources/evidence/study/gocardless-2018.json'))
def shape(d, depth=0):
    if isinstance(d, dict):
        return {k: shape(v, depth + 1) for k, v in d.items()} if depth < 2 else sorted(d.keys())
    return type(d).__name__
bad = 0
for f in sorted(glob.glob(os.path.join(os.path.dirname(__file__), '..', '..', 'evidence', '*.json'))):
    d = json.load(open(f))
    for k in ('issue', 'expected'):
        a, b = set(ref[k].keys()), set(d[k].keys())
        if a != b: print(f, k, a ^ b); bad += 1
    a, b = set(ref['issue']['fields']), set(d['issue']['fields'])
    if a != b: print(f, 'fields', a ^ b); bad += 1
    if set(ref) != set(d): print(f, 'top', set(ref) ^ set(d)); bad += 1
    if set(ref['comments'][0]) - set(d['comments'][0]) : print(f, 'comment', set(ref['comments'][0]) ^ set(d['comments'][0])); bad += 1
    if set(ref['changelog'][0]) != set(d['changelog'][0]): print(f, 'history'); bad += 1
    if set(ref['remoteLinks'][0]) != set(d['remoteLinks'][0]): print(f, 'remote'); bad += 1
    for k, v in d['expected']['keyTimes'].items():
        if set(v) != {'at', 'basis', 'quote', 'where'}: print(f, k); bad += 1
    if set(d['expected']['narrative']) != set(ref['expected']['narrative']): print(f, 'narrative'); bad += 1
print('format differences:', bad)
sys.exit(1 if bad else 0)
