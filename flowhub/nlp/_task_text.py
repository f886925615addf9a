"""Cut a chat message into candidate task clauses: lines, list items, sentences, joined verbs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from flowhub.nlp._forwarded import read_speaker, section_labels
from flowhub.nlp._headings import HEADING_PREFIX, is_heading
from flowhub.nlp._lexicon import (
    BOT_NAMES,
    BROADCAST_HANDLES,
    FORWARD_HEADER,
    FORWARD_PREFIX,
    NOT_SPEAKERS,
    STATEMENT_WORDS,
    VERBS,
)
from flowhub.nlp._task_asks import points_back
from flowhub.nlp._task_fields import verb_shaped
from flowhub.nlp._task_joiners import SOFT_JOINERS, joins, verbs_last
from flowhub.nlp._task_text_lines import quiet_brackets
from flowhub.nlp._task_then import then_dated
from flowhub.nlp.lang import chat_phrases

# A safety limit only: the reading below is linear, so a 50 kB paste is read whole.
MAX_CHARS = 200_000

_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff\ufe0f\u200d\u20e3"
    "\U000e0020-\U000e007f]+"
)
_BOT = re.compile(
    r"(?<![\w@])(?:@?(?:"
    + "|".join(BOT_NAMES)
    + r")|@(?:"
    + "|".join(BROADCAST_HANDLES)
    + r"))\b[,:]?",
    re.I,
)
_CHANNEL = re.compile(r"^#[\w-]+\s*:?\s*")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})
_MAIL_HEADER = re.compile(
    r"^\s*(?:from|sent|to|cc|date|subject|de|para|von|an|à|envoyé)\s*:\s", re.I
)
_CHAT_PREFIX = re.compile(
    r"^\s*(?:\[[^\]]{1,40}\]\s*)?(?:[A-Z][\w.@-]{0,30}(?:\s[A-Z][\w.-]{0,30})?)\s*:\s+(?=\S)"
)
_STAMP = re.compile(
    r"^\s*(?:\[(?!\s*[xX✓✔]?\s*\])[^\]]{1,40}\]\s*|(?:fwd?|fw|re|tr|wg|rv|enc)\s*:\s*)+", re.I
)
# Ballot boxes are emoji-range characters: turn them into "[ ]" / "[x]" before emoji go.
_OPEN_BOX = re.compile(r"(?m)^(\s*(?:[-*•]\s+)?)[☐▢□]")
_TICKED_BOX = re.compile(r"(?m)^(\s*(?:[-*•]\s+)?)(?:[☑☒✅]|✔️?)")
_WROTE = re.compile(
    r"^\s*@?[\w.-]{1,30}\s+(?:wrote|said|escribió|escreveu|a\s+écrit|schrieb)\s*:\s*", re.I
)
_QUOTED = re.compile(r"^\s*\"(.+)\"\s*(?:[-–—~]\s*@?[\w. ]{1,40})?$")
# "first: ...", "item 12: ...", "line 3: ...": a running label before the text itself.
_LABEL = re.compile(
    r"^\s*(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|last(?:ly)?|finally|next|then|also|ps|p\.s\."
    r"|(?!(?:am|vom|zum|bis|den|ab|jede[nrs]?|alle)\s)[A-Za-z]{2,12}\s+#?\d{1,5})\s*[:.)-]\s+(?=\S)",
    re.I,
)
# "Following up on our call - could you ...": a lead-in before the request itself.
_PREAMBLE = re.compile(
    r"^(?:(?=[a-z])(?:[\w'/]+\s+){1,12}?|(?:[\w'/]+\s+){2,12}?)[\w'/]+\s*(?:\s[-–—]|,|:)\s+"
    r"(?=(?:could|can|would|will)\s+(?:you|u)\b|please\b|pls\b|plz\b)",
    re.I,
)
# "invoice 4471 is still open, can you pay it": the thing a state is said of, which "it" means.
_THING_STATE = re.compile(
    r"^(?:(?:and|also|oh|btw|so|plus)[\s,]+)*(?P<thing>(?:the\s+|our\s+|your\s+|that\s+)?"
    r"[\w'/-]+(?:\s+[\w'/-]+){0,5}?)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+"
    r"(?!(?:still\s+)?(?:asking|waiting|looking|hoping|wanting|expecting|after)\b)"
    r"(?:(?!\b(?:for|about|from)\b)[^,;])*?(?:,|\s[-–—])",
    re.I,
)
_ASKED_IT = re.compile(
    r"^(?P<ask>(?:could|can|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?[a-z]+)\s+(?:it|them)\b",
    re.I,
)
# "the fridge is making a noise again, someone should look at it": "it" is the fridge.
_THING_THEN_IT = re.compile(
    r"^(?:(?:and|also|oh|btw|so|plus)[\s,]+)*(?P<thing>(?:the|our|my|that)\s+[\w'/-]+"
    r"(?:\s+[\w'/-]+){0,4}?)\s+(?:is|are|was|were|keeps|has\s+been|have\s+been)\s+"
    r"(?!(?:still\s+)?(?:asking|waiting|looking|hoping|wanting|expecting|after)\b)"
    r"(?:(?!\b(?:for|about|from)\b)[^,;])*?,\s*"
    r"(?:and\s+)?(?P<ask>(?:(?:can|could|would|will)\s+(?:you|u|someone|somebody|anyone)"
    r"|(?:someone|somebody|we|you)\s+(?:should|needs?\s+to|has\s+to|have\s+to|must|ought\s+to)"
    r"|please|pls)\s+(?:please\s+|pls\s+)?[a-z]+(?:\s+(?:at|into|in|to|on|over|up))?)"
    r"\s+(?:it|them)\b(?P<rest>.*)$",
    re.I,
)
# "the letter said it expires end of december": news that only says when the task is due.
_EXPIRES = re.compile(
    r"^(?:(?:and|also|oh|btw|so|plus)[\s,]+)*(?:the|our|my|a)\s+[\w'-]+(?:\s+[\w'-]+){0,3}?\s+"
    r"(?:said|says)\s+(?:it|they|that)(?:'s|\s+is|\s+are|'re)?\s+(?:expires?|runs?\s+out|ends?"
    r"|lapses?|due)"
    r"\s+(?P<when>\S.*)$",
    re.I,
)
_EXPIRES_AFTER = re.compile(
    r"\s*(?:[,;]|\s[-–—])\s*(?:(?:and|as|since|because|cause|cuz)\s+)?(?:the|our|my|a)\s+"
    r"[\w'-]+(?:\s+[\w'-]+){0,3}?\s+(?:said|says)\s+(?:it|they|that)(?:'s|\s+is|\s+are|'re)?\s+"
    r"(?:expires?|runs?\s+out|ends?|lapses?|due)\s+(?P<when>[^,;]*\S)[\s.!]*$",
    re.I,
)
# "the fridge thing, give that to sam", "give the oven issue to priya": someone is to look at it.
_THING_GIVEN = re.compile(
    r"^(?:(?:and|also|oh|btw|so|plus)[\s,]+)*(?:(?:the|that)\s+(?P<x>[\w'-]+(?:\s+[\w'-]+){0,2}?)"
    r"\s+(?:thing|issue|problem|situation)\s*[,–—-]?\s*(?:give|pass|hand|assign)\s+(?:that|it|this)"
    r"(?:\s+one)?|(?:give|pass|hand|assign)\s+the\s+(?P<y>[\w'-]+(?:\s+[\w'-]+){0,2}?)\s+"
    r"(?:thing|issue|problem|situation))\s+(?:over\s+)?to\s+(?P<who>@?[A-Za-z][\w-]*)\b(?P<rest>.*)$",
    re.I,
)
# A mail's sign-off: the few lines after it are a signature.
_SIGN_OFF_WORDS = (
    r"(?:(?:best|kind|warm|many)\s+(?:regards|wishes)|regards|best|cheers|sincerely"
    r"|yours(?:\s+(?:truly|sincerely))?|br|thanks(?:\s+again|\s+(?:so|very)\s+much|\s+a\s+lot"
    r"|\s+in\s+advance)?|thank\s+you(?:\s+(?:so|very)\s+much)?|many\s+thanks|all\s+the\s+best"
    r"|speak\s+soon|talk\s+soon|love|lots\s+of\s+love|xx+|take\s+care"
    r"|sent\s+from\s+my\s+\w+|--)"
)
_SIGN_OFF = re.compile(rf"^\s*{_SIGN_OFF_WORDS}\s*[,.!]*\s*$", re.I)
# A sign-off ending the last line: "…? Thanks, Karen – Office Manager, Brightline".
_SIGNED_INLINE = re.compile(
    rf"(?:^|(?<=[.!?…)])\s+){_SIGN_OFF_WORDS}\s*[,!.]?\s+(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"(?:\s*[–—-]\s*(?-i:[A-Z][\w&'’.-]*(?:[\s,]+(?:&|of|and|at|for|the|[A-Z][\w&'’.-]*)){0,6}))?"
    r"[\s.!]*$",
    re.I,
)
SIGNATURE_LINES = 6
# The name line under a sign-off: "Lena", "Lena & Jonas", "- Tom and Mia".
_SIGNER = re.compile(
    r"^[\s\-–—]*[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?(?:\s*(?:&|and|\+|,)\s*[A-Z][\w'-]+"
    r"(?:\s+[A-Z][\w'-]+)?)*[\s.,]*$"
)
_DONE_HEADER = re.compile(
    r"^\W*(?:done|completed|finished|shipped|closed|resolved|achievements|wins|highlights"
    r"|what\s+(?:we|i)\s+did|last\s+week|yesterday)\b",
    re.I,
)
_QUOTE_MARK = re.compile(r"^\s*(?:>\s*)+")
_ITEM = re.compile(
    r"^(?:(?:\(?\d{1,2}[.)]|[-*•·–—+▪◦])\s+)?"  # "1. ", "2) ", "- ", "• "
    r"(?:\[\s?([xX✓✔])?\s?\]\s*)?"  # "[ ] ", "[x] " (ballot boxes were turned into these)
)
_INLINE_NUM = re.compile(r"(?:^|(?<=\s))(\d{1,2})[.)]\s+(?=\S)")
_SENTENCE = re.compile(
    r"(?<=[!?])(?<!\bevery!)(?!(?<=\w!)\s+\d{1,3}\s+\w)\s+|(?<=[^\s.]{2}\.)(?<!\b(?:dr|mr|ms|st|vs|no|jr|sr|hr)\.)(?<!\b(?:mrs|etc|sra|dra)\.)"
    r"(?<!\b(?:srta|mlle)\.)"
    r"(?<!\bprof\.)(?<!\bapprox\.)(?<!\b(?:incl|excl|appt|dept)\.)"
    r"(?<!\b(?:sig|dhr|avv|ing)\.)(?<!\b(?:dott|mevr)\.)"  # "il sig. Müller", "dhr. Jansen"
    r"(?<![^\d]\d\.)(?<![^\d]\d\d\.)\s+(?=\S)"
    # A German ordinal date ("bis zum 15. januar") is not a sentence end.
    r"|(?:(?<=\D\d\.)|(?<=\D\d\d\.))(?<!\bam\s\d\.)(?<!\bam\s\d\d\.)"
    r"(?<!\b(?:vom|zum|den)\s\d\.)(?<!\b(?:vom|zum|den)\s\d\d\.)"
    r"\s+(?!(?:jan(?:uar)?|feb(?:ruar)?|m[äa]e?rz|apr(?:il)?|mai|jun[ie]?|jul[ie]?"
    r"|aug(?:ust)?|sept?(?:ember)?|okt(?:ober)?|nov(?:ember)?|dez(?:ember)?|\d{1,2}\.|um\s+\d+"
    # nor is an ordinal weekday or period ("jeden 2. Freitag", "jede 3. Woche")
    r"|montags?|dienstags?|mittwochs?|donnerstags?|freitags?|samstags?|sonntags?|tag|woche|monat)"
    r"(?:\W|$))(?=\S)",
    re.I,
)
# "butter from the dairy, also tuesday": only a day after "also" is when, not a task of its own.
_ALSO_DAY = re.compile(
    r",\s*(?:also|too)\s+(?P<day>(?:on\s+)?(?:today|tonight|tomorrow|tmrw|(?:next\s+|this\s+)?"
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|sday)?))(?=\s*[.!]?\s*$)",
    re.I,
)
_HARD = re.compile(
    r"\s*;\s*|\s*,\s*(?:and\s+then|then|also|plus)\s+|\s+&&\s+"
    # "can you also get the quote": "also" inside a request does not start a new task.
    r"|(?<!\bcan you)(?<!\bcould you)(?<!\bwould you)(?<!\bwill you)(?<!\bcan u)(?<!\bcould u)"
    r"(?<!\bplease)(?<!\bpls)(?<!\blet's)(?<!\blets)(?<!\bwe)(?<!\bi)\s+(?:and\s+then|then|also|plus)\s+"
    r"|\s*,\s*(?=(?:and\s+)?(?:please\s+|pls\s+)?(?:remind|ping|nudge)\s+(?:me|us)\b)"
    # "we need someone to X and somebody has to Y": each asks the room for its own task.
    r"|\s*,?\s+and\s+(?=(?:some|any)(?:one|body)\s+(?:has\s+to|needs\s+to|must|should|gotta)\b)",
    re.I,
)
_DASH = re.compile(r"(\s+(?:[—–]|--)\s+)")
_SOFT = SOFT_JOINERS
_WORD = re.compile(r"[\w\u0900-\u097f'@-]+")
# "For the Novatech offsite I need to ...": what the task is for, said before who does it.
_PURPOSE_FIRST = re.compile(
    r"^\s*(?P<for>for\s+)(?P<what>(?:the|our|this|that|my|your|their|his|her)\s+[^,;:]{1,40}?"
    r"|[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,2})\s*,?\s+"
    r"(?P<rest>(?:i|we)(?:'ll|\s+(?:need|needs|have|has|must|gotta|should|will|want))\b.*)$",
    re.I,
)
_NOT_PURPOSE = frozenset("record moment rest time being now part while".split())  # noqa: SIM905
# A time said once for every task of a sentence: "..., both before the 18th".
_SHARED_WHEN = re.compile(
    r"\s*,?\s*\b(?:both|all(?:\s+of\s+(?:them|these|those))?|each)\s+(?P<when>(?:by|before|until"
    r"|till|due|on|for|next|this|tomorrow|today|tonight|asap)\b[^,;]*?)\s*[.!]*$",
    re.I,
)
# "lunch w/ Maria", "coffee w/o sugar": chat shorthand read as the words.
_WITH = re.compile(r"(?<![\w/])w/o(?![\w/])|(?<![\w/])w/(?=\s|[A-Za-z@])", re.I)
# "and add sign + send back the schedule": "add" is said to the bot, and "+" joins two verbs
# into one action ("sign and send back").
_ADD_JOINED = re.compile(
    r"^(?:(?:and|also|oh|pls|please|plus|then)[\s,]+)*add\s+(?P<first>[a-z]+)"
    r"\s*(?:\+|&|\band\b)\s*(?P<second>[a-z]+)\b",
    re.I,
)
_VERB_PLUS = re.compile(r"^(?P<lead>\W*(?P<first>[a-z]+))\s*[+&]\s*(?P<second>[a-z]+)\b", re.I)
# "remind me, tomorrow at 9, to call the bank": the time set off by commas or dashes is read in
# place rather than as clauses of its own.
_REMIND_ASIDE = re.compile(
    r"(?P<head>\b(?:remind|ping|nudge)\s+(?:me|us|@?[A-Z][\w'-]+))\s*[,–—-]\s*"
    r"(?P<when>[^,\n–—]{2,40}?)\s*[,–—-]\s*(?P<tail>(?:to|about|that)\b)",
    re.I,
)
# "tomorrow I need to: a, b and c", "by friday: x, y": a lead before a colon heads the items after.
_LEAD_HEAD = re.compile(r"^(?P<head>[^:]{2,60}?[^\d\s:])\s*:\s+(?P<rest>\S.*)$")


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_SECTION = re.compile(r"^\s*([A-Z][\w.'-]{0,30}(?:\s[A-Z][\w.'-]{0,30}){0,2})\s*(?::|\s[-–—])\s+")
_DATE_HEAD = _word_set(
    """
    by before due until till for week weekend month year quarter next this last every tonight
    tmrw tmr morning afternoon evening eod eow cob mon tue tues wed thu thur thurs fri sat sun
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    """
)
_OWN_ACTION = re.compile(
    r"^\s*(?:i\s+(?:need|have|got)\s+to|i\s+(?:must|should)|i'?ll|i\s+will|can\s+you"
    r"|could\s+you|please|pls|"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in chat_phrases("own_needs"))
    + r")(?!\w)",
    re.I,
)
_OTHER_NEED = re.compile(
    r"^\s*(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in chat_phrases("own_needs"))
    + r")(?!\w)",
    re.I,
)
_POINTS_BACK = re.compile(r"\b(?:it|them)\b", re.I)
# "..., I'll take it", "..., that's mine": the sender claims the task said before, no new one.
_CLAIM = re.compile(
    r"^\s*(?:i'?ll\s+(?:take|do|handle|sort)\s+(?:that|this|it)(?:\s+one)?"
    r"|(?:that|this)(?:\s+one)?(?:'s|\s+is)\s+(?:mine|on\s+me)|i'?ve\s+got\s+(?:that|this|it))"
    r"[\s!.)]*$",
    re.I,
)
_INLINE_BULLET = re.compile(r"(?:^|\s)[-•*]\s+(?=\S)")


@dataclass(frozen=True, slots=True)
class Clause:
    """One candidate task: its text, whether it was a list item, its list header, its speaker.

    `first` is True for the clause that opens its line (where an imperative reads as an order).
    """

    text: str
    item: bool = False
    header: str | None = None
    speaker: str | None = None
    first: bool = False


def normalise(text: str) -> str:
    """Straighten quotes, drop emoji and mentions of the bot itself, keeping line breaks."""
    text = text[:MAX_CHARS].translate(_QUOTES)
    text = _TICKED_BOX.sub(r"\1[x]", _OPEN_BOX.sub(r"\1[ ]", text))
    text = _WITH.sub(lambda m: "without" if m.group(0).lower() == "w/o" else "with ", text)
    text = _REMIND_ASIDE.sub(r"\g<head> \g<when> \g<tail>", text)
    return _BOT.sub(" ", _EMOJI.sub(" ", text))


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _has_verb(text: str, within: int) -> bool:
    words = _words(text)
    return any(w in VERBS for w in words[:within]) or verb_shaped(words)


def _said_before_need(prev: str, seg: str) -> bool:
    """News before the writer's own need in another language ("ich ziehe um, muss …")."""
    need = _OTHER_NEED.match(seg)
    if need is None or len(_words(seg[need.end() :])) < 2 or len(_words(prev)) < 2:
        return False
    return not (_has_verb(prev, 1) or _OWN_ACTION.match(prev) or _CLAIM.match(seg))


def _soft_split(sentence: str) -> list[str]:
    """Split on "and" / commas only where both sides carry their own verb ("buy milk and eggs")."""
    pieces: list[tuple[str, str]] = []
    pos = 0
    for m in _SOFT.finditer(sentence):
        pieces.append((sentence[pos : m.start()], m.group(0)))
        pos = m.end()
    if not pieces:
        return [sentence]
    pieces.append((sentence[pos:], ""))
    out = [pieces[0][0]]
    sep = pieces[0][1]
    for seg, nxt in pieces[1:]:
        prev = out[-1]
        if len(out) == 1 and _said_before_need(prev, seg):
            out[-1] = seg  # "to me mudando dia 15, preciso ligar …": the news only says why
            sep = nxt
            continue
        # "site is down, @devops please investigate": a statement before a request splits too.
        if verbs_last(sep, prev, seg) or (
            joins(sep, seg)
            and not _listed_on(sep, prev, seg)
            and len(_words(seg)) >= 2
            and len(_words(prev)) >= 2
            and not _CLAIM.match(seg)
            and _has_verb(seg, 4)
            and (
                _has_verb(prev, 5)
                or any(w in STATEMENT_WORDS for w in _words(prev))
                or _OWN_ACTION.match(seg) is not None  # "migration done, I need to email ..."
            )
        ):
            out.append(seg)
        else:
            out[-1] = prev + sep + seg
        sep = nxt
    return out


_ASKING = re.compile(r"@|\b(?:please|pls|plz)\b", re.I)
_SUBJECTS = frozenset(["i", "i'll", "ill", "we", "we'll", "you", "he", "she", "they", "it"])


def _listed_on(sep: str, prev: str, seg: str) -> bool:
    """Whether `seg` is one more item of a list of things `prev` ends with: "check the van -
    tyres, fuel, fridge temp log" (its "log" is no order, nothing before it was one either)."""
    if "," not in sep or _first_word(seg) in VERBS or _ASKING.search(seg):
        return False
    parts = re.split(r"[,:\-–—]", prev)
    item = _words(parts[-1])
    if len(parts) < 2 or _first_word(seg) in _SUBJECTS:  # a list has begun before it
        return False
    return 0 < len(item) <= 2 and not any(w in VERBS or w in STATEMENT_WORDS for w in item)


def _joined_verbs(sentence: str) -> str:
    """ "add sign + send back X" -> "sign and send back X": two verbs joined are one action."""
    m = _ADD_JOINED.match(sentence)
    if m and m["first"].lower() in VERBS and m["second"].lower() in VERBS:
        sentence = sentence[m.start("first") :]
    m = _VERB_PLUS.match(sentence)
    if m and m["first"].lower() in VERBS and m["second"].lower() in VERBS:
        sentence = f"{m['lead']} and {sentence[m.start('second') :]}"
    return sentence


def _dated_by_news(pieces: list[str]) -> list[str]:
    """ "the letter said it expires end of december, renew the insurance": the insurance is
    renewed by the end of december, and the letter's news is no clause of its own."""
    for i, piece in enumerate(pieces):
        after = _EXPIRES_AFTER.search(piece)
        if after and _first_word(piece) in VERBS:
            pieces[i] = f"{piece[: after.start()]} by {after['when']}"
            continue
        news = _EXPIRES.match(piece.strip())
        if news is None:
            continue
        for j in (i + 1, i - 1):
            if 0 <= j < len(pieces) and _first_word(pieces[j]) in VERBS:
                when = news["when"].strip(" .!")
                pieces[j] = f"{pieces[j].rstrip(' .!')} by {when}"
                return pieces[:i] + pieces[i + 1 :]
    return pieces


def _reshaped(sentence: str) -> str:
    """A sentence whose task is said around a thing, said as the task: joined verbs ("sign +
    send back"), a thing given to someone, a thing then "it"."""
    sentence = _joined_verbs(sentence)
    given = _THING_GIVEN.match(sentence)
    if given:  # "the fridge thing, give that to sam": sam is to look at the fridge
        sentence = f"ask {given['who']} to look at the {given['x'] or given['y']}{given['rest']}"
    said = _THING_THEN_IT.match(sentence)
    if said:  # "the fridge is making a noise, someone should look at it": look at the fridge
        sentence = f"{said['ask']} {said['thing']}{said['rest']}"
    return sentence


def _clauses_of(sentence: str) -> list[str]:
    sentence = _reshaped(sentence)
    out: list[str] = []
    for hard in _dash_split(sentence):
        if hard.strip():
            out.extend(p for p in _soft_split(hard) if p.strip())
    out = _dated_by_news(out)
    if out:
        out[0] = _purpose_last(out[0])
    shared = _SHARED_WHEN.search(out[-1]) if out else None
    if shared:  # "order the bags + print the numbers, both before the 18th": each by then
        out[-1] = out[-1][: shared.start()]
        out = [f"{p.rstrip(' ,')} {shared.group('when')}" for p in out]
    return out


def _purpose_last(clause: str) -> str:
    """ "For the offsite I need to send the headcount" -> "I need to send the headcount for the
    offsite": what it is for goes after the task, so the task's own opening leads."""
    m = _PURPOSE_FIRST.match(clause)
    if m is None or _words(m.group("what"))[-1].lower() in _NOT_PURPOSE:
        return clause
    return f"{m.group('rest')} {m.group('for').lower()}{m.group('what')}"


def _dash_split(sentence: str) -> list[str]:
    """The hard pieces of a sentence; a dash before an order splits too ("X wants an update —
    call her back monday")."""
    parts = _DASH.split(_ALSO_DAY.sub(r", \g<day>", sentence))
    pieces = [parts[0]]
    for dash, part in zip(parts[1::2], parts[2::2], strict=True):
        if _first_word(part) in VERBS and len(_words(pieces[-1])) >= 3:
            pieces.append(part)
        else:
            pieces[-1] = f"{pieces[-1]}{dash}{part}"
    return [p for piece in pieces for p in _HARD.split(piece)]


def _first_word(text: str) -> str:
    words = _words(text)
    return words[0].lower() if words else ""


def _inline_items(line: str) -> list[str] | None:
    """ "by friday: 1. x 2. y" -> ["by friday:", "x", "y"] when the numbers run 1, 2, ..."""
    marks = list(_INLINE_NUM.finditer(line))
    if len(marks) < 2 or [int(m.group(1)) for m in marks] != list(range(1, len(marks) + 1)):
        return None
    pieces = [line[: marks[0].start()].strip()]
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(line)
        pieces.append(line[m.end() : end].strip())
    return pieces


def _clean_line(line: str) -> str:
    line = FORWARD_PREFIX.sub("", _QUOTE_MARK.sub("", line))
    quoted = _QUOTED.match(line)  # '"can you book the room?" - Priya'
    if quoted:
        line = quoted.group(1)
    line = _WROTE.sub("", line)
    line = _LABEL.sub("", _CHANNEL.sub("", _STAMP.sub("", line)))
    if not points_back(line):  # "the venue needs the proof - can you send it": keep what "it" is
        line = _thing_asked(line) or _PREAMBLE.sub("", line)
    m = _CHAT_PREFIX.match(line)
    # "Priya: can you ..." in a pasted transcript; a list header "Tomorrow:" is not a speaker.
    if m and line[m.end() :].strip() and not line.rstrip().endswith(":"):
        head = line[: m.end()].strip().rstrip(":").lower()
        first = head.split()[0]
        if first not in NOT_SPEAKERS and first not in VERBS and not is_heading(head):
            line = line[m.end() :]
    return _without_heading(line).strip()


def _thing_asked(line: str) -> str | None:
    """ "invoice 4471 is still open, can you pay it" -> "can you pay invoice 4471"; None when
    the line has no such shape."""
    pre = _PREAMBLE.match(line)
    thing = _THING_STATE.match(line[: pre.end()]) if pre else None
    asked = _ASKED_IT.match(line[pre.end() :]) if pre else None
    if pre is None or thing is None or asked is None:
        return None
    if thing["thing"].split()[0].lower() in ("it", "this", "he", "she", "they", "we", "i"):
        return None
    rest = line[pre.end() :]
    return f"{asked['ask']} {thing['thing']}{rest[asked.end() :]}"


def _without_heading(line: str) -> str:
    """Cut a section heading off its line: "Hiring: I need to ..." reads "I need to ..."."""
    m = HEADING_PREFIX.match(line)
    if m is None or not is_heading(m.group("head")):
        return line
    if any(w in NOT_SPEAKERS or w in _DATE_HEAD for w in _words(m.group("head"))):
        return line  # "Tomorrow: call Jo", "by friday: ...", "Todo: ...": a date or a cue
    if _POINTS_BACK.search(line[m.end() :]):
        return line  # "Q4 deck: send it to Sam": the label is what "it" stands for
    return line[m.end() :]


def _lead_items(line: str) -> tuple[str, list[str]] | None:
    """ "tomorrow I need to: a, b and c" -> ("tomorrow I need to", [a, b, c]); None if no list."""
    m = _LEAD_HEAD.match(line)
    if m is None or len(_words(m.group("head"))) > 7:
        return None
    rest = m.group("rest")
    if _INLINE_BULLET.match(rest):
        pieces = [p.strip() for p in _INLINE_BULLET.split(rest) if p.strip()]
    else:
        pieces = [c.strip() for s in _SENTENCE.split(rest) for c in _clauses_of(s) if c.strip()]
    return (m.group("head"), pieces) if len(pieces) >= 2 else None


def signed_by(text: str) -> str | None:
    """The name a mail is signed with ("Thanks!\nLena & Jonas"), or None."""
    lines = [ln.strip() for ln in normalise(text).splitlines() if ln.strip()]
    for i in range(max(0, len(lines) - SIGNATURE_LINES - 1), len(lines) - 1):
        if _SIGN_OFF.match(lines[i]) and _SIGNER.match(lines[i + 1]):
            return lines[i + 1].strip(" ,.-–—")
    return None


def _without_signature(lines: list[str]) -> list[str]:
    """Drop a mail signature: a sign-off line ("Best regards,") and the few lines after it."""
    for i in range(max(0, len(lines) - SIGNATURE_LINES - 1), len(lines)):
        if _SIGN_OFF.match(lines[i]):
            return lines[:i]
    if lines and (signed := _SIGNED_INLINE.search(lines[-1])):
        kept = lines[-1][: signed.start()].rstrip()
        return [*lines[:-1], kept] if kept else lines[:-1]
    return lines


def split_clauses(text: str) -> list[Clause]:
    """Return the candidate task clauses of `text`, in order."""
    said = quiet_brackets(text)
    lines = _without_signature([ln for ln in normalise(said).splitlines() if ln.strip()])
    sections = section_labels(lines)
    clauses: list[Clause] = []
    header: str | None = None
    speaker: str | None = None  # a line without a speaker continues the previous one's message
    done = False  # under a "Done:" header the items are reports of work finished
    for raw in lines:
        if FORWARD_HEADER.match(raw) or _MAIL_HEADER.match(raw):
            continue
        said_by, said = read_speaker(raw)
        section = _SECTION.match(raw) if sections else None
        if section and section.group(1) in sections:
            said_by, said = None, raw[section.end() :]  # "Warehouse: ..." heads a section
        if said is not raw:
            speaker, header = said_by, None
        line = _clean_line(said)
        if not line:
            continue
        inline = _inline_items(line)
        if inline is not None:
            head = inline[0].rstrip(" -") or None
            clauses.extend(Clause(p, True, head, speaker) for p in inline[1:] if p)
            continue
        m = _ITEM.match(line)
        if m and m.end() > 0:
            if not m.group(1) and not done:  # a ticked checkbox is already done
                clauses.append(Clause(_reshaped(line[m.end() :].strip()), True, header, speaker))
            continue
        if line.endswith(":"):
            header = line if line.rstrip(": ") else None
            done = bool(header and _DONE_HEADER.match(header))
            continue
        header, done = None, False
        lead = _lead_items(line)
        if lead is not None:
            clauses.extend(
                Clause(p, False, lead[0], speaker, i == 0) for i, p in enumerate(lead[1])
            )
            continue
        clauses.extend(_sentence_clauses(line, speaker))
    return clauses


def _sentence_clauses(line: str, speaker: str | None) -> list[Clause]:
    """The clauses of a line of prose; "before that: a, b and c" after a dated sentence lists
    items due before that date."""
    out: list[Clause] = []
    said = _SENTENCE.split(line)
    for before, sentence in zip(said, then_dated(said), strict=True):
        lead = _lead_items(sentence) if sentence != before else None
        if lead is not None:
            out.extend(Clause(p, True, lead[0], speaker, not out) for p in lead[1])
            continue
        for piece in (c.strip() for c in _clauses_of(sentence)):
            if piece:
                out.append(Clause(piece, speaker=speaker, first=not out))
    return out
