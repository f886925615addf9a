"""Editing a proposal with free text: "due friday 5pm", "assign to Sam", "priority high"."""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo

from flowhub.connectors import Reply
from flowhub.nlp import parse_when
from flowhub.skills import words
from flowhub.skills.capture import card_message_id, card_reply, confirm_proposal, load_pending
from flowhub.skills.context import Context
from flowhub.storage import Proposal, access, id_of, outbox, proposals

_TITLE = re.compile(
    r"^\s*(?:title|rename(?: it)?(?: to)?|call it)\s*[:=]?\s*(?P<v>.+)$", re.I | re.S
)
_ASSIGN = re.compile(
    r"^\s*(?:assign(?:ed)?(?: it)?(?: to)?|assignee\s*[:=]?|for|give(?: it)? to|owner\s*[:=]?)"
    r"\s+(?P<v>@?[\w.\-]+(?:\s+[A-Z][\w\-]*)?)\s*$",
    re.I,
)
_UNASSIGN = re.compile(r"^\s*(?:unassign|no assignee|nobody|no one)\s*$", re.I)
_PRIORITY = re.compile(
    r"^\s*(?:priority\s*[:=]?\s*(?P<a>urgent|high|normal|low|p[1-4])|(?P<b>urgent|high|normal|low)"
    r"(?:\s+priority)?|(?P<c>p[1-4]))\s*$",
    re.I,
)
_NO_DUE = re.compile(
    r"^\s*(?:no (?:due )?date|no deadline|remove (?:the )?(?:due )?date)\s*$", re.I
)
_DUE_FILLER = frozenset(
    [
        "due",
        "by",
        "on",
        "at",
        "deadline",
        "date",
        "make",
        "it",
        "change",
        "move",
        "set",
        "to",
        "the",
        "for",
        "from",
        "starting",
    ]
)
_CANCEL = re.compile(r"^\s*(?:cancel|stop|never ?mind|nvm|done editing)\s*[.!]?\s*$", re.I)
_CLAUSES = re.compile(r"\s*(?:;|,|\band also\b|\n)\s*", re.I)
_PRIORITY_WORDS = {"p1": "urgent", "p2": "high", "p3": "normal", "p4": "low"}


def start(ctx: Context, arg: str) -> list[Reply]:
    """The Edit button: remember which proposal the next message changes."""
    proposal, refusal = load_pending(ctx, arg)
    if proposal is None:
        return refusal
    ctx.thread.editing = proposal.id
    return [Reply(words.EDIT_PROMPT.format(title=proposal.title))]


def handle(ctx: Context) -> list[Reply] | None:
    """A message while an edit is open, or a reply to a proposal card, changes that proposal."""
    proposal = _target(ctx)
    if proposal is None:
        return None
    if _CANCEL.match(ctx.text):
        ctx.thread.editing = None
        return [Reply(words.EDIT_CANCELLED)]
    if ctx.text.strip().lower() in {"confirm", "yes", "save", "ok", "ok!", "👍"}:
        ctx.thread.editing = None
        return confirm_proposal(ctx, proposal)
    changed, unknown = apply(ctx, proposal, ctx.text)
    if not changed:
        return [Reply(words.EDIT_NOT_UNDERSTOOD.format(text=unknown[0] if unknown else ctx.text))]
    ctx.thread.editing = None
    proposals.update_proposal(session=ctx.session, proposal=proposal, now=ctx.now)
    replies = [card_reply(ctx, proposal)]
    old_card = card_message_id(ctx, id_of(proposal))
    if old_card:
        replies.insert(0, Reply(words.EDITED_BELOW.format(title=proposal.title), edit=old_card))
    if unknown:
        replies.append(Reply(words.EDIT_PARTLY.format(text="; ".join(unknown))))
    return replies


def _target(ctx: Context) -> Proposal | None:
    if ctx.event.reply_to:
        row = outbox.get_outbox_by_platform_message(
            session=ctx.session,
            platform=ctx.event.platform,
            chat=ctx.event.chat,
            platform_message_id=ctx.event.reply_to,
        )
        if row and row.ref and row.ref.startswith("proposal:"):
            found = proposals.get_proposal(session=ctx.session, proposal_id=int(row.ref[9:]))
            # A reply to someone else's card in a group is chat, not an edit of their card.
            if found and found.status == "pending" and found.person_id == ctx.person_id:
                return found
    if ctx.thread.editing is not None:
        found = access.get_proposal(
            session=ctx.session, proposal_id=ctx.thread.editing, viewer=ctx.viewer
        )
        if found and found.status == "pending":
            return found
        ctx.thread.editing = None
    return None


def apply(ctx: Context, proposal: Proposal, text: str) -> tuple[bool, list[str]]:
    """Apply each clause of `text` to `proposal`; return whether anything changed and the rest."""
    title = _TITLE.match(text)
    if title:
        proposal.title = title.group("v").strip()[:500]
        return True, []
    changed = False
    unknown: list[str] = []
    for clause in (c for c in _CLAUSES.split(text) if c.strip()):
        if _apply_clause(ctx, proposal, clause.strip()):
            changed = True
        else:
            unknown.append(clause.strip())
    return changed, unknown


def _apply_clause(ctx: Context, proposal: Proposal, clause: str) -> bool:
    if _UNASSIGN.match(clause):
        proposal.assignee_name = None
        return True
    if m := _ASSIGN.match(clause):
        value = m.group("v").strip()
        proposal.assignee_name = (
            ctx.person.display_name if value.lower() in ("me", "myself") else value
        )
        return True
    if m := _PRIORITY.match(clause):
        value = (m.group("a") or m.group("b") or m.group("c")).lower()
        proposal.priority = _PRIORITY_WORDS.get(value, value)
        return True
    if _NO_DUE.match(clause):
        proposal.due_at = proposal.due_grain = proposal.due_tz = proposal.rrule = None
        proposal.repeat_from = "calendar"
        return True
    when = parse_when(clause, now=ctx.now, tz=ctx.tz)
    if when is None:
        return False
    rest = clause[: when.span[0]] + " " + clause[when.span[1] :]
    if any(word.lower() not in _DUE_FILLER for word in re.findall(r"[\w']+", rest)):
        return False
    proposal.due_at = when.start.astimezone(ZoneInfo("UTC"))
    proposal.due_grain = when.grain
    proposal.due_tz = ctx.tz
    proposal.rrule = when.rrule
    proposal.repeat_from = "completion" if when.rrule and when.after_completion else "calendar"
    return True
