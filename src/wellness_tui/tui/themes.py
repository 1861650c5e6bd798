"""The app's own themes: a calm default and a high-contrast one."""

from __future__ import annotations

from textual.theme import Theme

CALM = Theme(
    name="wellness-calm",
    primary="#7FB7BE",
    secondary="#A3B9C9",
    accent="#D9B38C",
    foreground="#E6E9EC",
    background="#1E2530",
    surface="#252D3A",
    panel="#2E3847",
    success="#8FBF8F",
    warning="#E0C285",
    error="#E39A9A",
    dark=True,
)

HIGH_CONTRAST = Theme(
    name="wellness-high-contrast",
    primary="#FFFF00",
    secondary="#00FFFF",
    accent="#FFFFFF",
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#1A1A1A",
    success="#00FF00",
    warning="#FFFF00",
    error="#FF6060",
    dark=True,
)

OWN_THEMES = (CALM, HIGH_CONTRAST)
DEFAULT_THEME = CALM.name
