"""Format-only validation of sealed/heldout24/evidence (no scoring): the shared checks in sealed/tools/, plus this
set's minimums (8 incidents, 30 events, 2-4 UNKNOWN key times, every incident with a paste and at least two events,
SOURCES-heldout24.md present)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
import checks, validate_evidence
validate_evidence.main("heldout24", HERE)
validate_evidence.minimums("heldout24", HERE, 8, 30, (2, 4), events_each=2, sources=True)
checks.finish()
