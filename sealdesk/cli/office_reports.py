"""Placeholder for O2's ``office export`` and ``print city-report`` (cli/office_reports.py on the
o2-cityview branch replaces this file at merge)."""

from __future__ import annotations

import argparse


def register_office(office_sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """O2's real module adds ``office export`` here."""


def register_print(print_sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """O2's real module adds ``print city-report`` here."""
