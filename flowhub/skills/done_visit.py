"""A bare "done" that goes on with who comes when: "done, he comes wednesday morning 8:00 to fix
it. put that in for me pls" after the reminder to call the kiln repair guy ticks the call off
and offers a card "Kiln repair visit" on Wednesday at 08:00; "called him ✅ she's coming
thursday at 2" and "sorted - they deliver friday 10am, add it" the same.

"he" is whoever the task just ticked off is about, so the card is named after the task, never
"Done, he visit". Nothing is saved without a yes: the visit is a card like any other.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.nlp import TaskDraft, noted, visit_draft
from flowhub.skills import capture
from flowhub.skills.context import Context
from flowhub.skills.done_pool import sender_open
from flowhub.skills.picks_edit import one_message
from flowhub.storage import Task, access, id_of

__all__ = ["handle"]

_WORDS = 40
_TICKS = r"(?:✅|✔️?|☑️?|👍)"
# "done", "called him ✅", "all sorted": news that names no task, so it is the one just asked.
_DONE = re.compile(
    rf"^(?:(?:ok|okay|yes|yep|so)\b[\s,]*)?(?:(?:all\s+)?(?:done|sorted|handled)|did\s+it"
    rf"|(?:i\s+)?(?:called|rang|phoned|reached|texted|emailed|messaged|spoke\s+to|talked\s+to)"
    rf"\s+(?:him|her|them)|{_TICKS})(?:\s*{_TICKS})*[\s!.]*$",
    re.I,
)
_CUT = re.compile(r"^(?P<news>.+?)(?:\s*[,;.!:]+\s*|\s+[-–—]+\s+|(?<=[✅✔️☑👍])\s+)(?P<then>.+)$")
_PRONOUN = re.compile(r"^(?:and\s+|so\s+)?(?:he|she|they)\b", re.I)
# What a visit's "to fix it" says, when it only points back at the thing of the task.
_POINTING = re.compile(r"\s+(?:to|for)\s+\w+\s+(?:it|this|that|them)$", re.I)
_CALL_VERB = re.compile(
    r"^(?:call|ring|phone|email|e-mail|text|message|contact|book|ask|chase|get\s+hold\s+of)\s+",
    re.I,
)
_ARTICLE = re.compile(r"^(?:the|a|an|our|my)\s+", re.I)
_ROLE = re.compile(
    r"\s+(?:guy|man|woman|lady|person|people|folks|company|firm|team|tech|technician)$", re.I
)
_BRACKETS = re.compile(r"\s*\([^)]*\)")


def handle(ctx: Context) -> list[Reply] | None:
    """Tick off the task asked about and offer a card for the visit; None for other messages."""
    text = ctx.text.strip()
    if not text or ctx.event.forwarded or len(text.split()) > _WORDS or text.endswith("?"):
        return None
    if ctx.chat.kind == "group" and not ctx.event.addressed:
        return None
    said = noted(text) or text
    cut = _CUT.match(said)
    if cut is None or _DONE.match(cut["news"]) is None or not _PRONOUN.match(cut["then"]):
        return None
    draft = visit_draft(cut["then"], now=ctx.now, tz=ctx.tz)
    if draft is None or draft.due is None or draft.due.start <= ctx.now:
        return None
    before = {id_of(t): t for t in sender_open(ctx)}
    if not before:
        return None
    from flowhub.skills.card_clauses import said_alone  # it reads every skill, this one too

    ticked = said_alone(ctx, cut["news"])
    closed = _closed(ctx, before)
    if closed is None:
        return None
    title = f"{_who(closed.title) or closed.title} visit{_purpose(draft.title)}"
    found = [TaskDraft(title=title[:1].upper() + title[1:], due=draft.due)]
    found = [replace(found[0], assignee=ctx.person.display_name)]

    def read(*_: object, **__: object) -> list[TaskDraft]:
        return found

    card = capture.handle(replace(ctx, text=cut["then"], intent="capture", extract=read)) or []
    return one_message([*ticked, *card])


def _closed(ctx: Context, before: dict[int, Task]) -> Task | None:
    """The one task of `before` that is done now."""
    done = []
    for task_id, task in before.items():
        now = access.get_task(session=ctx.session, task_id=task_id, viewer=ctx.viewer)
        if now is not None and now.status == "done":
            done.append(task)
    return done[0] if len(done) == 1 else None


def _who(title: str) -> str:
    """Who a task to reach someone is about: "Call kiln repair guy (herr becker)" is "kiln
    repair", the person's name when the task says nothing more."""
    who = _CALL_VERB.sub("", title.strip())
    named = re.search(r"\(([^)]+)\)", who)
    who = _ROLE.sub("", _ARTICLE.sub("", _BRACKETS.sub("", who).strip()))
    if (not who or who.casefold() == title.casefold()) and named is not None:
        return named.group(1)
    return who if who.casefold() != title.casefold() else ""


def _purpose(visit_title: str) -> str:
    """The "to …" of the visit, unless it only points back at the task's thing ("to fix it")."""
    found = re.search(r"\s+(?:to|for)\s+.+$", visit_title)
    if found is None or _POINTING.search(found.group(0)):
        return ""
    return found.group(0)
