"""What a valid value looks like, written on the model fields without importing pydantic.

The models (profile, content, habit targets) are plain dataclasses so that the
app starts without pydantic: importing pydantic and building its models cost
about 60 ms at every start. Their rules are written as `Annotated[..., Rule(...)]`
metadata; pydantic reads them (through `__get_pydantic_core_schema__`) only
when data is validated, in `validation.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

TIME_OF_DAY = r"([01]?\d|2[0-3]):([0-5]\d)"
"""HH:MM (H:MM too), as `remind --at` and quiet hours take it."""
QUIET_HOURS = rf"^(?:{TIME_OF_DAY}-{TIME_OF_DAY})?$"
"""Quiet hours as saved in settings: "22:00-08:00", or "" for none."""


@dataclass(frozen=True, slots=True)
class Rule:
    """Bounds, lengths and a pattern for one field, as pydantic understands them."""

    ge: float | None = None
    le: float | None = None
    gt: float | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    strip: bool = False
    """Strip surrounding whitespace before the other checks (strings only)."""

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from typing import Annotated

        from pydantic import Field, StringConstraints

        if self.strip or self.pattern is not None:  # a string rule: lengths after stripping
            text = StringConstraints(
                strip_whitespace=self.strip or None,
                pattern=self.pattern,
                min_length=self.min_length,
                max_length=self.max_length,
            )
            return handler.generate_schema(Annotated[source, text])
        limits = Field(
            ge=self.ge,
            le=self.le,
            gt=self.gt,
            min_length=self.min_length,
            max_length=self.max_length,
        )
        return handler.generate_schema(Annotated[source, limits])


FORBID_EXTRA: dict[str, Any] = {"extra": "forbid"}
"""pydantic config for every model: unknown keys are errors, never silently dropped."""
