"""Claims and passes of the card just shown in a group, said with a reason around them: "I'll take
that one, I know the venue manager" takes it; "Priya can you do that one, you're in the office
tomorrow" from the card's requester gives it to Priya, for tomorrow when the reason says so."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from flowhub.nlp import parse_when
from flowhub.skills import card_turns, reply_words
from flowhub.skills.context import Context
from flowhub.storage import as_utc, id_of, people, proposals, state

_REASON_WORDS = 14
# Where the claim ends and why begins: "I'll take that one, I know the venue manager".
_SPLIT = re.compile(r"\s*(?:[,;:]|\.\s|\s[-–—]+\s|\s(?:as|since|because|cause|coz)\s)\s*", re.I)
_BUT = re.compile(
    r"(?<![\w'])(?:but|though|unless|except|if|can'?t|cannot|won'?t|not)(?![\w'])", re.I
)
# "Priya can you do that one", "@Sam could you take this please".
_PASS = re.compile(
    r"^\W*@?(?P<who>[a-z][\w.-]*)[\s,]+(?:can|could|would|will)\s+(?:you\s+)?(?:please\s+|pls\s+)?"
    r"(?:do|take|handle|cover|grab|pick\s+up|take\s+over|look\s+after|sort)\s+"
    r"(?:that|this|it)(?:\s+one)?(?:\s+(?:please|pls|for\s+me|instead))*\s*"
    r"(?:[?,;.:—–-]+\s*(?P<why>.*))?$",
    re.I,
)
_RIGHT_AFTER = timedelta(minutes=5)
_STILL_ON = timedelta(minutes=30)


def with_reason(text: str) -> str | None:
    """The bare claim of "I'll take that one, I know the venue manager", or None."""
    parts = _SPLIT.split(text.strip(), maxsplit=1)
    if len(parts) != 2 or not parts[1].strip():
        return None
    head, why = parts
    if not reply_words.takes(head) or "?" in why or len(why.split()) > _REASON_WORDS:
        return None
    if _BUT.search(why) or reply_words.refuses(why):
        return None
    return head


def passes_to(text: str) -> bool:
    """Whether `text` asks one colleague to do the card just shown ("Priya can you do that one")."""
    return _PASS.match(text.strip()) is not None


def passes_card(ctx: Context, text: str) -> str | None:
    """The message of the sender's own card just shown that `text` asks one colleague to do;
    `ctx.text` becomes the hand-over ("give it to Priya tomorrow"). None otherwise."""
    m = _PASS.match(text.strip())
    if m is None or ctx.chat.kind != "group":
        return None
    found = people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=m["who"]
    )
    if len(found) != 1 or id_of(found[0]) == ctx.person_id:
        return None
    pending = proposals.get_chat_pending_proposals(session=ctx.session, chat_id=ctx.chat_id)
    if not pending:
        return None
    card = max(pending, key=lambda p: (as_utc(p.updated_at), p.id or 0))
    if card.person_id != ctx.person_id or not card_current(ctx, as_utc(card.updated_at)):
        return None
    shown = card_turns.card_message_id_of(ctx, card)
    if shown is None:
        return None
    why = m["why"] or ""
    when = parse_when(why, now=ctx.now, tz=ctx.tz) if why else None
    day = f", due {why[when.span[0] : when.span[1]]}" if when is not None else ""
    ctx.text = f"give it to {found[0].display_name}{day}"
    return shown


def card_current(ctx: Context, shown: datetime) -> bool:
    """Whether a card shown at `shown` is still what the chat is on: just now, or in the last
    half hour with nobody else speaking since."""
    age = ctx.now - shown
    if age <= _RIGHT_AFTER:
        return True
    if age > _STILL_ON:
        return False
    since = state.get_people_since(session=ctx.session, chat_id=ctx.chat_id, since=shown)
    return not set(since) - {ctx.person_id}
