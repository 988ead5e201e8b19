"""Regenerate held-out 59's incidents and heldout59.txt (sealed/tools/build_evidence.py)."""
import lib  # noqa: F401 (sets the output folder and the id renumbering)
import build_evidence
from incidents import I
build_evidence.main("heldout59", I)
