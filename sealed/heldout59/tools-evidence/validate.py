"""Format-only validation of sealed/heldout59/evidence (no scoring): the shared checks in sealed/tools/, plus this
set's minimums (10 incidents, 90 events; every incident with a paste, at least three comments and three events; 2-4
UNKNOWN key times; at least 20 STATED; its SOURCES file)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
import checks, validate_evidence
validate_evidence.main("heldout59", HERE)
validate_evidence.minimums("heldout59", HERE, 10, 90, (2, 4), stated=20, comments=3, events_each=3, sources=True)
checks.finish()
