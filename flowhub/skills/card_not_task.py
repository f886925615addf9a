"""Saying the card just made is no task: "lol no thats not a task", "that's not a to-do", or
"no i mean send me a file w my tasks" right after the bot made a card of that request; "nope, bin
that and snooze the cake reminder till 2pm" throws the card away before the rest.

The person's newest waiting card in the chat goes, as if Discard were pressed, and whatever
follows the words ("… what's on my list?") is then answered as a message of its own. Only a
card made in the last few minutes is taken; an older one is left for its buttons. "no i mean"
drops the card only when what follows asks something (a list, an export, help, a setting): "no
i meant friday" or "no i mean call the bank" change or replace the card elsewhere.
"""

from __future__ import annotations

import re
from datetime import timedelta

from flowhub.connectors import Reply
from flowhub.nlp import card_said, classify_intent, english_command
from flowhub.skills import words
from flowhub.skills.capture import discard
from flowhub.skills.context import Context
from flowhub.skills.edit_apply import read_all
from flowhub.skills.export import asks_export
from flowhub.storage import id_of, proposals

__all__ = ["dropped"]

_RECENT = timedelta(minutes=15)
_NOT_A_TASK = re.compile(
    r"^\W*(?:(?:lol|lmao|haha|no+|nah|nope|ugh|wait|hey|oops|um+|omg|wtf|bot)[\s,!.]+)*"
    r"(?:(?:that|this|it)\s*(?:'s|’s|s|\s+is|\s+was|\s+wasn'?t|\s+isn'?t)|thats|its|that\s+one'?s)?"
    r"\s*(?:not|n't|never\s+meant\s+as|no)\s+(?:meant\s+to\s+be\s+|supposed\s+to\s+be\s+)?"
    r"(?:a\s+|an\s+)?(?:task|to-?do|todo|reminder|card)\b"
    r"(?:\s+(?:lol|haha|bro|mate|pls|please|either|at\s+all))*"
    r"|^\W*(?:(?:no+|nah|lol)[\s,!.]+)*i\s+(?:didn'?t|did\s+not|never)\s+(?:ask\s+for|want|mean"
    r"\s+to\s+make|say\s+to\s+make)\s+(?:a\s+|that\s+|this\s+)?(?:task|card|to-?do)\b",
    re.I,
)
_MEANT = re.compile(
    r"^\W*(?:(?:no+|nah|nope|sorry|lol|ugh|oops)[\s,!.]+)+(?:i\s+)?(?:mean|meant)\b[\s,:]*", re.I
)
# "nope, bin that and snooze …", "discard. i mean change the flour task …": the newest card thrown
# away first, then something else asked.
_DROP_FIRST = re.compile(
    r"^\W*(?:(?:no+|nah|nope|ugh|oops|wait|sorry)[\s,!.]+)*(?:bin|scrap|drop|discard|ditch|delete"
    r"|cancel|toss|trash|kill|nuke|chuck)(?P<it>\s+(?:that|this|it)(?:\s+one)?)?"
    r"(?:\s+(?:pls|please))?(?:\s*[,;.!—–-]+\s*(?:and\s+)?|\s+and\s+)(?:then\s+|also\s+)?"
    r"(?:(?:no+|sorry)[\s,]+)*(?P<meant>i\s+(?:mean|meant)\b[\s,:]*)?(?P<rest>\w.*)$",
    re.I,
)
# "i was just venting. delete", "just complaining, bin it": why it was said, and the card's end.
_WHY = (
    r"(?:(?:i\s+was|i'?m|im|it\s+was|that\s+was|was|(?:that|this|it)\s*(?:'s|’s|s|\s+is|\s+was))\s+)?"
    r"(?:just|only)\s+(?:me\s+)?(?:venting|ranting|complaining|moaning|joking|kidding|chatting"
    r"|thinking\s+out\s+loud|letting\s+off\s+steam)(?:\s+(?:lol|haha|sorry))*"
    r"(?:[\s,;.!—–-]+(?:(?:so|pls|please|just|and)\s+)*(?:delete|bin|scrap|discard|ditch|remove"
    r"|drop|trash|toss|kill|cancel)(?:\s+(?:it|that|this|the\s+card|pls|please|plz))*)?[\s.!]*$"
)
_VENTED = re.compile(r"^[\s,;.!—–-]*" + _WHY, re.I)
# "nah that was just me ranting, bin it": the card was chat, said without "not a task".
_JUST_VENTED = re.compile(
    r"^\W*(?:(?:lol|lmao|haha|no+|nah|nope|ugh|oops|sorry)[\s,!.]+)*" + _WHY, re.I
)
_ASKING = frozenset({"query", "help", "settings"})
_DROPS = frozenset({"discard", "delete it"})
# Where a drop said first ends: a comma or an "and" of some language ("und", "e", "y", "ve").
_AND = r"(?:and|und|e|y|et|ve|aur|i|en|dan|и|و|और)"
_JOINT = re.compile(rf"\s*[,;]\s*(?:{_AND}\s+)?|\s+{_AND}\s+", re.I)
_REST = re.compile(r"^[\s,.!?;:—–-]+")
# "não é tarefa" after "apaga isso, …": the reason for the drop in the person's language.
_NO_TASK_WORD = r"(?:tarefa|tarea|compito|attivit[aà]|aufgabe|taak|task|g[oö]rev|tugas|t[aâ]che)"
_ONLY_NO_TASK = re.compile(
    r"^\W*(?:(?:isso|isto|esto|eso|questo|das|dat|bu|ini|itu|ye|yeh|c'est|ce)\s+)?"
    r"(?:n[aã]o\s+[eé]|no\s+es|non\s+[eè]|ist\s+kein(?:e)?|is\s+geen|bukan|n'est\s+pas|pas)\s+"
    rf"(?:(?:uma|una|un|une|eine)\s+)?{_NO_TASK_WORD}\W*$"
    rf"|^\W*(?:(?:ye|yeh|bu)\s+)?{_NO_TASK_WORD}\s+(?:nahi\s+hai|nahi|de[gğ]il(?:dir)?)\W*$",
    re.I,
)


def dropped(ctx: Context) -> tuple[list[Reply], str] | None:
    """The discard of the newest card and the rest of the message; None when not said."""
    text = ctx.text.strip()
    if ctx.event.forwarded:
        return None
    found = _NOT_A_TASK.match(text)
    if _JUST_VENTED.match(text):
        rest = ""
    elif found is not None:
        rest = _REST.sub("", text[found.end() :]).strip()
        if _VENTED.match(rest):
            rest = ""
        elif rest and rest[0].isalnum() and not _starts_sentence(text, found.end()):
            return None  # "not a task for today …" runs on: it is another kind of sentence
    elif (first := _DROP_FIRST.match(text)) is not None:
        seen = ctx.thread.last_seen()
        if seen is not None and seen[0] != "cards":
            return None  # "cancel that, …" after a list or a reminder is about those
        if first["it"] and (first["meant"] or _an_edit(ctx, first["rest"])):
            return None  # "bin that one, i meant move …": the card skills read drop and change
        rest = first["rest"].strip()
    elif (said := _drop_said_first(ctx, text)) is not None:
        rest = "" if _ONLY_NO_TASK.match(said) else said
    else:
        meant = _MEANT.match(text)
        rest = text[meant.end() :].strip() if meant else ""
        if not rest or (classify_intent(rest) not in _ASKING and not asks_export(rest)):
            return None
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    recent = [p for p in pending if ctx.now - p.created_at <= _RECENT]
    if not recent:
        return None
    card = recent[-1]
    replies = discard(ctx, str(id_of(card)))
    if any(r.edit is not None for r in replies):  # the card changed in place: say it too
        replies.append(Reply(words.DISCARDED.format(title=card.title)))
    return replies, rest


def _drop_said_first(ctx: Context, text: str) -> str | None:
    """What follows a drop said in the person's language ("quatsch, weg damit und nimm … an"),
    the drop being a whole command of that language before an "and" or a comma; else None."""
    seen = ctx.thread.last_seen()
    if seen is not None and seen[0] != "cards":
        return None
    locale = ctx.person.locale
    for joint in _JOINT.finditer(text):
        head, rest = text[: joint.start()], text[joint.end() :].strip()
        if rest and english_command(head, locale=locale) in _DROPS:
            # "laisse tomber, valide comme ça", "laat ook maar, sam doet het wel": the rest
            # still answers the card, which the card skills read whole
            return rest if card_said(rest, locale=locale) is None else None
    return None


def _an_edit(ctx: Context, text: str) -> bool:
    """Whether `text` reads as a change ("move the plumber task to thursday")."""
    changes, unread = read_all(text, now=ctx.now, tz=ctx.tz)
    return bool(changes) and unread is None


def _starts_sentence(text: str, at: int) -> bool:
    """Whether the words after `at` begin a new sentence (after . ! ? or a dash)."""
    return bool(re.match(r"\s*[.!?;:—–-]", text[at:]))
