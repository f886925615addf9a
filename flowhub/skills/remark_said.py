"""Complaints and status remarks said to the bot: "the deposit from the Okafor wedding still
isn't in", "printer's broken again", "still no reply from the landlord".

None asks for anything, so none becomes a card as said. In a direct chat the bot offers the task
the remark calls for ("Noted. Want me to track “Get the printer fixed”?" with one button; a typed
yes presses it); in a group it stays silent unless called. "chase the Okafor deposit" and "fix
the printer by friday" are tasks and never reach here as remarks.
"""

from __future__ import annotations

from flowhub.connectors import Button, Reply
from flowhub.i18n import localized
from flowhub.nlp import remark_title
from flowhub.skills import remark_words
from flowhub.skills.capture_gate import GONE
from flowhub.skills.context import Context
from flowhub.storage import Proposal, id_of, inbox, proposals
from flowhub.storage.outbox_refs import get_all_by_ref

__all__ = ["handle", "track"]


def handle(ctx: Context) -> list[Reply] | None:
    """Offer to track what a complaint or status remark calls for; None for anything else."""
    if ctx.event.forwarded or ctx.event.reply_to or ctx.inbox_id is None:
        return None
    title = remark_title(ctx.text)
    if title is None:
        return None
    if ctx.chat.kind == "group" and not ctx.event.addressed:
        return []  # people telling each other how things stand
    button = Button(f"track:{ctx.inbox_id}", localized(remark_words.TRACK_LABEL))
    said = remark_words.TRACK_ASK.format(title=title)
    return [Reply(said, buttons=(button,), ref=f"remark:{ctx.inbox_id}")]


def track(ctx: Context, arg: str) -> list[Reply]:
    """The "📌 Track it" button: the task the remark calls for, saved for its sender."""
    from flowhub.skills.capture import confirm_proposal  # capture reads the skills importing this

    row = inbox.get_inbox_event(session=ctx.session, event_id=_int(arg))
    title = remark_title(row.text) if row is not None else None
    if row is None or title is None or row.sender_id != ctx.event.sender_id:
        return [Reply(GONE)]
    card = proposals.create_proposal(
        session=ctx.session,
        proposal_in=Proposal(
            chat_id=ctx.chat_id,
            person_id=ctx.person_id,
            source_event_id=row.id,
            title=title,
            assignee_name=ctx.person.display_name if ctx.chat.kind == "direct" else None,
            created_at=ctx.now,
            updated_at=ctx.now,
        ),
    )
    return [*confirm_proposal(ctx, card), *_asked_closed(ctx, id_of(row))]


def _asked_closed(ctx: Context, event_id: int) -> list[Reply]:
    """After a typed yes, the question loses its button, as a tap would leave it."""
    if ctx.event.kind == "button":
        return []
    asked = get_all_by_ref(session=ctx.session, ref=f"remark:{event_id}", limit=1)
    if not asked or not asked[0].reply.get("buttons"):
        return []
    said = str(asked[0].reply.get("text") or "")
    return [Reply(said, edit=asked[0].platform_message_id, ref=f"remark:{event_id}")]


def _int(arg: str) -> int:
    try:
        return int(arg)
    except ValueError:
        return -1
