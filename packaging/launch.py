"""Entry script of the packaged app (PyInstaller): the same as the ``sealdesk`` command."""

import multiprocessing
import sys

from sealdesk.app import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless unless a library starts worker processes
    sys.exit(main())
