"""Help with examples, and the helpful answer for anything the bot did not understand."""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.skills import group_words, words
from flowhub.skills.context import Context
from flowhub.skills.small_talk import is_small_talk

_GREETING = re.compile(
    r"^\s*(?:hi|hello|hey|hiya|yo|good (?:morning|afternoon|evening)|hola|oi|olá|salut|bonjour|"
    r"hallo|moin|servus)\b",
    re.I,
)
_THANKS = re.compile(
    r"^\s*(?:thanks|thank you|thx|ty|cheers|great|perfect|nice|cool|awesome|gracias|obrigad[oa]|"
    r"merci|danke)\b",
    re.I,
)

# Asking the bot what it is for: "can you help me keep track of stuff", "what can you do?"
_ABOUT_ME = re.compile(
    r"^\s*(?:(?:hi|hello|hey|yo)\b[\s,!]*)?(?:so\s+)?(?:"
    r"(?:can|could|will|would) you (?:please )?help(?: me)?(?: out)?\s*[?!.]*$|"
    r"what (?:can|do) you do|how do(?:es)? (?:this|you|it) work|what are you(?: for)?\b|"
    r"(?:(?:can|could|will|would) you (?:please )?)?help me (?:to )?(?:keep track|stay on top|"
    r"(?:get )?organi[sz]ed?|remember (?:things|stuff)|"
    r"manage (?:my )?(?:tasks|stuff|things|work)))",
    re.I,
)


def handle(ctx: Context) -> list[Reply] | None:
    """Help for "help" and for asking what the bot is for; otherwise None."""
    asked = ctx.intent == "help" or _ABOUT_ME.match(ctx.text) is not None
    if not asked and ctx.text.strip().lower() not in ("/help", "/start", "start"):
        return None
    text = words.HELP.format(name=ctx.person.display_name.split(" ")[0])
    if ctx.chat.kind == "group":
        text += group_words.GROUP_HELP
    return [Reply(text)]


def fallback(ctx: Context) -> list[Reply]:
    """Anything no other skill took: a short helpful answer; in a group, chat gets silence."""
    text = ctx.text.strip()
    name = ctx.person.display_name.split(" ")[0]
    if _GREETING.match(text):
        return [Reply(words.GREETING.format(name=name))]
    if _THANKS.match(text):
        return [Reply(words.THANKS)]
    if ctx.chat.kind == "group" and is_small_talk(text):
        return []  # "ok 👍" or "lol" said to the bot in a group needs no answer
    if not any(ch.isalnum() for ch in text):
        return [Reply(words.NO_WORDS)]
    return [Reply(words.NOT_UNDERSTOOD)]
