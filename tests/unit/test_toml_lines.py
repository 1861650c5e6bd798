from hypothesis import given
from hypothesis import strategies as st

from wellness_tui.library.toml_lines import key_lines, line_of

DOC = '''\
id = "x"
title = """
many
lines = "not a key"
"""

[activity]
text = "t"

[[questions]]
id = "q1"

[[questions.choices]]
id = "a"

[[questions.choices]]
id = "b"
explanation = "e"

[[questions]]
id = "q2"

[[questions.choices]]
id = "c"
tags = [
  "one",
  "two",
]
after = 1
'''


def test_keys_tables_and_arrays_of_tables_map_to_their_lines() -> None:
    lines = key_lines(DOC)
    assert lines[("id",)] == 1
    assert lines[("title",)] == 2
    assert ("lines",) not in lines  # inside a multi-line string
    assert lines[("activity",)] == 7
    assert lines[("activity", "text")] == 8
    assert lines[("questions", 0)] == 10
    assert lines[("questions", 0, "choices", 0)] == 13
    assert lines[("questions", 0, "choices", 1, "explanation")] == 18
    assert lines[("questions", 1, "id")] == 21
    assert lines[("questions", 1, "choices", 0, "id")] == 24
    assert lines[("questions", 1, "choices", 0, "tags", 1)] == 27
    assert lines[("questions", 1, "choices", 0, "after")] == 29


def test_a_missing_key_points_at_its_table() -> None:
    lines = key_lines(DOC)
    assert line_of(lines, ("questions", 0, "choices", 0, "explanation")) == 13
    assert line_of(lines, ("nothing",), default=1) == 1


def test_quoted_and_dotted_keys() -> None:
    lines = key_lines('a.b = 1\n"c d" = 2\n[t."x y"]\nk = 3\n')
    assert lines[("a", "b")] == 1
    assert lines[("c d",)] == 2
    assert lines[("t", "x y", "k")] == 4


@given(st.text(max_size=300))
def test_never_raises_on_any_text(text: str) -> None:
    key_lines(text)
