"""A saved task changed or dropped in loose words, put the plain way round for the edit skills.

"the vanity quote update — put it back on sam for wed, she'll have picked by then" is "give
the vanity quote update to sam, due wed"; "oh and drop the skip permit, schulz is sorting it
himself apparently" is "drop the skip permit"; "the thinset one rename to grab thinset at
bauhaus" is "rename the thinset one to grab thinset at bauhaus". Each clause must name one saved
task, so a new task that reads alike still becomes a card.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.nlp import classify_intent, parse_when
from flowhub.skills import edit, edit_multi, refer_act
from flowhub.skills.context import Context
from flowhub.skills.edit_apply import REASON, read_all
from flowhub.skills.edit_words import tidy
from flowhub.skills.refer import PRONOUNS, match_titles, ordinal, tasks_named
from flowhub.storage import people, proposals

_LEAD = re.compile(
    r"^(?:(?:oh|ah|and|also|plus|ok|okay|so|right|btw|actually|wait|hmm+)\b[\s,!.]*)+", re.I
)
_CLAUSES = re.compile(r"\s*(?:,\s*(?:and|also|plus)\s+|;\s*|\.\s+(?=\w)|\s+and\s+then\s+)", re.I)
# The last separator before an aside: a comma, a dash, a bracket.
_ASIDE = re.compile(r"\s*(?:,|\s[-–—]+\s|[–—]|\()\s*(?=[^,–—()]*$)")
_WHY = re.compile(
    r"^(?:because|since|cause|coz|cos|as)\b"
    r"|^(?:[\w'’]+\s+){0,2}?(?:is|are|was|were|has|have|had|will|won'?t|can'?t|isn'?t|didn'?t"
    r"|does|doesn'?t|did|already|apparently|finally|probably|anyway)\b"
    r"|^[\w]+(?:'s|’s|'ll|’ll|'re|’re|'ve|’ve|'d|’d)\s"
    r"|^(?:[\w'’]+\s+)?[a-z]+ed\b",
    re.I,
)
_VERB = (
    r"drop|delete|remove|scrap|cancel|forget|bin|kill|ditch|trash|nix|get rid of"
    r"|give|hand|pass|put|stick|move|push|bump|shift|rename|call\s+it|retitle|make|set|change"
)
# "the vanity quote update — put it back on sam": the task named first, then what to do.
_LABEL = re.compile(r"^(?P<ref>[^,:—–]{3,60}?)\s*(?::|\s-+\s|[–—]+)\s*(?P<act>\S.*)$")
# "the ceiling one, push it to thursday": the task named, a comma, then the verb.
_COMMA = re.compile(rf"^(?P<ref>[^,]{{3,60}}?),\s*(?P<act>(?:{_VERB})\b.*)$", re.I)
# "the thinset one rename to …": the task named, then the verb, with no mark between.
_SUFFIX = re.compile(rf"^(?P<ref>.{{3,60}}?)\s+(?P<act>(?:{_VERB})\b.*)$", re.I)
# "drop the skip permit", "give the tile call to priya": the verb, then the task.
_VERB_FIRST = re.compile(
    rf"^(?P<verb>{_VERB})\s+(?P<ref>.+?)(?=\s+(?:back|over|to|on|for|till|until|as)\b|$)", re.I
)
_PUT_BACK = re.compile(
    r"^(?:put|stick|throw|hand|give|pass|send)\s+(?P<obj>.+?)\s+(?:back\s+)?(?:on|to|with)\s+"
    r"(?P<who>@?[^\W\d_][\w.-]*)(?P<rest>.*)$",
    re.I,
)
_FOR_DAY = re.compile(r"^\s*(?:for|by|on|due)\s+(?P<d>.+)$", re.I)
_RENAME = re.compile(
    r"^(?:rename|retitle|call)(?:\s+(?:it|that|this))?\s+(?:to\s+|as\s+)?(?P<new>\S.*)$", re.I
)
_PRONOUN = re.compile(r"\b(?:it|that|this)\b", re.I)
_KEEP_LABEL = re.compile(r"^(?:make|set|change)\s+(?:it|that|this)\b", re.I)
_MOST_WORDS = 40
# "2 is junk, delete it": a line of the list just shown, what is wrong with it, then the verb.
_LINE_VERB = re.compile(
    r"^(?:(?:no\.?|number|nr|#)\s*)?(?P<n>(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?|first|second|third"
    r"|fourth|fifth|last))(?:\s+(?:one|task|item|line))?\s+(?:is|'s|’s|was)\s+[^,;.]{1,40}"
    r"[,;.\s-]+\s*(?:pls\s+|please\s+|just\s+)?(?P<verb>delete|remove|drop|bin|scrap|trash|kill"
    r"|get rid of)(?:\s+(?:it|that|this)(?:\s+one)?)?(?:\s+(?:pls|please))?$",
    re.I,
)


def handle(ctx: Context) -> list[Reply] | None:
    """The edit or drop of saved tasks said loosely, read as said plainly; None otherwise."""
    if ctx.event.forwarded or ctx.event.reply_to or len(ctx.text.split()) > _MOST_WORDS:
        return None
    text = tidy(ctx.text)
    if (line := _LINE_VERB.match(text)) is not None:
        return _line(ctx, line["n"])
    plain: list[str] = []
    for n, clause in enumerate(c for c in _CLAUSES.split(text) if c.strip()):
        clause = _LEAD.sub("", clause).strip()
        if plain and n and _is_reason(ctx, clause):
            continue  # "…, and schulz is sorting it himself": why, not what
        said = _plain(ctx, clause)
        if said is None:
            return None
        plain.append(said)
    new = ", and ".join(plain)
    if not plain or new.casefold() == text.casefold():
        return None
    said_ctx = replace(ctx, text=new, intent=classify_intent(new))
    skills = (edit_multi.handle, edit.handle, refer_act.handle)
    if len(plain) == 1:
        skills = (edit.handle, refer_act.handle, edit_multi.handle)
    for skill in skills:
        replies = skill(said_ctx)
        if replies is not None:
            return replies
    return None


def _line(ctx: Context, which: str) -> list[Reply] | None:
    """ "2 is junk, delete it" right after a list of tasks: "delete 2"."""
    index, shown = ordinal(which), len(ctx.thread.last_list)
    if ctx.thread.list_kind != "tasks" or index is None or not -shown <= index < shown:
        return None
    said = f"delete {index % shown + 1}"
    return refer_act.handle(replace(ctx, text=said, intent=classify_intent(said)))


def _is_reason(ctx: Context, clause: str) -> bool:
    """Whether `clause` only says why ("schulz is sorting it himself"), asking for nothing."""
    if read_all(clause, now=ctx.now, tz=ctx.tz)[0]:
        return False
    return bool(_WHY.search(clause) or REASON.search(clause))


def _without_reason(ctx: Context, clause: str) -> str:
    """`clause` without the asides that say why, after its last comma or dash."""
    while (m := _ASIDE.search(clause)) is not None and m.start() > 0:
        tail = clause[m.end() :].strip(" )")
        if not tail or not _is_reason(ctx, tail):
            break
        clause = clause[: m.start()].strip()
    return clause


def _plain(ctx: Context, clause: str) -> str | None:
    """The clause said plainly about the one saved task it names, or None."""
    clause = _without_reason(ctx, clause)
    # "move the client call to the 9th" starts with its verb: no task is named before it.
    forms = () if re.match(rf"^(?:{_VERB})\b", clause, re.I) else (_LABEL, _COMMA, _SUFFIX)
    for form in forms:
        m = form.match(clause)
        if m is not None and _names_one(ctx, m["ref"]):
            return _acted(ctx, m["ref"].strip(), m["act"].strip())
    m = _VERB_FIRST.match(clause)
    if m is not None and m["ref"].casefold() not in PRONOUNS and _names_one(ctx, m["ref"]):
        return _assigned(ctx, clause)
    return None


def _acted(ctx: Context, ref: str, act: str) -> str | None:
    """ "put it back on sam for wed" about `ref`, said with `ref` in place of "it"."""
    if _KEEP_LABEL.match(act):
        return f"{ref} — {act}"  # "the ceiling crack — make it 4pm" is read as it is
    if (renamed := _RENAME.match(act)) is not None and not _PRONOUN.match(renamed["new"]):
        return f"rename {ref} to {renamed['new']}"
    verb = re.match(rf"^(?:{_VERB})\b", act, re.I)
    if verb is None:
        return None
    rest = act[verb.end() :]
    said = _PRONOUN.match(rest.strip())
    rest = _PRONOUN.sub(ref, rest, count=1) if said else f" {ref}{rest}"
    return _assigned(ctx, f"{verb.group(0)}{rest}")


def _assigned(ctx: Context, clause: str) -> str:
    """ "put X back on sam for wed" as "give X to sam, due wed"; anything else as it is."""
    m = _PUT_BACK.match(clause)
    if m is None or not _is_person(ctx, m["who"]):
        return clause
    said = f"give {m['obj']} to {m['who']}"
    rest = m["rest"].strip(" ,")
    day = _FOR_DAY.match(rest)
    if day is not None:
        found = parse_when(day["d"], now=ctx.now, tz=ctx.tz, locale=ctx.person.locale)
        if found is not None and found.span is not None:
            return f"{said}, due {day['d']}"
    return f"{said}, {rest}" if rest else said


def _is_person(ctx: Context, name: str) -> bool:
    found = people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=name
    )
    return len(found) == 1


def _names_one(ctx: Context, ref: str) -> bool:
    """Whether `ref` names exactly one saved task and no waiting card."""
    ref = ref.strip()
    if ref.casefold() in PRONOUNS or len(ref.split()) > 8:
        return False
    if len(tasks_named(ctx, ref)) != 1:
        return False
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    return not match_titles(ref, pending)
