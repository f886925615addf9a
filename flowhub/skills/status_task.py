"""Yes/no questions about one task: "is the call ana task still open?", "did sam call ana?",
"has the linen invoice been paid yet?". The answer is about that task, not a list."""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.skills import refer_words
from flowhub.skills import status_words as say
from flowhub.skills.context import Context
from flowhub.skills.format import when_text
from flowhub.storage import Task, id_of, tasks

_ASKS = re.compile(
    r"^\W*(?:(?:so|and|hey|btw|ok|quick\s+q)[\s,:]+)*(?:is|was|are|were|did|has|have|had)\s+"
    r"(?P<rest>.+?)[\s?!.]*$",
    re.I,
)
# "still open", "not done yet": the question asks whether it is open, not whether it is done.
_OPEN_WORDS = re.compile(
    r"(?<![\w'])(?:still\s+(?:open|pending|outstanding|on|there|to\s*do|left|waiting)|open"
    r"|pending|outstanding|not\s+(?:yet\s+)?(?:done|finished|closed))(?![\w'])",
    re.I,
)
# "is the dentist booking due friday?" asks when, which the status list answers.
_WHEN = re.compile(
    r"(?<![\w'])(?:due|overdue|late|when|today|tonight|tomorrow|yesterday|weeks?|weekend|months?"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|mon|tue|wed|thu|fri|sat|sun)(?![\w'])",
    re.I,
)
_TASK_WORDS = frozenset(["task", "one", "thing", "todo", "to-do", "item"])
_NOISE = frozenset(
    ["the", "a", "an", "my", "our", "his", "her", "their", "your", "to", "for", "of", "on", "in",
     "at", "with", "and", "it", "that", "this", "is", "was", "are", "were", "be", "been", "has",
     "have", "had", "i", "we", "you", "he", "she", "they", "did", "do", "does", "still", "yet",
     "already", "done", "finished", "open", "pending", "outstanding", "closed", "not", "ever",
     "actually", "really", "anyone", "somebody", "someone", "up", "off", "out", "get", "got",
     "ticked", "sorted", "thing", "stuff"]
)  # fmt: skip
_COVER = 0.6


def handle(ctx: Context) -> list[Reply] | None:
    """Answer a yes/no question about one saved task; None when it is about no one task."""
    asked = _ASKS.match(ctx.text)
    if asked is None or not (ctx.text.rstrip().endswith("?") or ctx.intent == "query"):
        return None
    if _WHEN.search(asked["rest"]):
        return None
    said = re.findall(r"[\w'’-]+", asked["rest"].casefold())
    task = _the_task(ctx, said)
    if task is None:
        return None
    ctx.thread.note("task", [id_of(task)], now=ctx.now)
    asks_open = _OPEN_WORDS.search(asked["rest"]) is not None
    if task.status == "done":
        answer = say.NO if asks_open else say.YES
        done_at = task.completed_at
        when = when_text(done_at, "minute", ctx.tz, now=ctx.now) if done_at else ""
        return [Reply(say.TASK_DONE.format(answer=answer, title=task.title, when=when))]
    answer = say.YES if asks_open else say.NO
    due = ""
    if task.due_at:
        due = say.TASK_DUE.format(
            when=when_text(task.due_at, task.due_grain, ctx.tz, task.due_tz, now=ctx.now)
        )
    return [Reply(say.TASK_OPEN.format(answer=answer, title=task.title, due=due))]


def _the_task(ctx: Context, said: list[str]) -> Task | None:
    """The one open or done task the question's words name, its verb or "task" among them."""
    words_said = {refer_words.stem(w) for w in said if w not in _NOISE}
    if not words_said:
        return None
    named = bool(_TASK_WORDS & set(said))
    found = []
    for status in ("open", "done"):
        for task in tasks.get_all_tasks(
            session=ctx.session,
            workspace_id=ctx.workspace_id,
            status=status,
            visible_to=ctx.viewer,
            limit=200,
        ):
            title = [w for w in re.findall(r"[\w'’-]+", task.title.casefold()) if w not in _NOISE]
            stems = {refer_words.stem(w) for w in title}
            if not stems or len(stems & words_said) / len(stems) < _COVER:
                continue
            verb = refer_words.stem(title[0]) in words_said
            if named or verb or len(stems & words_said) >= 2:  # "the cake boxes" alone
                found.append((len(stems & words_said), task))
    if not found:
        return None
    best = max(score for score, _ in found)
    top = [task for score, task in found if score == best]
    return top[0] if len(top) == 1 else None
