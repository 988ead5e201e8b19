"""Write rules/*-heldout10.tsv from rules_data.py (format of rules/study/*-heldout3.tsv)."""
import os
from rules_data import S

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules")
HEAD = ["# Independent labelled data (tenth held-out set); see SOURCES-heldout10.md in this directory for label rules and sources.",
        "# All people names are invented; incidents and their facts are paraphrased from the public source in the last column."]
blame, actions, ww = [], [], []
for src in S:
    people = ",".join(src["people"])
    for line in src["blame"].strip().split("\n"):
        lk, sent = line.split(" | ", 1)
        l, kind = lk.split(" ", 1)
        blame.append(["BLAME" if l == "B" else "OK", kind.strip(), people, sent.strip(), src["url"]])
    for line in src["actions"].strip().split("\n"):
        flags, owner, due, summ = [x.strip() for x in line.split("|", 3)]
        t, b, p, rec = flags.split()
        actions.append([t, b, p, rec, "Y" if due else "N", owner, due, summ, src["url"]])
    for line in src["ww"].strip().split("\n"):
        l, sent = line.split(" | ", 1)
        ww.append(["CONCRETE" if l.strip() == "C" else "VAGUE", sent.strip(), src["url"]])


def write(name, head, rows, n):
    for r in rows:
        assert len(r) == n and all("\t" not in x and "\n" not in x for x in r), r
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("\n".join(head) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


write("blame-heldout10.tsv", HEAD + ["# Half: heldout10.", "# columns (TAB-separated, no header row): label | kind | people | sentence | source"], blame, 5)
write("actions-heldout10.tsv", HEAD + ["# Half: heldout10. has_due is Y exactly when due holds a YYYY-MM-DD date.",
      "# columns (TAB-separated, no header row): testable | bounded | owner_is_person | recurrence | has_due | owner | due | summary | source"], actions, 9)
write("wentwell-heldout10.tsv", HEAD + ["# Half: heldout10.", "# columns (TAB-separated, no header row): label | sentence | source"], ww, 3)
print(len(blame), len(actions), len(ww))
