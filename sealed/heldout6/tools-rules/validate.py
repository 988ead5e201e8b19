"""Format-only validation of sealed/heldout6/rules (no scoring): the shared checks in sealed/tools/, as they were for heldout6."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
import checks, validate_rules
validate_rules.main("heldout6", os.path.dirname(os.path.abspath(__file__)), minimums=(220, 150, 40, 14), sources_and_owners=False, training=False)
checks.finish()
