"""Format-only validation of sealed/heldout22/evidence (no scoring): the shared checks in sealed/tools/, plus this
set's minimums (9 incidents, 32 events, 3-4 UNKNOWN key times, every incident with a paste and at least two events,
SOURCES-heldout22.md present)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
import checks, validate_evidence
validate_evidence.main("heldout22", HERE)
validate_evidence.minimums("heldout22", HERE, 9, 32, (3, 4), events_each=2, sources=True)
checks.finish()
