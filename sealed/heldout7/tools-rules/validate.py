"""Format-only validation of sealed/heldout7/rules (no scoring): the shared checks in sealed/tools/, as they were for heldout7."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
import checks, validate_rules
validate_rules.main("heldout7", os.path.dirname(os.path.abspath(__file__)), minimums=(220, 150, 40, 14), training=False)
checks.finish()
