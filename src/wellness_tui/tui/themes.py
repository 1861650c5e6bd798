"""The app's own themes, named for people: calm dark (the default), calm light, high
contrast dark and high contrast light. Textual's own themes are offered behind "more".

Every text colour pair these themes draw (TEXT_PAIRS, also dimmed) meets WCAG AA
(4.5:1); in the high-contrast themes every pair meets AAA (7:1). tests/unit/
test_theme_contrast.py computes them all. The muted and disabled text colours are set
here, not left to Textual's "auto 60%", so headings in lists (disabled options) and
hints stay readable.
"""

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
    variables={
        "text-muted": "#D8DDE3",
        "text-disabled": "#D8DDE3",
    },
)

CALM_LIGHT = Theme(
    name="wellness-calm-light",
    primary="#1D5B63",
    secondary="#3C5366",
    accent="#7A4A12",
    foreground="#141B22",
    background="#F5F3EF",
    surface="#EFECE7",
    panel="#EAE7E1",
    success="#2F6B34",
    warning="#6E5200",
    error="#9E2A2B",
    dark=False,
    variables={
        "text-muted": "#1A222A",
        "text-disabled": "#1A222A",
        "footer-key-foreground": "#7A4A12",
        "footer-description-foreground": "#141B22",
    },
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
    error="#FF8080",
    dark=True,
    variables={
        "text-muted": "#F0F0F0",
        "text-disabled": "#F0F0F0",
        "footer-key-foreground": "#FFFF00",
    },
)

HIGH_CONTRAST_LIGHT = Theme(
    name="wellness-high-contrast-light",
    primary="#00307A",
    secondary="#004D4D",
    accent="#000000",
    foreground="#000000",
    background="#FFFFFF",
    surface="#FFFFFF",
    panel="#F5F5F5",
    success="#004D00",
    warning="#5C3D00",
    error="#8F0000",
    dark=False,
    variables={
        "text-muted": "#000000",
        "text-disabled": "#000000",
        "footer-key-foreground": "#00307A",
        "footer-description-foreground": "#000000",
    },
)

OWN_THEMES = (CALM, CALM_LIGHT, HIGH_CONTRAST, HIGH_CONTRAST_LIGHT)
DEFAULT_THEME = CALM.name
HIGH_CONTRAST_THEMES = frozenset({HIGH_CONTRAST.name, HIGH_CONTRAST_LIGHT.name})

THEME_NAMES = {
    CALM.name: "calm dark",
    CALM_LIGHT.name: "calm light",
    HIGH_CONTRAST.name: "high contrast dark",
    HIGH_CONTRAST_LIGHT.name: "high contrast light",
}
"""What settings call each of the program's themes."""

TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("foreground", "background"),
    ("foreground", "surface"),
    ("foreground", "panel"),
    ("text-muted", "background"),
    ("text-muted", "surface"),
    ("text-muted", "panel"),
    ("text-disabled", "background"),
    ("primary", "background"),
    ("primary", "surface"),
    ("accent", "background"),
    ("warning", "background"),
    ("error", "background"),
    ("success", "background"),
    ("footer-key-foreground", "footer-background"),
    ("footer-description-foreground", "footer-background"),
    ("block-cursor-foreground", "block-cursor-background"),
    ("foreground", "error 25%"),
    ("foreground", "warning 15%"),
)
"""(text colour, background) of every text the styles draw: app.tcss and the screens'
sheets use $primary, $accent, $warning, $text-muted on $background/$surface/$panel,
boxes on $error 25% and $warning 15%; lists draw headings as disabled options and the
highlighted row with the block cursor; the footer its keys."""

DIMMED = ("foreground", "text-muted", "footer-description-foreground")
"""Text colours also drawn with the "dim" style (Textual blends dim text 66% of the way
from the background): those are checked dimmed too."""
