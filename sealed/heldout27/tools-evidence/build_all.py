"""Regenerate held-out 27's incidents and heldout27.txt (sealed/tools/build_evidence.py)."""
import lib  # noqa: F401 (sets the output folder)
import build_evidence
from incidents import I
build_evidence.main("heldout27", I)
