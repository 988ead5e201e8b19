"""Format-only validation of sealed/heldout19/evidence (no scoring): the shared checks in sealed/tools/, plus this
set's minimums (10 incidents, 35 events, 30 key times; every incident with a paste and at least two events; 3-4 UNKNOWN key times; its SOURCES file)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
import checks, validate_evidence
validate_evidence.main("heldout19", HERE)
validate_evidence.minimums("heldout19", HERE, 10, 35, (3, 4), events_each=2, sources=True)
checks.finish()
