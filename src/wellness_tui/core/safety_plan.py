"""The steps of a personal safety plan, in this program's own words.

Safety planning is a well-studied idea: a short written plan, made in calm
moments, for getting through a crisis. The well-known published forms are
copyrighted, so these prompts are written fresh for this program.
"""

from __future__ import annotations

from dataclasses import dataclass

from wellness_tui.profile.models import Profile


@dataclass(frozen=True)
class Step:
    id: str
    title: str
    prompt: str


STEPS: tuple[Step, ...] = (
    Step(
        "warning-signs",
        "My warning signs",
        "What tells me a hard time is starting? Thoughts, feelings, things I do or stop doing.",
    ),
    Step(
        "on-my-own",
        "Things I can do on my own to get through",
        "Small things that have helped me ride out a wave, even a little.",
    ),
    Step(
        "people-places",
        "People and places that help me feel better",
        "Someone to be around, or somewhere to go, that takes the edge off.",
    ),
    Step(
        "ask-for-help",
        "People I can ask for help",
        "Who I can tell that I am struggling. Pick people from My people below, "
        "or write them here.",
    ),
    Step(
        "professionals",
        "Professionals and services I can contact",
        "My clinician, a clinic, a crisis line — with numbers and hours.",
    ),
    Step(
        "safer-surroundings",
        "Making my surroundings safer",
        "What I can put away, give to someone, or avoid while things are hard.",
    ),
    Step(
        "reasons", "My reasons to keep going", "People, animals, hopes, small things I would miss."
    ),
)


def filled_steps(profile: Profile) -> list[tuple[Step, str]]:
    """The steps the person has written something in, in order."""
    plan = profile.safety_plan.steps
    return [(step, plan[step.id]) for step in STEPS if plan.get(step.id, "").strip()]


def plan_people(profile: Profile) -> list[tuple[str, str, str]]:
    """(name, how they help, how to reach) for the contacts chosen in the plan."""
    people = []
    for contact_id in profile.safety_plan.people:
        contact = profile.contact(contact_id)
        if contact is not None:
            people.append((contact.name, contact.how_they_help, contact.reach))
    return people
