"""Bundles with protected evidence, in the format docs/bundle-format.md fixes for issue 18,
made from a real bundle a district exported: the chosen evidence files are replaced by their
age encryption (``data/evidence/protected/p-NNN.age``), their names and titles go into the
encrypted ``index.json.age``, and the bag is written again and signed and sealed with the
district's real key. The district's own export (helper E1's side) makes the same; this lets the
office side be tested on its own, and lets the ciphertext be made by the real ``age`` CLI."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import zipfile
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

import pyrage
from pyrage import x25519

from sealdesk.bundle import keys
from sealdesk.bundle.constants import BAGIT_TXT, SIGNATURE_NAME, TAG_MANIFEST
from sealdesk.bundle.container import BundleZip, manifest_text, tag_manifest_text
from sealdesk.bundle.seal import seal_container

Encrypt = Callable[[bytes, Sequence[str]], bytes]


def encrypt_with_pyrage(data: bytes, recipients: Sequence[str]) -> bytes:
    return pyrage.encrypt(data, [x25519.Recipient.from_str(r) for r in recipients])


def encrypt_with_age_cli(data: bytes, recipients: Sequence[str]) -> bytes:
    args = ["age"]
    for r in recipients:
        args += ["-r", r]
    return subprocess.run(args, input=data, capture_output=True, check=True).stdout


def protect_bundle(
    source: Path,
    out: Path,
    keys_dir: Path,
    passphrase: str,
    protect: set[str],
    readers: Sequence[tuple[str, str]],
    encrypt: Encrypt = encrypt_with_pyrage,
) -> dict[str, dict[str, object]]:
    """Writes ``out``: ``source`` with the evidence whose original name is in ``protect``
    encrypted to ``readers`` [(name, recipient)]; returns the index (neutral name -> meta)."""
    recipients = [r for _, r in readers]
    with zipfile.ZipFile(source) as zf:
        names = zf.namelist()
        bag = names[0].split("/", 1)[0]
        files = {n.split("/", 1)[1]: zf.read(n) for n in names}
    doc = json.loads(files["data/submission.json"])
    payload: dict[str, bytes] = {}
    index: dict[str, dict[str, object]] = {}
    renamed: dict[str, str] = {}
    evidence = []
    for e in doc["evidence"]:
        data = files[e["path"]]
        if e["original_name"] not in protect:
            payload[e["path"]] = data
            evidence.append(e)
            continue
        neutral = f"p-{len(index) + 1:03d}.age"
        cipher = encrypt(data, recipients)
        index[neutral] = {
            "name": e["original_name"],
            "title": e["description"] or e["original_name"],
            "media_type": e["media_type"],
            "sha256": e["sha256"],
            "size": e["size"],
        }
        sha = hashlib.sha256(cipher).hexdigest()
        renamed[e["sha256"]] = sha
        path = "data/evidence/protected/" + neutral
        payload[path] = cipher
        evidence.append(
            {
                "sha256": sha,
                "size": len(cipher),
                "path": path,
                "protected": True,
                "benchmarks": e["benchmarks"],
            }
        )
    index_bytes = encrypt(json.dumps(index, ensure_ascii=False).encode("utf-8"), recipients)
    payload["data/evidence/protected/index.json.age"] = index_bytes
    doc["evidence"] = evidence
    for b in doc["benchmarks"]:
        b["evidence"] = [renamed.get(s, s) for s in b["evidence"]]
    doc["protected_for"] = [{"name": n, "recipient": r} for n, r in readers]
    doc_bytes = (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    entries = [("data/submission.json", doc_bytes)]
    if doc.get("checklist_pdf"):
        entries.append((doc["checklist_pdf"], files[doc["checklist_pdf"]]))
    entries += sorted(payload.items())
    manifest = manifest_text((hashlib.sha256(d).hexdigest(), n) for n, d in entries)
    oxum = f"{sum(len(d) for _, d in entries)}.{len(entries)}"
    bag_info = b"".join(
        (f"Payload-Oxum: {oxum}\n".encode() if line.startswith(b"Payload-Oxum:") else line + b"\n")
        for line in files["bag-info.txt"].splitlines()
    )
    tagmanifest = tag_manifest_text(bag_info, manifest)
    trusted = next(
        line.split(":", 1)[1].strip()
        for line in files[SIGNATURE_NAME].decode().splitlines()
        if line.startswith("trusted comment:")
    )
    signing = keys.unlock(keys_dir, passphrase)
    tmp = out.with_suffix(".partial")
    bz = BundleZip(tmp, datetime.now(), bag)
    bz.add_bytes("bagit.txt", BAGIT_TXT)
    for name, data in entries:
        bz.add_bytes(name, data)
    bz.add_bytes("manifest-sha256.txt", manifest, stored=False)
    bz.add_bytes("bag-info.txt", bag_info, stored=False)
    bz.add_bytes(TAG_MANIFEST, tagmanifest, stored=False)
    bz.add_bytes(SIGNATURE_NAME, signing.sign_minisign(tagmanifest, trusted).encode(), stored=True)
    bz.close_zip()
    seal_container(bz, signing)
    bz.finish()
    os.replace(tmp, out)
    return index
