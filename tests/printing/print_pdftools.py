"""Helpers that read generated PDFs with the poppler command-line tools."""

from __future__ import annotations

import subprocess
from pathlib import Path


def pdftotext(path: Path, *, raw: bool = True, page: int | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if raw:
        args.append("-raw")
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    out = subprocess.run([*args, str(path), "-"], check=True, capture_output=True, text=True)
    return out.stdout


def pdf_pages(path: Path) -> list[str]:
    """The text of each page (pdftotext separates pages with a form feed)."""
    return pdftotext(path).split("\f")[:-1]


def pdffonts(path: Path) -> list[dict[str, str]]:
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True)
    lines = out.stdout.splitlines()[2:]
    fonts = []
    for line in lines:
        cols = line.split()
        # name type... encoding emb sub uni object ID: read the flags from the right
        fonts.append({"name": cols[0], "emb": cols[-5], "sub": cols[-4], "uni": cols[-3]})
    return fonts


def body_text(path: Path) -> str:
    """The text of all pages without the running header and footer (drawn last on each page,
    so they are the last two lines of each page in raw order)."""
    pages = []
    for page in pdf_pages(path):
        lines = page.splitlines()
        pages.append("\n".join(lines[:-2]))
    return "\n".join(pages)
