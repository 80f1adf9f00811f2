"""The frozen application's entry point: PyInstaller runs a script, not a package's __main__."""

import sys

from kpu_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
