"""A waiting card named the way people name it, read as the words the card skills know.

"bin that 'export my tasks' card from before" is "bin the export my tasks one"; "ok save em
both" is "ok save both"; "i'll deal w the shortlist one later" is "leave the shortlist one";
"the shortlist one, just save it as is" is "save the shortlist one"; "first one -> send the band
options" is "rename the first one to send the band options"; "and this one: get the contract
signed", said to a card, renames it; "make that one 3pm" is "make it 3pm". The skills after this
one answer the words; it answers nothing itself, and it reads nothing when no card waits.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.nlp import search_when
from flowhub.skills import (
    card_all_good,
    card_changes_named,
    card_drops_more,
    card_titles_said,
    card_verdicts,
)
from flowhub.skills.context import Context
from flowhub.skills.picks_position import title_match
from flowhub.storage import Proposal, people, proposals

_REF = (
    r"(?:(?:the|that|this)\s+(?:first|second|third|fourth|fifth|last|other|1st|2nd|3rd|4th|5th)"
    r"(?:\s+one)?|(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)(?:\s+one)?"
    r"|(?:the|that|this)\s+[\w'’€$-]+(?:\s+[\w'’€$-]+){0,4}?\s+(?:one|card)|th(?:is|at)\s+one)"
)
# "that 'export my tasks' card": the quoted words name a card.
_QUOTED = re.compile(
    r"(?:\b(?:that|the|this)\s+)?(?<![\w'’])['\"“‘’](?P<q>[^'\"“”‘’\n]{2,80}?)['\"”’](?![\w'’])"
    r"(?:\s+(?:card|one|task|thing))?",
    re.I,
)
# "the card from before", "that one you made": words after a card that only say it is that card.
_FROM_BEFORE = re.compile(
    r"\b(?P<c>card|one|task)\s+(?:(?:from|of)\s+(?:before|earlier|yesterday|this\s+morning"
    r"|just\s+now|a\s+(?:bit|minute|sec)\s+ago)|(?:that\s+)?(?:you|u)\s+(?:just\s+)?(?:made"
    r"|created|sent|showed\s+me|put\s+up)|above|up\s+there)\b",
    re.I,
)
# "omg.", "lol", "ugh": a feeling beside the card words, not a card answer of its own.
_INTERJECTION = re.compile(
    r"^\W*(?:(?:omg|lol|wtf|ffs|jeez|geez|ugh+|argh+|oops|whoops|haha+|lmao|bruh|sigh|yikes"
    r"|oh\s+no|oh\s+god)\b[\s,.!]*)+|(?<=\w)\s+(?:lol|lmao|haha+)\b(?=\s|[.,;!?]|$)",
    re.I,
)
# "scrap the second one, thats just the signature": why a card goes, said after it.
_JUST_THE = re.compile(
    r"[\s,]+\b(?:that'?s|thats|that\s+is|it'?s|its|it\s+is)\s+(?:just|only)\s+(?:the|a|an|my"
    r"|some)\s+[^.,;!?]+",
    re.I,
)
# "the card about napkins", "that one for the florist": a card named by what it is about.
_ABOUT = re.compile(
    r"\b(?:the|that|this)\s+(?:card|one|task)\s+(?:about|for|with|re|regarding)\s+(?:the\s+)?"
    r"(?P<what>[\w'’€-]+(?:\s+[\w'’€-]+){0,3}?)(?=\s*(?:[,.;!?]|$|\s+(?:and|too|pls|please"
    r"|as\s+well)\b))",
    re.I,
)
_POSITION = re.compile(r"(?:first|second|third|fourth|fifth|last|other|1st|2nd|3rd|4th|5th)", re.I)
_EM_OF = re.compile(r"\b(?P<n>both|all)\s+of\s+(?:['’]?em|them)\b", re.I)
_EM = re.compile(r"(?<![\w'’])(?:['’]?em|them)\s+(?P<n>both|all)\b", re.I)
_EM_ALONE = re.compile(
    r"\b(?P<v>save|confirm|keep|discard|bin|scrap|ditch|drop|toss)\s+['’]?em\b(?!['’\w])", re.I
)
# "i'll deal w the shortlist one later": that card waits.
_LATER = re.compile(
    rf"\b(?:i['’]?ll|i\s+will|let\s+me|i['’]?m\s+gonna|gonna|i\s+can)\s+(?:(?:deal\s+w(?:ith|/)?"
    rf"|get\s+to|handle|sort(?:\s+out)?|look\s+at|do|check|think\s+about)\s+(?P<ref>{_REF}"
    r"|the\s+rest|the\s+others?)\s+(?:later(?:\s+on)?|another\s+time|tomorrow|after(?:wards)?)"
    rf"|(?:come|get)\s+back\s+to\s+(?P<back>{_REF}|the\s+rest|the\s+others?))\b",
    re.I,
)
_DROP_SAID = re.compile(
    r"\b(?:discard|ditch|bin|scrap|drop|toss|trash|delete|get\s+rid\s+of)\b", re.I
)
_CARD_WORD = re.compile(
    r"\b(?:save|confirm|keep|discard|ditch|bin|scrap|drop|toss|trash|delete|rename|card|cards"
    r"|one|ones)\b",
    re.I,
)
# "gonna pass on the call sheet one", "skip the second one": that card goes.
_PASS = re.compile(
    r"(?:\b(?:(?:i['’]?m\s+|im\s+)?(?:gonna|going\s+to)|i['’]?ll|i\s+will|let['’]?s|think\s+i['’]?ll)"
    rf"\s+)?\b(?:pass\s+on|skip)\s+(?P<ref>{_REF})(?=\s*(?:[,.;!?]|$|\s+(?:and|too|pls|please)\b))",
    re.I,
)
_VERB = r"save|confirm|keep|discard|bin|scrap|ditch|drop|delete|toss|trash|get\s+rid\s+of"
# "the shortlist one, just save it as is": the card, then what to do with it.
_THEN_VERB = re.compile(
    rf"(?:^|(?<=[.;!?])\s*)(?:(?:and|also|oh|ok(?:ay)?|so|then)\s+)?(?P<ref>{_REF})\s*[,:;–—-]+\s*(?:(?:just|pls|please|ok(?:ay)?|and)\s+)*(?P<v>{_VERB})"
    r"\s+(?:it|that|this)(?:\s+as\s+(?:it\s+)?is)?\b",
    re.I,
)
_AS_IS = re.compile(
    r"\b(?P<v>save|keep|confirm)\s+(?P<w>it|that|them|both|all|these|those)\s+as\s+(?:it\s+|they\s+)?"
    r"(?:is|are)\b",
    re.I,
)
# "first one -> send the band options", "the deposit one → 'pay the deposit'".
_ARROW = re.compile(
    rf"(?P<ref>{_REF}|(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th))\s*"
    r"(?:-+>|→|=>|⇒|➡️?|⟶|➔)\s*(?P<title>[^.;\n]+?)(?=\s*(?:[.;\n]|$))",
    re.I,
)
# "second one: Send updated call sheet to Birgit", "first one: book the van. 2nd one: …".
_PLACE_COLON = re.compile(
    r"(?P<lead>^|(?<=[.;\n])\s*)(?P<ref>(?:the\s+)?(?:first|second|third|fourth|fifth|last|1st|2nd|3rd"
    r"|4th|5th)(?:\s+one)?)\s*:\s*(?P<title>[^.;\n]+?)(?=\s*(?:[.;\n]|$))",
    re.I,
)
_PRIORITY = re.compile(r"^\W*(?:high|low|top|normal|urgent|medium)\b", re.I)
# "and this one: get the contract signed", said to one card.
_THIS_ONE = re.compile(
    r"^\W*(?:(?:and|also|then|ok(?:ay)?)[\s,]+)*(?:this|that)(?:\s+one)?\s*(?::|-+>|→)\s*"
    r"(?P<title>.+?)\W*$",
    re.I,
)
# "make that one 3pm", "give this one to sam": an edit of the card just shown.
_THAT_ONE = re.compile(
    r"\b(?P<v>make|move|push|set|change|put|give|assign|hand|shift|reschedule|bump)\s+(?:that"
    r"|this)\s+one\b",
    re.I,
)
# The start of a title that is itself an edit or an answer ("call it …", "friday", "save").
_NOT_TITLE = re.compile(
    r"^\W*(?:(?:call|name|make|move|push|set|change|give|assign|hand)\s+(?:it|that|this|them)\b"
    rf"|(?:rename|due|at|by|on|for|to|{_VERB}|leave|hold|yes|no|ok(?:ay)?|done)\b|@)",
    re.I,
)


def handle(ctx: Context) -> list[Reply] | None:
    """Say the card names of the message in the card skills' words; always None."""
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    if not pending:
        return None
    text = card_all_good.said(ctx.text) or ctx.text  # "both good 👍" is "both are fine"
    text = card_verdicts.said(text, pending, now=ctx.now, tz=ctx.tz)  # "permit hold on"
    text = card_changes_named.said(text, pending, _person(ctx), now=ctx.now, tz=ctx.tz)
    dropped = _dropped_last(ctx)
    text = card_drops_more.said(text, pending, ctx.thread, dropped=dropped, now=ctx.now)
    if _CARD_WORD.search(text):
        text = _INTERJECTION.sub(lambda m: _feeling_cut(m, text), text)
    text = _JUST_THE.sub("", text) if _DROP_SAID.search(text) else text
    text = card_titles_said.said(text)  # "second one should be 'X'": a rename
    text = _quoted(text, pending)
    text = _FROM_BEFORE.sub(lambda m: m["c"], text)
    text = _ABOUT.sub(lambda m: _about(m, pending), text)
    text = _EM_OF.sub(lambda m: m["n"], text)
    text = _EM.sub(lambda m: m["n"], text)
    text = _EM_ALONE.sub(lambda m: f"{m['v']} them", text)
    text = _LATER.sub(lambda m: f"leave {m['ref'] or m['back']}", text)
    text = _PASS.sub(lambda m: _passed(m, pending), text)
    text = _THEN_VERB.sub(lambda m: f"{m['v']} {m['ref']}", text)
    text = _AS_IS.sub(lambda m: f"{m['v']} {m['w']}", text)
    text = _ARROW.sub(lambda m: _renamed(ctx, m), text)
    text = _PLACE_COLON.sub(lambda m: _placed(ctx, m), text)
    text = _this_one(ctx, text)
    if _THAT_ONE.search(text):
        # The card readers that read the message as sent get "make it 3pm" too.
        text = _THAT_ONE.sub(lambda m: f"{m['v']} it", text)
        ctx.event = replace(ctx.event, text=_THAT_ONE.sub(lambda m: f"{m['v']} it", ctx.event.text))
    if text != ctx.text:
        ctx.text = text
    return None


def _dropped_last(ctx: Context) -> bool:
    """Whether the cards of the last thing done here are all discarded now."""
    cards = (ctx.thread.undo or {}).get("cards") or []
    found = [proposals.get_proposal(session=ctx.session, proposal_id=int(c["id"])) for c in cards]
    return bool(found) and all(p is not None and p.status == "discarded" for p in found)


def _person(ctx: Context) -> Callable[[str], str | None]:
    """The first name of the one person of the workspace a word names ("priyas" is Priya)."""

    def find(said: str) -> str | None:
        for name in dict.fromkeys((said, said.removesuffix("s"))):
            if name.casefold() in ("me", "myself", "mine"):
                return "me"
            found = people.find_people_by_name(
                session=ctx.session, workspace_id=ctx.workspace_id, name=name
            )
            if len(found) == 1:
                return found[0].display_name.split(" ")[0]
        return None

    return find


def _feeling_cut(m: re.Match[str], text: str) -> str:
    """What stands for "lol" beside card words: nothing at either end, else a comma."""
    end = m.end() == len(text) or text[m.end()] in ".,;!?"
    return "" if m.start() == 0 or end else ","


def _quoted(text: str, pending: list[Proposal]) -> str:
    """Quoted words that name one waiting card, said as "the … one"."""

    def one(m: re.Match[str]) -> str:
        said = m["q"].strip()
        if card_titles_said.TITLE_CUE.search(m.string[: m.start()]):
            return m.group(0)  # "title just 'bring the card reader'": a new title
        if title_match(said, pending) is None:
            return m.group(0)
        return f"the {said} one"

    return _QUOTED.sub(one, text)


def _about(m: re.Match[str], pending: list[Proposal]) -> str:
    """ "the card about napkins" as "the napkins one" when those words name one waiting card."""
    if title_match(m["what"], pending) is None:
        return m.group(0)
    return f"the {m['what']} one"


def _passed(m: re.Match[str], pending: list[Proposal]) -> str:
    """ "pass on the call sheet one" as "discard the call sheet one": a waiting card it names."""
    ref = m["ref"]
    words = re.sub(r"^(?:the|that|this)\s+|\s+(?:one|card)$", "", ref.strip(), flags=re.I)
    if not _POSITION.fullmatch(words) and title_match(words, pending) is None:
        return m.group(0)
    return f"discard {ref}"


def _placed(ctx: Context, m: re.Match[str]) -> str:
    """ "second one: X" as "rename the second one to X" when X reads as a title of 2+ words."""
    said = _renamed(ctx, m, words=2)
    return said if said == m.group(0) else m["lead"] + said


def _renamed(ctx: Context, m: re.Match[str], *, words: int = 1) -> str:
    """ "first one -> X" as "rename the first one to X", unless X is a person, a day or a verb;
    `words`: the fewest words X needs."""
    title = m["title"].strip()
    if len(title.split()) < words or _PRIORITY.match(title) or not _a_title(ctx, title):
        return m.group(0)
    ref = m["ref"]
    ref = ref if re.match(r"(?:the|that|this)\b", ref, re.I) else f"the {ref}"
    ref = ref if re.search(r"\b(?:one|card)$", ref, re.I) else f"{ref} one"
    return f"rename {ref} to {title}"


def _this_one(ctx: Context, text: str) -> str:
    m = _THIS_ONE.match(text)
    if m is None or not _a_title(ctx, m["title"]):
        return text
    return f"rename it to {m['title']}"


def _a_title(ctx: Context, said: str) -> bool:
    """Whether `said` reads as a new title: no day or time, no verb of an edit, not a person."""
    bare = said.strip(" '\"“”‘’")
    if len(bare) < 3 or _NOT_TITLE.match(bare):
        return False
    if search_when(bare, now=ctx.now, tz=ctx.tz, locale=ctx.person.locale):
        return False
    if " " not in bare:
        found = people.find_people_by_name(
            session=ctx.session, workspace_id=ctx.workspace_id, name=bare
        )
        return not found
    return True
