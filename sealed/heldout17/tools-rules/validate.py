"""Format-only validation of sealed/heldout17/rules (no scoring): the shared checks in sealed/tools/, with its minimum sizes."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
import checks, validate_rules
validate_rules.main("heldout17", os.path.dirname(os.path.abspath(__file__)), minimums=(220, 160, 30, 12))
checks.finish()
