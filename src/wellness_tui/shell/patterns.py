"""`wellness-tui patterns`: what went with better days, as plain text or JSON. No Textual."""

from __future__ import annotations

import json
from datetime import date

from wellness_tui.core.activation import pattern_factors
from wellness_tui.core.parse import ParseError, parse_count
from wellness_tui.core.patterns import DEFAULT_DAYS, as_json, find_patterns, text_lines
from wellness_tui.profile.models import Profile
from wellness_tui.shell.commands import CommandError

MAX_DAYS = 36600


def read_days(text: str | None) -> int:
    if text is None:
        return DEFAULT_DAYS
    try:
        days = parse_count(text, 1, MAX_DAYS)
    except ParseError as err:
        raise CommandError(f"--days: {err}") from None
    if days is None:
        raise CommandError(f"--days: give a whole number of days from 1 to {MAX_DAYS}.")
    return days


def patterns_report(
    profile: Profile, today: date, days_text: str | None, next_day: bool, fmt: str
) -> str:
    days = read_days(days_text)
    extra = pattern_factors(profile, today, days)  # done activities from the planner
    patterns = find_patterns(profile, today, days, next_day=next_day, extra=extra)
    if fmt == "json":
        return json.dumps(as_json(patterns), indent=2, ensure_ascii=False)
    return "\n".join(text_lines(patterns))
