"""The one-page sheets that tie paper to a file: the submission cover sheet of a bundle and the
key enrolment sheet of the district's signing key, each with a QR code of a fingerprint."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from sealdesk.domain.assessment import BundleInfo
from sealdesk.domain.districts import District
from sealdesk.domain.fingerprint import group_hex
from sealdesk.printing import thai
from sealdesk.printing.figures import QRCode
from sealdesk.printing.layout import BAND_FILL, FRAME_WIDTH, Doc, PrintOptions
from sealdesk.printing.pages import build_pdf
from sealdesk.printing.parts import Out

Row = tuple[str, str, bool]
"""A line of a sheet's table: label, value, and whether the value is set in monospace."""


def cover_sheet(
    out: Out,
    bundle: BundleInfo,
    district: District,
    round_be: int,
    options: PrintOptions | None = None,
) -> int:
    """District, round, bundle id, SHA-256 fingerprint, signer key id and a QR code of the
    fingerprint, for the director to sign and City Hall to match paper and file."""
    d = Doc(options or PrintOptions(), district, round_be)
    ident = "\n".join(x for x in (bundle.friendly_id, bundle.bundle_id) if x) or bundle.name
    rows: list[Row] = [
        (d.t("bundle_id"), ident, True),
        (d.t("bundle_file"), bundle.name, False),
        (d.t("bundle_size"), d.tn("bytes", bundle.size, d.num(f"{bundle.size:,}")), False),
        (d.t("fingerprint"), _grouped(bundle.sha256), True),
        (d.t("short_fingerprint"), group_hex(bundle.sha256, 4, 8), True),
        (d.t("signer_key"), bundle.signer_key_id or d.t("unknown"), bool(bundle.signer_key_id)),
    ]
    return _fingerprint_sheet(out, d, "cover", rows, bundle.sha256, "qr_fingerprint")


@dataclass(frozen=True, slots=True)
class PrintedKey:
    """A public key as the key enrolment sheet prints it (plain text; the key format is the
    bundle code's business, see sealdesk.services.printing.printed_key)."""

    key_id: str  # as minisign displays it: 16 upper-case hex digits
    key_line: str  # the base64 line of the minisign public key file
    fingerprint: str  # SHA-256 of the raw public key, 64 lower-case hex digits


def key_sheet(
    out: Out,
    key: PrintedKey,
    district: District,
    round_be: int,
    options: PrintOptions | None = None,
) -> int:
    """District, public key, key id and fingerprint, QR code and signature lines: how City
    Hall learns on signed paper which key is the district's."""
    d = Doc(options or PrintOptions(), district, round_be)
    rows: list[Row] = [
        (d.t("key_id"), key.key_id, True),
        (d.t("public_key"), key.key_line, True),
        (d.t("key_fingerprint"), _grouped(key.fingerprint), True),
        (d.t("short_fingerprint"), group_hex(key.fingerprint, 4, 8), True),
    ]
    # The QR holds the key itself, so City Hall can enrol it by scanning the signed paper
    # (`sealdesk office enrol --from-text`); its fingerprint is printed above to confirm it.
    return _fingerprint_sheet(out, d, "key", rows, key.key_line, "qr_key")


def _fingerprint_sheet(
    out: Out, d: Doc, name: str, rows: list[Row], qr_data: str, qr_caption: str
) -> int:
    """The layout both sheets share: title, intro (labels ``<name>_title``, ``<name>_intro``),
    the district, the round and ``rows``, a QR code of ``qr_data``, signature lines."""
    story: list[Flowable] = [*d.title_block(f"{name}_title")]
    story.append(d.p(d.t(f"{name}_intro")))
    story.append(Spacer(1, 8))
    story.append(_fields(d, rows))
    story.append(Spacer(1, 10))
    story.append(_qr_block(d, qr_data, d.t(qr_caption)))
    story.append(d.signature_block(["director", "received_by"]))
    return build_pdf(out, d, story, d.t(f"{name}_title"))


def _grouped(hex_text: str) -> str:
    """64 hex digits as two lines of eight groups of four, for reading aloud."""
    grouped = group_hex(hex_text, 4)
    parts = grouped.split(" ")
    return " ".join(parts[:8]) + "\n" + " ".join(parts[8:])


def _fields(d: Doc, rows: list[Row]) -> Table:
    """A label/value table whose first rows are the district and the round; fingerprints,
    ids and keys (``mono``) in DejaVu Sans Mono, so 0/O and 1/l cannot be confused."""
    label_w = 5.2 * cm if d.lang == "th" else 4.6 * cm
    value = d.body.but(size=d.cell.size + 1)
    mono = d.body.but(font=thai.MONO, size=12, leading=d.cell.line_height)
    table_rows = [
        [d.p(label, d.cell_bold), d.p(text, mono if is_mono else value)]
        for label, text, is_mono in [
            (d.t("district_label"), d.district.name(d.lang), False),
            (d.t("round_label"), d.num(d.round_be), False),
            *rows,
        ]
    ]
    return d.table(
        table_rows,
        [label_w, FRAME_WIDTH - label_w],
        header=False,
        extra=[("BACKGROUND", (0, 0), (0, -1), BAND_FILL)],
    )


def _qr_block(d: Doc, data: str, caption: str) -> Flowable:
    qr = QRCode(data, 4.4 * cm)
    raw = data[:32] + "\n" + data[32:]  # exactly as the QR code holds it
    mono = d.tiny.but(font=thai.MONO, size=8.5, leading=12)
    text = [d.p(caption, d.small), Spacer(1, 4), d.p(raw, mono)]
    table = Table([[qr, text]], colWidths=[5 * cm, FRAME_WIDTH - 5 * cm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, -1), thai.REGULAR),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
            ]
        )
    )
    return KeepTogether([table])


def sample_page(out: Out, text: str, size: float = 14) -> int:
    """One page with one line of ``text`` shaped in Sarabun: the smallest proof that PDF output
    with Thai works (the self-check reads it back). Returns the page count, 1."""
    canvas = thai.make_canvas(str(out) if isinstance(out, Path) else out)
    thai.draw_text(canvas, 72, 720, text, thai.REGULAR, size)
    canvas.showPage()
    canvas.save()
    return 1
