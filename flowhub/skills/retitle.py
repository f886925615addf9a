"""New words for a reminder, or a word fixed in what was just set.

"change the DJ reminder text to just 'confirm the DJ'", "the DJ reminder should just say confirm
the DJ", "it's fiancé not finance 🙈 pls fix": the reminder (or the task or card just shown) keeps
its time and gets the words it should have had.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.skills import edit_words
from flowhub.skills.context import Context
from flowhub.skills.refer import last_target, reminders_named
from flowhub.storage import Reminder, access, id_of, proposals, reminders, tasks

_QUOTE = "'\"‘’“”«»"
# "change/set/make/rename the DJ reminder (text) to (just) 'confirm the DJ'"
_RENAME = re.compile(
    r"^(?:(?:pls|please|can you|could you)\s+)?(?:change|set|make|rename|edit|update|reword)\s+"
    r"(?P<which>(?:the|that|this|my)\s+(?:[\w'’ ]{0,40}?\s+)?reminder)(?:'?s)?"
    r"(?:\s+(?:text|wording|words|message))?\s+(?:to|so\s+it\s+says|to\s+say)\s+(?:just\s+|only\s+|simply\s+)?"
    r"(?P<new>.+?)[\s.!]*$",
    re.I,
)
# "the DJ reminder should (just) say 'confirm the DJ'", "fix that reminder, it should just say …"
_SHOULD_SAY = re.compile(
    r"^(?:(?:pls|please)\s+)?(?:fix\s+)?"
    r"(?P<which>(?:the|that|this|my)\s+(?:[\w'’ ]{0,40}?\s+)?reminder)[\s,:-]*(?:it\s+)?"
    r"(?:should|needs\s+to|has\s+to|must)\s+(?:just\s+|only\s+|simply\s+)?(?:say|read)\s+"
    r"(?:just\s+|only\s+)?(?P<new>.+?)[\s.!]*$",
    re.I,
)
_Q = f"[{_QUOTE}]?"
_ASK_FIX = r"pls|please|plz|can|could|you|fix|change|correct|it|that|this|thx|thanks"
# "it's fiancé not finance", "should be fiancé, not finance", "fiancé not finance pls fix"
_NOT = re.compile(
    r"^(?:(?:oops|sorry|typo|argh|ugh|no|nope)[\s,:!.-]+)*"
    r"(?:(?:it'?s|it\s+is|its|should\s+be|i\s+meant|meant)\s+)?"
    rf"{_Q}(?P<good>[^\W\d_][\w'-]*){_Q}[,\s]+(?:not|instead\s+of)\s+{_Q}(?P<bad>[^\W\d_][\w'-]*){_Q}"
    rf"(?:[\s\W_]+|\b(?:{_ASK_FIX})\b)*$",
    re.I,
)


def handle(ctx: Context) -> list[Reply] | None:
    """Rename a reminder or fix one word of what was just set; None for anything else."""
    text = ctx.text.strip()
    said = _RENAME.match(text) or _SHOULD_SAY.match(text)
    if said is not None:
        reminder = _reminder(ctx, said.group("which"))
        new = said.group("new").strip().strip(_QUOTE).strip()
        if reminder is None or not new:
            return None
        return [_renamed(ctx, reminder, new[:1].upper() + new[1:])]
    fix = _NOT.match(text)
    if fix is None or fix.group("good").casefold() == fix.group("bad").casefold():
        return None
    return _fix_word(ctx, fix.group("bad"), fix.group("good"))


def _reminder(ctx: Context, which: str) -> Reminder | None:
    """The live reminder "the DJ reminder" or "that reminder" means, if exactly one."""
    words = re.sub(r"^(?:the|that|this|my)\s+|\s*reminder$", "", which.strip(), flags=re.I)
    if words.strip():
        found = [r for r in reminders_named(ctx, words) if r.next_at is not None]
        return max(found, key=id_of) if len({r.text for r in found}) == 1 else None
    target = last_target(ctx)
    if target is None or target[0] != "reminder":
        return None
    return access.get_reminder(session=ctx.session, reminder_id=target[1], viewer=ctx.viewer)


def _renamed(ctx: Context, reminder: Reminder, new: str) -> Reply:
    reminders.update_reminder(session=ctx.session, reminder=reminder, text=new)
    ctx.thread.note("reminder", [id_of(reminder)], now=ctx.now)
    return Reply(edit_words.CHANGED_TASK.format(what=edit_words.RENAMED, title=new, detail=""))


def _fix_word(ctx: Context, bad: str, good: str) -> list[Reply] | None:
    """Put `good` in place of the word `bad` in the thing just set, shown or reminded of."""
    word = re.compile(rf"(?<!\w){re.escape(bad)}(?!\w)", re.I)
    target = last_target(ctx)
    if target is not None and target[0] == "card":
        card = proposals.get_proposal(session=ctx.session, proposal_id=target[1])
        if card is not None and card.status == "pending" and word.search(card.title):
            return None  # a waiting card is fixed by the edit skill
    if target is not None and target[0] == "task":
        task = access.get_task(session=ctx.session, task_id=target[1], viewer=ctx.viewer)
        if task is not None and word.search(task.title):
            title = word.sub(good, task.title)
            tasks.update_task(session=ctx.session, task=task, now=ctx.now, title=title)
            ctx.thread.note("task", [id_of(task)], now=ctx.now)
            said = edit_words.CHANGED_TASK.format(what=edit_words.RENAMED, title=title, detail="")
            return [Reply(said)]
    live = [
        r
        for r in reminders.get_reminders_touching(session=ctx.session, person_id=ctx.person_id)
        if r.next_at is not None
        and word.search(r.text)
        and access.may_touch_reminder(ctx.viewer, r)
    ]
    if not live:
        return None
    newest = max(live, key=id_of)
    return [_renamed(ctx, newest, word.sub(good, newest.text))]
