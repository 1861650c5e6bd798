"""The one reader of what a person types: dates, numbers, scores, hours, amounts, tags.

The shell's flags and the app's forms both call these, so they accept and refuse
exactly the same strings with the same words. A refusal is a ParseError whose text
is one plain sentence; the caller puts the field's name in front ("--mood: ...",
"Mood: ...").
"""

from __future__ import annotations

import math
import re
from datetime import date, timedelta

from wellness_tui.clock import EARLIEST
from wellness_tui.scales import SLEEP_HOURS, Scale
from wellness_tui.targets import MAX_AMOUNT

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_WORDS = {"today": 0, "yesterday": -1, "tomorrow": 1}


class ParseError(ValueError):
    """What was typed cannot be read; str() says why and what would work."""


def parse_date(
    text: str | None,
    *,
    today: date | None = None,
    latest: date | None = None,
    earliest: date = EARLIEST,
) -> date | None:
    """YYYY-MM-DD (and, given `today`, "today", "yesterday", "tomorrow"); "" is no date.

    Only that form: `date.fromisoformat` alone also takes "20261001" and week dates
    like "2026-W40-3", which nobody means to type.
    """
    cleaned = (text or "").strip()
    if not cleaned:
        return None
    word = cleaned.casefold()
    if today is not None and word in _WORDS:
        day = today + timedelta(days=_WORDS[word])
    else:
        try:
            if not _ISO_DAY.fullmatch(cleaned):
                raise ValueError(cleaned)
            day = date.fromisoformat(cleaned)
        except ValueError:
            example = date(2026, 12, 3)
            raise ParseError(
                f"“{cleaned}” is not a date: use YYYY-MM-DD, like {example.isoformat()}."
            ) from None
    if day < earliest:
        raise ParseError(f"{day} is too far back: dates start in {earliest.year}.")
    if latest is not None and day > latest:  # `latest` is today wherever it is used
        raise ParseError(
            f"{day} is in the future: this is for today ({latest}) or earlier "
            "(your day ends at the day-end hour in settings)."
        )
    return day


def parse_number(text: str | None, low: float, high: float, *, whole: bool = False) -> float | None:
    """A number in [low, high]; a comma works as the decimal mark; "" is no number."""
    cleaned = (text or "").strip().replace(",", ".")
    if not cleaned:
        return None
    kind = "a whole number" if whole else "a number"
    try:
        value = float(cleaned)
    except ValueError:
        value = math.nan
    if math.isnan(value) or math.isinf(value) or (whole and value != int(value)):
        raise ParseError(f"“{text}” is not {kind}: use {kind} from {low:g} to {high:,g}.")
    if not low <= value <= high:
        raise ParseError(f"{value:g} is out of range: use {kind} from {low:g} to {high:,g}.")
    return value


def parse_score(text: str | None, scale: Scale) -> int | None:
    """A whole number on one of the check-in's score scales (mood, energy, quality)."""
    value = parse_number(text, scale.low, scale.high, whole=True)
    return None if value is None else int(value)


def parse_hours(text: str | None) -> float | None:
    """Hours slept: "7.5", "7,5" or "7h"."""
    cleaned = (text or "").strip().lower().removesuffix("h").strip()
    return parse_number(cleaned, SLEEP_HOURS.low, SLEEP_HOURS.high)


def parse_amount(text: str | None, *, above_zero: bool = False) -> float | None:
    """A measured habit's amount (or a target's), 0 up to MAX_AMOUNT."""
    value = parse_number(text, 0, MAX_AMOUNT)
    if above_zero and value == 0:
        raise ParseError(f"0 is out of range: use a number above 0, up to {MAX_AMOUNT:,}.")
    return value


def parse_count(text: str | None, low: int, high: int) -> int | None:
    """A whole count, e.g. times a week."""
    value = parse_number(text, low, high, whole=True)
    return None if value is None else int(value)


def parse_tags(text: str) -> list[str]:
    """Tags typed as "work, late": split at commas, blanks dropped, each kept as typed."""
    return [tag.strip() for tag in text.split(",") if tag.strip()]
