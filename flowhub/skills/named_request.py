"""A request that opens with a chat member's name in lower case or in texting shorthand:
"priya pls check the invoice", "ana could u review the draft", "sam would you mind …".

The reader of tasks only takes a lower-case word for a name after "ask … to"; here the name is
known to be a member of the chat, so the request is read as if it were written out properly.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.nlp import asked_of, classify_intent, own_need, verb_base
from flowhub.skills import capture
from flowhub.skills.context import Context
from flowhub.storage import people
from flowhub.storage.name_scripts import names_match

_ASKS = (
    r"(?:(?:can|could|would|will|cud|cn|wd)\s+(?:you|u|ya)|pls|please|plz|pretty\s+please"
    r"|would\s+you\s+mind)\b"
)
# "sam needs to call the florist": a name then what they are to do, as "Sam needs to ..." reads.
_MODALS = r"(?:needs?\s+to|has\s+to|must|will|is\s+going\s+to|is\s+gonna)\b"
_CONTRACTED = r"'(?:s\s+going\s+to|s\s+gonna|ll)\b"
# Where a request to someone can start: the message, a clause, or after a chat word
# ("ok so priya could u ...", "plan: sam can you ..., priya pls ...").
_START = r"(?:^|[,;:.!?\n(]|\b(?:and|also|then|so|ok|okay|oh|btw|plus|hey|hi|hello|yo)\b)"
# "priya u need to confirm ...": what the person must do, said to them.
# "sam you have to see this" only shares something.
_YOU_MUST = (
    r"((?:you|u)\s+(?:need|have)\s+to|(?:you|u)\s+must)\b"
    r"(?!\s+(?:see|try|watch|hear|taste|read|meet|come|look|check\s+(?:this|it|out))\b)"
)
_NAMED, _NAMED_TO_BOT = (
    re.compile(
        rf"{_START}(\s*@?)([^\W\d_][\w-]*?)(\s*[,:\-–—]?\s*)(?:{_YOU_MUST}"
        rf"|(?=(?<=\w){_CONTRACTED}|(?<=\s){_ASKS}|(?<=\s){modals}))",
        re.I,
    )
    # "sam should see this" is chat between people; said to the bot it is a task for Sam.
    for modals in (_MODALS, rf"(?:{_MODALS}|should\b)")
)
_DUTY = {"need": "needs to", "have": "has to", "must": "must"}
# "can you call the florist tomorrow sam?": the person asked, named at the end of a request.
_ASKED_AT_END = re.compile(
    rf"^\s*(?:{_ASKS}).*?(?<![\w'])(?P<before>[\w'-]+)[\s,]+(?P<name>[^\W\d_][\w-]*)\W*$",
    re.I | re.S,
)
# Words after which a name is who the task is about or for, not who is asked.
_NOT_BEFORE_NAME = frozenset(
    re.findall(
        r"\w+",
        """to with for from and or of by at about on in into than cc ask tell invite remind ping
        call email text phone ring message thank pay meet see visit contact include help""",
    )
)
# Chat words in front of a request to someone say nothing about it ("oh and Priya, can you ...").
_CHAT_OPENERS = re.compile(
    r"^\s*(?:(?:ok|okay|so|and|also|oh|right|alright|btw|um|hmm|then|plus|hey|hi|hello|yo)\b"
    r"[\s,]*)+(?=@?[A-Z])"
)
_SHORT_YOU = re.compile(r"\b(can|could|would|will|cud|cn|wd)\s+(?:u|ya)\b", re.I)
_SPELLED = {"cud": "could", "cn": "can", "wd": "would"}
# "sam would you mind booking …" reads as a request once the name is set off by a comma.
_MIND = re.compile(r"^(\s*@?[^\W\d_][\w'-]*)\s+(?=would\s+you\s+mind\b)", re.I)


# "sam and priya can you ...", "ana, sam & priya pls ...": one request to several members.
_SEVERAL = re.compile(
    rf"^\s*(?P<names>@?[^\W\d_][\w-]*(?:\s*(?:,|\band\b|&|\+)\s*@?[^\W\d_][\w-]*)+)"
    rf"\s*[,:\-–—]?\s*(?P<ask>{_ASKS}.*)$",
    re.I | re.S,
)
# "@Sam while you're at Müller's could you grab the key?": the clause about when goes after.
_WHILE_FIRST = re.compile(
    rf"^(?P<name>\s*@?[^\W\d_][\w-]*)\s*[,:\-–—]?\s*"
    r"(?P<lead>(?:while|when|since|as|once|whenever)\s+(?:you(?:'re|’re|'ll|’ll|\s+are"
    r"|\s+will\s+be)?|u(?:'re|\s+r)?)\s[^,?!\n]*?)\s*,?\s+"
    rf"(?P<ask>{_ASKS}[^?!\n]*)(?P<rest>.*)$",
    re.I | re.S,
)
_NAME_SEP = re.compile(r"\s*(?:,|\band\b|&|\+)\s*", re.I)
# "priya books the cake tasting tomorrow", "sam's sorting the venue deposit": a member's plan.
_PLAN = re.compile(
    r"^\s*@?(?P<name>[^\W\d_][\w-]*)(?P<be>'s|\s+is)?\s+(?:(?:also|then|now)\s+)?"
    r"(?P<verb>[a-z]+?(?:ing|es|s))\s+(?P<rest>[^?]*\w[^?]*?)[\s.!]*$"
)
# Verbs that tell what someone thinks, has or is, not what they will do.
_NOT_PLANS = frozenset(
    re.findall(
        r"\w+",
        """say think want like love know feel seem look hate mean need hope wish believe guess
        reckon agree mind prefer sound work live come go be have get run sit stay sleep do try
        keep make let leave lose miss owe plan read hear see tell talk play win use cost""",
    )
)
# What follows a verb when it is news about someone, not a task: "sam's running late".
_NEWS_AFTER = frozenset(
    re.findall(r"\w+", "late behind out off sick home back away here there around today now on")
)


def _plan_text(text: str, member: Callable[[str], bool]) -> str | None:
    """ "priya books the cake tasting tomorrow" as "Priya needs to book the cake tasting ..."."""
    m = _PLAN.match(text)
    if m is None or not member(m.group("name")):
        return None
    form = m.group("verb").lower()
    ing = form.endswith("ing")
    if ing != bool(m.group("be")):
        return None  # "sam is books", "sam sorting": not a plan said plainly
    base = verb_base(form)
    rest = m.group("rest")
    if base is None or base in _NOT_PLANS or rest.split()[0].lower() in _NEWS_AFTER:
        return None
    name = m.group("name")
    return f"{name[:1].upper()}{name[1:]} needs to {base} {rest}"


def _several_text(text: str, member: Callable[[str], bool]) -> str | None:
    """ "sam and priya can you confirm X" as the same request to each, one line each."""
    m = _SEVERAL.match(text)
    if m is None:
        return None
    names = [n.lstrip("@") for n in _NAME_SEP.split(m.group("names")) if n]
    if len(names) < 2 or not all(member(n) for n in names):
        return None
    return "\n".join(f"{n[:1].upper()}{n[1:]}, {m.group('ask')}" for n in names)


def request_text(ctx: Context) -> str | None:
    """`ctx.text` written out as a request to the chat members it names; None if it is not one."""
    text = ctx.text
    asked = asked_of(text, lambda word: _known_name(ctx, word))
    if asked is not None and not _someone_named(ctx):
        return asked
    members: dict[str, bool] = {}
    moved = _WHILE_FIRST.match(text)
    if moved is not None and _is_member(ctx, moved["name"].strip().lstrip("@")):
        text = f"{moved['name']} {moved['ask'].rstrip()} {moved['lead']}{moved['rest']}"

    def member(name: str) -> bool:
        key = name.casefold()
        if key not in members:
            members[key] = _is_member(ctx, name)
        return members[key]

    several = _several_text(text, member) or _plan_text(text, member)
    if several is not None:
        return _SHORT_YOU.sub(
            lambda m: f"{_SPELLED.get(m.group(1).lower(), m.group(1))} you", several
        )

    def capitalised(m: re.Match[str]) -> str:
        name = m.group(2)
        if not member(name):
            return m.group(0)
        head = m.group(0)[: m.start(2) - m.start(0)] + name[:1].upper() + name[1:]
        if m.group(4):  # "priya u need to ..." reads as "Priya needs to ..."
            return f"{head} {_DUTY[m.group(4).split()[1].casefold()]}"
        return head + m.group(3)

    named = _NAMED_TO_BOT if ctx.event.addressed else _NAMED
    fixed: str | None = named.sub(capitalised, text)
    if not any(members.values()):
        fixed = _named_at_end(text, member)
    if fixed is None:
        return None
    fixed = _SHORT_YOU.sub(lambda m: f"{_SPELLED.get(m.group(1).lower(), m.group(1))} you", fixed)
    fixed = _MIND.sub(r"\1, ", _CHAT_OPENERS.sub("", fixed))
    return fixed if fixed != ctx.text else None


def _named_at_end(text: str, member: Callable[[str], bool]) -> str | None:
    """A request ending in a member's name set off as whom it asks ("... tomorrow, Sam?")."""
    m = _ASKED_AT_END.match(text)
    if m is None or m.group("before").casefold() in _NOT_BEFORE_NAME:
        return None
    name = m.group("name")
    if len(text[: m.start("before")].split()) < 3 or not member(name):
        return None  # "can you call sam": the name is what the task is about
    return f"{text[: m.end('before')]}, {name[:1].upper()}{name[1:]}{text[m.end('name') :]}"


def handle(ctx: Context) -> list[Reply] | None:
    """A card for the chat member a loosely written request names; None for anything else."""
    text = request_text(ctx)
    if text is None and ctx.intent == "capture":
        text = own_need(ctx.text)  # "devo pagare ...": the title is what to do
    if text is None:
        return None
    intent = classify_intent(text)
    if intent != "capture":
        return None
    return capture.handle(replace(ctx, text=text, intent=intent))


def _is_member(ctx: Context, name: str) -> bool:
    """Whether `name` is the first name of someone in these groups or of this workspace."""
    if name.casefold() in _member_names(ctx):
        return True
    return bool(
        people.find_people_by_name(session=ctx.session, workspace_id=ctx.workspace_id, name=name)
    )


def _someone_named(ctx: Context) -> bool:
    """Whether the message as written already gives its task to someone."""
    sender = None if ctx.event.forwarded else ctx.person.display_name
    drafts = ctx.extract(ctx.text, now=ctx.now, tz=ctx.tz, sender=sender)
    return any(d.assignee for d in drafts)


def _known_name(ctx: Context, word: str) -> str | None:
    """The first name of the chat member or colleague `word` names, in any script."""
    said = word.casefold()
    hits = [n for n in sorted(_member_names(ctx)) if n == said or names_match(said, n)]
    if len(hits) == 1:
        return hits[0]
    found = people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=word
    )
    firsts = {p.display_name.split(" ")[0] for p in found if p.display_name}
    return firsts.pop() if len(firsts) == 1 else None


def _member_names(ctx: Context) -> set[str]:
    """The first names of the people in this group, or in the sender's groups elsewhere."""
    if ctx.chat.kind == "group":
        groups = [ctx.chat_id]
    else:
        groups = people.get_group_ids(session=ctx.session, person_id=ctx.person_id)
    members = people.get_group_members(session=ctx.session, chat_ids=groups)
    return {p.display_name.split(" ")[0].casefold() for p in members}
