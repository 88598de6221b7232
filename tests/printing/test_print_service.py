"""The printing service: the one door the UI, the CLI and the self-check print through."""

from __future__ import annotations

import base64
import hashlib
import io
from pathlib import Path

import pytest
from print_pdftools import pdftotext

from sealdesk.bundle import keys
from sealdesk.errors import InputError
from sealdesk.progress import Cancelled
from sealdesk.services import printing
from sealdesk.services.keys import keys_dir
from sealdesk.services.workspace import Workspace


def test_key_sheet_of_the_workspace_key(workspace: Workspace, tmp_path: Path) -> None:
    public = keys.create_key(keys_dir(workspace), "a long enough passphrase")
    pdf = tmp_path / "key.pdf"
    assert printing.print_document(workspace, "key-sheet", pdf) == 1
    text = "".join(pdftotext(pdf).split())
    assert public.key_id_hex in text
    assert base64.b64encode(public.blob()).decode("ascii") in text


def test_printed_key_is_what_the_key_file_says(tmp_path: Path) -> None:
    raw = bytes(range(32))
    key_id = bytes(range(1, 9))
    line = base64.b64encode(b"Ed" + key_id + raw).decode("ascii")
    pub = tmp_path / "district.pub"
    pub.write_text(f"untrusted comment: minisign public key 0807060504030201\n{line}\n")
    key = printing.printed_key(printing.read_public_key(pub))
    assert key.key_id == "0807060504030201"
    assert key.key_line == line
    assert key.fingerprint == hashlib.sha256(raw).hexdigest()


def test_unreadable_key_file_and_unknown_kind_are_input_errors(
    workspace: Workspace, tmp_path: Path
) -> None:
    with pytest.raises(InputError, match=r"The public key file .* cannot be read"):
        printing.read_public_key(tmp_path / "missing.pub")
    with pytest.raises(InputError, match="There is no document called poster"):
        printing.print_document(workspace, "poster", io.BytesIO())
    with pytest.raises(InputError, match="needs the bundle file"):
        printing.print_document(workspace, "cover", io.BytesIO())


def test_cancel_raises_the_one_cancelled(workspace: Workspace) -> None:
    options = printing.PrintOptions(cancelled=lambda: True)
    with pytest.raises(Cancelled):
        printing.print_document(workspace, "checklist", io.BytesIO(), options=options)


def test_sample_page_reads_back(tmp_path: Path) -> None:
    pdf = tmp_path / "sample.pdf"
    assert printing.print_sample(pdf, "ความเท่าเทียมทางเพศ") == 1
    assert pdftotext(pdf).split("\f")[0].strip() == "ความเท่าเทียมทางเพศ"
