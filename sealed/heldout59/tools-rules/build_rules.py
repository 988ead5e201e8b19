"""Write rules/*-heldout59.tsv from rules_data.py (sealed/tools/rules_lib.py)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
import rules_lib
from rules_data import S
rules_lib.main("heldout59", "fifty-ninth", S, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules"))
