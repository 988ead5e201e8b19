"""Format-only validation of one held-out language set (no scoring), called by the set's own validate.py before the set
is moved into the study folder. It reads rules/study/*.tsv (and, from heldout8 on, rules/training/*.tsv) as earlier
data: texts, roster names, source URLs, near-duplicates; no sealed set is read. The checks grew from set to set: the
sizes and the per-set flags say which a set was held to when it was written."""
import os, glob
from datetime import datetime
from collections import Counter

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
RSTUDY = os.path.join(ROOT, "src", "test", "resources", "rules", "study")
RTRAIN = os.path.join(ROOT, "src", "test", "resources", "rules", "training")
from checks import err


# ---------------------------------------------------------------- TSVs
def tsv_rows(path, n):
    rows = []
    for ln, line in enumerate(open(path, encoding="utf-8").read().split("\n"), 1):
        if not line or line.startswith("#"):
            continue
        f = line.split("\t")
        if len(f) != n:
            err(os.path.basename(path), ln, "fields", len(f))
            continue
        rows.append(f)
    return rows


def study_vocab(fname, col):
    vals = set()
    for f in glob.glob(os.path.join(RSTUDY, fname)):
        for line in open(f, encoding="utf-8"):
            if line.strip() and not line.startswith("#"):
                vals.add(line.rstrip("\n").split("\t")[col])
    return vals


def main(set_name, here, minimums=None, sources_and_owners=True, training=True):
    """Validate sealed/<set_name>/rules, written by the generator in <here> (the set's tools folder). minimums (blame
    sentences, actions, went-well entries, sources) adds heldout6's size, balance and near-duplicate checks;
    sources_and_owners adds heldout7's; training makes "earlier data" include rules/training, as from heldout8."""
    RU = os.path.join(here, "..", "rules")

    def earlier(pattern):
        """Earlier labelled files: rules/study and (added for heldout8) rules/training."""
        return glob.glob(os.path.join(RSTUDY, pattern)) + (glob.glob(os.path.join(RTRAIN, pattern)) if training else [])

    if os.path.exists(os.path.join(RU, "blame-" + set_name + ".tsv")):
        kinds = {(l, k) for l, k in zip(study_vocab("blame-heldout3.tsv", 0), [])}
        okkinds = set()
        for f in glob.glob(os.path.join(RSTUDY, "blame-heldout*.tsv")):
            for line in open(f, encoding="utf-8"):
                if line.strip() and not line.startswith("#"):
                    p = line.split("\t")
                    okkinds.add((p[0], p[1]))
        prior = set()
        for f in earlier("*.tsv"):
            for line in open(f, encoding="utf-8"):
                if line.strip() and not line.startswith("#"):
                    p = line.rstrip("\n").split("\t")
                    prior.add(p[3] if len(p) == 5 else p[7] if len(p) == 9 else p[1])
        b = tsv_rows(os.path.join(RU, "blame-" + set_name + ".tsv"), 5)
        oldnames = set()
        for f in earlier("blame-*.tsv"):
            for line in open(f, encoding="utf-8"):
                if line.strip() and not line.startswith("#"):
                    for nm in line.split("\t")[2].split(","):
                        oldnames |= {x for x in nm.split() if len(x) > 2}
        for nm in {x for r in b for x in r[2].split(",")}:
            for part in nm.split():
                if part in oldnames and len(part) > 3:
                    err("roster name part shared with earlier sets:", nm, part)
        seen = set()
        for r in b:
            if (r[0], r[1]) not in okkinds:
                err("blame label/kind", r[0], r[1])
            if r[3] in seen or r[3] in prior:
                err("blame duplicate", r[3][:60])
            seen.add(r[3])
            if not r[4].startswith("http"):
                err("blame source", r[4])
        a = tsv_rows(os.path.join(RU, "actions-" + set_name + ".tsv"), 9)
        for r in a:
            if not all(x in "YN" and x for x in (r[0], r[1], r[2], r[4])) or r[3] not in ("PREVENTS", "PARTIAL", "DETECTS"):
                err("actions labels", r[:5])
            if (r[4] == "Y") != bool(r[6]):
                err("has_due mismatch", r[7][:50])
            if r[6]:
                datetime.strptime(r[6], "%Y-%m-%d")
            if r[7] in seen or r[7] in prior:
                err("action duplicate", r[7][:60])
            seen.add(r[7])
            if r[2] == "Y" and (not r[5] or r[5].lower() in ("we", "tbd", "everyone", "someone", "me") or "/" in r[5]):
                err("owner_is_person Y for non-person", r[5])
        w = tsv_rows(os.path.join(RU, "wentwell-" + set_name + ".tsv"), 3)
        for r in w:
            if r[0] not in ("VAGUE", "CONCRETE"):
                err("wentwell label", r[0])
            if r[1] in seen or r[1] in prior:
                err("wentwell duplicate", r[1][:60])
            seen.add(r[1])

        # --- added for heldout6: sizes, balance, coverage, near-duplicates
        if minimums is not None:
            min_blame, min_actions, min_wentwell, min_sources = minimums
            if len(b) < min_blame or sum(r[0] == "BLAME" for r in b) * 2 != len(b):
                err("blame size/balance", len(b))
            if len(a) < min_actions:
                err("actions size", len(a))
            if len(w) < min_wentwell:
                err("wentwell size", len(w))
            srcs = {r[4] for r in b}
            if len(srcs) < min_sources or {r[8] for r in a} != srcs or {r[2] for r in w} != srcs:
                err("sources: need >= %d and the same set in all three files" % min_sources, len(srcs))
            for s_ in srcs:
                n_b = sum(r[4] == s_ and r[0] == "BLAME" for r in b)
                n_o = sum(r[4] == s_ and r[0] == "OK" for r in b)
                if n_b != n_o:
                    err("per-source blame balance", s_, n_b, n_o)
            missing = {k for k in okkinds} - {(r[0], r[1]) for r in b}
            if missing:
                print("kinds used earlier but absent here (not an error):", sorted(missing))

            import re as _re

            def toks(t):
                return set(_re.findall(r"[a-z0-9']+", t.lower()))
            priortoks = [(p_, toks(p_)) for p_ in prior]
            mine = [r[3] for r in b] + [r[7] for r in a] + [r[1] for r in w]
            for i_, t_ in enumerate(mine):
                tt = toks(t_)
                if len(tt) < 5:
                    continue
                for p_, pt in priortoks:
                    if len(pt) >= 5 and len(tt & pt) / len(tt | pt) >= 0.6:
                        err("near-duplicate of an earlier set:", t_[:50], "~", p_[:50])
                for u_ in mine[i_ + 1:]:
                    ut = toks(u_)
                    if len(ut) >= 5 and len(tt & ut) / len(tt | ut) >= 0.6:
                        err("near-duplicate within set:", t_[:50], "~", u_[:50])
        # --- added for heldout7: no source URL shared with an earlier study set, two-person owners are not a person
        if minimums is not None and sources_and_owners:
            oldsrc = set()
            for f in earlier("*.tsv"):
                for line in open(f, encoding="utf-8"):
                    if line.strip() and not line.startswith("#"):
                        oldsrc.add(line.rstrip("\n").split("\t")[-1])
            for s_ in srcs & oldsrc:
                err("source already used by an earlier study set:", s_)
            for r in a:
                if r[2] == "Y" and _re.search(r" and | & |/|,", r[5]):
                    err("owner_is_person Y for a multi-person owner", r[5])
        print("blame", len(b), Counter(r[0] for r in b))
        print("actions", len(a), "testable", Counter(r[0] for r in a), "bounded", Counter(r[1] for r in a),
              "person", Counter(r[2] for r in a), Counter(r[3] for r in a), "due", Counter(r[4] for r in a))
        print("wentwell", len(w), Counter(r[0] for r in w))


# ---------------------------------------------------------------- balanced sets (heldout44 on)
def balanced(set_name, here, S, SOFTWARE):
    """A set written to heldout44's shape, after the shared checks: exactly 224 sentences (16 per incident), 154 action
    items half testable, 42 went-well entries half vague, owners that mix people, teams, we and empty, all three
    recurrence labels, due dates on some items only, a software / outside-software split of 7 / 7 (the SOFTWARE list of
    the set's rules_data.py) and a roster of invented full names. Prints the owner and recurrence counts."""
    import checks
    main(set_name, here, minimums=(224, 154, 42, 14))
    ru = os.path.join(here, "..", "rules")
    b = tsv_rows(os.path.join(ru, "blame-%s.tsv" % set_name), 5)
    a = tsv_rows(os.path.join(ru, "actions-%s.tsv" % set_name), 9)
    w = tsv_rows(os.path.join(ru, "wentwell-%s.tsv" % set_name), 3)
    if len(b) != 224:
        checks.err("blame: expected exactly 224 sentences", len(b))
    if len(a) != 154 or sum(r[0] == "Y" for r in a) * 2 != len(a):
        checks.err("actions: 154 items, testable must be exactly half", sum(r[0] == "Y" for r in a), len(a))
    if len(w) != 42 or sum(r[0] == "VAGUE" for r in w) * 2 != len(w):
        checks.err("went well: 42 entries, vague must be exactly half", sum(r[0] == "VAGUE" for r in w), len(w))
    kinds = {"person": sum(r[2] == "Y" for r in a), "empty": sum(not r[5] for r in a),
             "we": sum(r[5].lower() in ("we", "everyone") for r in a),
             "team": sum(bool(r[5]) and r[2] == "N" and r[5].lower() not in ("we", "everyone") for r in a)}
    if min(kinds.values()) == 0:
        checks.err("owners must mix named people, teams, we/everyone and empty", kinds)
    rec = {x: sum(r[3] == x for r in a) for x in ("PREVENTS", "PARTIAL", "DETECTS")}
    if min(rec.values()) == 0:
        checks.err("recurrence must use PREVENTS, PARTIAL and DETECTS", rec)
    if not 0 < sum(r[4] == "Y" for r in a) < len(a):
        checks.err("due dates must be present on some items only")
    urls = [s["url"] for s in S]
    if len(set(urls)) != len(urls) or len(set(SOFTWARE) & set(urls)) != 7 or len(urls) != 14:
        checks.err("software / outside-software split must be exactly half", len(SOFTWARE), len(urls))
    for s in S:
        nb = len(s["blame"].strip().split("\n"))
        if nb != 16:
            checks.err("each incident: 16 sentences", s["url"], nb)
    for r in b:
        if not r[2] or any(len(n.split()) < 2 for n in r[2].split(",")):
            checks.err("roster must list invented full names", r[2])
    print("owners", kinds, "recurrence", rec)
