"""Format-only validation of sealed/heldout13/evidence (no scoring): the shared checks in sealed/tools/."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
import checks, validate_evidence
validate_evidence.main("heldout13", os.path.dirname(os.path.abspath(__file__)))
checks.finish()
