"""Regenerate held-out 60's incidents and heldout60.txt (sealed/tools/build_evidence.py)."""
import lib  # noqa: F401 (sets the output folder and the id renumbering)
import build_evidence
from incidents import I
build_evidence.main("heldout60", I)
