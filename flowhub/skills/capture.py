"""Capture: a typed or forwarded message becomes proposal cards; Confirm saves, Discard drops."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from flowhub.connectors import Button, Reply
from flowhub.i18n import localized
from flowhub.nlp import TaskDraft, as_forwarders, classify_intent, plain_asks, tidy_lines
from flowhub.skills import (
    capture_gate,
    capture_mail,
    card_unsave,
    file_owners,
    help_words,
    push,
    remind_clock,
    words,
)
from flowhub.skills.assign import offer_assignment
from flowhub.skills.capture_before import before_note, remind_before_confirmed
from flowhub.skills.capture_pointer import real_tasks, rest_said
from flowhub.skills.capture_words import WHICH_ONE_MEAN
from flowhub.skills.card_zone import card_text
from flowhub.skills.context import Context
from flowhub.skills.due_hint import take_on_yes, with_hint
from flowhub.skills.remind_due import task_reminder
from flowhub.skills.small_talk import is_vague_wish
from flowhub.storage import Proposal, Task, access, audit, id_of, outbox, proposals, tasks

MAX_CARDS = 10
_CARD_FIELDS: tuple[str, ...] = (
    "title",
    "assignee_name",
    "due_at",
    "due_grain",
    "due_tz",
    "rrule",
    "repeat_from",
)
_CARD_FIELDS += ("priority", "status")


def _called(ctx: Context) -> bool:
    """Whether the message names the bot, rather than only replying to it."""
    from flowhub.skills.manners import without_bot_name  # manners reads requests through capture

    return without_bot_name(ctx.event.text) != ctx.event.text


def handle(ctx: Context, *, gated: bool = True) -> list[Reply] | None:
    """Propose the tasks in a capture or remind message; None for other intents.

    Unless `gated` is off, words that only talk to the sender's waiting card or to a reminder
    that just went off change, save or ask about it instead (`capture_gate`).
    """
    asked = _plain_asks(ctx)
    said = _tidy(ctx, asked)
    if gated and ctx.intent not in ("capture", "remind"):
        saved = capture_gate.yes_to_card(ctx)  # "yep thats it" saves the card, never a bare 👍
        if saved is not None:
            return saved
    if (ctx.event.forwarded or asked != ctx.text) and ctx.intent == "other":
        ctx.intent = classify_intent(said)  # "¿Puede pedir ...?" asks for something
    mail = capture_mail.read(ctx)  # "could you send the brief by tue, also we'd love to see …"
    if ctx.intent not in ("capture", "remind"):
        # A cut message with no task in the part read says so, rather than "I'm not sure".
        cut = ctx.truncated and ctx.event.addressed
        return [*_size_notes(ctx, []), Reply(words.NO_TASK_FOUND)] if cut else None
    if ctx.chat.kind == "group" and not ctx.event.addressed and is_vague_wish(ctx.text):
        return []  # "we should grab lunch sometime": chat between people, not a task
    # A forward's origin is a label anyone can set, never a person: its "I" stays unknown.
    sender = None if ctx.event.forwarded else ctx.person.display_name
    said, zone = _on_clock(ctx, said)  # "call the tokyo office thursday 9am tokyo time"
    drafts = mail or ctx.extract(said, now=ctx.now, tz=zone, sender=sender)
    if sender and ctx.chat.kind == "direct":  # a private note with nobody else named is yours
        drafts = [d if d.assignee else replace(d, assignee=sender) for d in drafts]
    found = _forwarders(ctx, drafts) if ctx.event.forwarded and not mail else drafts
    if found is None:  # "Quote valid 30 days": news to read, not a to-do
        return [Reply(help_words.NOTED)] if ctx.chat.kind == "direct" or _called(ctx) else []
    drafts = file_owners.given(ctx, found)  # "all of these are priya's" under a chat screenshot
    if not drafts:
        if ctx.chat.kind == "group" and not _called(ctx):
            return []  # no help text posted to a group that did not call the bot by name
        return [*_size_notes(ctx, drafts), Reply(words.NO_TASK_FOUND)]
    pointing, drafts = drafts, real_tasks(ctx, drafts)
    if not drafts:
        return _pointing(ctx, pointing, gated=gated)
    replies = _size_notes(ctx, drafts)
    gate = capture_gate.screen(ctx, drafts) if gated else None
    if gate is not None:
        replies += gate.replies
        drafts = gate.drafts
        if not drafts:
            return replies
    shown: list[int] = []
    for draft in drafts[:MAX_CARDS]:
        proposal = proposals.create_proposal(
            session=ctx.session, proposal_in=_proposal_from_draft(ctx, draft)
        )
        replies.append(card_reply(ctx, proposal))
        shown.append(id_of(proposal))
    ctx.thread.note("cards", shown, now=ctx.now)
    note = before_note(ctx.text)
    if note is not None:
        replies.append(note)
    return replies


def _tidy(ctx: Context, said: str) -> str:
    """The message with its list lines said plainly; "sam - finalise the menu" asks Sam."""
    tidy = tidy_lines(said, names=capture_gate.first_names(ctx))
    if tidy != said and ctx.intent == "other":
        ctx.intent = classify_intent(tidy)
    return tidy


def _pointing(ctx: Context, drafts: list[TaskDraft], *, gated: bool) -> list[Reply]:
    """Clauses that only point ("give it back to him"): a waiting card is asked about, else
    one short question; never a card, and nothing in a group that did not call the bot."""
    rest = rest_said(ctx) if gated else None
    if rest is not None:
        return rest
    gate = capture_gate.screen(ctx, drafts) if gated else None
    if gate is not None and (gate.replies or not gate.drafts):
        return gate.replies  # what the gate did to a card is said, never hidden
    if ctx.chat.kind == "group" and not _called(ctx):
        return []
    return [Reply(WHICH_ONE_MEAN)]


def _plain_asks(ctx: Context) -> str:
    """A forward (or a pasted chat) from one outsider with the asking taken off its requests
    ("Können Sie ...?")."""
    from flowhub.skills.manners import person_lookup  # manners reads requests through capture

    return plain_asks(
        ctx.text,
        forwarder=ctx.person.display_name,
        source=ctx.event.forwarded_from,
        known=person_lookup(ctx),
        pasted=not ctx.event.forwarded,
    )


def _forwarders(ctx: Context, drafts: list[TaskDraft]) -> list[TaskDraft] | None:
    """An outsider's forwarded requests as the forwarder's to-dos, in the asker's words; None
    when every line only says how things stand."""
    from flowhub.skills.manners import person_lookup  # manners reads requests through capture

    todos = as_forwarders(
        drafts,
        ctx.text,
        forwarder=ctx.person.display_name,
        source=ctx.event.forwarded_from,
        known=person_lookup(ctx),
        now=ctx.now,
        tz=ctx.tz,
    )
    return None if drafts and not todos else todos


def _size_notes(ctx: Context, drafts: list[TaskDraft]) -> list[Reply]:
    """Say when a long message was cut, and how to see the tasks past the card limit."""
    notes: list[Reply] = []
    if ctx.truncated:
        size, read = _kb(len(ctx.event.text)), _kb(len(ctx.text))
        notes.append(Reply(words.TRUNCATED.format(size=size, read=read)))
    if len(drafts) > MAX_CARDS:
        more = len(drafts) - MAX_CARDS
        first_unshown = drafts[MAX_CARDS].title
        notes.append(
            Reply(
                words.TOO_MANY_TASKS.format(
                    found=len(drafts), shown=MAX_CARDS, more=more, next=first_unshown
                )
            )
        )
    return notes


def _kb(chars: int) -> str:
    return f"{chars / 1000:.0f} kB" if chars >= 1000 else f"{chars} characters"


def _on_clock(ctx: Context, said: str) -> tuple[str, str]:
    """The words without a named clock ("9am tokyo time", "10am Sam's time"), and its zone;
    the writer's own otherwise."""
    clock = remind_clock.read(ctx, said) if "time" in said.casefold() else None
    if clock is None or not clock.named or clock.zone is None:
        return said, ctx.tz
    return clock.text, clock.zone


def _proposal_from_draft(ctx: Context, draft: TaskDraft) -> Proposal:
    due = draft.due
    return Proposal(
        chat_id=ctx.chat_id,
        person_id=ctx.person_id,
        source_event_id=ctx.inbox_id,
        title=draft.title[:500],
        assignee_name=draft.assignee,
        due_at=due.start.astimezone(ZoneInfo("UTC")) if due else None,
        due_grain=due.grain if due else None,
        due_tz=_zone_of(due.start, ctx.tz) if due else None,  # the clock the time was said on
        rrule=due.rrule if due else None,
        repeat_from="completion" if due and due.rrule and due.after_completion else "calendar",
        priority=draft.priority,
        created_at=ctx.now,
        updated_at=ctx.now,
    )


def _zone_of(at: datetime, default: str) -> str:
    return at.tzinfo.key if isinstance(at.tzinfo, ZoneInfo) else default


def card_reply(ctx: Context, proposal: Proposal, *, edit: str | None = None) -> Reply:
    """The card of a pending proposal with its Confirm / Edit / Discard buttons."""
    text, buttons = with_hint(
        ctx,
        proposal,
        card_text(ctx, proposal),
        (
            Button(f"confirm:{proposal.id}", localized(words.CONFIRM_LABEL)),
            Button(f"edit:{proposal.id}", localized(words.EDIT_LABEL)),
            Button(f"discard:{proposal.id}", localized(words.DISCARD_LABEL)),
        ),
    )
    return Reply(
        text,
        buttons=buttons,
        edit=edit,
        ref=f"proposal:{proposal.id}",
    )


def card_message_id(ctx: Context, proposal_id: int) -> str | None:
    """The platform message id of the card showing a proposal: the pressed one, else the last."""
    if ctx.event.kind == "button" and ctx.event.reply_to:
        return ctx.event.reply_to
    row = outbox.get_latest_outbox_by_ref(session=ctx.session, ref=f"proposal:{proposal_id}")
    return row.platform_message_id if row else None


def load_pending(ctx: Context, arg: str) -> tuple[Proposal | None, list[Reply]]:
    """The proposal a button names, or the reply explaining why it can't be used."""
    proposal = access.get_proposal(
        session=ctx.session, proposal_id=_int(arg), viewer=ctx.viewer, lock=True
    )
    if proposal is None:
        return None, [Reply(words.NOT_YOURS)]
    if proposal.status == "confirmed":
        return None, [Reply(words.ALREADY_CONFIRMED.format(title=proposal.title))]
    if proposal.status == "discarded":
        return None, [Reply(words.ALREADY_DISCARDED.format(title=proposal.title))]
    return proposal, []


def confirm(ctx: Context, arg: str) -> list[Reply]:
    """Save a proposal as a task and turn its card into the saved state."""
    proposal, refusal = load_pending(ctx, arg)
    if proposal is None:
        return refusal
    return confirm_proposal(ctx, proposal)


def confirm_proposal(ctx: Context, proposal: Proposal) -> list[Reply]:
    """Create the task for a pending proposal and say so."""
    take_on_yes(ctx, proposal)
    task = tasks.create_task(
        session=ctx.session,
        task_in=Task(
            workspace_id=ctx.workspace_id,
            chat_id=proposal.chat_id,
            title=proposal.title,
            creator_id=proposal.person_id,  # who asked, whoever confirms
            assignee_name=proposal.assignee_name,
            due_at=proposal.due_at,
            due_grain=proposal.due_grain,
            due_tz=proposal.due_tz,
            priority=proposal.priority,
            rrule=proposal.rrule,
            # An edit that dropped the rule leaves no repeat to count from completion.
            repeat_from=proposal.repeat_from if proposal.rrule else "calendar",
            source_event_id=proposal.source_event_id,
            created_at=ctx.now,
            updated_at=ctx.now,
        ),
    )
    task_id = id_of(task)
    proposals.update_proposal(
        session=ctx.session, proposal=proposal, now=ctx.now, status="confirmed", task_id=task_id
    )
    audit.create_audit_entry(
        session=ctx.session,
        at=ctx.now,
        action="created",
        subject=f"task:{task_id}",
        person_id=ctx.person_id,
        detail={"proposal": proposal.id},
    )
    card = card_text(ctx, proposal)
    replies = [
        Reply(
            f"{words.SAVED}\n{card}",
            edit=card_message_id(ctx, id_of(proposal)),
            buttons=(Button(f"done:{task_id}", localized(words.MARK_DONE_LABEL)),),
            ref=f"task:{task_id}",
        )
    ]
    replies.extend(offer_assignment(ctx, task))
    task_reminder(ctx, task)
    replies.extend(remind_before_confirmed(ctx, proposal, task))
    ctx.later(push.push_task, task_id)
    ctx.thread.note("task", [task_id], now=ctx.now)
    ctx.thread.remember_undo({"verb": "created", "tasks": [{"id": task_id}]}, now=ctx.now)
    return replies


def discard(ctx: Context, arg: str) -> list[Reply]:
    """Drop a proposal; nothing is saved."""
    proposal, refusal = load_pending(ctx, arg)
    if proposal is None:
        return (
            card_unsave.take_back(ctx, _int(arg)) if ctx.event.kind == "button" else None
        ) or refusal
    ctx.thread.remember_undo({"verb": "card", "cards": [card_snapshot(proposal)]}, now=ctx.now)
    proposals.update_proposal(
        session=ctx.session, proposal=proposal, now=ctx.now, status="discarded"
    )
    if ctx.thread.editing == proposal.id:
        ctx.thread.editing = None
    return [
        Reply(
            words.DISCARDED.format(title=proposal.title),
            edit=card_message_id(ctx, id_of(proposal)),
        )
    ]


def card_snapshot(proposal: Proposal) -> dict[str, object]:
    """The fields of a card that undo puts back, as JSON."""
    data: dict[str, object] = {"id": proposal.id}
    for name in _CARD_FIELDS:
        value = getattr(proposal, name)
        data[name] = value.isoformat() if isinstance(value, datetime) else value
    return data


def restore_card(ctx: Context, snap: dict[str, Any]) -> Reply | None:
    """Put a card back as the snapshot shows it and show it again."""
    proposal = access.get_proposal(
        session=ctx.session, proposal_id=int(snap["id"]), viewer=ctx.viewer
    )
    if proposal is None or proposal.status == "confirmed":
        return None
    fields = {k: v for k, v in snap.items() if k in _CARD_FIELDS}
    if fields.get("due_at"):
        fields["due_at"] = datetime.fromisoformat(str(fields["due_at"]))
    proposals.update_proposal(session=ctx.session, proposal=proposal, now=ctx.now, **fields)
    return card_reply(ctx, proposal)


def _int(arg: str) -> int:
    try:
        return int(arg)
    except ValueError:
        return -1


def handle_answer(ctx: Context) -> list[Reply] | None:
    """Typed answers to pending cards ("yes", "confirm all", "just the second one")."""
    from flowhub.skills import answer  # answer builds on this module's confirm and discard

    return answer.handle(ctx)
