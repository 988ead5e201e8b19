"""Format-only validation of sealed/heldout23/evidence (no scoring): the shared checks in sealed/tools/, plus this
set's minimums (9 incidents, 32 events; every incident with a paste and at least two events; 3-4 UNKNOWN key times;
its SOURCES file)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
import checks, validate_evidence
validate_evidence.main("heldout23", HERE)
validate_evidence.minimums("heldout23", HERE, 9, 32, (3, 4), events_each=2, sources=True)
checks.finish()
