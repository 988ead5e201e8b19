"""Format-only validation of sealed/heldout18/evidence (no scoring): the shared checks in sealed/tools/, plus this
set's minimums (10 incidents, 45 events, 30 key times; every incident with a paste and at least three comments; 3-4 UNKNOWN key times, at least 24 STATED)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
import checks, validate_evidence
validate_evidence.main("heldout18", HERE)
validate_evidence.minimums("heldout18", HERE, 10, 45, (3, 4), stated=24, comments=3)
checks.finish()
