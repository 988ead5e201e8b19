"""Format-only validation of sealed/heldout60/rules (no scoring): the shared checks in sealed/tools/, with its minimum
sizes (224 sentences, 154 action items, 42 went-well entries, 14 sources), plus this set's balance: exactly half of the
action items testable and half of the went-well entries vague, owners that mix people, teams, we and empty, some due
dates, a software / outside-software split of 7 / 7 (the SOFTWARE list in rules_data.py, set by the author) and
exactly 16 blame sentences per incident. Same checks as the example set heldout52."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
import checks, validate_rules
from rules_data import S, SOFTWARE
validate_rules.balanced("heldout60", os.path.dirname(os.path.abspath(__file__)), S, SOFTWARE)
checks.finish()
