"""`python -m wellness_tui` runs the same command line as `wellness-tui`."""

import sys

from wellness_tui.cli import main

sys.exit(main())
