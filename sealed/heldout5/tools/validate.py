"""Format-only validation of sealed/heldout5 (no scoring), evidence and language: the shared checks in sealed/tools/,
the language part as it was before heldout6 added sizes, near-duplicates and more."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
import checks, validate_evidence, validate_rules
here = os.path.dirname(os.path.abspath(__file__))
validate_evidence.main("heldout5", here)
validate_rules.main("heldout5", here, minimums=None, sources_and_owners=False, training=False)
checks.finish()
