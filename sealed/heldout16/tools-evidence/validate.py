"""Format-only validation of sealed/heldout16/evidence (no scoring): the shared checks in sealed/tools/, plus this
set's minimums (10 incidents, 36 events, 30 key times; every incident with a paste and at least three comments; 3-6 UNKNOWN key times, at least 24 STATED)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
import checks, validate_evidence
validate_evidence.main("heldout16", HERE)
validate_evidence.minimums("heldout16", HERE, 10, 36, (3, 6), stated=24, comments=3)
checks.finish()
