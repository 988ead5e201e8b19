"""Format-only validation of sealed/heldout20/evidence (no scoring): the shared checks in sealed/tools/, plus this
set's minimums (9 incidents, 32 events, 3-4 UNKNOWN key times, every incident with a paste and at least two events,
SOURCES-heldout20.md present)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
import checks, validate_evidence
validate_evidence.main("heldout20", HERE)
validate_evidence.minimums("heldout20", HERE, 9, 32, (3, 4), events_each=2, sources=True)
checks.finish()
