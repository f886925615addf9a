"""Several acts on saved tasks in one message, each applied and named.

"push the kitchen quotes to friday and the site visit to 11 instead of 10", "kitchen quotes →
friday. site visit → 11am", "the engineer letter, make that next monday and high priority",
"reopen the site visit task and move it to thursday 9am", "3 and 4 both move to thursday",
"floor plans and sections both done". A clause that asks for something this cannot apply is
named in the answer, never dropped and never glued into a title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from flowhub.connectors import Reply
from flowhub.nlp import parse_when
from flowhub.skills import (
    card_clauses_drop,
    done,
    done_undo,
    edit_words,
    refer_for,
    refer_same,
    refer_zone,
)
from flowhub.skills.card_titled import waiting_card_titled
from flowhub.skills.context import Context
from flowhub.skills.edit_apply import read_all
from flowhub.skills.edit_saved import edit_task
from flowhub.skills.edit_words import Change, tidy
from flowhub.skills.refer import PRONOUNS, match_titles, ordinal, tasks_named, tokens
from flowhub.storage import Task, id_of, tasks

# Between clauses: a sentence end, a comma, "and", "and then", a line break.
_SEP = re.compile(
    r"(\s*[.;!?]+\s+|\s*\n+\s*|\s*,\s*(?:(?:and|&)\s+(?:then\s+)?)?|\s+(?:and|&)\s+(?:then\s+)?)",
    re.I,
)
_ARROW = re.compile(r"\s*(?:→|->|=>|⇒|⟶)\s*")
_LEAD = re.compile(
    r"^(?:(?:and|also|plus|oh|ok|okay|so|then|pls|please)\b[\s,]*|(?:can|could|shall) (?:we|you)\s+"
    r"|let'?s\s+|maybe\s+)+",
    re.I,
)
_TAIL = re.compile(
    r"[\s,]*(?:please|pls|thanks|thx|obviously|too|as well|now|already)?[\s.!🎉🙌]*$"
)
_INSTEAD = re.compile(r"\s*,?\s*(?:instead of|rather than|not)\s+[\w:.]+\s*$", re.I)
_DONE_WORDS = r"done|finished|complete|completed|sorted|handled|ticked off|dealt with"
_DONE_TAIL = re.compile(
    rf"^(?P<t>.+?)\s+(?:(?:is|are|was|were|has been|have been)\s+|['’]s\s+)?"
    rf"(?:(?:both|all|also|now|already)\s+)*(?:{_DONE_WORDS})$",
    re.I,
)
_VERB_ACT = re.compile(
    r"^(?P<v>reopen|re-open|tick off|mark|close|delete|drop|bin|scrap|remove|trash)\s+(?P<t>.+?)"
    r"(?:\s+(?:as\s+)?(?:done|complete|finished))?$",
    re.I,
)
_VERBS = {"reopen": "reopen", "re-open": "reopen", "tick off": "done", "mark": "done"}
_VERBS |= {"close": "done"}
_BOTH = re.compile(r"^(?P<t>.+?)\s+(?:both|all|each)\s+(?P<rest>.+)$", re.I)
_SENT_TO = re.compile(r"^(?P<t>[^,]+?)\s+(?:to|→)\s+(?P<w>.+)$", re.I)
_EDIT_VERB = re.compile(
    r"^(?:move|push|pull|shift|change|make|set|put|reschedule|postpone|bring|call|rename"
    r"|give|assign|hand)\b",
    re.I,
)
# A clause that asks for something, so it is named when it cannot be applied.
_ASKS = re.compile(
    r"^(?:add|append|include|mention|note|put|set|make|change|move|push|call|rename|give|assign"
    r"|remind|ping|nudge|tell|send|mark|tick|reopen|delete|drop|attach|write)\b",
    re.I,
)
# "and the quotes one to friday" after a move: the verb of the move before is understood.
_ELIDED = re.compile(r"^(?:and|also|plus|then|oh and)\b|^(?:the|my)\s", re.I)
_PRIORITY = re.compile(
    r"^(?:(?:high|low|top|normal|medium|urgent)\s*(?:priority|prio|pri)?|urgent|asap|not\s+urgent"
    r"|(?:priority|prio)\s*:?\s*(?:high|low|normal|medium|urgent))\s*[.!]*$",
    re.I,
)
_ONE = re.compile(r"\s+(?:one|task|card|thing|item)$", re.I)
_MOST_LABEL_WORDS = 6
_QUOTED = re.compile(r"(?:the\s+)?[\"'“‘](?P<q>[^\"'“”‘’]+)[\"'”’]")


@dataclass
class _Act:
    kind: str  # "edit", "done", "delete", "reopen", "discard" (a waiting card)
    items: list[Task]
    changes: list[Change] = field(default_factory=list)
    bare: bool = False  # "and the quotes one to friday": a move said without its verb
    card: int | None = None  # the waiting card a "discard" drops


@dataclass
class _Read:
    acts: list[_Act] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)
    labels: int = 0


def handle(ctx: Context) -> list[Reply] | None:
    """Every act the message asks of saved tasks, when it asks for more than one."""
    if (zoned := refer_zone.handle(ctx)) is not None:
        return zoned  # "plumber call monday 10:00 eastern time please"
    if (dropped := card_clauses_drop.handle(ctx)) is not None:
        return dropped  # "i meant move the X to tuesday. that 'Y' thing isn't a task, bin it"
    if ctx.event.reply_to or ctx.thread.flow_kind(ctx.now) is not None:
        return None
    phrase = refer_for.named(ctx.text)
    found = one_task(ctx, phrase) if phrase is not None else []
    if found and (replies := refer_for.handle(ctx, found)) is not None:
        return replies  # "for the site visit, ping me monday around 7pm"
    if (asked := refer_same.handle(ctx)) is not None:
        return asked  # "kitchen quotes due friday" when the quotes task is saved
    text = _ARROW.sub(" → ", ctx.text.strip())
    read = _read(ctx, text)
    if read is None:
        return None
    touched = {id_of(t) for a in read.acts for t in a.items}
    several = len(read.acts) >= 2 or len(touched) >= 2
    arrowed = "→" in text and read.acts
    named = read.labels and read.acts and read.unread
    elided = len(read.acts) == 1 and read.acts[0].bare and _ELIDED.match(text) is not None
    if not (several or arrowed or named or elided):
        return None
    return _apply(ctx, read)


def _read(ctx: Context, text: str) -> _Read | None:
    """The acts of each clause in order; None when a clause names no task but looks like one."""
    pieces = [p for p in _SEP.split(text) if p is not None]
    clauses: list[str] = []
    for i in range(0, len(pieces), 2):
        piece = tidy(_LEAD.sub("", pieces[i].strip()))
        if (
            clauses
            and i
            and _only_days(ctx, _TAIL.sub("", piece))
            and "and" in pieces[i - 1].casefold()
        ):
            clauses[-1] += f" and {piece}"  # "make it tuesdays and fridays" is one change
        else:
            clauses.append(piece)
    out = _Read()
    labels: list[Task] = []
    last: list[Task] = []
    for said in clauses:
        clause = _TAIL.sub("", said).strip()
        if not clause:
            continue
        act = _act(ctx, clause, labels or last)
        if act is None:
            label = _label(ctx, clause)
            if label is not None:
                labels.append(label)
                out.labels += 1
                continue
            if _ASKS.match(clause):
                out.unread.append(said.strip(" .,!"))
            continue
        if act.kind == "it":
            act.kind, act.items = "edit", list(labels or last)
        elif act.kind == "both":
            act.kind = "edit" if act.changes else "done"
            act.items = [*labels, *(t for t in act.items if t not in labels)]
        labels = []
        last = act.items
        out.acts.append(act)
    if labels:
        return None  # a task named and nothing asked of it: not a list of acts
    return out


def reads_act(ctx: Context, clause: str) -> bool:
    """Whether one clause asks a change, a tick, a reopen or a drop of one saved task it names."""
    return _one_act(ctx, clause) is not None


def apply_act(ctx: Context, clause: str) -> list[Reply] | None:
    """The act one clause asks of the saved task it names, applied; None when it asks none."""
    act = _one_act(ctx, clause)
    return _apply(ctx, _Read(acts=[act])) if act is not None else None


def _one_act(ctx: Context, clause: str) -> _Act | None:
    act = _act(ctx, _TAIL.sub("", tidy(_LEAD.sub("", clause.strip()))).strip(), [])
    ok = act is not None and act.kind not in ("it", "discard") and bool(act.items)
    return act if ok else None


def _only_days(ctx: Context, piece: str) -> bool:
    """Whether a piece is a day or a time and nothing else ("fridays", "friday 5pm")."""
    found = parse_when(piece, now=ctx.now, tz=ctx.tz, locale=ctx.person.locale)
    if found is None or found.span is None:
        return False
    return not (piece[: found.span[0]] + piece[found.span[1] :]).strip(" ,.!")


def _act(ctx: Context, clause: str, before: list[Task]) -> _Act | None:
    """What one clause asks of which tasks; `before` are the tasks "it" or "both" mean."""
    both = _BOTH.match(clause)
    if both is not None and (items := one_task(ctx, both["t"], [])):
        if re.fullmatch(_DONE_WORDS, both["rest"], re.I):
            return _Act("both", items)  # "floor plans and sections both done"
        changes = _changes(ctx, both["rest"])
        if changes:
            return _Act("both", items, changes)  # "3 and 4 both move to thursday"
    finished = _DONE_TAIL.match(clause)
    if finished is not None:
        found = one_task(ctx, finished["t"], before)
        return _Act("done", found) if found else None
    verb = _VERB_ACT.match(clause)
    if verb is not None:
        kind = _VERBS.get(verb["v"].casefold(), "delete")
        card = waiting_card_titled(ctx, verb["t"]) if kind == "delete" else None
        if card is not None:
            return _Act("discard", [], card=id_of(card))  # "scrap 'the shoot' card"
        reopened = _done_named(ctx, verb["t"], before) if kind == "reopen" else []
        found = reopened or one_task(ctx, verb["t"], before)
        return _Act(kind, found) if found else None
    if ordinal(clause) is not None:
        return None  # "delete 1 and 3": a number names a task, it is no time of day
    said = _INSTEAD.sub("", clause)
    bare = _SENT_TO.match(said)
    if bare is not None and not _EDIT_VERB.match(said) and _PRIORITY.match(bare["w"]):
        said = f"make {bare['t']} {bare['w']}"  # "contract one -> high priority"
    elif bare is not None and not _EDIT_VERB.match(said):
        said = f"move {bare['t']} to {bare['w']}"  # "kitchen quotes → friday"
    else:
        bare = None
    changes, unread = read_all(said.replace(" → ", " to "), now=ctx.now, tz=ctx.tz)
    if not changes or unread is not None or any(c.save or c.noop for c in changes):
        return None
    targets = [c.target.strip().casefold() for c in changes]
    phrase = next((t for t in targets if t not in PRONOUNS), "")
    if not phrase:
        return _Act("it", [], changes) if before else None
    found = one_task(ctx, phrase, [])
    if not found:
        return None
    for change in changes:
        change.target = "it"
    return _Act("edit", found, changes, bare=bare is not None and not _ASKS.match(clause))


def _changes(ctx: Context, said: str) -> list[Change]:
    """The edits a clause about no task in particular asks for ("move to thursday")."""
    changes, unread = read_all(said, now=ctx.now, tz=ctx.tz)
    if unread is not None or any(c.save or c.noop for c in changes):
        return []
    if any(c.target.strip().casefold() not in PRONOUNS for c in changes):
        return []
    return changes


def one_task(ctx: Context, phrase: str, before: list[Task] | None = None) -> list[Task]:
    """The one open task `phrase` names ("the quotes one", "3", "it"), as a list."""
    phrase = _ONE.sub("", phrase.strip()).strip()
    if phrase.casefold() in PRONOUNS:
        return list(before or [])
    if (quoted := _QUOTED.fullmatch(phrase)) is not None:
        # "scrap 'tiles instead'" names a title by every word, never by one word of it
        said = tokens(quoted["q"])
        found = [t for t in tasks_named(ctx, quoted["q"]) if said <= tokens(t.title)]
        return found if len(found) == 1 else []
    found = tasks_named(ctx, phrase)
    if not found and ordinal(phrase) is None and (plain := _ONE.sub("", phrase)) != phrase:
        found = tasks_named(ctx, plain)
    return found if len(found) == 1 else []


def _done_named(ctx: Context, phrase: str, before: list[Task]) -> list[Task]:
    """The one finished task `phrase` names, for "reopen the site visit task"."""
    phrase = _ONE.sub("", phrase.strip()).strip()
    if phrase.casefold() in PRONOUNS:
        return list(before)
    pool = tasks.get_all_tasks(
        session=ctx.session,
        workspace_id=ctx.workspace_id,
        status="done",
        visible_to=ctx.viewer,
        limit=200,
    )
    pool = [t for t in pool if ctx.person_id in (t.assignee_id, t.creator_id)]
    found = match_titles(phrase, pool)
    return found[:1] if len({t.title for t in found}) == 1 else []


def _label(ctx: Context, clause: str) -> Task | None:
    """The task a clause only names ("the engineer letter", "3"), to be acted on next."""
    if len(clause.split()) > _MOST_LABEL_WORDS or _ASKS.match(clause):
        return None
    found = one_task(ctx, clause, [])
    return found[0] if found else None


def _apply(ctx: Context, read: _Read) -> list[Reply]:
    """Run the acts in order; then name what could not be applied."""
    replies: list[Reply] = []
    acts: list[_Act] = []
    for act in read.acts:  # "make that monday and high priority": one edit of one task
        if acts and act.kind == acts[-1].kind == "edit" and act.items == acts[-1].items:
            acts[-1].changes += act.changes
        else:
            acts.append(act)
    undone: list[dict[str, Any]] = []
    for act in acts:
        if act.kind == "discard" and act.card is not None:
            from flowhub.skills import capture  # capture reaches this module through the skills

            replies += capture.discard(ctx, str(act.card))
            undone += [ctx.thread.undo] if ctx.thread.undo else []
        for task in act.items:
            if act.kind == "edit":
                replies += edit_task(ctx, [task], [replace(c) for c in act.changes], "it")
            else:
                replies += tick(ctx, act.kind, id_of(task))
            if ctx.thread.undo and ctx.thread.undo not in undone:
                undone.append(ctx.thread.undo)
    if len(undone) > 1 and len({u.get("verb") for u in undone}) == 1:
        _undo_together(ctx, undone)
    elif len(undone) > 1:
        done_undo.remember_all(ctx, undone)  # "X is done, and move Y": one undo for both
    for clause in read.unread:
        replies.append(Reply(edit_words.NOT_APPLIED.format(text=clause)))
    return replies


def _undo_together(ctx: Context, undone: list[dict[str, Any]]) -> None:
    """One "undo" takes back every act of the message, each task as it was before it."""
    merged: dict[str, Any] = {"verb": undone[0].get("verb"), "tasks": [], "reminders": []}
    seen: set[object] = set()
    for action in undone:
        for snap in action.get("tasks") or []:
            if snap.get("id") not in seen:
                seen.add(snap.get("id"))
                merged["tasks"].append(snap)
        merged["reminders"] += action.get("reminders") or []
    if not merged["reminders"]:
        del merged["reminders"]
    ctx.thread.remember_undo(merged, now=ctx.now)


def tick(ctx: Context, verb: str, task_id: int) -> list[Reply]:
    """Done, delete or reopen one task, as "done 1" would on a list of only that task."""
    kept, kind = list(ctx.thread.last_list), ctx.thread.list_kind
    ctx.thread.last_list, ctx.thread.list_kind = [task_id], "tasks"
    try:
        event = replace(ctx.event, reply_to=None)
        replies = done.handle(replace(ctx, event=event, text=f"{verb} 1", intent="done")) or []
    finally:
        ctx.thread.last_list, ctx.thread.list_kind = kept, kind
    if replies and verb != "delete":
        ctx.thread.note("task", [task_id], now=ctx.now)
    return replies
