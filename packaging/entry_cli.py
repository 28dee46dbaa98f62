"""PyInstaller's entry for the command line: `anticorr` in the bundle."""

import sys

from anticorr_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
