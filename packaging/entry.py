"""Entry point of the bundled executables (PyInstaller runs this file as __main__)."""

import sys

from desk_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
