"""Regenerate one held-out set's incidents (json + pastes) and its list file from its incidents.py."""
import os
import evidence_lib as lib


def main(name, specs):
    for spec in specs:
        files = {p["file"]: p["text"].strip("\n").split("\n") for p in spec["pastes"]}
        for kind, k in spec["expected"]["keyTimes"].items():
            w = k["where"]
            if w and w.endswith(".txt"):
                hits = [i + 1 for i, line in enumerate(files[w]) if k["quote"] in line]
                assert len(hits) == 1, (spec["id"], kind, hits)
                k["where"] = "%s:%d" % (w, hits[0])
        lib.build(spec)
    with open(os.path.join(lib.OUT, name + ".txt"), "w") as f:
        f.write("\n".join(s["id"] for s in specs) + "\n")
    print("built", len(specs))
