"""A yes with an edit: "yes pls, and rename it to X", "ok but make it friday".

The card is changed first, then saved, and one line says both.
"""

from __future__ import annotations

from collections.abc import Callable

from flowhub.connectors import Reply
from flowhub.i18n import localized
from flowhub.skills import card_member, words
from flowhub.skills import picks_words as pw
from flowhub.skills.capture import card_snapshot, confirm_proposal
from flowhub.skills.card_shown import card_shown
from flowhub.skills.context import Context
from flowhub.skills.edit_apply import apply_all, read_all
from flowhub.skills.edit_saved import card_said
from flowhub.skills.edit_words import Change
from flowhub.skills.format import when_text
from flowhub.storage import Proposal, id_of, proposals


def edit_and_save(
    ctx: Context, card: Proposal, edits: list[Change], *, named: bool = False
) -> list[Reply] | None:
    """Apply `edits` to a waiting card, then save it; None when an edit can't be applied.

    `named`: the line names the card and its changes, and a summary elsewhere says it was saved.
    """
    fields, problem = apply_all(card, edits, now=ctx.now, tz=ctx.tz, me=ctx.person.display_name)
    if problem is not None:
        return None
    if (outsider := card_member.outsider(ctx, fields)) is not None:
        # "yes, and give it to luca" when nobody is Luca: the card waits, told why
        return [Reply(card_member.outsider_note(card, outsider))]
    if "rrule" in fields and fields["rrule"] is None:
        fields["repeat_from"] = "calendar"
    proposals.update_proposal(session=ctx.session, proposal=card, now=ctx.now, **fields)
    ctx.thread.editing = None
    replies = confirm_proposal(ctx, card)
    if named:
        return [*replies, Reply(card_said(ctx, card, fields))]
    said = _said(ctx, card, fields)
    return [*replies, Reply(pw.EDITED_AND_SAVED.format(changes=said))]


def edit_waiting(ctx: Context, card: Proposal, edits: list[Change]) -> list[Reply] | None:
    """Apply `edits` to a waiting card and show it again, still waiting; None if one can't apply."""
    fields, problem = apply_all(card, edits, now=ctx.now, tz=ctx.tz, me=ctx.person.display_name)
    if problem is not None:
        return None
    if "rrule" in fields and fields["rrule"] is None:
        fields["repeat_from"] = "calendar"
    kept: list[Reply] = []
    if (outsider := card_member.outsider(ctx, fields)) is not None:
        kept.append(Reply(card_member.outsider_note(card, outsider)))  # never stored on a card
        del fields["assignee_name"]
        if not fields:
            return kept
    if fields:
        ctx.thread.remember_undo({"verb": "card", "cards": [card_snapshot(card)]}, now=ctx.now)
    proposals.update_proposal(session=ctx.session, proposal=card, now=ctx.now, **fields)
    return [card_shown(ctx, card, fields), *kept]


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
    """`replies` with the cards changed in place first, then the plain lines said as one, then
    the rest (cards shown, messages to others) in their order."""
    plain = [r for r in replies if _plain(r)]
    said = [Reply("\n".join(localized(r.text) for r in plain))] if plain else []
    edited = [r for r in replies if r.edit is not None]
    rest = [r for r in replies if r.edit is None and not _plain(r)]
    return [*edited, *said, *rest]


def _plain(reply: Reply) -> bool:
    plain = not reply.buttons and reply.edit is None and reply.to is None
    return plain and reply.ref is None and reply.template is None and not reply.ephemeral


def aimed_each(
    ctx: Context, text: str, card_named: Callable[[str], Proposal | None]
) -> dict[int, list[Change]]:
    """Edits of several cards, each named: "the beef one is for sam and the invoice one for
    priya" -> card id -> its edits; empty unless every edit names a different waiting card."""
    changes, unread = read_all(text, now=ctx.now, tz=ctx.tz)
    named = {c.target.strip().casefold() for c in changes}
    if unread is not None or len(changes) < 2 or len(named) < 2:
        return {}
    aimed: dict[int, list[Change]] = {}
    for change in changes:
        card = card_named(change.target) if change.target.strip() else None
        if card is None or change.save or change.noop:
            return {}
        aimed.setdefault(id_of(card), []).append(change)
    return aimed if len(aimed) > 1 else {}


def summary(
    saved: list[Proposal],
    dropped: list[Proposal],
    already: list[Proposal],
    waiting: list[Proposal] | None = None,
) -> str:
    """What a pick did: the cards saved, the ones discarded, those already answered and those
    left waiting."""
    parts = []
    if saved:
        titles = ", ".join(p.title for p in saved)
        parts.append(pw.SUMMARY_SAVED.format(count=len(saved), titles=titles))
    if dropped:
        titles = ", ".join(p.title for p in dropped)
        parts.append(pw.SUMMARY_DISCARDED.format(count=len(dropped), titles=titles))
    for card in already:
        status = localized(pw.STATUS_WORDS.get(card.status, card.status))
        parts.append(pw.ALREADY.format(title=card.title, status=status))
    if waiting:
        titles = ", ".join(p.title for p in waiting)
        parts.append(pw.SUMMARY_WAITING.format(titles=titles))
    return ". ".join(parts) + "." if parts else pw.NOTHING_LEFT + "."
