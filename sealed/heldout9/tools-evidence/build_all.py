"""Regenerate held-out 9's incidents and heldout9.txt (sealed/tools/build_evidence.py)."""
import lib  # noqa: F401 (sets the output folder)
import build_evidence
from incidents import I
build_evidence.main("heldout9", I)
