"""The crisis lines shown when `content/crisis.toml` is missing or broken.

Kept to the essentials that change least; the content file carries the full,
dated list with sources.
"""

from __future__ import annotations

from datetime import date

from wellness_tui.library.models import CrisisLine


def fallback_crisis_lines() -> list[CrisisLine]:
    """Built (and checked) only when the crisis file is missing or broken."""
    from wellness_tui.validation import validate

    return [validate(CrisisLine, line) for line in _FALLBACK]


_FALLBACK: tuple[dict[str, object], ...] = (
    dict(
        name="Emergency services",
        region="Everywhere",
        how="Call your local emergency number (for example 911, 112, 999 or 000).",
        source="https://en.wikipedia.org/wiki/Emergency_telephone_number",
        checked=date(2026, 11, 25),
    ),
    dict(
        name="988 Suicide & Crisis Lifeline",
        region="United States",
        how="Call or text 988, or chat at 988lifeline.org.",
        notes="Veterans: press 1 after dialing 988. Spanish is available.",
        source="https://988lifeline.org/",
        checked=date(2026, 11, 25),
    ),
    dict(
        name="Find A Helpline",
        region="Worldwide",
        how="Free, confidential helplines by country at findahelpline.com.",
        source="https://findahelpline.com/",
        checked=date(2026, 11, 25),
    ),
)
