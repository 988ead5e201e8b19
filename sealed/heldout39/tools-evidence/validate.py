"""Format-only validation of sealed/heldout39/evidence (no scoring): the shared checks in sealed/tools/, plus this
set's minimums (10 incidents, 110 events; every incident with a paste, at least three comments and three events;
exactly 3 UNKNOWN key times; at least 26 STATED; its SOURCES file)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
import checks, validate_evidence
validate_evidence.main("heldout39", HERE)
validate_evidence.minimums("heldout39", HERE, 10, 110, (3, 3), stated=26, comments=3, events_each=3, sources=True)
checks.finish()
