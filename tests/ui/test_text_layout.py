"""The label-beside-text layout (widgets/text.py `Beside`) draws exactly what the
two-column table it replaced drew: same characters, same styles, same measurements."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.segment import Segment
from rich.text import Text

from wellness_tui.tui.widgets.text import Beside

PIECES = st.sampled_from(
    ["walk", "a", "漢字テスト", "🙂", "[b]x[/b]", "[@click=app.quit]x[/]", "\n", "—", "é", "x" * 50]
)
STYLES = st.sampled_from(["", "bold", "dim", "italic"])
BODIES = st.lists(st.tuples(PIECES, st.sampled_from([" ", ""]), STYLES), max_size=12).map(
    lambda parts: Text.assemble(*((word + gap, style) for word, gap, style in parts))
)
LABELS = st.sampled_from(["○", "✓", "Check-in", "▓▓▓░░░░░", "Self-check", "•", " 1."]).map(Text)


@settings(max_examples=400, deadline=None)
@given(label=LABELS, body=BODIES, width=st.sampled_from([1, 8, 11]), cells=st.integers(1, 130))
def test_beside_draws_what_the_table_drew(label: Text, body: Text, width: int, cells: int) -> None:
    console = Console(width=cells, color_system="truecolor", force_terminal=True)
    beside = Beside(label, body, width)
    drawn = list(Segment.simplify(console.render(beside, console.options)))
    table = list(Segment.simplify(console.render(beside.as_table(), console.options)))
    assert drawn == table
    measured, by_table = console.measure(beside), console.measure(beside.as_table())
    assert (measured.minimum, measured.maximum) == (by_table.minimum, by_table.maximum)
