"""Regenerate held-out 26's incidents and heldout26.txt (sealed/tools/build_evidence.py)."""
import lib  # noqa: F401 (sets the output folder)
import build_evidence
from incidents import I
build_evidence.main("heldout26", I)
