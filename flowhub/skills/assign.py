"""Assigning to others: the assignee gets Accept / Decline, the assigner hears the answer."""

from __future__ import annotations

import re

from flowhub.connectors import Button, Reply, Target
from flowhub.i18n import current_locale, localized, use_locale
from flowhub.nlp import parse_when
from flowhub.skills import group_words, words
from flowhub.skills.card_zone import due_words
from flowhub.skills.context import Context
from flowhub.skills.format import when_text
from flowhub.skills.notify import reader_locale
from flowhub.skills.offer_closed import closed_offers
from flowhub.skills.refer import tokens
from flowhub.skills.team_language import team_chats
from flowhub.storage import (
    Person,
    Task,
    access,
    audit,
    id_of,
    inbox,
    outbox,
    people,
    reminders,
    tasks,
)

# A speaker taking something on in their own words: "I'll take care of …", "I can do …".
_I_WILL = re.compile(
    r"^(?:ok(?:ay)?|sure|yes|yep|np)?[\s,!.]*(?:i'?ll|i will|i can|i'?m on|let me|leave (?:it|the)"
    r"|i'?ve got|i got|i'?m going to|i'?m gonna|i'?ll be)\b",
    re.I,
)

_HANDED_BACK = "handed_back"

# Words of a decline that are never a person's name, whatever people are called.
_NOT_NAMES = frozenset(
    [
        "i", "me", "my", "you", "u", "it", "he", "she", "we", "they", "them", "someone",
        "somebody", "anyone", "anybody", "everyone", "nobody", "the", "a", "an", "and", "or",
        "so", "pls", "please", "then", "instead", "today", "tomorrow", "can", "could", "ask"
    ]
)  # fmt: skip


def direct_target(ctx: Context, person_id: int) -> Target | None:
    """Where FlowHub can reach a person privately, on the first platform that has a direct chat."""
    for identity in people.get_identities(session=ctx.session, person_id=person_id):
        if identity.direct_chat:
            return Target(identity.platform, identity.account, identity.direct_chat)
    return None


def tell_requester(ctx: Context, task: Task, *, done: bool = False) -> list[Reply]:
    """Tell a task's requester, privately and in their language, that the person doing it
    finished it (`done`) or moved it; nothing when they did it themselves or saw it in the group."""
    if task.creator_id is None or task.creator_id == ctx.person_id or ctx.chat.kind == "group":
        return []
    requester = people.get_person(session=ctx.session, person_id=task.creator_id)
    target = direct_target(ctx, task.creator_id)
    if requester is None or target is None or target.chat == ctx.event.chat:
        return []
    who = ctx.person.display_name
    with use_locale(requester.locale):
        if done:
            text = words.REQUESTER_DONE.format(who=who, title=task.title)
        else:
            when = due_words(ctx, task, requester_id=task.creator_id, reader=requester)
            text = words.REQUESTER_MOVED.format(who=who, title=task.title, when=when)
    return [Reply(text, to=target)]


def offer_assignment(ctx: Context, task: Task, *, giver: Person | None = None) -> list[Reply]:
    """Link a just-confirmed task to a known assignee and ask them to accept it.

    The requester (the task's creator, who asked) is the one giving the task, whoever pressed
    Confirm; `giver` when someone hands a saved task on. An assignee who confirms the card
    themselves, or who said they'd do it in the forwarded chat it came from, has taken it.
    """
    if not task.assignee_name:
        return []
    name = task.assignee_name
    requester = requester_of(ctx, task)
    # Handed back by someone else, the task is asked of its requester like of anyone.
    back = giver is not None and id_of(giver) != id_of(requester)
    if name.lower() in ("me", "myself") or (is_named(requester, name) and not back):
        tasks.update_task(session=ctx.session, task=task, now=ctx.now, assignee_id=id_of(requester))
        return []
    matches = people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=name
    )
    if len(matches) != 1:
        note = _unknown_note(ctx) if not matches else words.ASSIGNEE_AMBIGUOUS
        return [Reply(note.format(name=name.lstrip("@")))]
    assignee = matches[0]
    taken = id_of(assignee) == ctx.person_id or volunteered(ctx, task, assignee)
    tasks.update_task(
        session=ctx.session,
        task=task,
        now=ctx.now,
        assignee_id=id_of(assignee),
        assignee_name=assignee.display_name,
        assignment="accepted" if taken else "pending",
    )
    if giver is not None:  # a saved task handed on takes its reminders along
        move_reminders(ctx, task, to_id=id_of(assignee))
    if taken:
        return []
    asked = [assignment_request(ctx, task, assignee, giver=giver)]
    if back and giver is not None and id_of(assignee) == id_of(requester):
        audit.create_audit_entry(
            session=ctx.session,
            at=ctx.now,
            action=_HANDED_BACK,
            subject=f"task:{task.id}",
            person_id=id_of(giver),
        )
        shown = group_words.CARD_ASKED.format(name=assignee.display_name)
        asked += saved_card_edit(ctx, task, assignee=shown)
    return asked


def volunteered(ctx: Context, task: Task, person: Person) -> bool:
    """Whether `person` said they'd do `task` in the forwarded chat it was read from."""
    event = (
        inbox.get_inbox_event(session=ctx.session, event_id=task.source_event_id)
        if task.source_event_id
        else None
    )
    if event is None or not event.event.get("forwarded"):
        return False
    first = re.escape(person.display_name.split(" ")[0])
    said = re.compile(rf"^(?:\W*[\d/.,: \-\[\]APMapm]*\W*)?{first}[^:\n]{{0,20}}:\s*(.+)$", re.I)
    wanted = tokens(task.title)
    for line in event.text.splitlines():
        m = said.match(line.strip())
        if m and _I_WILL.match(m.group(1)) and len(tokens(m.group(1)) & wanted) * 2 >= len(wanted):
            return True
    return False


def requester_of(ctx: Context, task: Task) -> Person:
    """Who asked for `task`: its creator, or the sender when that record is gone."""
    if task.creator_id == ctx.person_id:
        return ctx.person
    return people.get_person(session=ctx.session, person_id=task.creator_id) or ctx.person


def requester_target(ctx: Context, task: Task) -> Target | None:
    """Where the requester hears about their task: privately, else in the group it came from."""
    target = direct_target(ctx, task.creator_id)
    if target is not None or task.chat_id is None:
        return target
    chat = people.get_chat(session=ctx.session, chat_id=task.chat_id)
    if chat is None or chat.kind != "group":
        return None
    return Target(chat.platform, chat.account, chat.external_id)


def _unknown_note(ctx: Context) -> str:
    """What happens to a task given to a name nobody has yet, as `welcome_newcomer` does it."""
    if people.vouches_for_names(ctx.event.platform):
        return words.ASSIGNEE_UNKNOWN
    if ctx.chat.kind == "group":
        return words.ASSIGNEE_UNKNOWN_GROUP
    return words.ASSIGNEE_UNKNOWN_PRIVATE


def assignment_request(
    ctx: Context, task: Task, assignee: Person, *, giver: Person | None = None
) -> Reply:
    """The message asking `assignee` to take `task`, sent to them privately where possible.

    The giver named is the requester, or `giver` when someone else hands the task on.
    """
    target = direct_target(ctx, id_of(assignee))
    # In private it speaks the assignee's language; in the group, the one it is speaking there.
    with use_locale(
        reader_locale(
            ctx.session,
            assignee,
            asker_locale=current_locale(),
            chats=team_chats(ctx.session, task),
        )
        if target is not None
        else current_locale()
    ):
        when = due_words(ctx, task, requester_id=task.creator_id, reader=assignee)
        due = words.DUE_SUFFIX.format(when=when) if task.due_at else ""
        who = (giver or requester_of(ctx, task)).display_name
        text = words.ASSIGNED_TO_YOU.format(who=who, title=task.title, due=due)
        if target is None:
            text = f"@{assignee.display_name}: {text}"
        return Reply(
            text,
            to=target,
            buttons=(
                Button(f"accept:{task.id}", localized(words.ACCEPT_LABEL)),
                Button(f"decline:{task.id}", localized(words.DECLINE_LABEL)),
            ),
            ref=f"assignment:{task.id}",
        )


def named_other(ctx: Context, text: str) -> Person | None:
    """The one person of the workspace, other than the sender, whose name `text` mentions."""
    said = {w.casefold() for w in re.findall(r"@?(\w+)", text)} - _NOT_NAMES
    named = {
        id_of(p): p
        for w in said
        for p in people.find_people_by_name(
            session=ctx.session, workspace_id=ctx.workspace_id, name=w
        )
        if id_of(p) != ctx.person_id
    }
    return next(iter(named.values())) if len(named) == 1 else None


def workspace_person(ctx: Context, person_arg: str) -> Person | None:
    """The person a button's argument names, when they belong to this workspace."""
    person = (
        people.get_person(session=ctx.session, person_id=int(person_arg))
        if person_arg.isdigit()
        else None
    )
    return person if person is not None and person.workspace_id == ctx.workspace_id else None


def is_named(person: Person, name: str) -> bool:
    """Whether `name` ("Sam", "@sam", "Sam Lee") is what `person` goes by."""
    own = person.display_name.casefold()
    needle = name.lstrip("@").casefold()
    return bool(needle) and (needle == own or needle == own.split(" ")[0])


def accept(ctx: Context, arg: str) -> list[Reply]:
    """The assignee takes the task; the assigner is told."""
    return _answer(ctx, arg, accepted=True)


def decline(ctx: Context, arg: str) -> list[Reply]:
    """The assignee declines; the task goes back to the requester, who is asked what now."""
    return _answer(ctx, arg, accepted=False)


def _answer(ctx: Context, arg: str, *, accepted: bool) -> list[Reply]:
    task = (
        access.get_task(session=ctx.session, task_id=int(arg), viewer=ctx.viewer)
        if arg.isdigit()
        else None
    )
    if task is None:
        return [_asked_before(ctx, arg) or Reply(words.NOT_YOURS)]
    return answer(ctx, task, accepted=accepted)


def _asked_before(ctx: Context, arg: str) -> Reply | None:
    """The pressed request's task, gone out of the presser's sight since (taken over, or back
    with its requester): the message says so."""
    pressed = ctx.event.reply_to if ctx.event.kind == "button" else None
    row = (
        outbox.get_outbox_by_platform_message(
            session=ctx.session,
            platform=ctx.event.platform,
            chat=ctx.event.chat,
            platform_message_id=pressed,
        )
        if pressed and arg.isdigit()
        else None
    )
    if row is None or row.ref != f"assignment:{arg}":
        return None
    task = tasks.get_task(session=ctx.session, task_id=int(arg))
    if task is None or task.workspace_id != ctx.workspace_id:
        return None
    return _moved_on(ctx, task)


def answer(
    ctx: Context, task: Task, *, accepted: bool, reason: str | None = None, alone: bool = True
) -> list[Reply]:
    """The assignee's answer to `task`; a decline's `reason` is passed on to the requester.

    An answer given `alone` in words also closes the offer message; several answered at once
    are said together in one new message instead, each offer only losing its buttons.
    """
    if task.assignee_id != ctx.person_id:  # only the assignee answers
        return [_asked_before(ctx, str(task.id)) or Reply(words.NOT_YOURS)]
    if task.assignment in ("accepted", "declined"):
        return [Reply(words.ALREADY_ANSWERED[task.assignment].format(title=task.title))]
    from flowhub.skills.edit_saved import snapshot  # edit_saved builds on this module

    ctx.thread.remember_undo({"verb": "edit", "tasks": [snapshot(task)]}, now=ctx.now)
    giver = handed_back_by(ctx, task)
    if giver is not None:
        return _answer_handed_back(ctx, task, giver, accepted=accepted)
    if accepted:
        tasks.update_task(session=ctx.session, task=task, now=ctx.now, assignment="accepted")
    else:
        # Declined: the task is nobody's but the requester's again, in lists, digests, reminders.
        tasks.update_task(
            session=ctx.session,
            task=task,
            now=ctx.now,
            assignment="declined",
            assignee_id=None,
            assignee_name=None,
        )
        move_reminders(ctx, task, to_id=task.creator_id)
    audit.create_audit_entry(
        session=ctx.session,
        at=ctx.now,
        action="accepted" if accepted else "declined",
        subject=f"task:{task.id}",
        person_id=ctx.person_id,
    )
    mine = words.YOU_ACCEPTED if accepted else words.YOU_DECLINED
    # A button's message turns into the answer; a typed answer leaves the message it replies to.
    pressed = ctx.event.reply_to if ctx.event.kind == "button" else None
    if ctx.chat.kind == "group" and pressed is None:
        mine = words.THEY_ACCEPTED if accepted else group_words.THEY_DECLINED
    said = plain = mine.format(who=ctx.person.display_name, title=task.title)
    said += _new_day(ctx, task) if accepted else ""
    offered = _offer_here(ctx, task, reason) if not accepted and pressed is None else None
    # Answered in words, the offer turns into the answer too, or at least loses its buttons.
    replies = [offered or Reply(said, edit=pressed)]
    replies = closed_offers(ctx, task, replies[0], alone=alone)
    requester = people.get_person(session=ctx.session, person_id=task.creator_id)
    shown = ctx.person.display_name
    if not accepted:  # the card is the requester's: in their words, not the decliner's
        with use_locale(requester.locale if requester else current_locale()):
            shown = group_words.CARD_DECLINED.format(who=ctx.person.display_name)
    due = due_words(ctx, task, requester_id=task.creator_id) if said != plain else None
    replies += saved_card_edit(ctx, task, assignee=shown, due=due)
    target = requester_target(ctx, task)
    if target is None:
        return replies
    with use_locale(requester.locale if requester else current_locale()):
        who = ctx.person.display_name
        if accepted:
            moved = _new_day(ctx, task, reader=requester)
            told = Reply(words.THEY_ACCEPTED.format(who=who, title=task.title) + moved, to=target)
        else:
            said = group_words.DECLINED_BECAUSE if reason else group_words.DECLINED_ASK
            other = named_other(ctx, reason) if reason else None
            offer = (
                ()
                if other is None or id_of(other) == task.creator_id
                else (
                    Button(
                        f"giveto:{task.id}:{other.id}",
                        group_words.GIVE_TO.format(name=other.display_name.split(" ")[0]),
                    ),
                )
            )
            told = Reply(
                said.format(who=who, title=task.title, reason=reason),
                to=target,
                buttons=(
                    *offer,
                    Button(f"takeback:{task.id}", localized(group_words.TAKE_IT)),
                    Button(
                        f"askother:{task.id}:{ctx.person_id}", localized(group_words.ASK_SOMEONE)
                    ),
                    Button(f"dropit:{task.id}", localized(group_words.DROP_IT)),
                ),
                ref=f"declined:{task.id}",
            )
    return [*replies, told]


def handed_back_by(ctx: Context, task: Task) -> Person | None:
    """Who handed `task` back to its requester, when the requester is the one answering."""
    if task.creator_id != ctx.person_id:
        return None
    subject = f"task:{task.id}"
    handed = [
        e
        for e in audit.get_audit_entries(session=ctx.session, actions=[_HANDED_BACK])
        if e.subject == subject
    ]
    if not handed or handed[-1].person_id in (None, ctx.person_id):
        return None
    return people.get_person(session=ctx.session, person_id=handed[-1].person_id)


def _answer_handed_back(ctx: Context, task: Task, giver: Person, *, accepted: bool) -> list[Reply]:
    """The requester takes back the task someone handed them, or leaves it with that person;
    the one who handed it over hears which."""
    mine = words.YOU_ACCEPTED if accepted else words.YOU_DECLINED
    owner = ctx.person if accepted else giver
    tasks.update_task(
        session=ctx.session,
        task=task,
        now=ctx.now,
        assignee_id=id_of(owner),
        assignee_name=owner.display_name,
        assignment="none" if accepted else "accepted",
    )
    move_reminders(ctx, task, to_id=id_of(owner))
    audit.create_audit_entry(
        session=ctx.session,
        at=ctx.now,
        action="accepted" if accepted else "declined",
        subject=f"task:{task.id}",
        person_id=ctx.person_id,
    )
    pressed = ctx.event.reply_to if ctx.event.kind == "button" else None
    replies = [Reply(mine.format(title=task.title), edit=pressed)]
    replies += saved_card_edit(ctx, task, assignee=owner.display_name)
    target = direct_target(ctx, id_of(giver))
    if target is None or target.chat == ctx.event.chat:
        return replies
    with use_locale(giver.locale):
        said = words.THEY_ACCEPTED if accepted else words.THEY_DECLINED
        return [
            *replies,
            Reply(said.format(who=ctx.person.display_name, title=task.title), to=target),
        ]


def card_after_undo(ctx: Context, task: Task, before: str | None) -> list[Reply]:
    """The saved card's 👤 line again after an undo gave `task` back to whom it was with
    (`before`: the assignee name before the undo)."""
    if task.assignee_name == before:
        return []
    shown = task.assignee_name or ""
    if task.assignment == "pending" and task.assignee_name:
        shown = group_words.CARD_ASKED.format(name=task.assignee_name)
    if not shown:
        requester = people.get_person(session=ctx.session, person_id=task.creator_id)
        shown = requester.display_name if requester is not None else ""
    return saved_card_edit(ctx, task, assignee=shown)


def _offer_here(ctx: Context, task: Task, reason: str | None) -> Reply | None:
    """In a group, "sorry, Ana could you do that one?" asks the requester there to give it to
    the person the decliner named."""
    other = named_other(ctx, reason) if reason and ctx.chat.kind == "group" else None
    if other is None:
        return None
    if id_of(other) == task.creator_id:
        # "… Ana can you take it?" to Ana, who asked: back with her, for her to do or not.
        said = group_words.DECLINED_BECAUSE.format(
            who=ctx.person.display_name, title=task.title, reason=reason
        )
        button = Button(f"takeback:{task.id}", localized(group_words.TAKE_IT))
        return Reply(said, buttons=(button,), ref=f"declined:{task.id}")
    requester = people.get_person(session=ctx.session, person_id=task.creator_id)
    name = other.display_name.split(" ")[0]
    said = group_words.CANT_TAKE_OFFER.format(
        who=ctx.person.display_name,
        title=task.title,
        reason=reason,
        requester=requester.display_name.split(" ")[0] if requester else "",
        name=name,
    )
    button = Button(f"giveto:{task.id}:{other.id}", group_words.GIVE_TO.format(name=name))
    return Reply(said, buttons=(button,), ref=f"declined:{task.id}")


def _moved_on(ctx: Context, task: Task) -> Reply:
    """An old Accept / Decline pressed after the task went to someone else, or back: the
    message says so and loses its buttons."""
    if task.assignee_id is not None and task.assignee_name:
        said = group_words.TAKEN_OVER.format(title=task.title, name=task.assignee_name)
    else:
        said = group_words.NO_LONGER_ASKED.format(title=task.title)
    return Reply(said, edit=ctx.event.reply_to)


def _new_day(ctx: Context, task: Task, *, reader: Person | None = None) -> str:
    """ ", due Mon 7 Dec" after a typed yes that names the day ("sure, I'll do it monday")."""
    if ctx.event.kind == "button" or task.due_at is None:
        return ""
    if parse_when(ctx.text, now=ctx.now, tz=ctx.tz) is None:
        return ""
    when = due_words(ctx, task, requester_id=task.creator_id, reader=reader)
    return group_words.DUE_WHEN.format(when=when)


def saved_card_edit(
    ctx: Context,
    task: Task,
    *,
    assignee: str | None = None,
    dropped: bool = False,
    due: str | None = None,
) -> list[Reply]:
    """The task's saved card, wherever it was shown, changed in place: who has it, or dropped;
    its new `due` (said in this chat's words) when the card is in this chat."""
    row = outbox.get_latest_outbox_by_ref(session=ctx.session, ref=f"task:{task.id}")
    if row is None or row.reply.get("sensitive") or not row.platform_message_id:
        return []
    before = str(row.reply.get("text") or "").split("\n")
    lines = [f"👤 {assignee}" if assignee and line.startswith("👤 ") else line for line in before]
    if due and row.chat == ctx.event.chat:
        lines = [f"📅 {due}" if line.startswith("📅 ") else line for line in lines]
    buttons = tuple(Button(str(i), str(label)) for i, label in row.reply.get("buttons") or [])
    if dropped:
        saved = (words.SAVED, words.SAVED.format())
        lines = [group_words.CARD_DROPPED.format(), *(line for line in lines if line not in saved)]
        buttons = ()
    if lines == before:
        return []
    return [
        Reply(
            "\n".join(lines),
            buttons=buttons,
            to=Target(row.platform, row.account, row.chat),
            edit=row.platform_message_id,
            ref=f"task:{task.id}",
        )
    ]


def move_reminders(ctx: Context, task: Task, *, to_id: int) -> None:
    """Hand the task's live reminders to the person who now has it."""
    for reminder in reminders.get_reminders_for_task(session=ctx.session, task_id=id_of(task)):
        if reminder.person_id != to_id:
            reminders.update_reminder(session=ctx.session, reminder=reminder, person_id=to_id)


def welcome_newcomer(ctx: Context) -> list[Reply]:
    """A person's first message: tasks already assigned to them by name wait for an answer.

    A display name is only a claim on WhatsApp and Telegram, so a task goes to the newcomer by
    name only where the platform vouches for who they are (a Slack team), or when they write
    in the group chat it was created in (a chat its creator shares with them). A task assigned
    by name in a private chat stays with its creator.
    """
    if people.vouches_for_names(ctx.event.platform):
        chat_id: int | None = None
    else:
        chat_id = access.get_viewer(
            session=ctx.session, person_id=ctx.person_id, chat=ctx.chat
        ).group_id
        if chat_id is None:
            return []
    names = [ctx.person.display_name]
    first_name = ctx.person.display_name.split(" ")[0]
    if first_name != ctx.person.display_name:
        names.append(first_name)
    waiting: list[Task] = []
    for name in names:
        waiting += tasks.link_named_assignee(
            session=ctx.session,
            workspace_id=ctx.workspace_id,
            name=name,
            person_id=ctx.person_id,
            now=ctx.now,
            chat_id=chat_id,
        )
    replies = []
    for task in waiting:
        creator = people.get_person(session=ctx.session, person_id=task.creator_id)
        tasks.update_task(
            session=ctx.session,
            task=task,
            now=ctx.now,
            assignment="pending",
            assignee_name=ctx.person.display_name,
        )
        who = creator.display_name if creator else "Someone"
        due = (
            words.DUE_SUFFIX.format(
                when=when_text(task.due_at, task.due_grain, ctx.tz, task.due_tz)
            )
            if task.due_at
            else ""
        )
        replies.append(
            Reply(
                words.ASSIGNED_TO_YOU.format(who=who, title=task.title, due=due),
                buttons=(
                    Button(f"accept:{task.id}", localized(words.ACCEPT_LABEL)),
                    Button(f"decline:{task.id}", localized(words.DECLINE_LABEL)),
                ),
                ref=f"assignment:{task.id}",
            )
        )
    return replies
