"""An arrow that hands a card or task on: "this one → ana, thursday", "→ sam, friday",
"the napkins one -> priya"; and a reply to a card that is only a name and a day ("ana,
thursday", "sam pls, by friday"). Arrows from a waiting card's own words, one per sentence, say
a person or a day for that card: "ceiling crack → ana. invoice → priya, end of month", "ugh.
the tile call -> 7:30am".

The arrow is read as the words it stands for ("give it to ana, thursday"), so the skills after
this one change the card or task as they would for those words. It answers nothing itself.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.nlp import classify_intent, parse_when
from flowhub.skills.context import Context
from flowhub.skills.picks_position import title_match
from flowhub.skills.refer import replied_target
from flowhub.storage import people, proposals

_ARROW = re.compile(
    r"^\W*?(?P<what>(?:this|that)(?:\s+one)?|it|the\s+[\w' -]{2,40}?\s+one)?\s*"
    r"(?:→|->|-->|=>|⇒|➡️?|⟶|➔|»)\s*@?(?P<name>[^\W\d_][\w-]*)\b(?P<rest>.*)$",
    re.I | re.S,
)
_ME = frozenset(["me", "myself", "mine"])
# "ana, thursday", "sam pls, by friday", "priya then - monday": said in reply to a card.
_NAME_FIRST = re.compile(
    r"^\W*@?(?P<name>[^\W\d_][\w-]*)(?:\s+(?:pls|please|then|instead))*\s*(?:[,;:–—-]+\s*"
    r"(?P<rest>.+?))?[\s.!]*$",
    re.I | re.S,
)
_DAY_FILL = frozenset(["due", "by", "on", "for", "before", "it's", "its", "latest", "the", "at"])
_SENTENCES = re.compile(r"(?<=[.!?;])\s+|\n+")
# A card's words, an arrow, and what the card gets: "invoice → priya, end of month".
_WORDS_ARROW = re.compile(
    r"^(?P<what>[^\W\d_][\w'’ -]{1,50}?)\s*(?:→|->|-->|=>|⇒|➡️?|⟶|➔|»)\s*(?P<value>\S.*?)[\s.!]*$"
)
_FEELING = re.compile(
    r"^\W*(?:(?:ugh+|argh+|omg|ok(?:ay)?|k|hmm+|oh|oops|sigh|lol|jeez|geez|fine|right|so)\b\W*)+$",
    re.I,
)
_CARD_WORDS = re.compile(r"^(?:the|that|this)\s+|\s+(?:one|card|thing|task)$", re.I)


def handle(ctx: Context) -> list[Reply] | None:
    """Read an arrow to a person as "give it to NAME"; always None."""
    m = _ARROW.match(ctx.text.strip())
    if m is None:
        if not _words_arrows(ctx):
            _name_and_day(ctx)
        return None
    name = m["name"]
    if name.casefold() not in _ME:
        found = people.find_people_by_name(
            session=ctx.session, workspace_id=ctx.workspace_id, name=name
        )
        if len(found) != 1:
            return None
        name = found[0].display_name.split(" ")[0]
    what = m["what"] or "it"
    what = "it" if what.casefold() in ("this", "that", "this one", "that one") else what
    ctx.text = f"give {what} to {name}{m['rest']}"
    ctx.intent = classify_intent(ctx.text)
    return None


def _name_and_day(ctx: Context) -> None:
    """A reply to a card that is a person's name and maybe a day: "give it to NAME, DAY"."""
    m = _NAME_FIRST.match(ctx.text.strip())
    if m is None or (target := replied_target(ctx)) is None or target[0] != "card":
        return
    rest = (m["rest"] or "").strip()
    if rest and not _only_day(ctx, rest):
        return
    found = people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=m["name"]
    )
    if len(found) != 1:
        return
    name = found[0].display_name.split(" ")[0]
    ctx.text = f"give it to {name}, {rest}" if rest else f"give it to {name}"
    ctx.intent = classify_intent(ctx.text)


def _only_day(ctx: Context, text: str) -> bool:
    """Whether `text` says a day and nothing else ("thursday", "by friday")."""
    found = parse_when(text, now=ctx.now, tz=ctx.tz, locale=ctx.person.locale)
    if found is None or found.span is None:
        return False
    rest = text[: found.span[0]] + " " + text[found.span[1] :]
    return all(w in _DAY_FILL for w in re.findall(r"[\w']+", rest.casefold()))


def _words_arrows(ctx: Context) -> bool:
    """Arrows from waiting cards' words said as "give the X one to NAME" or "move the X one to
    DAY", one sentence each; whether the message was read so."""
    if not re.search(r"→|->|=>|⇒|➡|⟶|➔|»", ctx.text):
        return False
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    said: list[str] = []
    for sentence in _SENTENCES.split(ctx.text.strip()):
        if not sentence.strip() or _FEELING.match(sentence):
            continue
        m = _WORDS_ARROW.match(sentence.strip())
        what = _CARD_WORDS.sub("", m["what"].strip()) if m is not None else ""
        if m is None or title_match(what, pending) is None:
            return False
        step = _step(ctx, what, m["value"])
        if step is None:
            return False
        said.append(step)
    if not said:
        return False
    ctx.text = ". ".join(said)
    ctx.intent = classify_intent(ctx.text)
    return True


def _step(ctx: Context, what: str, value: str) -> str | None:
    """ "give the X one to NAME, DAY" or "move the X one to DAY", or None."""
    first = value.split(None, 1)[0]
    rest = value[len(first) :].strip(" ,")
    if rest and not _only_day(ctx, rest):
        return f"move the {what} one to {value}" if _only_day(ctx, value) else None
    tail = f", {rest}" if rest else ""
    name = first.strip(",").lstrip("@")
    if name.casefold() in _ME:
        return f"give the {what} one to me{tail}"
    found = people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=name
    )
    if len(found) == 1:
        return f"give the {what} one to {found[0].display_name.split(' ')[0]}{tail}"
    return f"move the {what} one to {value}" if _only_day(ctx, value) else None
