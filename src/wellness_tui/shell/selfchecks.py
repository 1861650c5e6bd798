"""`wellness-tui selfcheck`: PHQ-9 and GAD-7 in the terminal, and their history.

Asked item by item with plain `input()` (works with screen readers), or all at
once with --answers. If PHQ-9 item 9 is above 0, the crisis lines and the
safety-plan pointer come first, before any score. No Textual here.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from wellness_tui.core import selfchecks as sc
from wellness_tui.core.safety_plan import filled_steps, plan_people
from wellness_tui.library.models import CrisisLine
from wellness_tui.library.questionnaires import Questionnaire, load_questionnaires
from wellness_tui.profile.models import Profile, SelfCheck
from wellness_tui.profile.op_base import Op
from wellness_tui.shell.commands import CommandError

DANGER = "If you are in danger now, call your local emergency number (911, 112, 999, 000 ...)."


def questionnaires(content: list[Path]) -> dict[str, Questionnaire]:
    found, problems = load_questionnaires(content)
    if not found:
        raise CommandError(
            "the questionnaire texts could not be read: " + "; ".join(str(p) for p in problems)
        )
    return found


def crisis_lines(content: list[Path]) -> list[CrisisLine]:
    from wellness_tui.library.crisis import fallback_crisis_lines
    from wellness_tui.library.loader import CRISIS_FILE, load_crisis
    from wellness_tui.library.problems import ContentError

    for root in content:
        path = root / CRISIS_FILE
        if path.is_file():
            try:
                return load_crisis(path)
            except ContentError:
                break
    return fallback_crisis_lines()


def safety_text(q: Questionnaire, value: int, profile: Profile, lines: list[CrisisLine]) -> str:
    """What comes first when item 9 is above 0: calm words, the lines, their own plan."""
    out = [sc.safety_words(q, value), "", DANGER, sc.CANNOT_CONTACT, "", "Crisis lines:"]
    out += [f"  - {line.name} ({line.region}): {line.how}" for line in lines]
    steps, people = filled_steps(profile), plan_people(profile)
    out.append("")
    if steps or people:
        out.append("Your safety plan (in the app: Notebook, then My safety plan):")
        out += [f"  - {step.title}: {text}" for step, text in steps]
        out += [
            f"  - {name}: {' · '.join(x for x in (how, reach) if x)}" for name, how, reach in people
        ]
    else:
        out.append(
            "Your safety plan is in the app (Notebook, then My safety plan), for when you feel "
            "able to write it."
        )
    out.append("Please also tell your care team how you have been.")
    return "\n".join(out)


def ask_answers(
    q: Questionnaire, ask: Callable[[str], str], say: Callable[[str], None]
) -> list[int]:
    """Item by item on the terminal; an empty or wrong answer asks again; end of input stops."""
    say(f"{q.title}. {q.instruction}")
    say("Answer with a number: " + ", ".join(f"{o.value} {o.text}" for o in q.options) + ".")
    answers: list[int] = []
    for item in q.items:
        while True:
            try:
                typed = ask(f"{item.number}/{len(q.items)}. {item.text}: ").strip()
            except EOFError:
                raise CommandError("stopped before the end; nothing was saved") from None
            if typed in ("0", "1", "2", "3"):
                answers.append(int(typed))
                break
            say("Please type 0, 1, 2 or 3.")
    return answers


def ask_difficulty(
    q: Questionnaire, ask: Callable[[str], str], say: Callable[[str], None]
) -> int | None:
    if q.difficulty is None:
        return None
    say(q.difficulty.text)
    say(", ".join(f"{n} {text}" for n, text in enumerate(q.difficulty.options)) + ".")
    try:
        typed = ask("0-3, or Enter to leave it out: ").strip()
    except EOFError:
        return None
    return int(typed) if typed in ("0", "1", "2", "3") else None


def parse_difficulty(text: str | None) -> int | None:
    if text is None:
        return None
    if text.strip() not in ("0", "1", "2", "3"):
        raise CommandError(f"--difficulty is '{text}': give 0, 1, 2 or 3")
    return int(text)


def result_text(q: Questionnaire, check: SelfCheck, profile: Profile) -> str:
    score = sc.total(check.answers)
    before = sc.previous(profile, check)
    return "\n".join([sc.score_line(q, score), sc.change_words(q, score, before)])


def save_op(check: SelfCheck) -> Op:
    from wellness_tui.profile.ops import PutSelfCheck

    return PutSelfCheck(check)


def history_text(profile: Profile, qs: dict[str, Questionnaire], fmt: str) -> str:
    rows = []
    for qid, q in qs.items():
        previous_score: int | None = None
        for check in sc.history(profile, qid):
            score = sc.total(check.answers)
            rows.append(
                {
                    "questionnaire": q.title,
                    "day": check.day.isoformat(),
                    "total": score,
                    "band": sc.band_label(q, score),
                    "change": None if previous_score is None else score - previous_score,
                    "answers": check.answers,
                    "difficulty": check.difficulty,
                }
            )
            previous_score = score
    if fmt == "json":
        return json.dumps(rows, indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(
            ["questionnaire", "day", "total", "band", "change", "answers", "difficulty"]
        )
        for r in rows:
            writer.writerow(
                [
                    r["questionnaire"],
                    r["day"],
                    r["total"],
                    r["band"],
                    "" if r["change"] is None else r["change"],
                    " ".join(str(a) for a in r["answers"]),  # type: ignore[attr-defined]
                    "" if r["difficulty"] is None else r["difficulty"],
                ]
            )
        return buffer.getvalue()
    if not rows:
        return "No self-checks yet. Try: wellness-tui selfcheck phq9\n"
    out = []
    for qid, q in qs.items():
        checks = sc.history(profile, qid)
        if not checks:
            continue
        out.append(f"{q.title} ({q.about})")
        for r in (r for r in rows if r["questionnaire"] == q.title):
            change = "" if r["change"] is None else f"  ({r['change']:+d})"
            out.append(f"  {r['day']}  {r['total']:>2}  {r['band']}{change}")
        out.append("  " + sc.outlook(q, checks).words)
        out.append("")
    out.append(sc.NOT_A_DIAGNOSIS)
    return "\n".join(out) + "\n"


def run(
    qid: str,
    profile: Profile,
    today: date,
    now: datetime,
    content: list[Path],
    *,
    date_text: str | None,
    answers_text: str | None,
    difficulty_text: str | None,
    interactive: bool,
    ask: Callable[[str], str],
    say: Callable[[str], None],
) -> tuple[list[Op], str]:
    """Plan a self-check: the operations to save and the text to print last.

    Anything to show before the score (item 9) is printed through `say` here.
    """
    from wellness_tui.shell.commands import parse_day

    qs = questionnaires(content)
    if qid not in qs:
        raise CommandError(f"the {qid} questionnaire could not be read")
    q = qs[qid]
    day = parse_day(date_text, today)
    difficulty = parse_difficulty(difficulty_text)
    if difficulty is not None and q.difficulty is None:
        raise CommandError(f"{q.title} has no difficulty question; leave out --difficulty")
    if answers_text is not None:
        try:
            answers = sc.parse_answers(q, answers_text)
        except sc.AnswerError as err:
            raise CommandError(f"--answers: {err}; nothing was saved") from None
    elif not interactive:
        raise CommandError(f"no terminal to ask on: give --answers with {len(q.items)} numbers 0-3")
    else:
        answers = ask_answers(q, ask, say)
    flag = sc.safety_flag(q, answers)
    if flag > 0:
        say(safety_text(q, flag, profile, crisis_lines(content)))
        say("")
    if answers_text is None and difficulty is None:
        difficulty = ask_difficulty(q, ask, say)
    check = sc.make_check(
        q, day, answers, now, difficulty=difficulty, taken={c.id for c in profile.selfchecks}
    )
    return [save_op(check)], result_text(q, check, profile)
