"""A reminder asked about several matching tasks, set once the person says which: "remind me
about the rebook task at 3pm", "Several tasks match … Which one?", "the everyone one"."""

from __future__ import annotations

from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.nlp import classify_intent
from flowhub.skills.context import Context
from flowhub.skills.which_task import chosen
from flowhub.storage import access

__all__ = ["handle", "remember"]

_KIND = "remind_which"


def remember(ctx: Context, ids: list[int], what: str) -> None:
    """Keep the reminder asked of several tasks named `what` until the person says which one."""
    ctx.thread.start_flow(_KIND, now=ctx.now, ids=ids, what=what, text=ctx.text)


def handle(ctx: Context) -> list[Reply] | None:
    """The kept reminder set on the task the answer picks; None for anything else."""
    flow = ctx.thread.flow or {}
    if ctx.thread.flow_kind(ctx.now) != _KIND:
        return None
    found = [
        access.get_task(session=ctx.session, task_id=i, viewer=ctx.viewer)
        for i in flow.get("ids", [])
        if isinstance(i, int)
    ]
    task = chosen(ctx.text, [t for t in found if t is not None and t.status == "open"])
    if task is None or task.id is None:
        return None
    ctx.thread.flow = None
    asked = str(flow.get("text") or "")
    from flowhub.skills import remind  # remind asks the question this module answers

    again = replace(
        ctx, text=asked, intent=classify_intent(asked), picked=(str(flow.get("what")), task.id)
    )
    return remind.handle(again)
