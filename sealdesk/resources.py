"""Where the shipped resources are: the source tree, an installed package or a PyInstaller build."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "translations"
    return Path(__file__).resolve().parent.parent / "translations"


def default_workspace_dir() -> Path:
    """Where a workspace lives unless the user says otherwise: the platform's user data folder."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("SealDesk", appauthor=False)) / "workspace"


def user_cache_dir() -> Path:
    """SealDesk's folder in the platform's user cache folder: things rebuilt when missing (the
    compact Thai dictionary, see sealdesk.thaiwords)."""
    from platformdirs import user_cache_dir as platform_cache_dir

    return Path(platform_cache_dir("SealDesk", appauthor=False))


def default_inbox_dir() -> Path:
    """Where scans arrive unless the clerk chooses another folder: "SealDesk Inbox" in the
    user's documents folder."""
    from platformdirs import user_documents_dir

    return Path(user_documents_dir()) / "SealDesk Inbox"


def default_catalog_path() -> Path:
    return resources_dir() / "catalogs" / "ges-pi-template.toml"


def districts_path() -> Path:
    return resources_dir() / "districts.toml"


def icon_path() -> Path:
    return resources_dir() / "icons" / "sealdesk.svg"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"
