"""The PySide6 desktop app (see docs/ui.md). Entry point: ``sealdesk.ui.main.run``."""

# Qt is loaded through translation first: it quiets PySide6's import hook before any other
# module of the UI is imported (see sealdesk.translation.quiet_feature_import_hook).
import sealdesk.translation  # noqa: F401
