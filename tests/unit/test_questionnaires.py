"""The PHQ-9 and GAD-7 texts: loaded from content/, checked, and pinned word for word."""

from __future__ import annotations

from pathlib import Path

import pytest

from wellness_tui.library.problems import ContentError
from wellness_tui.library.questionnaires import load_questionnaire, load_questionnaires

CONTENT = Path(__file__).resolve().parents[2] / "content"

ATTRIBUTION = (
    "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, "
    "with an educational grant from Pfizer Inc. No permission required to reproduce, "
    "translate, display or distribute."
)
OPTIONS = ["Not at all", "Several days", "More than half the days", "Nearly every day"]

PHQ9_ITEMS = [
    "Little interest or pleasure in doing things",
    "Feeling down, depressed, or hopeless",
    "Trouble falling or staying asleep, or sleeping too much",
    "Feeling tired or having little energy",
    "Poor appetite or overeating",
    "Feeling bad about yourself \u2014 or that you are a failure or have let yourself or your "
    "family down",
    "Trouble concentrating on things, such as reading the newspaper or watching television",
    "Moving or speaking so slowly that other people could have noticed? Or the opposite "
    "\u2014 being so fidgety or restless that you have been moving around a lot more than usual",
    "Thoughts that you would be better off dead or of hurting yourself in some way",
]
GAD7_ITEMS = [
    "Feeling nervous, anxious or on edge",
    "Not being able to stop or control worrying",
    "Worrying too much about different things",
    "Trouble relaxing",
    "Being so restless that it is hard to sit still",
    "Becoming easily annoyed or irritable",
    "Feeling afraid as if something awful might happen",
]


def test_phq9_is_pinned_word_for_word() -> None:
    q = load_questionnaire(CONTENT / "questionnaires" / "phq9.toml")
    assert q.title == "PHQ-9"
    assert q.instruction == (
        "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
    )
    assert [i.text for i in q.items] == PHQ9_ITEMS
    assert [o.text for o in q.options] == OPTIONS
    assert [o.value for o in q.options] == [0, 1, 2, 3]
    assert q.attribution == ATTRIBUTION
    assert q.safety_items == (9,)
    assert q.difficulty is not None
    assert q.difficulty.text == (
        "If you checked off any problems, how difficult have these problems made it for you "
        "to do your work, take care of things at home, or get along with other people?"
    )
    assert q.difficulty.options == [
        "Not difficult at all",
        "Somewhat difficult",
        "Very difficult",
        "Extremely difficult",
    ]
    assert [(b.low, b.high, b.label) for b in q.bands] == [
        (0, 4, "minimal"),
        (5, 9, "mild"),
        (10, 14, "moderate"),
        (15, 19, "moderately severe"),
        (20, 27, "severe"),
    ]


def test_gad7_is_pinned_word_for_word() -> None:
    q = load_questionnaire(CONTENT / "questionnaires" / "gad7.toml")
    assert q.title == "GAD-7"
    assert q.instruction == (
        "Over the last 2 weeks, how often have you been bothered by the following problems?"
    )
    assert [i.text for i in q.items] == GAD7_ITEMS
    assert [o.text for o in q.options] == OPTIONS
    assert q.attribution == ATTRIBUTION
    assert q.safety_items == ()
    assert q.difficulty is None
    assert [(b.low, b.high, b.label) for b in q.bands] == [
        (0, 4, "minimal"),
        (5, 9, "mild"),
        (10, 14, "moderate"),
        (15, 21, "severe"),
    ]


def test_both_load_from_the_program_content() -> None:
    found, problems = load_questionnaires([CONTENT])
    assert problems == []
    assert sorted(found) == ["gad7", "phq9"]


def _copy(tmp_path: Path, old: str, new: str) -> Path:
    folder = tmp_path / "questionnaires"
    folder.mkdir()
    text = (CONTENT / "questionnaires" / "gad7.toml").read_text(encoding="utf-8")
    assert old in text
    path = folder / "gad7.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('label = "moderate"', 'labl = "moderate"', "unknown key"),
        ("high = 21", "high = 20", "must end at the highest score, 21"),
        ("number = 4", "number = 5", "item 4 is numbered 5"),
        ("value = 2", "value = 5", "less than or equal to 3"),
        ('id = "gad7"', 'id = "gad"', "must match the file name"),
    ],
)
def test_a_broken_file_is_reported_with_its_line(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    path = _copy(tmp_path, old, new)
    line = next(
        n for n, text in enumerate(path.read_text().splitlines(), start=1) if text.startswith(new)
    )
    with pytest.raises(ContentError) as caught:
        load_questionnaire(path)
    problems = [str(p) for p in caught.value.problems]
    assert any(message in p and p.startswith(f"{path}:{line}:") for p in problems), problems
    found, kept = load_questionnaires([tmp_path])
    assert "gad7" not in found and kept
