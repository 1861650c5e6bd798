"""Issue 15: every text colour pair of the program's themes meets WCAG AA (4.5:1);
in the high-contrast themes AAA (7:1). Dimmed text is checked dimmed."""

from __future__ import annotations

import pytest
from textual.color import Color
from textual.constants import DIM_FACTOR
from textual.theme import Theme

from wellness_tui.tui.themes import DIMMED, HIGH_CONTRAST_THEMES, OWN_THEMES, TEXT_PAIRS


def luminance(color: Color) -> float:
    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(one: Color, two: Color) -> float:
    a, b = sorted((luminance(one), luminance(two)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def resolve(value: str, under: Color) -> Color:
    """A theme variable's colour as drawn over `under` ("auto 60%", "#rrggbb 25%")."""
    name, _, alpha_text = value.partition(" ")
    alpha = float(alpha_text.rstrip("%")) / 100 if alpha_text else 1.0
    if name == "auto":
        return under + under.get_contrast_text(alpha)
    color = Color.parse(name)
    return under + color.with_alpha(color.a * alpha)


def test_contrast_is_computed_right() -> None:
    assert contrast(Color.parse("#FFFFFF"), Color.parse("#000000")) == pytest.approx(21)
    assert contrast(Color.parse("#585858"), Color.parse("#000000")) < 3.2  # the old heading


@pytest.mark.parametrize("theme", OWN_THEMES, ids=lambda t: t.name)
def test_every_text_pair_is_readable(theme: Theme) -> None:
    variables = theme.to_color_system().generate()
    background = Color.parse(variables["background"])
    least = 7.0 if theme.name in HIGH_CONTRAST_THEMES else 4.5
    checked = 0
    for text, under in TEXT_PAIRS:
        name, _, alpha = under.partition(" ")
        back = resolve(variables[name] + (f" {alpha}" if alpha else ""), background)
        front = resolve(variables[text], back)
        shown = [(text, front)]
        if text in DIMMED and not alpha:  # the tinted boxes hold plain or bold text
            shown.append((f"{text} (dim)", back.blend(front, DIM_FACTOR)))
        for label, color in shown:
            ratio = contrast(color, back)
            assert ratio >= least, (
                f"{theme.name}: {label} on {under} is {ratio:.2f}:1 ({color.hex} on {back.hex})"
            )
            checked += 1
    assert checked >= len(TEXT_PAIRS)
