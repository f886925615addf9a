"""Undo said inside a longer message, in the person's own language: "opa, desfaz isso, na vdd nao
levei ainda", "ah merde non c'était pas dupont c'était durand, annule", "oui annule ca", "dur dur
geri al, …", "no!! undo. I meant it's done for this week".

The undo clause is found by the same per-language command words a bare "undo" is read with. A
task the message says is not done after all ("the site visit isn't done actually") is reopened
even when a later action was kept for undo; then the rest is read: "it's done for this week"
ticks the task that came back, "we have to go back thursday" moves it. Other words around the
undo are the person's reasons and change nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.nlp import english_command, parse_when
from flowhub.skills import refer_words
from flowhub.skills.answer_as import answer_as
from flowhub.skills.context import Context
from flowhub.skills.edit_words import Change
from flowhub.storage import Task, access, tasks

_LONGEST = 40
_CLAUSES = re.compile(r"\s*(?:[,;.!?…،؛।]+|\s[-–—]+\s)\s*")
# Yes, no and oops before an undo: "oui annule ca", "no!! undo", "evet geri al".
_LEAD = re.compile(
    r"^(?:(?:oui|ouais|si|sí|sim|ja|jo|evet|iya|ya|haan|ha|da|да|نعم|yes|yep|ok(?:ay)?|no+|non"
    r"|nein|nee|hayır|yok|nahi|não|nao|bukan|oops|oh|ah|ugh|wait)\b[\s,!]*)+",
    re.I,
)
# The rest says the task that came back is done after all: "I meant it's done for this week".
_DONE_REST = re.compile(
    r"(?<![\w'])(?:it'?s|it\s+is|that'?s|that\s+is|was|is)?\s*(?:done|finished|complete(?:d)?)"
    r"(?:\s+for\s+(?:this|the)\s+(?:week|month|time|once))?(?![\w'])",
    re.I,
)
_THIS_TIME = re.compile(r"\bfor\s+(?:this|the)\s+(?:week|month|time|once)\b", re.I)
# The rest moves it: "we have to go back thursday", "do it again friday", "redo it monday".
_AGAIN = re.compile(
    r"(?<![\w'])(?:go\s+back|come\s+back|again|redo|re-do|another\s+(?:visit|go|round)"
    r"|move\s+it|push\s+it|make\s+it)(?![\w'])",
    re.I,
)
# "The last thing" after an undo: "deshaz la última cosa", "mach das letzte rückgängig".
_LAST = re.compile(
    r"(?<!\w)(?:(?:the|la|lo|el|a|o|l'|das|die|den|het|de|yang|yg)\s*)?(?:last|latest|[uú]ltim[oa]"
    r"|derni[eè]re?|letzte[ns]?|laatste|terakhir|son|последн(?:ее|юю|ий|его)|आखिरी|आख़िरी|آخر|اخر)"
    r"(?:\s+(?:thing|one|action|change|cosa|coisa|chose|sache|ding|aktion|änderung|actie"
    r"|wijziging|işlemi|işi|şeyi|hal|perubahan|वाला|काम|حاجة|حاجه|شي|действие|изменение))?(?!\w)",
    re.I,
)
# "remind me at 3pm", "ping me again at 4", "bug me tomorrow 9am" beside the undo.
_REMIND = re.compile(
    r"^\W*(?:(?:and|then|pls|please|just)\s+)*(?:remind|ping|nudge|bug|poke)\s+me\b", re.I
)
_NOT = re.compile(r"(?<![\w'])(?:not|isn'?t|wasn'?t|didn'?t|haven'?t|never)(?![\w'])", re.I)


def is_undo(clause: str, locale: str | None) -> bool:
    """Whether one clause is an undo, bare or after a yes or an oops ("oui annule ca")."""
    said = clause.strip()
    if not said:
        return False
    plain = _LEAD.sub("", said).strip()
    bare = _LAST.sub(" ", plain).strip()
    for text in {said, plain, bare}:
        if text and english_command(text, locale=locale) == "undo":
            return True
    return bool(plain) and refer_words.asks_undo(plain) and len(plain.split()) <= 4


def says_undo(text: str, locale: str | None) -> bool:
    """Whether any clause of a message is an undo."""
    return any(is_undo(c, locale) for c in _CLAUSES.split(text) if c)


def handle(ctx: Context) -> list[Reply] | None:
    """Undo, then the rest of the message; None unless an undo is one clause of several."""
    from flowhub.skills import done  # done reaches this module through its own handler

    text = ctx.event.text.strip()
    if not text or len(text.split()) > _LONGEST or ctx.event.kind != "text":
        return None
    if ctx.chat.kind == "group" and not ctx.event.addressed:
        return None
    clauses = [c for c in _CLAUSES.split(text) if c and c.strip()]
    locale = ctx.person.locale
    undo_at = [i for i, c in enumerate(clauses) if is_undo(c, locale)]
    if not undo_at:
        return None
    if len(clauses) == 1 and english_command(text, locale=locale) == "undo":
        return None  # a plain "undo" is read as it always was
    rest = [c for i, c in enumerate(clauses) if i not in undo_at]
    named = _named_not_done(ctx, rest)
    if named is not None:
        last = ctx.thread.undo or {}
        if any(int(s["id"]) == named.id for s in last.get("tasks") or []):
            ctx.thread.take_undo(ctx.now)  # the kept tick is the one taken back here
        replies = done.reopen(ctx, named)
        target: Task | None = named
    else:
        ids = [int(s["id"]) for s in (ctx.thread.undo or {}).get("tasks") or []]
        replies = done.undo(replace(ctx, text="undo"))
        found = tasks.get_tasks_by_ids(session=ctx.session, task_ids=ids) if ids else []
        target = found[0] if len(found) == 1 else None
    if target is not None:
        replies += _then(ctx, target, rest)
    return replies


def _named_not_done(ctx: Context, rest: list[str]) -> Task | None:
    """The one done task of the sender's a clause says is not done after all."""
    from flowhub.skills import done

    for clause in rest:
        phrase = refer_words.not_done_phrase(clause)
        if not phrase:
            continue
        found = done.named_done(ctx, phrase)
        if len(found) == 1:
            return found[0]
    return None


def _then(ctx: Context, task: Task, rest: list[str]) -> list[Reply]:
    """What the rest of the message asks of the task that came back: done again, or a move."""
    from flowhub.skills import done
    from flowhub.skills.edit_saved import edit_task

    fresh = access.get_task(session=ctx.session, task_id=int(task.id or 0), viewer=ctx.viewer)
    if fresh is None or fresh.status != "open":
        return []
    for clause in rest:
        if refer_words.not_done_phrase(clause) or _NOT.search(clause):
            continue
        plain = _THIS_TIME.sub("", clause)
        if _DONE_REST.search(clause) and not parse_when(plain, now=ctx.now, tz=ctx.tz):
            return done.tick_said(ctx, fresh)
        when = parse_when(clause, now=ctx.now, tz=ctx.tz)
        if when is not None and _AGAIN.search(clause):
            words = clause[when.span[0] : when.span[1]]
            return edit_task(ctx, [fresh], [Change(target="it", when=words)], "it")
        if when is not None and _REMIND.match(clause) and when.start > ctx.now:
            # "NO undo, its not done! remind me at 3pm": a reminder on the task that came back.
            words = clause[when.span[0] : when.span[1]]
            ctx.thread.note("task", [int(fresh.id or 0)], now=ctx.now)
            return answer_as(ctx, f"remind me about it {words}", besides=done.handle) or []
    return []
