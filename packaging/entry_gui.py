"""PyInstaller's entry for the window: `anticorr-desktop` in the bundle."""

import sys

from anticorr_desktop.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
