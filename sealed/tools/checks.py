"""The error list the shared validators fill, and how a set's validate.py reports it."""
import sys

errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def finish():
    """Print the errors and exit 1, or print OK."""
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")
