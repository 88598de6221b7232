"""Dates as Thai readers expect them: Buddhist Era (BE = CE + 543), Thai month names, and
optionally Thai digits. English dates stay Gregorian."""

from __future__ import annotations

from datetime import date, datetime

from sealdesk.errors import QT_TRANSLATE_NOOP, InputError

BE_OFFSET = 543
"""A Buddhist-Era year is the Gregorian year plus 543."""

ROUND_YEAR_MIN_BE = 2500
ROUND_YEAR_MAX_BE = 2700
"""The Buddhist-Era years an assessment round may have: wide enough for any real round, narrow
enough that a Gregorian year typed by mistake (2026) is refused."""

MONTHS_TH = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)  # fmt: skip
MONTHS_TH_ABBR = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)  # fmt: skip
WEEKDAYS_TH = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def to_be(year_ce: int) -> int:
    return year_ce + BE_OFFSET


def to_ce(year_be: int) -> int:
    return year_be - BE_OFFSET


def to_thai_digits(text: str) -> str:
    return text.translate(THAI_DIGITS)


def format_date(
    value: date, lang: str = "th", style: str = "short", thai_digits: bool = False
) -> str:
    """``style``: "short" -> "9 ก.ค. 2567" / "9 Jul 2024"; "long" -> "วันอังคารที่ 9 กรกฎาคม
    พ.ศ. 2567" / "Tuesday 9 July 2024"; "numeric" -> "09/07/2567" / "2024-07-09"."""
    if lang == "th":
        year = to_be(value.year)
        if style == "long":
            text = (
                f"วัน{WEEKDAYS_TH[value.weekday()]}ที่ {value.day} "
                f"{MONTHS_TH[value.month - 1]} พ.ศ. {year}"
            )
        elif style == "numeric":
            text = f"{value.day:02d}/{value.month:02d}/{year}"
        else:
            text = f"{value.day} {MONTHS_TH_ABBR[value.month - 1]} {year}"
        return to_thai_digits(text) if thai_digits else text
    if style == "long":
        return f"{value.strftime('%A')} {value.day} {MONTHS_EN[value.month - 1]} {value.year}"
    if style == "numeric":
        return value.isoformat()
    return f"{value.day} {MONTHS_EN[value.month - 1][:3]} {value.year}"


def local_time(text: str) -> datetime | None:
    """An ISO time from a file (a bundle's, a feedback file's) as the naive local time the
    database keeps, to the second; None when it is not one."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    if value.tzinfo is not None:
        value = value.astimezone().replace(tzinfo=None)
    return value.replace(microsecond=0)


def current_round_be(today: date | None = None) -> int:
    """The Buddhist-Era year of the current assessment round (the calendar year)."""
    return to_be((today or date.today()).year)


def check_round_year(round_be: int) -> None:
    """Refuses a round year outside ROUND_YEAR_MIN_BE..ROUND_YEAR_MAX_BE (e.g. a CE year)."""
    if not ROUND_YEAR_MIN_BE <= round_be <= ROUND_YEAR_MAX_BE:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors", "{round} is not a Buddhist-Era year (for example {example})."
            ),
            round=round_be,
            example=current_round_be(),
        )


DATE_YEAR_MIN = 1950
DATE_YEARS_AHEAD = 5
"""A document's date (when it takes effect, when it expires) lies between 1 January
DATE_YEAR_MIN and DATE_YEARS_AHEAD years after this year (Gregorian). A year further out is a
typing mistake, most often a Buddhist-Era year typed where the Gregorian one belongs."""


def check_document_date(value: date, today: date | None = None) -> None:
    """Refuses a document date outside DATE_YEAR_MIN .. this year + DATE_YEARS_AHEAD, saying
    which Gregorian date was probably meant when the year looks like a Buddhist-Era one."""
    last = (today or date.today()).year + DATE_YEARS_AHEAD
    if DATE_YEAR_MIN <= value.year <= last:
        return
    if DATE_YEAR_MIN <= to_ce(value.year) <= last:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{date} has a Buddhist-Era year; type the Gregorian (Common Era) year instead, "
                "for example {example}.",
            ),
            date=value.isoformat(),
            example=f"{to_ce(value.year):04d}-{value.month:02d}-{value.day:02d}",
        )
    raise InputError(
        QT_TRANSLATE_NOOP(
            "Errors", "{date} is not a plausible date: the year must be from {first} to {last}."
        ),
        date=value.isoformat(),
        first=DATE_YEAR_MIN,
        last=last,
    )
