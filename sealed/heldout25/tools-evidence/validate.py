"""Format-only validation of sealed/heldout25/evidence (no scoring): the shared checks in sealed/tools/, plus this
set's minimums (10 incidents, 50 events; every incident with a paste, at least three comments and five events; 2-3
UNKNOWN key times; at least 25 STATED; its SOURCES file)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
import checks, validate_evidence
validate_evidence.main("heldout25", HERE)
validate_evidence.minimums("heldout25", HERE, 10, 50, (2, 3), stated=25, comments=3, events_each=5, sources=True)
checks.finish()
