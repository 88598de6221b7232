"""The PySide6 desktop app (see docs/ui.md). Entry point: ``sealdesk.ui.main.run``."""

# Qt is loaded here first, and PySide6's import hook quieted at once, before any other module
# of the UI is imported (see sealdesk.translation.quiet_feature_import_hook).
import PySide6.QtCore  # noqa: F401

from sealdesk.translation import quiet_feature_import_hook

quiet_feature_import_hook()
