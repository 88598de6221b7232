"""The PySide6 desktop app (see docs/ui.md). Entry point: ``sealdesk.ui.main.run``."""
