"""The PySide6 desktop app (see docs/ui.md). Entry point: ``sealdesk.ui.main.run``."""

import sys

if sys.version_info < (3, 12):  # pragma: no cover - depends on the interpreter
    # PySide6 6.12 returns None from every void method without taking a reference (fine on
    # Python >= 3.12, where None is immortal). On 3.11 each call drops one reference to None,
    # and after some tens of thousands of calls the interpreter aborts ("none_dealloc").
    # Some bool-returning wrappers do the same to True/False. Give these singletons a
    # reference count that can never run out, as 3.12 does (they are never freed anyway).
    import ctypes

    for _singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_singleton)).value += 1 << 40
