"""core.parse: the one reader of typed dates, numbers, scores, hours and amounts."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wellness_tui.core.parse import (
    ParseError,
    parse_amount,
    parse_date,
    parse_hours,
    parse_number,
    parse_score,
    parse_tags,
)
from wellness_tui.scales import MOOD, SLEEP_QUALITY

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", None),
        ("  ", None),
        ("2026-11-30", date(2026, 11, 30)),
        (" 2026-11-30 ", date(2026, 11, 30)),
        ("today", TODAY),
        ("Yesterday", date(2026, 11, 30)),
    ],
)
def test_dates_that_read(text: str, expected: date | None) -> None:
    assert parse_date(text, today=TODAY, latest=TODAY) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("20261001", "is not a date: use YYYY-MM-DD"),
        ("2026-W40-3", "is not a date"),
        ("2026-02-30", "is not a date"),
        ("30/11/2026", "is not a date"),
        ("1999-12-31", "too far back"),
        ("2026-12-02", "is in the future"),
    ],
)
def test_dates_refused_in_plain_words(text: str, words: str) -> None:
    with pytest.raises(ParseError, match=words):
        parse_date(text, today=TODAY, latest=TODAY)


def test_words_for_days_need_a_today() -> None:
    with pytest.raises(ParseError):
        parse_date("today")


@pytest.mark.parametrize(
    ("text", "value"), [("7", 7), ("7.5", 7.5), ("7,5", 7.5), ("7h", 7), (" 0 ", 0), ("", None)]
)
def test_hours(text: str, value: float | None) -> None:
    assert parse_hours(text) == value


@pytest.mark.parametrize("text", ["25", "-1", "nan", "inf", "seven", "7.5.1"])
def test_hours_refused(text: str) -> None:
    with pytest.raises(ParseError):
        parse_hours(text)


def test_scores_are_whole_and_on_their_scale() -> None:
    assert parse_score("10", MOOD) == 10
    assert parse_score("5.0", SLEEP_QUALITY) == 5
    for bad in ("0", "11", "7.5", "x"):
        with pytest.raises(ParseError):
            parse_score(bad, MOOD)
    with pytest.raises(ParseError, match="from 1 to 5"):
        parse_score("6", SLEEP_QUALITY)


def test_amounts() -> None:
    assert parse_amount("2,5") == 2.5
    assert parse_amount("0") == 0
    with pytest.raises(ParseError, match="above 0"):
        parse_amount("0", above_zero=True)
    with pytest.raises(ParseError):
        parse_amount("1e9")


def test_tags_keep_their_words() -> None:
    assert parse_tags(" work, late ,, [b] ") == ["work", "late", "[b]"]


@given(st.text(max_size=20))
def test_any_text_either_reads_in_range_or_is_refused(text: str) -> None:
    try:
        value = parse_number(text, 0, 24)
    except ParseError as err:
        assert str(err).endswith(".")
        return
    assert value is None or 0 <= value <= 24


def test_the_shell_and_the_forms_refuse_the_same_dates() -> None:
    """The form's date reader and the shell's --date are the same function."""
    from wellness_tui.shell.commands import CommandError, parse_day
    from wellness_tui.tui.dialogs.form import check_date

    for text in ("20261001", "2026-W40-3", "2026-13-01"):
        with pytest.raises(ParseError) as form_error:
            check_date(text)
        with pytest.raises(CommandError) as shell_error:
            parse_day(text, TODAY)
        assert str(shell_error.value) == f"--date: {form_error.value}"
