"""``python -m arclean ...``: the same command line as the ``arclean`` script."""
import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
