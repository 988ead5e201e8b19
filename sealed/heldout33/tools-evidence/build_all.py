"""Regenerate held-out 33's incidents and heldout33.txt (sealed/tools/build_evidence.py)."""
import lib  # noqa: F401 (sets the output folder)
import build_evidence
from incidents import I
build_evidence.main("heldout33", I)
