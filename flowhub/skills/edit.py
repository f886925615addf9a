"""Edits in plain words: on a card right after it or as a reply to it, and on saved tasks.

"make it wednesday", "at 4pm", "give it to Sam", "call it …", "move the gym to tuesday",
"push the report back a week", "move 2 to friday". An edit of a card changes the card and saves
nothing; an edit of a saved task changes it and says what changed. What cannot be applied is
named and nothing changes.
"""

from __future__ import annotations

import re
from datetime import timedelta

from flowhub.connectors import Reply
from flowhub.conversations.thread import FLOW_MINUTES
from flowhub.nlp import parse_when
from flowhub.skills import (
    card_for,
    card_member,
    card_split,
    edit_words,
    picks,
    remind_before,
    remind_task,
    words,
)
from flowhub.skills.capture import (
    card_message_id,
    card_reply,
    card_snapshot,
    confirm_proposal,
    load_pending,
)
from flowhub.skills.capture_gate import saved_line
from flowhub.skills.card_lead import after_lead
from flowhub.skills.card_shown import card_changed
from flowhub.skills.card_zone_said import clock_zone
from flowhub.skills.context import Context
from flowhub.skills.edit_apply import apply_all, read_all
from flowhub.skills.edit_saved import edit_reminder, edit_task
from flowhub.skills.edit_words import Change, tidy
from flowhub.skills.picks_numbering import numbering
from flowhub.skills.refer import (
    PRONOUNS,
    last_target,
    match_titles,
    ordinal,
    reminders_named,
    replied_ref,
    tasks_named,
)
from flowhub.skills.reply_words import wants_change
from flowhub.storage import Proposal, access, id_of, people, proposals, reminders

_CANCEL = re.compile(r"^\s*(?:cancel|stop|never ?mind|nvm|done editing)\s*[.!]?\s*$", re.I)
_YES = frozenset(["confirm", "yes", "save", "ok", "ok!", "👍"])
# "make it …" / "change that …" with a value nobody can read is still an edit, not a new task.
_NOT_A_TASK = re.compile(
    r"\b(?:digest|time ?zone|tz|language|lead|summary|notifications?|remind|reminders)\b|^my\b",
    re.I,
)
# "set a due date of friday": the words name the field, not a task.
_DATE_WORDS = re.compile(
    r"^(?:(?:a|the|its|it'?s)\s+)?(?:due date|deadline|date|time|day)(?:\s+of)?$"
)
_OPEN_EDIT = re.compile(
    r"^(?:i want to |let me |can i )?(?:edit|change|fix|modify|amend|tweak)"
    r"(?:\s+(?:it|that|this|the card|the task))?$",
    re.I,
)
# "can we push that to the 14th", "let's make it wednesday": a suggestion is the edit itself.
_GREETING = re.compile(
    r"^\W*(?:good\s+|gd\s+|top\s+of\s+the\s+)?(?:morning|mornin|afternoon|evening|night|day)"
    r"(?:\s+(?:all|everyone|team|guys|folks|there))?(?:[^\w]*)$|^\W*(?:gm|gn)\b",
    re.I,
)
# "that reminder", "the krause reminder", "my reminder for the bank".
_REMINDER_NAMED = re.compile(
    r"^(?:(?:the|that|this|my|her|his|their)\s+)?(?P<n>.*?)\s*(?:reminder|alarm|ping)"
    r"(?:\s+(?:for|about)\s+(?P<m>.+))?$",
    re.I,
)
# "priya's reminder", "sam's gym reminder": a reminder named by whom it is for.
_WHOSE = re.compile(r"^(?P<p>[A-Za-z][\w.-]*)(?:'s|’s)(?:\s+(?P<rest>.+))?$")
# "move" said alone: which task is still to be said.
_BARE_VERB = re.compile(
    r"^(?:move|push|reschedule|postpone|shift|delay|rename|reassign|retitle)\W*$", re.I
)
# A correction said before the edit itself: "no, I meant …", "I'm not away?? I meant …".
_MEANT = re.compile(
    r"^(?:[^.?!]{0,60}[.?!]+\s+)?(?:(?:no|nope|sorry|oops)[\s,.!]+)*(?:i\s+meant|i\s+mean|meant)"
    r"(?:\s+to)?[\s:,]+(?=\w)",
    re.I,
)
# A task named across a sentence end ("that. make it friday") is no task's name.
_SENTENCE_END = re.compile(r"[.!?]\s")
# "the second one isn't due in october lol, call it …": what is wrong is no part of its name.
_ASIDE = re.compile(
    r"^(?P<r>(?:the\s+)?(?:\w+\s+){0,3}one)\s+(?:is(?:n'?t|\s+not)|was(?:n'?t|\s+not)"
    r"|should(?:n'?t|\s+not)\s+be|is\s+wrong|'s\s+wrong)\b.*$",
)
# A new title said after a remark ("ugh that title is gibberish. make it: …", "u dropped the
# fridge log, call it: …"): the remark ends a sentence or a clause, the title cue starts the next.
_TITLE_AFTER = re.compile(
    r"^[^:]{2,80}?(?:[.!?]+|,|\s[-–—])\s+(?P<cue>(?:make|change)\s+(?:it|that|this)\s*:"
    r"|(?:call|name|rename|retitle)\s+(?:it|that|this)\b|title\s*:)",
    re.I,
)
_SUGGEST = re.compile(r"^(?:(?:can|could|shall|should) we|let'?s|maybe)\s+(?=\w)", re.I)
_EDIT_OPENING = re.compile(
    r"^(?:make|change|move|push|set|switch)\s+(?:it|that|this)\b|^(?:it|that) should be\b", re.I
)


def start(ctx: Context, arg: str) -> list[Reply]:
    """The Edit button: remember which proposal the next message changes."""
    proposal, refusal = load_pending(ctx, arg)
    if proposal is None:
        return refusal
    ctx.thread.start_flow("edit", now=ctx.now, id=proposal.id)
    return [Reply(words.EDIT_PROMPT.format(title=proposal.title))]


def _only_a_time(ctx: Context) -> bool:
    """Whether the message is a day or a time and at most one word beside it."""
    found = parse_when(ctx.text, now=ctx.now, tz=ctx.tz, locale=ctx.person.locale)
    if found is None or found.span is None:
        return False
    start, end = found.span
    return len(ctx.text[:start].split()) + len(ctx.text[end:].strip(" .!?").split()) <= 1


def handle(ctx: Context) -> list[Reply] | None:
    """An edit of a card or a saved task; None when the message is no edit."""
    if ctx.thread.flow_kind(ctx.now) == "remind_when" and _only_a_time(ctx):
        return None  # "in 30 min" answers "When should I remind you …?"; it moves nothing
    if remind_before.lead_asked(ctx.text) is not None:
        return None  # "put a reminder on it 15 min before" moves nothing
    if (split := card_split.handle(ctx)) is not None:
        return split  # "that's two separate things, split them"
    text = tidy(_SUGGEST.sub("", tidy(ctx.text)))
    said = edit_words.complaint(ctx.text)
    if said is not None and (fixed := _fix_said(ctx, *said)) is not None:
        return fixed
    card = _explicit_card(ctx)
    if card is not None:
        if _CANCEL.match(ctx.text):
            ctx.thread.editing = None
            return [Reply(words.EDIT_CANCELLED)]
        if ctx.text.strip().lower() in _YES:
            ctx.thread.editing = None
            return confirm_proposal(ctx, card)
        changes, unread = read_edits(ctx, text)
        if unread is not None and remind_task.asks_for_it(ctx.text):
            return None  # "remind me thursday at 2:30" sets a reminder about the card
        if unread is not None and (led := after_lead(ctx, card, ctx.text.strip())) is not None:
            return edit_card(ctx, *led)  # "it says rebar not rear 🙄 order rebar …, due tmrw"
        if unread is not None:
            # "save this one", "yes, and call it X": an answer to the card, not an edit of it.
            return picks.handle(ctx) or [Reply(edit_words.NOT_UNDERSTOOD.format(text=unread))]
        return edit_card(ctx, card, changes)
    if ordinal(text) is not None:
        return None  # "the second" picks a card or a line; it is not the 2nd of the month
    if _BARE_VERB.match(text):
        return _which_to_edit(ctx)
    if _OPEN_EDIT.match(text):
        target = last_target(ctx)
        if target is not None and target[0] == "card":
            return start(ctx, str(target[1]))
    return _edit_said(ctx, text)


def _edit_said(ctx: Context, text: str) -> list[Reply] | None:
    """The edit of a saved task or card that `text` names, read in plain words."""
    changes, unread = read_edits(ctx, text)
    if not changes and (meant := _MEANT.match(text)) is not None:
        text = text[meant.end() :]  # "I'm not away?? I meant move the flour order to thursday"
        changes, unread = read_edits(ctx, text)
    if not changes and (named := _TITLE_AFTER.search(text)) is not None:
        changes, unread = _titled(ctx, text[named.start("cue") :])  # "ugh, gibberish. call it …"
    if not changes and (same := _same_title(ctx, text)) is not None:
        return same
    if not changes:
        if _EDIT_OPENING.match(text) and last_target(ctx) is not None:
            return [Reply(edit_words.NOT_UNDERSTOOD.format(text=unread or text))]
        return None
    return _edit_named(ctx, changes, text)


def _titled(ctx: Context, text: str) -> tuple[list[Change], str | None]:
    """The edits from a title cue on, when they rename the card or task just shown."""
    changes, unread = read_edits(ctx, text)
    named = any(c.target.strip().casefold() not in PRONOUNS for c in changes)
    if named or not any(c.title for c in changes):
        return [], unread
    return changes, unread


def read_edits(ctx: Context, text: str) -> tuple[list[Change], str | None]:
    """The edits `text` asks for, a person named in any script as the workspace spells them."""
    changes, unread = read_all(text, now=ctx.now, tz=ctx.tz)
    for change in changes:
        said = (change.assignee or "").lstrip("@")
        if not said:
            continue
        found = people.find_people_by_name(
            session=ctx.session, workspace_id=ctx.workspace_id, name=said
        )
        if len(found) == 1:
            change.assignee = found[0].display_name  # "прие" -> "Priya"
    return changes, unread


def _fix_said(ctx: Context, what: str, fix: str) -> list[Reply] | None:
    """ "why is the X on monday?? it should be friday": the fix, made to the thing complained of."""
    complained = ctx.text[: max(0, len(ctx.text) - len(fix))]
    fix = tidy(fix)
    changes, unread = read_edits(ctx, fix)
    if unread is not None or not changes:
        return None
    if edit_words.says_no_date(complained) and not any(c.when or c.shift for c in changes):
        changes.append(Change(target=changes[0].target, clear_due=True))
    about_it = all(c.target.strip().casefold() in PRONOUNS for c in changes)
    if about_it and what.casefold() not in PRONOUNS:
        pending = proposals.get_pending_proposals(
            session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
        )
        known = ordinal(what) is not None or len(match_titles(what, pending)) == 1
        if known or tasks_named(ctx, what):
            for change in changes:
                change.target = what
        elif len(named := reminders_named(ctx, what)) == 1:
            return edit_reminder(ctx, id_of(named[0]), changes)  # "why is the bank reminder at 9?"
        # else "the landlord says friday, move it …": no task of that name, so "it" stays "it"
    card = _explicit_card(ctx)
    if card is not None and about_it and what.casefold() in PRONOUNS:
        return edit_card(ctx, card, changes)
    return _edit_named(ctx, changes, fix)


def _not_an_edit(ctx: Context, text: str) -> bool:
    """Whether a bare day or time said about nothing in particular is something else: a
    question ("next week?"), a greeting ("morning!! ☕"), or said long after the task came up."""
    if wants_change(text):
        return False  # "move to friday" names the change it asks for
    if text.rstrip().endswith("?") or _GREETING.match(text):
        return True
    seen = ctx.thread.seen_at()
    return seen is None or ctx.now - seen > timedelta(minutes=FLOW_MINUTES)


def edit_named(ctx: Context, changes: list[Change], text: str) -> list[Reply] | None:
    """The edits made to the card, task or reminder their target names; None if none fits."""
    return _edit_named(ctx, changes, text)


def _edit_named(ctx: Context, changes: list[Change], text: str) -> list[Reply] | None:
    named_by = [
        _DATE_WORDS.sub("", _ASIDE.sub(r"\g<r>", c.target.strip().casefold())) for c in changes
    ]
    phrase = next((p for p in named_by if p not in PRONOUNS), named_by[0])
    change = changes[0]
    alarm = _REMINDER_NAMED.match(phrase)
    meant = _reminder_meant(ctx, alarm.group("m") or alarm.group("n")) if alarm else None
    if meant is not None:
        return edit_reminder(ctx, meant, changes)
    if phrase not in PRONOUNS and (_NOT_A_TASK.search(phrase) or _SENTENCE_END.search(phrase)):
        return None  # "set my digest to 6pm", "remind me …" belong to other skills
    if ordinal(phrase) is not None and ctx.thread.list_kind != "tasks" and ctx.thread.last_list:
        return None  # "move 2 to friday" after a list of reminders moves a reminder
    if phrase in PRONOUNS:
        target = _only_card(ctx, last_target(ctx))
        if target is None:
            # "assign to Priya" after a list of several: which one is asked, never a new card
            handed = bool(ctx.thread.last_list) and all(c.assignee for c in changes)
            return [Reply(edit_words.NOTHING_TO_EDIT)] if phrase or handed else None
        kind, item_id = target
        if kind != "card" and not phrase and not ctx.event.reply_to and _not_an_edit(ctx, text):
            return None
        if kind == "card":
            card = proposals.get_proposal(session=ctx.session, proposal_id=item_id)
            return edit_card(ctx, card, changes) if card else None
        if kind == "reminder":
            return edit_reminder(ctx, item_id, changes)
        return edit_task(ctx, tasks_named(ctx, phrase), changes, phrase)
    index = ordinal(phrase)
    card = _other_card(ctx, phrase) or _shown_card(ctx, index) or _counted_card(ctx, index)
    if card is not None:
        return edit_card(ctx, card, changes)
    if index is not None and _cards_counted(ctx) and not _listed_beyond_cards(ctx, index):
        return None  # "the 2nd" while cards wait is a card, never a saved task
    if index is None:
        pending = proposals.get_pending_proposals(
            session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
        )
        named = match_titles(phrase, pending)
        if len(named) == 1:
            return edit_card(ctx, named[0], changes)
    found = tasks_named(ctx, phrase)
    if not found and (meant := _reminder_meant(ctx, phrase)) is not None:
        return edit_reminder(ctx, meant, changes)  # "push the mum call to thursday"
    if not found and change.loose:
        return None  # "change the oil on saturday" reads as a new task, not an edit of one
    return edit_task(ctx, found, changes, phrase)


_OTHER = re.compile(r"^(?:the\s+)?other(?:\s+(?:one|card))?$", re.I)


def _shown_card(ctx: Context, index: int | None) -> Proposal | None:
    """The card at place `index` of the cards last shown, if cards were shown last."""
    seen = ctx.thread.last_seen()
    if index is None or not seen or seen[0] != "cards":
        return None
    return _card_at(ctx, seen[1], index)


def _cards_counted(ctx: Context) -> bool:
    """Whether places said now count waiting cards: some wait and no task list came after."""
    seen = ctx.thread.last_seen()
    if seen and seen[0].startswith("list"):
        return False
    return bool(
        proposals.get_pending_proposals(
            session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
        )
    )


def _listed_beyond_cards(ctx: Context, index: int) -> bool:
    """Whether place `index` is past the waiting cards but on the task list shown last: "rename
    10 to …" after a list of twelve, with two cards waiting."""
    if index < 0 or ctx.thread.list_kind != "tasks" or index >= len(ctx.thread.last_list):
        return False
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    return index >= len(pending)


def _counted_card(ctx: Context, index: int | None) -> Proposal | None:
    """The waiting card at place `index` as the person counts the cards: those answered since
    keep their places ("bin the first and third", then "the 2nd: call it X")."""
    if index is None or not _cards_counted(ctx):
        return None
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    counted = numbering(ctx, pending)
    if not -len(counted) <= index < len(counted):
        return None
    card = counted[index]
    return card if card.status == "pending" else None


def _other_card(ctx: Context, phrase: str) -> Proposal | None:
    """The one waiting card besides the card just answered or changed ("and the other one call
    it …" of two cards), if exactly one."""
    seen = ctx.thread.last_seen()
    if not _OTHER.match(phrase) or not seen or seen[0] != "cards" or len(seen[1]) != 1:
        return None
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    rest = [p for p in pending if p.id not in seen[1]]
    return rest[0] if len(rest) == 1 else None


def _card_at(ctx: Context, shown: list[int], index: int) -> Proposal | None:
    """The waiting card at `index` of those just shown, or of all waiting after one was edited."""
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    by_id = {p.id: p for p in pending}
    cards = [by_id[i] for i in shown if i in by_id]
    if not -len(cards) <= index < len(cards) or len(cards) < 2 <= len(pending):
        cards = pending  # one card just edited: "the second one" counts all that wait
    return cards[index] if -len(cards) <= index < len(cards) else None


def _reminder_meant(ctx: Context, named: str) -> int | None:
    """The reminder "that reminder" or "the krause reminder" means, if exactly one."""
    whose = _WHOSE.match(named)
    if whose is not None:
        return _reminder_of(ctx, whose.group("p"), whose.group("rest") or "")
    if named.casefold() not in PRONOUNS:
        found = reminders_named(ctx, named)
        if found and len({r.text.casefold() for r in found}) == 1:
            return max(id_of(r) for r in found)  # a task's own and one set for it: the one set
        return None
    target = last_target(ctx)
    if target is None or target[0] == "card":
        return None
    if target[0] == "reminder":
        return target[1]
    live = [
        r
        for r in reminders.get_reminders_for_task(session=ctx.session, task_id=target[1])
        if r.status == "active" and r.next_at is not None
    ]
    return max(id_of(r) for r in live) if live else None


def _reminder_of(ctx: Context, name: str, words_said: str) -> int | None:
    """The newest live reminder set for the person named ("priya's reminder")."""
    who = people.find_people_by_name(session=ctx.session, workspace_id=ctx.workspace_id, name=name)
    if len(who) != 1:
        return None
    live = reminders.get_reminders_touching(session=ctx.session, person_id=ctx.person_id)
    found = [r for r in live if r.person_id == who[0].id and r.next_at is not None]
    if words_said.strip():
        named = {id_of(r) for r in reminders_named(ctx, words_said)}
        found = [r for r in found if id_of(r) in named]
    return max((id_of(r) for r in found), default=None)


def _only_card(ctx: Context, target: tuple[str, int] | None) -> tuple[str, int] | None:
    """ "it" is the one card still waiting in this chat rather than a task saved before it."""
    if ctx.event.reply_to or (target is not None and target[0] != "task"):
        return target
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    if len(pending) == 1 and pending[0].id is not None:
        return "card", pending[0].id
    return target


def _explicit_card(ctx: Context) -> Proposal | None:
    """The card a reply points at, or the one whose Edit button was pressed."""
    kind, number = replied_ref(ctx)
    if kind == "proposal" and number.isdigit():
        found = proposals.get_proposal(session=ctx.session, proposal_id=int(number))
        # A reply to someone else's card in a group is chat, unless the card is for the sender.
        if found and found.status == "pending" and card_for.may_change(ctx, found):
            return found
    if ctx.thread.flow_kind(ctx.now) == "edit" and ctx.thread.editing is not None:
        found = access.get_proposal(
            session=ctx.session, proposal_id=ctx.thread.editing, viewer=ctx.viewer
        )
        if found and found.status == "pending":
            return found
        ctx.thread.editing = None
    return None


def edit_card(ctx: Context, proposal: Proposal, changes: list[Change]) -> list[Reply]:
    """Apply `change` to a pending card and show the card again; nothing is saved."""
    if not card_for.may_change(ctx, proposal):
        return [Reply(words.NOT_YOURS)]
    item, tz = clock_zone(ctx, proposal, changes)  # "11am berlin time": on that clock
    fields, problem = apply_all(item, changes, now=ctx.now, tz=tz, me=ctx.person.display_name)
    if problem is not None:
        if problem == "no-date":
            return [Reply(edit_words.NO_DATE_TO_SHIFT.format(title=proposal.title))]
        return [Reply(edit_words.NOT_UNDERSTOOD.format(text=ctx.text.strip()))]
    if "rrule" in fields and fields["rrule"] is None:
        fields["repeat_from"] = "calendar"
    if (outsider := card_member.outsider(ctx, fields)) is not None:
        kept = [Reply(card_member.outsider_note(proposal, outsider))]  # never stored on a card
        del fields["assignee_name"]
        if not fields:
            return kept
        return _stored(ctx, proposal, changes, fields) + kept
    return _stored(ctx, proposal, changes, fields)


def _stored(
    ctx: Context, proposal: Proposal, changes: list[Change], fields: dict[str, object]
) -> list[Reply]:
    """Store the field changes read from `changes` on a pending card and show it again."""
    ctx.thread.editing = None
    same = all(getattr(proposal, name) == value for name, value in fields.items())
    if fields:
        snap = card_snapshot(proposal)
        ctx.thread.remember_undo({"verb": "card", "cards": [snap]}, now=ctx.now)
        proposals.update_proposal(session=ctx.session, proposal=proposal, now=ctx.now, **fields)
    old_card = card_message_id(ctx, id_of(proposal))
    ctx.thread.note("cards", [id_of(proposal)], now=ctx.now)
    if any(change.save for change in changes):
        shown = [card_reply(ctx, proposal, edit=old_card)] if fields else []
        saved = confirm_proposal(ctx, proposal)  # "call it X, yes save"
        if old_card is not None and ctx.chat.kind == "direct":
            saved.append(Reply(saved_line(ctx, proposal)))
        return shown + saved
    if same:
        return [card_reply(ctx, proposal)]  # already so: shown again, as an edit in place is unseen
    return card_changed(ctx, proposal, fields)


def _which_to_edit(ctx: Context) -> list[Reply]:
    """ "move" said alone: the card just shown opens for editing, else ask which task."""
    target = last_target(ctx)
    if target is not None and target[0] == "card":
        return start(ctx, str(target[1]))
    return [Reply(edit_words.NOTHING_TO_EDIT)]


def _same_title(ctx: Context, text: str) -> list[Reply] | None:
    """ "order flour at 10:00" when a saved task is called just that: its new time, no new card."""
    found = parse_when(text, now=ctx.now, tz=ctx.tz, locale=ctx.person.locale)
    if found is None or found.span is None or text[found.span[1] :].strip(" .!?"):
        return None
    if found.rrule:
        return None  # "water the plants every 3 days at 9am" sets up a repeat: a capture
    head = re.sub(r"\s+(?:at|on|by|for|due)$", "", text[: found.span[0]].strip(" ,-"), flags=re.I)
    key = _title_key(head)
    if not key:
        return None
    same = [t for t in tasks_named(ctx, head) if _title_key(t.title) == key]
    if len(same) != 1:
        return None
    change = Change(target=head, when=text[found.span[0] :].strip())
    return edit_task(ctx, same, [change], head)


def _title_key(title: str) -> str:
    return " ".join(w for w in re.findall(r"\w+", title.casefold()) if w not in ("the", "a", "an"))
