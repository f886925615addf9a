"""🗑 Discard pressed on a card whose task was saved a moment ago: the save is taken back.

A card still on screen with its Confirm and Discard buttons may have been saved by words the
person did not mean as a yes. Pressing Discard there drops the fresh task and the card, as long
as the task is untouched since; "undo" brings the card back to wait again.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from flowhub.connectors import Reply
from flowhub.skills import push, words
from flowhub.skills.context import Context
from flowhub.storage import Proposal, access, audit, id_of, outbox, proposals, reminders, tasks

FRESH = timedelta(minutes=15)
_SAVED_AS = ("title", "assignee_name", "due_at", "due_grain", "priority", "rrule")


def take_back(ctx: Context, proposal_id: int) -> list[Reply] | None:
    """Discard a card saved moments ago and its untouched task; None when that does not hold."""
    card = access.get_proposal(session=ctx.session, proposal_id=proposal_id, viewer=ctx.viewer)
    if card is None or card.status != "confirmed" or card.task_id is None:
        return None
    task = access.get_task(session=ctx.session, task_id=card.task_id, viewer=ctx.viewer)
    if task is None or task.status != "open" or ctx.now - _utc(task.created_at) > FRESH:
        return None
    if any(getattr(task, name) != getattr(card, name) for name in _SAVED_AS):
        return None  # changed since it was saved: a plain discard can no longer mean it
    if card.person_id != ctx.person_id or task.assignee_id not in (None, ctx.person_id):
        return None  # someone else's card, or a task someone has taken on since
    if not _on_the_card(ctx, card):
        return None  # a Discard on another message (an old offer), not on a copy of the card
    tasks.update_task(session=ctx.session, task=task, now=ctx.now, status="discarded")
    for reminder in reminders.get_reminders_for_task(session=ctx.session, task_id=id_of(task)):
        reminders.update_reminder(
            session=ctx.session, reminder=reminder, status="cancelled", next_at=None
        )
    ctx.later(push.sync_task, id_of(task))
    audit.create_audit_entry(
        session=ctx.session,
        at=ctx.now,
        action="discarded",
        subject=f"task:{id_of(task)}",
        person_id=ctx.person_id,
        detail={"proposal": card.id},
    )
    snap = _waiting_snapshot(card)
    proposals.update_proposal(
        session=ctx.session, proposal=card, now=ctx.now, status="discarded", task_id=None
    )
    ctx.thread.remember_undo({"verb": "card", "cards": [snap]}, now=ctx.now)
    said = words.DISCARDED.format(title=card.title)
    replies = [Reply(said, edit=_card_message(ctx, card))]
    saved = outbox.get_latest_outbox_by_ref(session=ctx.session, ref=f"task:{id_of(task)}")
    if saved is not None and saved.platform_message_id not in (None, replies[0].edit):
        replies.append(Reply(said, edit=saved.platform_message_id))  # the "✅ Saved" copy too
    return replies


def _on_the_card(ctx: Context, card: Proposal) -> bool:
    """Whether the button pressed sits on a copy of the card (any message showing it)."""
    if ctx.event.kind != "button" or not ctx.event.reply_to:
        return True
    pressed = outbox.get_outbox_by_platform_message(
        session=ctx.session,
        platform=ctx.event.platform,
        chat=ctx.event.chat,
        platform_message_id=ctx.event.reply_to,
    )
    return pressed is None or (pressed.ref or "") == f"proposal:{card.id}"


def _waiting_snapshot(card: Proposal) -> dict[str, object]:
    """The card as "undo" should bring it back: waiting again, not saved."""
    from flowhub.skills.capture import card_snapshot  # capture calls this module

    return {**card_snapshot(card), "status": "pending"}


def _card_message(ctx: Context, card: Proposal) -> str | None:
    if ctx.event.kind == "button" and ctx.event.reply_to:
        return ctx.event.reply_to
    row = outbox.get_latest_outbox_by_ref(session=ctx.session, ref=f"proposal:{card.id}")
    return row.platform_message_id if row else None


def _utc(at: datetime | None) -> datetime:
    if at is None:
        return datetime.min.replace(tzinfo=UTC)
    return at if at.tzinfo else at.replace(tzinfo=UTC)
