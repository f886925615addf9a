"""A yes with an edit: "yes pls, and rename it to X", "ok but make it friday".

The card is changed first, then saved, and one line says both.
"""

from __future__ import annotations

from flowhub.connectors import Reply
from flowhub.i18n import localized
from flowhub.skills import picks_words as pw
from flowhub.skills import words
from flowhub.skills.capture import confirm_proposal
from flowhub.skills.card_shown import card_shown
from flowhub.skills.context import Context
from flowhub.skills.edit_apply import apply_all
from flowhub.skills.edit_words import Change
from flowhub.skills.format import when_text
from flowhub.storage import Proposal, proposals


def edit_and_save(ctx: Context, card: Proposal, edits: list[Change]) -> list[Reply] | None:
    """Apply `edits` to a waiting card, then save it; None when an edit can't be applied."""
    fields, problem = apply_all(card, edits, now=ctx.now, tz=ctx.tz, me=ctx.person.display_name)
    if problem is not None:
        return None
    if "rrule" in fields and fields["rrule"] is None:
        fields["repeat_from"] = "calendar"
    proposals.update_proposal(session=ctx.session, proposal=card, now=ctx.now, **fields)
    ctx.thread.editing = None
    replies = confirm_proposal(ctx, card)
    said = _said(ctx, card, fields)
    return [*replies, Reply(pw.EDITED_AND_SAVED.format(changes=said))]


def edit_waiting(ctx: Context, card: Proposal, edits: list[Change]) -> list[Reply] | None:
    """Apply `edits` to a waiting card and show it again, still waiting; None if one can't apply."""
    fields, problem = apply_all(card, edits, now=ctx.now, tz=ctx.tz, me=ctx.person.display_name)
    if problem is not None:
        return None
    if "rrule" in fields and fields["rrule"] is None:
        fields["repeat_from"] = "calendar"
    proposals.update_proposal(session=ctx.session, proposal=card, now=ctx.now, **fields)
    return [card_shown(ctx, card, fields)]


def _said(ctx: Context, card: Proposal, fields: dict[str, object]) -> str:
    """The changes made to a card, in words."""
    said: list[str] = []
    if "title" in fields:
        said.append(pw.RENAMED.format(title=card.title))
    if "due_at" in fields:
        if card.due_at is None:
            said.append(pw.UNDATED.format())
        else:
            said.append(pw.MOVED.format(when=when_text(card.due_at, card.due_grain, ctx.tz)))
    if "priority" in fields:
        said.append(
            pw.PRIORITY.format(priority=words.PRIORITY_NAMES.get(card.priority, card.priority))
        )
    if "assignee_name" in fields:
        name = card.assignee_name
        said.append(pw.ASSIGNED.format(name=name) if name else pw.UNASSIGNED.format())
    if "rrule" in fields and not card.rrule:
        said.append(pw.NOT_REPEATING.format())
    text = ", ".join(said) or pw.CHANGED.format()
    return text[0].upper() + text[1:]


def one_message(replies: list[Reply]) -> list[Reply]:
    """`replies` with the cards changed in place first, then plain lines in a row said as one."""
    out: list[Reply] = [r for r in replies if r.edit is not None]
    for reply in (r for r in replies if r.edit is None):
        last = out[-1] if out else None
        if last is not None and _plain(last) and _plain(reply):
            out[-1] = Reply(f"{localized(last.text)}\n{localized(reply.text)}")
        else:
            out.append(reply)
    return out


def _plain(reply: Reply) -> bool:
    plain = not reply.buttons and reply.edit is None and reply.to is None
    return plain and reply.ref is None and reply.template is None and not reply.ephemeral
