"""One edit said of several waiting cards at once, maybe with a save: "all three due fri, save",
"move them all to friday", "give all three to priya, due fri 18 dec", "1 and 2: due 18 dec",
"take 'the finishing crew' off the titles". Each card named changes; "save" then saves them all.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.skills import picks_words as pw
from flowhub.skills.capture import confirm_proposal
from flowhub.skills.context import Context
from flowhub.skills.edit_apply import read_all
from flowhub.skills.edit_words import Change
from flowhub.skills.manners import without_bot_name
from flowhub.skills.picks_edit import edit_waiting, one_message, summary
from flowhub.skills.picks_numbering import numbering
from flowhub.skills.picks_position import Unclear, positions
from flowhub.storage import Proposal, proposals

_VERB = r"(?:give|hand|assign|move|push|set|make|put|change|shift|bump)"
_NUMBERS = r"#?\d{1,2}(?:\s*(?:,|and|&|\+)\s*#?\d{1,2})+"
_PLACES = r"(?:the\s+)?(?:first|last|top|bottom)\s+(?:two|three|four|five|\d)"
_MANY = (
    r"(?:all\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)(?:\s+of\s+(?:them|those|these))?"
    r"|(?:these|those|them)\s+(?:two|three|four|five|six|\d+)|all\s+of\s+them|both\s+of\s+them"
    r"|them\s+all|them\s+both|all\s+(?:these|those)|all\s+cards|every\s+card|everything"
    rf"|{_NUMBERS}|{_PLACES}|all|both|them)"
)
# "give all three to priya, due fri", "move them all to friday", "1 and 2: due 18 dec".
_SAID = re.compile(
    rf"^(?:(?P<verb>{_VERB})\s+)?(?P<ref>{_MANY})(?:\s+(?:cards?|ones|tasks?))?\s*[:,]?\s+"
    r"(?:(?:are|r|should\s+be|can\s+be)\s+)?(?P<rest>\S.*)$",
    re.I,
)
# The cards named last: "priority normal on all three pls", "due friday for both of them".
_SAID_AFTER = re.compile(
    rf"^(?P<rest>\S.*?)\s+(?:on|for)\s+(?P<ref>{_MANY})(?:\s+(?:cards?|ones|tasks?))?"
    r"(?:\s+(?:pls|please|plz|too|as\s+well|thanks|thx))*$",
    re.I,
)
# "take 'the finishing crew' off the titles": a cut from every card's title.
_TITLES = re.compile(
    r"^(?P<verb>take|cut|remove|drop|strip)\s+(?P<what>[“\"‘'][^“”\"‘’']+[”\"’'])\s+(?:off|from|out\s+of)"
    r"\s+(?:the\s+|all\s+(?:the\s+)?|all\s+their\s+|their\s+)?titles\W*$",
    re.I,
)
# A save said after the edits: ", save", "and save them", "then confirm all".
_SAVE = re.compile(
    r"(?:[\s,;.]+(?:and|then)?\s*|^)(?:save|confirm|keep)(?:\s+(?:them|all|both|those|these|it)"
    r"(?:\s+all)?)?\W*$",
    re.I,
)
_LEAD = re.compile(r"^\W*(?:(?:ok(?:ay)?|so|and|then|also|pls|please|no+|nope)\b[\s,!.]*)+", re.I)


def handle(ctx: Context) -> list[Reply] | None:
    """Change every waiting card the message names in one go; None when it is not that."""
    text, said = (_bare(t) for t in (ctx.text, ctx.event.text))
    m_titles = _TITLES.match(said)  # as said: the quotes are kept
    m = None if m_titles else _SAID.match(text) or _SAID_AFTER.match(text)
    if m is None and m_titles is None:
        return None
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    if not pending:
        return None
    shown = [p for p in numbering(ctx, pending) if p.status == "pending"]
    if m_titles is not None:
        cut = m_titles["what"].strip("“”\"‘’'").casefold()
        cards = [p for p in shown if cut in p.title.casefold()]
        edit, save = f"cut {m_titles['what']} from the title", False
    else:
        assert m is not None
        cards = _named(m["ref"], shown)
        rest = m["rest"]
        save = bool(_SAVE.search(rest)) and not _SAVE.fullmatch(rest)
        rest = _SAVE.sub("", rest).strip(" ,;") if save else rest
        verb = m.groupdict().get("verb")
        edit = f"{verb} it {rest}" if verb else rest
    if len(cards) < (1 if m_titles else 2):
        return None
    changes, unread = read_all(edit, now=ctx.now, tz=ctx.tz)
    if unread is not None or not changes or any(_off(c) for c in changes):
        return None
    replies: list[Reply] = []
    for card in cards:
        changed = edit_waiting(ctx, card, [_aimed(c) for c in changes])
        if changed is None:
            return None
        replies += changed
    if not save:
        return one_message(replies)
    saved = [card for card in cards if card.status == "pending"]
    replies = [r for card in saved for r in confirm_proposal(ctx, card)]
    return one_message([*replies, Reply(summary(saved, [], []))])


def _bare(text: str) -> str:
    return _LEAD.sub("", re.sub(r"\s+", " ", without_bot_name(text)).strip()).rstrip(".!… ")


def _off(change: Change) -> bool:
    """Whether an edit read is not one for these cards: a save, a no-op or one aimed elsewhere."""
    target = change.target.strip().casefold()
    return change.save or change.noop or target not in ("", "it", "them", "the title")


def _aimed(change: Change) -> Change:
    """The edit aimed at the card it is applied to."""
    return replace(change, target="")


def _named(ref: str, shown: list[Proposal]) -> list[Proposal]:
    """The waiting cards "all three", "them all", "1 and 2" or "the first two" name, as shown."""
    ref = " ".join(ref.casefold().split())
    if re.fullmatch(_NUMBERS, ref):
        numbers = [int(n) for n in re.findall(r"\d+", ref)]
        if any(not 1 <= n <= len(shown) for n in numbers):
            return []
        return [shown[n - 1] for n in dict.fromkeys(numbers)]
    if m := pw.ALL.match(ref):
        count = m.group("n") or m.group("m") or ("two" if ref.startswith("both") else None)
        wanted = pw.COUNTS.get(count or "", 0) or (int(count) if count and count.isdigit() else 0)
        return shown if not wanted or len(shown) == wanted else []
    if ref in ("everything", "every card", "all cards"):
        return shown
    try:
        return [shown[i] for i in positions(ref, len(shown)) or []]
    except Unclear:
        return []
