"""Done, reopen and delete, by number from the last list, by words, or by button; "undo" once."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from typing import Any

from flowhub.connectors import Button, Reply
from flowhub.i18n import Text, use_locale
from flowhub.nlp import next_occurrences, parse_when, thing_words
from flowhub.skills import (
    done_asked,
    done_beside,
    done_clash,
    done_meaning,
    done_other,
    done_undo,
    done_words,
    edit_words,
    push,
    refer_words,
    reminders_stop,
    undo_said,
    undo_told,
    which_answer,
    words,
)
from flowhub.skills.assign import card_after_undo, direct_target, tell_requester
from flowhub.skills.capture import card_reply, restore_card
from flowhub.skills.context import Context
from flowhub.skills.done_words import fold, same_word
from flowhub.skills.format import numbered, task_line, when_text
from flowhub.skills.refer import replied_list
from flowhub.skills.remind_times import skip_task_firings
from flowhub.skills.repeat import follow_task, repeat_task
from flowhub.storage import Task, access, audit, id_of, people, proposals, reminders, tasks

# "did the lena & jonas thing": a past tense about a task there is, never a new task.
_PAST_DONE = re.compile(r"^\s*(?:i\s+)?(?:did|finished|completed)\b", re.I)
_VERB = {
    "done": re.compile(
        r"^\s*(?:mark\s+)?(?:done|did|finished|finish|completed?|complete|closed?|✅|✔️|☑️|"
        r"check(?:ed)? off|tick(?:ed)? off)\b\s*(?:with\b|:)?\s*"
        r"(?P<rest>.*?)(?:\s+(?:as\s+)?(?:done|complete|completed))?\s*[.!]*$",
        re.I,
    ),
    "reopen": re.compile(
        r"^\s*(?:reopen|re-open|undone|not done)\b\s*(?P<rest>.*?)\s*[.!]*$", re.I
    ),
    "delete": re.compile(
        r"^\s*(?:delete|remove|drop|cancel|discard|trash|scratch|bin|nix|kill|strike|forget"
        r"(?:\s+about)?|cross\s+(?:out|off))\b\s*(?P<rest>.*?)\s*[.!]*$",
        re.I,
    ),
}
_REOPEN_SAID = re.compile(r"^\s*re-?open\b", re.I)
_MARK_N_DONE = re.compile(r"^\s*mark\s+(?P<rest>[\d,\sand&]+)\s+(?:as\s+)?(?:done|complete)", re.I)
# "3 and 6 are done", "2 is finished": list numbers, then that they are done.
_N_ARE_DONE = re.compile(
    r"^\s*(?:(?:ok|so|and|also|both|all)[\s,]+)*(?:numbers?\s+|no\.?\s*|#)?"
    r"(?P<rest>\d+(?:\s*(?:,|and|&)\s*#?\d+)*)(?:['’]s)?"
    r"\s+(?:are|is|r|were|was|both|all)?\s*(?:both\s+|all\s+)?(?:done|finished|complete[d]?"
    r"|ticked\s+off|sorted)\b(?P<tail>\s*(?:[,;:.!…—–-]|\s(?:also|and|but|so)\s).*)?"
    r"[\s.!✅👍]*$",
    re.I,
)
# "scratch the payroll check, priya's accountant does that now": the reason after the task.
_REASON_AFTER = re.compile(
    r"\s*(?:[,;:]|\s[-–—]+|\.\s|\s(?:because|since|as|cause|coz)\b)\s*\S.*$", re.I
)
_NUMBERS = re.compile(r"^(?:#?\d+(?:\s*(?:,|and|&|\s)\s*#?\d+)*)$", re.I)
_STOP_TEXT = "the a an my with to for of on and task it that this thing one stuff bit"
_STOP = frozenset(_STOP_TEXT.split())
_TAKE_BACK_WORDS = 16
_PAST = {"done": "done", "reopen": "reopened", "delete": "deleted"}
_STATUS = {"done": "done", "reopen": "open", "delete": "discarded"}
# How a change and a status read in a reply (the audit log keeps the plain words above).
_SAID = {"done": Text("done"), "reopen": Text("reopened"), "delete": Text("deleted")}
_SAID_AS = {"done": Text("marked done"), "reopen": Text("reopened"), "delete": Text("deleted")}
_STATUS_SAID = {"done": Text("done"), "open": Text("open"), "discarded": Text("discarded")}


def handle(ctx: Context) -> list[Reply] | None:
    """Text commands: "done 2", "done with the dentist", "reopen 1", "delete 3", "undo"."""
    if ctx.event.kind == "text" and done_asked.asks(ctx.event.text):
        return None  # every tick, reopen and delete said in words comes through here
    if (meant := done_other.task_meant(ctx)) is not None:
        return _apply(ctx, [meant], "done")  # "sam picked them up already, mark it done"
    if (undone := undo_said.handle(ctx)) is not None:
        return undone  # "opa, desfaz isso, na vdd nao levei ainda"
    if refer_words.asks_undo(ctx.text) or _takes_back_tick(ctx):
        return _undo_said(ctx)
    m = _MARK_N_DONE.match(ctx.text) or _N_ARE_DONE.match(ctx.text)
    verb, rest = ("done", m.group("rest")) if m else _read_verb(ctx.text)
    if verb is None:
        return done_meaning.handle(ctx)  # "just emailed Weber the plan 🙌"
    why = _REASON_AFTER.search(rest) if verb == "delete" else None
    if why is not None and why.start() > 0 and _match_words(ctx, rest[: why.start()], verb):
        rest = rest[: why.start()]  # the reason is for the reader, not part of the name
    by_number = _NUMBERS.match(rest.strip())
    if not by_number and ctx.intent != "done" and verb == "done" and not _said_done(ctx, rest):
        return None  # "finish the report by friday" is a new task, not a tick
    named = rest.strip()  # a bare "delete" asks which; "delete the kids' party" may be a task
    if verb != "done" and named and not _NUMBERS.match(named) and not _match_words(ctx, rest, verb):
        if verb == "reopen" and _REOPEN_SAID.match(ctx.text) and _tokens(rest):
            return _nothing_to_reopen(ctx, rest)
        return None  # "drop the kids at school" is a new task too
    targets, problem = _targets(ctx, rest, verb)
    if problem or (problem := done_clash.asked(ctx, targets, verb)):  # "… for milan" not rome
        return problem
    done_now = _apply(ctx, targets, verb)
    tail = m.group("tail") if m is not None and "tail" in m.groupdict() else None
    if not tail:
        return done_now  # "2's done, picked it up today": the rest is about the same task
    return [*done_now, *done_beside.new_tasks(ctx, tail, lambda p: False)]


def _nothing_to_reopen(ctx: Context, rest: str) -> list[Reply] | None:
    """ "reopen the gym" when no done task is named so: say so, or that it is still open."""
    if parse_when(rest, now=ctx.now, tz=ctx.tz) is not None:
        return None  # "reopen the shop on monday" is a thing to do
    still_open = _match_words(ctx, rest, "done")
    if len(still_open) == 1:
        title = still_open[0].title
        return [Reply(words.ALREADY_STATUS.format(title=title, status=_STATUS_SAID["open"]))]
    return [Reply(done_words.NOTHING_TO_REOPEN.format(text=rest.strip()))]


def _said_done(ctx: Context, rest: str) -> bool:
    """ "did the lena & jonas thing": a past tense about a task there is."""
    return _PAST_DONE.match(ctx.text) is not None and bool(_match_words(ctx, rest, "done"))


def _takes_back_tick(ctx: Context) -> bool:
    """ "oops wrong button", "haven't called her yet" just after a tick: take the tick back."""
    kept = ctx.thread.undo
    last, ctx.thread.undo = ctx.thread.take_undo(ctx.now) or {}, kept  # only a look
    if last.get("verb") != "done" or len(ctx.text.split()) > _TAKE_BACK_WORDS:
        return False
    if done_words.says_mistake(ctx.text):
        return True
    ids = [int(snap["id"]) for snap in last.get("tasks", [])]
    ticked = tasks.get_tasks_by_ids(session=ctx.session, task_ids=ids) if ids else []
    return any(done_words.says_not_done(ctx.text, t.title) for t in ticked)


def _undo_said(ctx: Context) -> list[Reply]:
    """Undo, or reopen only the one task of the last done that the message names."""
    phrase = refer_words.not_done_phrase(ctx.text) or refer_words.back_phrase(ctx.text)
    last = ctx.thread.undo or {}
    if phrase and last.get("verb") == "done" and ctx.thread.take_undo(ctx.now) is not None:
        ids = [int(snap["id"]) for snap in last.get("tasks", [])]
        named = [t for t in _match_words(ctx, phrase, "reopen") if t.id in ids]
        if len(named) == 1:
            return _apply(ctx, named, "reopen")
        ctx.thread.undo = last
    return undo(ctx)


def reopen(ctx: Context, task: Task) -> list[Reply]:
    """Reopen one done task, with the undo hint."""
    return _apply(ctx, [task], "reopen")


def tick_said(ctx: Context, task: Task) -> list[Reply]:
    """Tick one open task (a repeating one moves to its next date), with the undo hint."""
    return _apply(ctx, [task], "done")


def named_done(ctx: Context, phrase: str) -> list[Task]:
    """The sender's done tasks `phrase` names best."""
    return _match_words(ctx, phrase, "reopen")


def _read_verb(text: str) -> tuple[str | None, str]:
    for verb, pattern in _VERB.items():
        m = pattern.match(text)
        if m:
            return verb, m.group("rest")
    return None, ""


def _targets(ctx: Context, rest: str, verb: str) -> tuple[list[Task], list[Reply]]:
    rest = rest.strip()
    if not rest:
        if len(ctx.thread.last_list) == 1:
            rest = "1"
        else:
            which = done_words.WHICH_TASK.get(verb)
            return [], [Reply(which.format() if which else words.WHICH_TASK.format(verb=verb))]
    if _NUMBERS.match(rest):
        numbers = [int(n) for n in re.findall(r"\d+", rest)]
        listed = replied_list(ctx)
        if listed:  # "done 1" in reply to a list counts in that list, whoever asked for it
            ctx.thread.last_list, ctx.thread.list_kind = listed, "tasks"
        if ctx.thread.list_kind == "nothing":  # the last list came back empty: no line to count
            return [], [Reply(words.EMPTY_LIST_NUMBER.format(numbers=rest))]
        if not ctx.thread.last_list or ctx.thread.list_kind != "tasks":
            ctx.thread.last_list = [t.id for t in _mine(ctx) if t.id is not None]
            ctx.thread.list_kind = "tasks"
        ids = [ctx.thread.task_at(n) for n in numbers]
        missing = [str(n) for n, i in zip(numbers, ids, strict=True) if i is None]
        if missing:
            return [], [
                Reply(
                    words.NO_SUCH_NUMBER.format(
                        numbers=", ".join(missing), count=len(ctx.thread.last_list)
                    )
                )
            ]
        found = tasks.get_tasks_by_ids(session=ctx.session, task_ids=[i for i in ids if i])
        allowed = [t for t in found if access.may_touch_task(ctx.viewer, t)]
        if len(allowed) != len(ids):
            return [], [Reply(words.NOT_YOURS)]
        return allowed, []
    matches = _match_words(ctx, rest, verb)
    if not matches:
        return [], [Reply(words.NO_MATCH.format(text=rest))]
    if len(matches) > 1:
        ctx.thread.last_list = [t.id for t in matches if t.id is not None]
        ctx.thread.list_kind = "tasks"
        ctx.thread.start_flow("pick", now=ctx.now, verb=verb, ids=list(ctx.thread.last_list))
        lines = [task_line(t, viewer_tz=ctx.tz, now=ctx.now) for t in matches]
        buttons = tuple(Button(f"{verb}:{t.id}", f"{i}") for i, t in enumerate(matches[:3], 1))
        return [], [
            Reply(
                words.WHICH_ONE.format(verb=_SAID_AS.get(verb, verb)) + "\n" + numbered(lines),
                buttons=buttons if verb == "done" else (),
            )
        ]
    return matches, []


def pick_answer(ctx: Context) -> list[Reply] | None:
    """The answer to "which one should be marked done?": "2", "the bank one", "both", "neither"."""
    if ctx.thread.flow_kind(ctx.now) != "pick":
        return None
    flow, ctx.thread.flow = ctx.thread.flow or {}, None
    ids = [int(i) for i in flow.get("ids") or [] if isinstance(i, int)]
    found = {t.id: t for t in tasks.get_tasks_by_ids(session=ctx.session, task_ids=ids)}
    options = [found[i] for i in ids if i in found and access.may_touch_task(ctx.viewer, found[i])]
    picked = which_answer.read(ctx.text, [t.title for t in options])
    if picked is None:
        if _NUMBERS.match(ctx.text.strip()):
            said = words.NO_SUCH_NUMBER.format(numbers=ctx.text.strip(), count=len(options))
            return [Reply(said)]
        return None
    if not picked:
        return [Reply(edit_words.FLOW_ENDED)]
    return _apply(ctx, [options[i] for i in picked], str(flow.get("verb") or "done"))


def _mine(ctx: Context) -> list[Task]:
    return tasks.get_all_tasks(
        session=ctx.session,
        workspace_id=ctx.workspace_id,
        involving=ctx.person_id,
        visible_to=ctx.viewer,
        limit=50,
    )


def _match_words(ctx: Context, text: str, verb: str) -> list[Task]:
    wanted = _tokens(text)
    if not wanted:
        return []
    status = "done" if verb == "reopen" else "open"
    pool = tasks.get_all_tasks(
        session=ctx.session,
        workspace_id=ctx.workspace_id,
        status=status,
        visible_to=ctx.viewer,
        limit=200,
    )
    pool = [t for t in pool if ctx.person_id in (t.assignee_id, t.creator_id)]
    scored = []
    for task in pool:
        have = _tokens(task.title)
        overlap = len(wanted & have)
        # "dişçiyi" names "Disci randevusu": the same word folded, with an ending on
        overlap += sum(1 for w in wanted - have if any(same_word(w, h) for h in have))
        prefix = sum(1 for w in wanted for h in have if len(w) >= 4 and h.startswith(w[:4]))
        score = overlap + 0.5 * prefix
        if score >= max(1.0, len(wanted) * 0.5):
            scored.append((score, task))
    if not scored:
        return []
    best = max(s for s, _ in scored)
    return [t for s, t in scored if s == best]


def _tokens(text: str) -> set[str]:
    said = re.findall(
        r"[\w\u0900-\u0963\u0966-\u097f]+", text.casefold()
    )  # with Devanagari vowel signs
    return {_one(fold(w)) for w in said if w not in _STOP and len(w) > 1} | thing_words(text)


def _one(word: str) -> str:
    """ "invoices" as "invoice", so a plural names the task it says in the singular."""
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _apply(ctx: Context, targets: list[Task], verb: str) -> list[Reply]:
    before = [_snapshot(t) for t in targets]
    lines, told = [], []
    for task in targets:
        lines.append(_change(ctx, task, verb))
        if verb == "done":
            told += tell_requester(ctx, task, done=True)
    stopped = reminders_stop.stop_for(ctx, targets) if verb == "delete" else []
    # "Already done" changed nothing: an "undo" after it has nothing to take back either.
    changed = [snap for task, snap in zip(targets, before, strict=True) if _snapshot(task) != snap]
    ctx.thread.remember_undo({"verb": verb, "tasks": changed, "reminders": stopped}, now=ctx.now)
    if len(targets) == 1 and verb != "delete":  # "move it to friday" now means this task
        ctx.thread.note("task", [id_of(targets[0])], now=ctx.now)
    return [Reply("\n".join(lines) + (words.UNDO_HINT if changed or stopped else "")), *told]


def _change(ctx: Context, task: Task, verb: str) -> str:
    if verb == "done" and _after_done(task) and task.due_at and task.status == "open":
        was_due = task.due_at.isoformat()
        due = repeat_task(ctx, task)
        if due is not None:
            _log(ctx, task, "done-occurrence", {"due_at": was_due})
            return words.DONE_RECURRING.format(
                title=task.title, next=when_text(due, task.due_grain, ctx.tz, task.due_tz)
            )
    elif verb == "done" and task.rrule and task.due_at and task.status == "open":
        upcoming = next_occurrences(
            task.rrule, start=task.due_at, tz=task.due_tz or ctx.tz, after=task.due_at, count=1
        )
        if upcoming:
            was_due = task.due_at.isoformat()
            skip_task_firings(ctx.session, id_of(task), start=ctx.now, end=task.due_at)
            tasks.update_task(
                session=ctx.session,
                task=task,
                now=ctx.now,
                due_at=upcoming[0].astimezone(ctx.now.tzinfo),
            )
            _log(ctx, task, "done-occurrence", {"due_at": was_due})
            return words.DONE_RECURRING.format(
                title=task.title, next=when_text(upcoming[0], task.due_grain, ctx.tz, task.due_tz)
            )
    status = _STATUS[verb]
    if task.status == status:
        return words.ALREADY_STATUS.format(title=task.title, status=_SAID[verb])
    ctx.later(push.sync_task, id_of(task))
    tasks.update_task(
        session=ctx.session,
        task=task,
        now=ctx.now,
        status=status,
        completed_at=ctx.now if status == "done" else None,
    )
    _log(ctx, task, _PAST[verb])
    return words.CHANGED.format(title=task.title, status=_SAID[verb])


def tick(ctx: Context, task: Task) -> tuple[str, dict[str, object]]:
    """Mark `task` done (a repeating one moves to its next date): the reply line and undo state."""
    before = _snapshot(task)
    return _change(ctx, task, "done"), before


def button(ctx: Context, arg: str) -> list[Reply]:
    """The Mark done button on a saved task."""
    task = (
        access.get_task(session=ctx.session, task_id=int(arg), viewer=ctx.viewer)
        if arg.isdigit()
        else None
    )
    if task is None:
        return [Reply(words.NOT_YOURS)]
    if task.status == "done":
        return [Reply(words.ALREADY_STATUS.format(title=task.title, status=_SAID["done"]))]
    if ctx.thread.flow_kind(ctx.now) == "pick":
        ctx.thread.flow = None  # the button answered "which one?"
    before = _snapshot(task)
    line = _change(ctx, task, "done")
    told = tell_requester(ctx, task, done=True)
    ctx.thread.remember_undo({"verb": "done", "tasks": [before]}, now=ctx.now)
    ctx.thread.note("task", [id_of(task)], now=ctx.now)
    return [Reply(line + words.UNDO_HINT, edit=ctx.event.reply_to), *told]


def undo(ctx: Context) -> list[Reply]:
    """Revert the last action (done, reopen, delete, a save, an edit), once, if it is recent;
    right after a message that only made cards, those cards are discarded."""
    dropped = done_undo.fresh_cards(ctx)
    return dropped if dropped is not None else undo_told.with_told(ctx, _undo_last)


def _undo_last(ctx: Context) -> list[Reply]:
    last = ctx.thread.take_undo(ctx.now)
    stop = done_undo.stop(ctx, last)
    if stop is not None or not last:
        return stop or []
    if last.get("verb") == "set":
        cancelled = [line for i in last.get("made", []) if (line := _unset(ctx, int(i)))]
        return [Reply("\n".join(cancelled) or words.NOTHING_TO_UNDO)]
    cards = [restore_card(ctx, snap) for snap in last.get("cards", [])]
    if last.get("verb") == "edit" and "reminders" in last:
        _drop_new_reminders(ctx, last)
    lines = [_restore_reminder(ctx, snap) for snap in last.get("reminders", [])]
    refreshed: list[Reply] = []  # saved cards whose 👤 line the undo changed
    if last.get("verb") == "edit":
        lines = []  # the task's line says it; its reminders follow it back quietly
    if last.get("tasks") and last.get("verb") in ("done", "delete"):
        lines = []  # the task coming back says it; its reminder comes back with it
    if last.get("verb") == "snooze":
        lines = [edit_words.SNOOZE_BACK.format(text=last.get("text") or "")]
    for snap in last.get("tasks", []):
        task = done_undo.task_of(ctx, snap)
        if task is None:
            continue
        if last.get("verb") == "created":
            line, card = _unsave(ctx, task)
            lines.append(line)
            cards.append(card)
            continue
        if last.get("verb") == "edit":
            had, had_id = task.assignee_name, task.assignee_id
            lines.append(_revert(ctx, task, snap))
            refreshed += card_after_undo(ctx, task, had)
            refreshed += _withdrawn(ctx, task, had_id)
            continue
        due = datetime.fromisoformat(snap["due_at"]) if snap.get("due_at") else None
        completed = (
            datetime.fromisoformat(snap["completed_at"]) if snap.get("completed_at") else None
        )
        tasks.update_task(
            session=ctx.session,
            task=task,
            now=ctx.now,
            status=snap["status"],
            due_at=due,
            completed_at=completed,
        )
        if _after_done(task):
            follow_task(ctx, task)  # its reminders go back to the restored due time
        _log(ctx, task, "undo")
        ctx.later(push.sync_task, id_of(task))
        status = _STATUS_SAID.get(snap["status"], snap["status"])
        lines.append(words.UNDONE.format(title=task.title, status=status))
    restored = [int(snap["id"]) for snap in last.get("tasks", [])]
    if len(restored) == 1 and last.get("verb") != "created":
        ctx.thread.note("task", restored, now=ctx.now)
    shown = [card for card in cards if card is not None]
    said = [line for line in lines if line]
    if len(shown) == 1 and len(said) == 1:
        return [replace(shown[0], text=f"{said[0]}\n{shown[0].text}"), *refreshed]
    if shown and not said:
        first = replace(shown[0], text=f"{edit_words.CARD_BACK}\n{shown[0].text}")
        return [first, *shown[1:], *refreshed]
    said_all = "\n".join(line for line in lines if line) or words.NOTHING_TO_UNDO
    return [Reply(said_all), *shown, *refreshed]


def _unset(ctx: Context, reminder_id: int) -> str:
    """Cancel a reminder just set ("remind me at 5 … undo")."""
    reminder = access.get_reminder(session=ctx.session, reminder_id=reminder_id, viewer=ctx.viewer)
    if reminder is None or reminder.status != "active":
        return ""
    reminders.update_reminder(
        session=ctx.session, reminder=reminder, status="cancelled", next_at=None
    )
    return edit_words.REMINDER_CANCELLED.format(text=reminder.text)


def _drop_new_reminders(ctx: Context, last: dict[str, Any]) -> None:
    """Cancel the reminders a move made, so the ones from before it come back alone."""
    kept = {int(snap["id"]) for snap in last.get("reminders", [])}
    for snap in last.get("tasks", []):
        for reminder in reminders.get_reminders_for_task(
            session=ctx.session, task_id=int(snap["id"])
        ):
            if reminder.status == "active" and reminder.id not in kept:
                reminders.update_reminder(
                    session=ctx.session, reminder=reminder, status="cancelled", next_at=None
                )


def _restore_reminder(ctx: Context, snap: dict[str, Any]) -> str:
    """Bring back a cancelled reminder as it was."""
    reminder = access.get_reminder(
        session=ctx.session, reminder_id=int(snap["id"]), viewer=ctx.viewer
    )
    if reminder is None:
        return ""
    at = datetime.fromisoformat(snap["next_at"]) if snap.get("next_at") else None
    moved: dict[str, Any] = {}  # a move also kept where the reminder was anchored
    if "anchor_at" in snap:
        anchor = snap["anchor_at"]
        moved["anchor_at"] = datetime.fromisoformat(anchor) if anchor else None
    if "lead_minutes" in snap:
        moved["lead_minutes"] = snap["lead_minutes"]
    reminders.update_reminder(
        session=ctx.session, reminder=reminder, status=snap["status"], next_at=at, **moved
    )
    return edit_words.REMINDER_BACK.format(text=reminder.text)


def _unsave(ctx: Context, task: Task) -> tuple[str, Reply | None]:
    """Take back a save: the task goes, and the card it was saved from waits again."""
    tasks.update_task(session=ctx.session, task=task, now=ctx.now, status="discarded")
    for reminder in reminders.get_reminders_for_task(session=ctx.session, task_id=id_of(task)):
        reminders.update_reminder(
            session=ctx.session, reminder=reminder, status="cancelled", next_at=None
        )
    _log(ctx, task, "undo")
    ctx.later(push.sync_task, id_of(task))
    card = proposals.get_proposal_for_task(session=ctx.session, task_id=id_of(task))
    if card is None:
        return edit_words.UNSAVED.format(title=task.title), None
    proposals.update_proposal(
        session=ctx.session, proposal=card, now=ctx.now, status="pending", task_id=None
    )
    return edit_words.UNSAVED_CARD.format(title=task.title), card_reply(ctx, card)


def _revert(ctx: Context, task: Task, snap: dict[str, Any]) -> str:
    """Take back an edit: its fields come back."""
    fields = {k: v for k, v in snap.items() if k != "id"}
    for name in ("due_at", "completed_at"):
        if fields.get(name):
            fields[name] = datetime.fromisoformat(str(fields[name]))
    was_due, was_title = task.due_at, task.title
    was_owner = (task.assignee_id, task.assignee_name)
    tasks.update_task(session=ctx.session, task=task, now=ctx.now, **fields)
    _log(ctx, task, "undo")
    ctx.later(push.sync_task, id_of(task))
    said = _undid(ctx, task, moved=was_due != task.due_at, renamed=was_title != task.title)
    if was_owner != (task.assignee_id, task.assignee_name):
        said += "\n" + refer_words.UNDID_OWNER.format(who=_owner(ctx, task))
    return said


def _withdrawn(ctx: Context, task: Task, had_id: int | None) -> list[Reply]:
    """A word to the person an undone edit had handed `task` to, so no stale offer stays open."""
    if had_id is None or had_id in (task.assignee_id, ctx.person_id):
        return []
    target = direct_target(ctx, had_id)
    person = people.get_person(session=ctx.session, person_id=had_id)
    if target is None or person is None:
        return []
    with use_locale(person.locale):
        text = refer_words.HANDOVER_WITHDRAWN.format(who=ctx.person.display_name, title=task.title)
    return [Reply(text, to=target)]


def _owner(ctx: Context, task: Task) -> str:
    """Whom a task is with after an undo, by name, or "unassigned"."""
    if task.assignee_id is not None:
        person = people.get_person(session=ctx.session, person_id=task.assignee_id)
        if person is not None:
            return person.display_name
    return task.assignee_name or str(edit_words.PART_UNASSIGNED)


def _undid(ctx: Context, task: Task, *, moved: bool, renamed: bool) -> str:
    """What taking back an edit did: "Undid the move: “X” has no date again"."""
    if moved and task.due_at is None:
        return refer_words.UNDID_NO_DATE.format(title=task.title)
    if moved and task.due_at is not None:
        when = when_text(task.due_at, task.due_grain, ctx.tz, task.due_tz)
        return refer_words.UNDID_MOVE.format(title=task.title, when=when)
    if renamed:
        return refer_words.UNDID_RENAME.format(title=task.title)
    return refer_words.UNDID_EDIT.format(title=task.title)


def _after_done(task: Task) -> bool:
    return bool(task.rrule) and task.repeat_from == "completion"


def _snapshot(task: Task) -> dict[str, object]:
    return {
        "id": task.id,
        "status": task.status,
        "due_at": task.due_at.isoformat() if task.due_at else None,
        "completed_at": task.completed_at.isoformat() if task.completed_at else None,
    }


def _log(ctx: Context, task: Task, action: str, detail: dict[str, Any] | None = None) -> None:
    audit.create_audit_entry(
        session=ctx.session,
        at=ctx.now,
        action=action,
        subject=f"task:{task.id}",
        person_id=ctx.person_id,
        detail=detail,
    )
