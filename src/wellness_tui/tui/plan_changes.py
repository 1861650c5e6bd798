"""A plan entry saved as one change that u can undo: the planner, plan-next-week, Today's
"done" and the worksheets all save plans this way."""

from __future__ import annotations

import copy

from wellness_tui.profile.models import PlanEntry
from wellness_tui.profile.op_base import Op
from wellness_tui.tui.context import UNDO_DEPTH, Context

MARK = {"planned": "○", "done": "✓", "let go": "~"}


def remember(ctx: Context, what: str, ops: list[Op], undo: list[Op]) -> None:
    """Apply `ops` as one change that u can undo (the undo puts back only what it touched)."""
    from wellness_tui.profile.ops import Batch

    for op in ops:
        ctx.apply(op)
    ctx.undo_stack.append((what, Batch(tuple(undo))))
    del ctx.undo_stack[:-UNDO_DEPTH]


def put_entry(ctx: Context, what: str, entry: PlanEntry) -> None:
    """Save a plan entry; undo puts back the entry as it was (or removes a new one)."""
    from wellness_tui.profile.ops import PutPlan, RemovePlan

    old = ctx.profile.plan(entry.id)
    undo: Op = RemovePlan(entry.id) if old is None else PutPlan(old, force=True)
    remember(ctx, what, [PutPlan(entry, base=copy.deepcopy(old))], [undo])
