"""`python -m kb`: the command line (kb/cli/main.py)."""

import sys

from kb.cli.main import main

sys.exit(main())
