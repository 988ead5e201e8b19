"""Held-out 33 uses the shared generator (sealed/tools/evidence_lib.py), writing to ../evidence."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
import evidence_lib
evidence_lib.OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "evidence")
from evidence_lib import *  # noqa: F401,F403 (kt, build, person, ... for incidents.py)
