"""Write one held-out set's rules/*-<name>.tsv from its rules_data.py (format of rules/study/*-heldout3.tsv)."""
import os


def main(name, ordinal, S, out):
    head = ["# Independent labelled data (%s held-out set); see SOURCES-%s.md in this directory for label rules and sources." % (ordinal, name),
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

    def write(file, columns, rows, n):
        for r in rows:
            assert len(r) == n and all("\t" not in x and "\n" not in x for x in r), r
        with open(os.path.join(out, file % name), "w", encoding="utf-8") as f:
            f.write("\n".join(head + columns) + "\n")
            for r in rows:
                f.write("\t".join(r) + "\n")

    write("blame-%s.tsv", ["# Half: %s." % name, "# columns (TAB-separated, no header row): label | kind | people | sentence | source"], blame, 5)
    write("actions-%s.tsv", ["# Half: %s. has_due is Y exactly when due holds a YYYY-MM-DD date." % name,
          "# columns (TAB-separated, no header row): testable | bounded | owner_is_person | recurrence | has_due | owner | due | summary | source"], actions, 9)
    write("wentwell-%s.tsv", ["# Half: %s." % name, "# columns (TAB-separated, no header row): label | sentence | source"], ww, 3)
    print(len(blame), len(actions), len(ww))
