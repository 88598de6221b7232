from datetime import date, datetime, timedelta, timezone

import pytest

from sealdesk.domain.thaidate import (
    ROUND_YEAR_MAX_BE,
    ROUND_YEAR_MIN_BE,
    check_round_year,
    current_round_be,
    format_date,
    local_time,
    to_be,
    to_ce,
)
from sealdesk.errors import InputError

DAY = date(2024, 7, 9)  # a Tuesday: the BMA meeting's news item


def test_buddhist_era_short_and_long_forms() -> None:
    assert to_be(2024) == 2567 and to_ce(2567) == 2024
    assert format_date(DAY, "th") == "9 ก.ค. 2567"
    assert format_date(DAY, "th", "long") == "วันอังคารที่ 9 กรกฎาคม พ.ศ. 2567"
    assert format_date(DAY, "th", "numeric") == "09/07/2567"


def test_thai_digits_and_english() -> None:
    assert format_date(DAY, "th", thai_digits=True) == "๙ ก.ค. ๒๕๖๗"
    assert format_date(DAY, "en") == "9 Jul 2024"
    assert format_date(DAY, "en", "long") == "Tuesday 9 July 2024"


def test_current_round_is_this_year_in_buddhist_era() -> None:
    assert current_round_be(date(2026, 11, 25)) == 2569


def test_round_years_are_buddhist_era_within_the_named_bounds() -> None:
    for year in (ROUND_YEAR_MIN_BE, 2569, ROUND_YEAR_MAX_BE):
        check_round_year(year)
    for year in (2026, ROUND_YEAR_MIN_BE - 1, ROUND_YEAR_MAX_BE + 1):
        with pytest.raises(InputError, match="not a Buddhist-Era year"):
            check_round_year(year)


def test_a_file_time_is_read_as_the_naive_local_time_to_the_second() -> None:
    aware = datetime(2026, 3, 1, 9, 30, 15, 987654, tzinfo=timezone(timedelta(hours=-5)))
    assert local_time(aware.isoformat()) == aware.astimezone().replace(tzinfo=None, microsecond=0)
    assert local_time("2026-03-01T09:30:15.5") == datetime(2026, 3, 1, 9, 30, 15)
    assert local_time("2026-03-01") == datetime(2026, 3, 1)
    assert local_time("") is None and local_time("1 March 2026") is None


def test_the_feedback_and_the_intake_read_file_times_with_the_one_function() -> None:
    """A feedback file's reviews (domain.review), its issue time (services.feedback) and a
    bundle's signing time (services.office_intake) are read alike: by thaidate.local_time."""
    from sealdesk.domain import review
    from sealdesk.services import feedback, office_intake

    assert review.local_time is feedback.local_time is office_intake.local_time is local_time
    assert not hasattr(review, "document_time")
