"""Doing what matters: the activity planner and its weekly review.

One list: the plans of the next seven days, my activities, what matters to me in
each life area, and starter ideas (adopted with enter). The decisions are in
core/activation.py; this screen turns keys into its operations, keeps an undo
step for each change (u), and shows text a person typed as literal text.
"""

from __future__ import annotations

import copy
from datetime import date, timedelta
from pathlib import Path

from rich.console import Group, RenderableType
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from wellness_tui import paths
from wellness_tui.core.activation import (
    AREA_TITLES,
    BRINGS,
    EFFORTS,
    LET_GO_WORDS,
    LIFE_AREAS,
    Ratings,
    WeekReview,
    activity_titled,
    did,
    habit_op_for,
    let_go,
    mark_done,
    move,
    new_activity,
    plan,
    plans_for,
    set_archived,
    state_words,
    weekly_review,
)
from wellness_tui.library.activity_ideas import ActivityIdeas, StarterIdea, load_activity_ideas
from wellness_tui.profile.models import Activity, LifeArea, PlanEntry
from wellness_tui.textsafe import one_line
from wellness_tui.tui.context import Context
from wellness_tui.tui.plan_changes import MARK, put_entry, remember
from wellness_tui.tui.screens.base import WellnessScreen
from wellness_tui.tui.widgets.footer import KeysFooter
from wellness_tui.tui.widgets.lists import replace_options, restore_highlight
from wellness_tui.tui.widgets.text import hanging, indented, literal, row

DAYS_SHOWN = 7


def ask_done(screen: WellnessScreen, entry_id: str) -> None:
    """The quick ratings for a plan, then done (used by Today and the planner)."""
    from wellness_tui.tui.dialogs.activity import DoneDialog, ratings_of

    ctx = screen.ctx
    entry = ctx.profile.plan(entry_id)
    if entry is None:
        return
    title = _title(ctx, entry.activity)

    def answered(values: dict[str, str] | None) -> None:
        current = ctx.profile.plan(entry_id)
        if values is None or current is None:
            return
        put_entry(
            ctx,
            f"marking {one_line(title)} done",
            mark_done(current, ratings_of(values), ctx.clock.now()),
        )
        screen.notify("Done, and noted. u undoes.")
        screen.refresh_view()

    screen.app.push_screen(DoneDialog(title, entry.note), answered)


def _title(ctx: Context, activity_id: str) -> str:
    activity = ctx.profile.activity(activity_id)
    return activity.title if activity is not None else activity_id


def idea_roots(ctx: Context) -> list[Path]:
    """The content folders the modules came from, then the program's own content."""
    roots: list[Path] = []
    for module in ctx.library.modules:
        if module.path.parent not in roots:
            roots.append(module.path.parent)
    return roots + [p for p in paths.content_dirs() if p not in roots]


class ActivitiesScreen(WellnessScreen):
    CSS_PATH = "../styles/activities.tcss"
    AUTO_FOCUS = "#planner-list"
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="planner.back"),
        Binding("p", "plan", "Plan", id="planner.plan"),
        Binding("d", "done", "Done", id="planner.done"),
        Binding("l", "let_go", "Let go", id="planner.let_go"),
        Binding("n", "new", "New", id="planner.new"),
        Binding("w", "review", "Week", id="planner.review"),
        Binding("H", "make_habit", "Habit", id="planner.habit"),
        Binding("a", "archive", "Archive", show=False, id="planner.archive"),
        Binding("e", "edit", "Edit", show=False, id="planner.edit"),
        Binding("u", "undo", "Undo", show=False, id="planner.undo"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._ideas: ActivityIdeas | None = None

    @property
    def ideas(self) -> ActivityIdeas:
        if self._ideas is None:
            self._ideas = load_activity_ideas(idea_roots(self.ctx))
        return self._ideas

    def compose(self) -> ComposeResult:
        yield Static(id="planner-title")
        yield OptionList(id="planner-list")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.refresh_view()

    def refresh_view(self) -> None:
        ctx = self.ctx
        today = ctx.today()
        self.query_one("#planner-title", Static).update(
            row(
                ("Doing what matters", "bold"),
                ("   small plans, done or let go; every rating is optional", "dim"),
            )
        )
        options: list[Option | None] = [Option(literal("Plans", "bold"), disabled=True)]
        for offset in range(DAYS_SHOWN):
            day = today + timedelta(days=offset)
            items = plans_for(ctx.profile, day)
            if not items and offset > 1:
                continue
            name = "Today" if offset == 0 else "Tomorrow" if offset == 1 else f"{day:%A}"
            options.append(Option(literal(f"  {name}, {day:%d %b}", "italic"), disabled=True))
            if not items:
                options.append(Option(literal("    nothing planned", "dim"), disabled=True))
            for item in items:
                options.append(
                    Option(
                        hanging(
                            f"    {MARK[item.entry.state]} ",
                            row(
                                (item.title, "bold" if item.entry.state == "planned" else ""),
                                (f"  {state_words(item.entry)}", "dim"),
                            ),
                        ),
                        id=f"plan:{item.entry.id}",
                    )
                )
        options.append(None)
        options.append(
            Option(
                row(("My activities", "bold"), ("   a archives one you no longer want", "dim")),
                disabled=True,
            )
        )
        mine = [a for a in ctx.profile.activities if not a.archived]
        if not mine:
            options.append(
                Option(
                    indented(
                        literal(
                            "None yet. Adopt a starter idea below (enter), or add your own (n).",
                            "italic",
                        ),
                        2,
                    ),
                    disabled=True,
                )
            )
        for activity in mine:
            area = AREA_TITLES[activity.area] if activity.area else "no life area"
            options.append(
                Option(
                    indented(
                        row(
                            (activity.title, ""),
                            (f"  {area} · {activity.brings} · {activity.effort}", "dim"),
                        ),
                        2,
                    ),
                    id=f"activity:{activity.id}",
                )
            )
        archived = [a for a in ctx.profile.activities if a.archived]
        if archived:
            options.append(None)
            options.append(
                Option(
                    row(("Archived", "bold"), ("   a restores; their history stays", "dim")),
                    disabled=True,
                )
            )
            for activity in archived:
                options.append(
                    Option(indented(row((activity.title, "dim")), 2), id=f"archived:{activity.id}")
                )
        options.append(None)
        options.append(Option(literal("What matters to me", "bold"), disabled=True))
        for area in LIFE_AREAS:
            text = ctx.profile.values.get(area, "")
            options.append(
                Option(
                    row(
                        f"  {AREA_TITLES[area]}: ",
                        (
                            one_line(text) if text else "not written yet (enter to write)",
                            "" if text else "dim",
                        ),
                    ),
                    id=f"value:{area}",
                )
            )
        ideas = self.ideas
        taken = {a.title.casefold() for a in mine}
        if ideas.areas:
            options.append(None)
            options.append(
                Option(literal("Starter ideas (enter adopts one)", "bold"), disabled=True)
            )
        for starter in ideas.areas:
            options.append(Option(literal(f"  {starter.title}", "italic"), disabled=True))
            for index, idea in enumerate(starter.ideas):
                if idea.title.casefold() in taken:
                    continue
                options.append(
                    Option(
                        hanging(
                            "    + ", row(idea.title, (f"  {idea.brings} · {idea.effort}", "dim"))
                        ),
                        id=f"idea:{starter.id}:{index}",
                    )
                )
        if ideas.problems:
            options.append(
                Option(
                    literal(
                        "The starter ideas file could not be read (wellness-tui check-content).",
                        "italic",
                    ),
                    disabled=True,
                )
            )
        option_list = self.query_one("#planner-list", OptionList)
        replace_options(option_list, options)

    # ----- what is highlighted ------------------------------------------------------

    def _highlighted(self) -> tuple[str, str]:
        option = self.query_one("#planner-list", OptionList).highlighted_option
        kind, _, key = (option.id or "").partition(":") if option is not None else ("", "", "")
        return kind, key

    def _entry(self) -> PlanEntry | None:
        kind, key = self._highlighted()
        return self.ctx.profile.plan(key) if kind == "plan" else None

    def _activity(self) -> Activity | None:
        kind, key = self._highlighted()
        if kind == "activity":
            return self.ctx.profile.activity(key)
        entry = self._entry()
        return self.ctx.profile.activity(entry.activity) if entry is not None else None

    def _idea(self) -> tuple[LifeArea, StarterIdea] | None:
        kind, key = self._highlighted()
        if kind != "idea":
            return None
        area_id, _, index = key.partition(":")
        area = self.ideas.area(area_id)
        return (area.id, area.ideas[int(index)]) if area is not None else None

    # ----- actions --------------------------------------------------------------------

    @on(OptionList.OptionSelected, "#planner-list")
    def selected(self, _event: OptionList.OptionSelected) -> None:
        kind, _ = self._highlighted()
        if kind == "idea":
            self.adopt()
        elif kind == "value":
            self.action_edit_value()
        elif kind == "activity":
            self.action_plan()
        elif kind == "plan":
            self.action_done()

    def adopt(self) -> Activity | None:
        found = self._idea()
        if found is None:
            return None
        from wellness_tui.profile.ops import PutActivity, RemoveActivity

        area, idea = found
        ctx = self.ctx
        existing = find_activity_exact(ctx, idea.title)
        if existing is not None:
            return existing
        wanted = idea.title.casefold().strip()
        shelved = next(
            (a for a in ctx.profile.activities if a.title.casefold().strip() == wanted), None
        )
        if shelved is not None:  # archived once: bring it back with its history
            restored = set_archived(shelved, False)
            remember(
                ctx,
                f"restoring {one_line(idea.title)}",
                [PutActivity(restored)],
                [PutActivity(shelved)],
            )
            self.refresh_view()
            return restored
        activity = new_activity(
            ctx.profile, idea.title, ctx.today(), area=area, brings=idea.brings, effort=idea.effort
        )
        remember(
            ctx,
            f"adopting {one_line(idea.title)}",
            [PutActivity(activity)],
            [RemoveActivity(activity.id)],
        )
        self.notify("Added to my activities. p plans it for a day.")
        self.refresh_view()
        restore_highlight(self.query_one("#planner-list", OptionList), f"activity:{activity.id}")
        return activity

    def action_plan(self) -> None:
        from wellness_tui.tui.dialogs.activity import PlanDialog, plan_of

        ctx = self.ctx
        today = ctx.today()
        entry = self._entry()
        activity = self._activity()
        if activity is None and self._idea() is not None:
            activity = self.adopt()
        if activity is None:
            self.notify("Highlight an activity (or a starter idea) to plan it.")
            return
        moving = entry is not None and entry.planned and entry.state != "done"
        start_day = max(entry.day, today) if moving and entry is not None else today
        activity_id = activity.id
        title = activity.title

        def answered(values: dict[str, str] | None) -> None:
            if values is None:
                return
            day, when = plan_of(values, today)
            now = ctx.clock.now()
            current = ctx.profile.plan(entry.id) if moving and entry is not None else None
            if current is not None:
                put_entry(ctx, f"moving {one_line(title)}", move(current, day, now, when))
                self.notify(f"Moved to {day:%a %d %b}. u undoes.")
            else:
                found = ctx.profile.activity(activity_id)
                if found is None:
                    return
                put_entry(
                    ctx, f"planning {one_line(title)}", plan(ctx.profile, found, day, now, when)
                )
                self.notify(f"Planned for {day:%a %d %b}. u undoes.")
            self.refresh_view()

        when = entry.when if moving and entry is not None else None
        self.app.push_screen(PlanDialog(title, today, start_day, when, move=moving), answered)

    def action_done(self) -> None:
        entry = self._entry()
        if entry is not None:
            ask_done(self, entry.id)
            return
        activity = self._activity()
        if activity is None:
            self.notify("Highlight a plan, or an activity to log it as done today.")
            return
        self.log_done(activity)

    def log_done(self, activity: Activity) -> None:
        """Log what I did: done today, planned or not, with the same quick ratings."""
        from wellness_tui.tui.dialogs.activity import DoneDialog, ratings_of

        ctx = self.ctx
        activity_id, title = activity.id, activity.title

        def answered(values: dict[str, str] | None) -> None:
            found = ctx.profile.activity(activity_id)
            if values is None or found is None:
                return
            entry, _ = did(ctx.profile, found, ctx.today(), ratings_of(values), ctx.clock.now())
            put_entry(ctx, f"logging {one_line(title)}", entry)
            self.notify("Noted for today. u undoes.")
            self.refresh_view()

        self.app.push_screen(DoneDialog(title), answered)

    def action_let_go(self) -> None:
        entry = self._entry()
        if entry is None or entry.state != "planned":
            self.notify("Highlight a plan that is still open to let it go.")
            return
        title = _title(self.ctx, entry.activity)
        put_entry(self.ctx, f"letting go of {one_line(title)}", let_go(entry, self.ctx.clock.now()))
        self.notify(LET_GO_WORDS + " p plans it again; u undoes.")
        self.refresh_view()

    def action_new(self) -> None:
        from wellness_tui.profile.ops import PutActivity, RemoveActivity
        from wellness_tui.tui.dialogs.activity import ActivityDialog

        ctx = self.ctx

        def answered(values: dict[str, str] | None) -> None:
            if values is None:
                return
            activity = new_activity(
                ctx.profile,
                values["title"],
                ctx.today(),
                area=next((a for a in LIFE_AREAS if a == values["area"]), None),
                brings=next((b for b in BRINGS if b == values["brings"]), "both"),
                effort=next((e for e in EFFORTS if e == values["effort"]), "easy"),
            )
            remember(
                ctx, "adding an activity", [PutActivity(activity)], [RemoveActivity(activity.id)]
            )
            self.refresh_view()
            restore_highlight(
                self.query_one("#planner-list", OptionList), f"activity:{activity.id}"
            )
            self.notify("Added. p plans it for a day.")

        self.app.push_screen(ActivityDialog(), answered)

    def action_edit(self) -> None:
        """e: on a life area, what matters there; on an activity, its title and kind."""
        kind, _ = self._highlighted()
        if kind == "activity":
            self.edit_activity()
        else:
            self.action_edit_value()

    def edit_activity(self) -> None:
        from dataclasses import replace

        from wellness_tui.profile.ops import PutActivity
        from wellness_tui.tui.dialogs.activity import ActivityDialog

        activity = self._activity()
        if activity is None:
            return
        ctx = self.ctx
        before = copy.deepcopy(activity)  # what the person edits from (merged on save)

        def answered(values: dict[str, str] | None) -> None:
            if values is None or not values["title"].strip():
                return
            changed = replace(
                before,
                title=values["title"].strip(),
                area=next((a for a in LIFE_AREAS if a == values["area"]), before.area),
                brings=next((b for b in BRINGS if b == values["brings"]), before.brings),
                effort=next((e for e in EFFORTS if e == values["effort"]), before.effort),
            )
            remember(
                ctx,
                "changing an activity",
                [PutActivity(changed, base=before)],
                [PutActivity(before)],
            )
            self.refresh_view()

        self.app.push_screen(ActivityDialog(before), answered)

    def action_edit_value(self) -> None:
        from wellness_tui.profile.ops import SetValue
        from wellness_tui.tui.dialogs.activity import ValueDialog

        kind, key = self._highlighted()
        area = next((a for a in LIFE_AREAS if a == key), None)
        if kind != "value" or area is None:
            self.notify("Highlight a life area under “What matters to me” to write about it.")
            return
        ctx = self.ctx
        old = ctx.profile.values.get(area, "")
        starter = self.ideas.area(area)

        def answered(values: dict[str, str] | None) -> None:
            if values is None:
                return
            remember(
                ctx,
                "writing what matters",
                [SetValue(area, values["text"], base=old)],
                [SetValue(area, old)],
            )
            self.refresh_view()

        hint = starter.hint if starter is not None else ""
        self.app.push_screen(ValueDialog(AREA_TITLES[area], hint, old), answered)

    def action_make_habit(self) -> None:
        activity = self._activity()
        if activity is None:
            self.notify("Highlight an activity to make it a daily habit.")
            return
        op = habit_op_for(self.ctx.profile, activity, self.ctx.today())
        self.ctx.change_habit(op.habit.id, [op], f"making {one_line(activity.title)} a habit")
        self.notify("It is a daily habit now: see Habits (h) to change how often. u undoes.")
        self.refresh_view()

    def action_review(self) -> None:
        self.app.push_screen(WeekReviewScreen())

    def action_archive(self) -> None:
        """a: an activity no longer wanted leaves the lists (its history stays); a restores."""
        from wellness_tui.profile.ops import PutActivity

        kind, key = self._highlighted()
        activity = self.ctx.profile.activity(key) if kind in ("activity", "archived") else None
        if activity is None:
            self.notify("Highlight one of my activities to archive it (or an archived one).")
            return
        changed = set_archived(activity, not activity.archived)
        title = one_line(activity.title)
        what = f"restoring {title}" if activity.archived else f"archiving {title}"
        remember(self.ctx, what, [PutActivity(changed)], [PutActivity(activity)])
        self.refresh_view()
        if changed.archived:
            self.notify(
                "Archived: it leaves the lists, its history stays in reviews and reports. "
                "Plans already made stay. u undoes.",
                markup=False,
            )
        else:
            restore_highlight(
                self.query_one("#planner-list", OptionList), f"activity:{activity.id}"
            )
            self.notify("Restored to my activities. u undoes.", markup=False)

    def action_undo(self) -> None:
        done = self.ctx.undo()
        self.notify(f"Undone: {done}." if done else "Nothing to undo.", markup=False)
        self.refresh_view()


def find_activity_exact(ctx: Context, title: str) -> Activity | None:
    return activity_titled(ctx.profile, title)


class WeekReviewScreen(WellnessScreen):
    """Planned vs done, what brought most, mood on busier and quieter days."""

    CSS_PATH = "../styles/activities.tcss"
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="review.back"),
        Binding("left_square_bracket", "week(-1)", "Earlier", id="review.before"),
        Binding("right_square_bracket", "week(1)", "Later", id="review.after"),
        Binding("p", "plan_next", "Plan next week", id="review.plan_next"),
    ]

    def __init__(self, day: date | None = None) -> None:
        super().__init__()
        self.day = day

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="review-scroll"):
            yield Static(id="review-text")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.refresh_view()

    def action_week(self, step: int) -> None:
        self.day = (self.day or self.ctx.today()) + timedelta(days=7 * step)
        self.refresh_view()

    def action_plan_next(self) -> None:
        from wellness_tui.tui.screens.plan_week import PlanWeekScreen

        self.app.push_screen(PlanWeekScreen(self.day or self.ctx.today()))

    def refresh_view(self) -> None:
        today = self.ctx.today()
        review = weekly_review(self.ctx.profile, self.day or today, today)
        self.query_one("#review-text", Static).update(review_text(review, today))


def review_text(review: WeekReview, today: date) -> Group:
    """The review as lines; items keep their indent when they wrap."""
    this_week = review.start <= today <= review.end
    parts: list[RenderableType] = [
        row(
            ("Week review  ", "bold"),
            (f"{review.start:%a %d %b} to {review.end:%a %d %b %Y}", ""),
            ("  (this week)" if this_week else "", "dim"),
        ),
        Text(),
        literal(review.summary()),
    ]

    def heading(words: str) -> None:
        parts.extend([Text(), literal(words, "bold")])

    def item(words: str, style: str = "") -> None:
        parts.append(indented(literal(words, style), 2))

    bits = []
    if review.average_enjoyment is not None:
        bits.append(f"enjoyment {review.average_enjoyment:g}/10")
    if review.average_achievement is not None:
        bits.append(f"achievement {review.average_achievement:g}/10")
    if bits:
        parts.append(literal("Average ratings: " + ", ".join(bits), "dim"))
    for label, top in (
        ("Brought the most enjoyment", review.top_enjoyment),
        ("Brought the most sense of achievement", review.top_achievement),
    ):
        if top:
            heading(label)
            for best in top:
                times = "once" if best.times == 1 else f"{best.times} times"
                item(f"{one_line(best.title)}: {best.average:g}/10 ({times})")
    heading("Mood and doing")
    if review.mood is None:
        item("Not enough check-ins yet to compare days with more and fewer activities.", "dim")
    else:
        if review.mood_weeks > 1:
            item(
                "Over the four weeks up to this one (this week alone has too few check-ins):", "dim"
            )
        item(review.mood.words())
    if review.smaller:
        heading("Make it smaller?")
        for smaller in review.smaller:
            item(
                f"{one_line(smaller.title)} has not happened {smaller.times} times lately. "
                "That is information, not failure: a two-minute version still counts."
            )
    heading("Day by day")
    for day, items in review.days:
        names = ", ".join(f"{MARK[i.entry.state]} {one_line(i.title)}" for i in items) or "—"
        parts.append(indented(row((f"{day:%a %d}  ", "dim"), names), 2))
    parts.extend(
        [
            Text(),
            literal("p plans next week from what helped. [ and ] show other weeks.", "dim"),
        ]
    )
    return Group(*parts)


__all__ = ["ActivitiesScreen", "Ratings", "WeekReviewScreen", "ask_done"]
