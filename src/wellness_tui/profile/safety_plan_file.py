"""The safety plan kept readable beside a locked profile, when the person chooses it.

A profile protected with a passphrase shows nothing until it is unlocked; in a hard
moment the passphrase may be the last thing a person can manage. So, only if they
choose it (settings.safety_plan_readable), their safety plan, and nothing else, is
also kept unencrypted in `<profile>.safety-plan` (owner-only), for the unlock screen
to show without the passphrase. Anyone who can open their files can read it: the
settings and `wellness-tui encrypt` say so where the choice is made.

The store keeps it (store.py): rewritten when the plan's text changes and whenever the
profile is opened with its keys and the file is missing or differs, removed when
the choice is turned off, when the profile is no longer protected (the plan is then
in the plain profile anyway, so a second copy would only go stale), and by "delete
all my data" (owned.py names it).

The form is Markdown-like text a person can read with `cat`: a heading per step and
the person's own lines indented by four spaces (a Markdown code block: shown as
typed, control characters in their visible form, as reports write them, so `cat`
never runs an escape sequence). Only an indented line is ever the person's text, so a
line they wrote that starts with "#" can never become a heading. Reading it back
(`read`) only splits lines, and only from an ordinary file of the person's own (never
through a link): nothing in it is executed or interpreted as markup.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from wellness_tui.profile.files import NotOwnFile, atomic_write, read_own_regular
from wellness_tui.profile.models import Profile
from wellness_tui.textsafe import visible

TITLE = "# My safety plan"
INDENT = "    "
LIMIT_BYTES = 1 << 20
"""A plan file larger than this is not shown (a plan is a few kilobytes)."""
ABOUT = (
    "Kept readable while the profile is locked, because you chose this in wellness-tui.",
    "Only your safety plan is in this file; everything else stays encrypted.",
)


def plan_file_path(profile: Path) -> Path:
    """Beside the real profile file: a linked profile's store works on the file the link
    points to (store.py), so its plan's copy is there too."""
    if profile.is_symlink():
        profile = Path(os.path.realpath(profile))
    return profile.with_name(f"{profile.name}.safety-plan")


def render(profile: Profile) -> bytes:
    """The plan as the file holds it. Only the plan: the steps written, and the name,
    how they help and how to reach each person chosen for it (never a note, an answer
    or anything else in the profile). Deterministic: the same plan gives the same bytes."""
    from wellness_tui.core.safety_plan import STEPS, filled_steps, plan_people

    out = [TITLE, "", *ABOUT]
    if profile.safety_plan.updated is not None:
        out.append(f"Last changed {profile.safety_plan.updated:%Y-%m-%d %H:%M}.")
    written = dict(filled_steps(profile))
    people = plan_people(profile)
    if not written and not people:
        out += ["", "(Nothing written in the plan yet.)"]
    people_lines = []
    for name, how, reach in people:
        people_lines.append(f"• {name}")
        if detail := " · ".join(part for part in (how, reach) if part):
            people_lines.append(f"  {detail}")
    # A line break typed in a name stays inside the person's text.
    chosen = _lines("\n".join(people_lines)) if people_lines else []
    for step in STEPS:  # the app's order, the people chosen under their own step
        body = _lines(written[step]) if step in written else []
        if step.id == "ask-for-help" and chosen:
            body = [*body, "", *chosen] if body else chosen
        if body:
            out += ["", f"## {step.title}", ""]
            out += [f"{INDENT}{line}" if line else "" for line in body]
    return ("\n".join(out) + "\n").encode("utf-8")


def _lines(text: str) -> list[str]:
    # Split on "\n" only (as `read` splits); every other control character is in its
    # visible form (ESC as ␛), so the file is safe to `cat`.
    return visible(text.strip("\n")).split("\n")


class Unreadable(Exception):
    """The file is there but cannot be shown (why, in plain words)."""


@dataclass
class Section:
    title: str
    lines: list[str] = field(default_factory=list)


@dataclass
class ReadablePlan:
    about: list[str]
    sections: list[Section]


def read(profile: Path) -> ReadablePlan | None:
    """The plan file beside `profile`; None when there is none (the plan is only inside
    the locked profile); Unreadable when it is there but damaged or not one of ours."""
    try:
        data = read_own_regular(plan_file_path(profile), LIMIT_BYTES + 1)
    except NotOwnFile as err:
        raise Unreadable(
            f"it is {err.why}, not the file wellness-tui writes, so it is not shown"
        ) from err
    except OSError as err:
        raise Unreadable(f"it could not be opened ({err.strerror or err})") from err
    if data is None:
        return None
    return parse(data)


def parse(data: bytes) -> ReadablePlan:
    if len(data) > LIMIT_BYTES:
        raise Unreadable("it is far larger than a safety plan")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise Unreadable("it is not UTF-8 text") from err
    lines = text.split("\n")
    if lines[0].rstrip("\r") != TITLE:
        raise Unreadable("it does not start the way wellness-tui writes it")
    about: list[str] = []
    sections: list[Section] = []
    for line in lines[1:]:
        if line.startswith(INDENT) and sections:
            sections[-1].lines.append(line[len(INDENT) :])
        elif line.startswith("## "):
            sections.append(Section(line[3:].strip()))
        elif not line.strip():
            if sections and sections[-1].lines:
                sections[-1].lines.append("")  # a blank line inside the person's text
        elif not sections:
            about.append(line)
        else:
            sections[-1].lines.append(line)  # edited by hand: still shown, as it is
    for section in sections:
        while section.lines and not section.lines[-1]:
            section.lines.pop()
    return ReadablePlan(about, sections)


def wanted(profile: Profile, protected: bool) -> bytes | None:
    """What the file should hold for this profile: None when there should be no file."""
    if not protected or not profile.settings.safety_plan_readable:
        return None
    return render(profile)


def keep(profile_path: Path, data: bytes | None) -> None:
    """Write the file (atomically, owner-only) or remove it (None). Only what changed is
    written: an unchanged plan is left as it is."""
    target = plan_file_path(profile_path)
    if data is None:
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        return
    try:
        if read_own_regular(target, len(data) + 1) == data:
            return
    except OSError:
        pass  # a link, pipe or folder there: replaced by the file below (or the write says why)
    atomic_write(target, data)
