"""News that someone did the task just talked about, with an order to tick it.

"sam picked them up already, mark it done", "he already got them, you can tick it off",
"priya did that one yesterday, mark it as done": the task "it" points at is ticked, whoever
did it, when the sender may touch it.
"""

from __future__ import annotations

import re

from flowhub.skills.context import Context
from flowhub.skills.refer import last_target
from flowhub.storage import Task, access

_TICK_IT = re.compile(
    r"(?:^|[,;.!]\s*|\s(?:so|and|just|pls|please)\s+|\s(?:you\s+can|can\s+you|could\s+you)\s+)"
    r"(?:(?:pls|please)\s+)?(?:mark|tick|check|close)\s+(?:it|that|this|that\s+one|this\s+one)"
    r"\s+(?:(?:as\s+)?(?:done|complete[d]?|finished)|off)\b[\s.!👍✅]*(?:pls|please|thanks)?[\s.!]*$",
    re.I,
)


def task_meant(ctx: Context) -> Task | None:
    """The open task "it" means when the message says it was done and asks to mark it."""
    m = _TICK_IT.search(ctx.text)
    if m is None or m.start() == 0:
        return None  # a bare "mark it done" is for the skills that read it alone
    target = last_target(ctx)
    if target is None or target[0] != "task":
        return None
    task = access.get_task(session=ctx.session, task_id=target[1], viewer=ctx.viewer)
    return task if task is not None and task.status == "open" else None
