"""Help with examples, and the helpful answer for anything the bot did not understand."""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.i18n import current_locale, localized, use_locale, written_locale
from flowhub.nlp import asks_about_bot, command_language, leads_with_mood
from flowhub.skills import group_words, manners, news_words, status, words
from flowhub.skills import help_words as say
from flowhub.skills.context import Context
from flowhub.skills.format import when_text
from flowhub.skills.help_topics import how_to
from flowhub.skills.refer import tokens
from flowhub.skills.small_talk import chat_with_bot, is_small_talk, kind_of_chat
from flowhub.storage import tasks

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
    r"(?:(?:can|could|will|would) you )?(?:please |pls )?help(?: me| us)?(?: out)?"
    r"(?: here| a bit| please| pls)?\s*[?!.]*$|"
    r"what (?:else |exactly )?(?:can|could|do) (?:you|u) (?:actually |really |even |exactly )?"
    r"do|how (?:can|could|do) (?:you|u) help|what are you(?: for| good for| able to do)?\b|"
    r"how do(?:es)? (?:this|you|it) work|"
    r"(?:(?:can|could|will|would) you (?:please )?)?help me (?:to )?(?:keep track|stay on top|"
    r"(?:get )?organi[sz]ed?|remember (?:things|stuff)|"
    r"manage (?:my )?(?:tasks|stuff|things|work)))",
    re.I,
)


def handle(ctx: Context) -> list[Reply] | None:
    """Help for "help" and for asking what the bot is for; otherwise None.

    "how do I set a repeating reminder?" gets the one answer about that, with an example.
    """
    focused = how_to(ctx.text)
    if focused is not None:
        return [Reply(focused)]
    chat = chat_with_bot(ctx.text)
    if chat is not None:
        # In a group, "how's your day?" or "should we ...?" between people is none of its business.
        if ctx.chat.kind == "group" and not ctx.event.addressed:
            return []
        return [Reply(say.OPINION if chat == "opinion" else say.CHAT_BACK)]
    plain = re.sub(r"[^\w\s'’,!.?;:-]", "", ctx.text).strip().rstrip(".!?… ")
    if say.PRAISE.match(plain):
        return [Reply(_thanks(ctx))]
    if m := say.OVERVIEW.match(plain):
        asked_for = say.STATUS_FOR.format(when=m.group("when"))
        return status.handle(replace(ctx, text=asked_for, intent="query"))
    asked = ctx.intent == "help" or _ABOUT_ME.match(ctx.text) is not None or _asks_help(plain)
    if not asked and ctx.text.strip().lower() not in ("/help", "/start", "start"):
        return None
    text = words.HELP.format(name=ctx.person.display_name.split(" ")[0])
    if ctx.chat.kind == "group":
        text += group_words.GROUP_HELP
    return [Reply(text)]


def _thanks(ctx: Context) -> str:
    """The thanks back; in a group, where one person's language is not the room's, in the
    language the thanks was said in ("danke flowhub 🙏": German), as English "thanks flowhub"
    gets it in English. In a direct chat a thanks keeps the language of the talk."""
    said = re.sub(r"[^\w\s'’]", " ", manners.without_bot_name(ctx.event.text or ""))
    code = None
    if ctx.chat.kind == "group":
        code = written_locale(command_language(" ".join(said.split())), said)
    with use_locale(code or current_locale()):
        return localized(words.THANKS)


def _asks_help(text: str) -> bool:
    """Whether a clause of the message asks the bot to help keep track of things, or what it
    can do ("hi! boss said we should try u. what can u do exactly")."""
    parts = re.split(r"\s*(?:[,.!?;:]+|\s{2,})\s*", text)  # an emoji left two spaces
    clauses = [_GREETING.sub("", c).strip(" ,!") for c in parts]
    return any(
        say.ASK_HELP.match(c) or _ABOUT_ME.match(c) or asks_about_bot(c) for c in clauses if c
    )


# Chat openers ("ok", "ugh no") with more words after them ask for something the bot missed.
_ACK_WORDS = 5


def fallback(ctx: Context) -> list[Reply]:
    """Anything no other skill took: a short helpful answer; in a group, chat gets silence."""
    text = ctx.text.strip()
    name = ctx.person.display_name.split(" ")[0]
    if ctx.event.forwarded and ctx.chat.kind == "direct":  # someone else's news, greeting and all
        return [Reply(say.NOTED)]
    if _GREETING.match(text):
        return [Reply(words.GREETING.format(name=name))]
    if _THANKS.match(text):
        return [Reply(_thanks(ctx))]
    called = manners.without_bot_name(ctx.event.text) != ctx.event.text
    if ctx.chat.kind == "group" and not called and (is_small_talk(text) or kind_of_chat(text)):
        return []  # "ok 👍", "lol" or "fyi ..." said in a group needs no answer, unless to the bot
    kind = kind_of_chat(text)
    if kind == "laugh":
        return [Reply(say.LAUGH)]
    if kind == "ack" and len(text.split()) <= _ACK_WORDS:
        return [Reply(say.ACK)]  # a longer "no wait, …" says more than it agrees: never 👍 it
    if kind == "notice":
        return [Reply(say.NOTED)]
    if kind == "news_question":
        return [Reply(_news_answer(ctx, text))]
    if not any(ch.isalnum() for ch in text):
        return [Reply(words.NO_WORDS)]
    if ctx.chat.kind == "group" and not called:
        return []  # a reply in a group it could not read gets no help text posted to everyone
    if leads_with_mood(text) and "?" not in text:
        return [Reply(news_words.DAY_MOOD)]  # letting off steam, with the why after it
    return [Reply(words.NOT_UNDERSTOOD)]


# Words of a question about news that say nothing about which task it might be.
_QUESTION_WORDS = frozenset(
    re.findall(
        r"\w+",
        """
        do you know if whether when where what who why how any idea news heard hear did does
        has have is was were will got get moved changed cancelled canceled still true yet
        happen happened anything something
        """,
    )
)


def _news_answer(ctx: Context, text: str) -> str:
    """Say the bot only knows what it was told; name an open task the question's words match."""
    wanted = {w for w in tokens(text) if w not in _QUESTION_WORDS and len(w) >= 4}
    if wanted:
        for task in tasks.get_all_tasks(
            session=ctx.session, workspace_id=ctx.workspace_id, visible_to=ctx.viewer, limit=200
        ):
            if wanted & tokens(task.title):
                when = ""
                if task.due_at:
                    due = when_text(task.due_at, task.due_grain, ctx.tz, task.due_tz)
                    when = f" ({due})"
                return say.ONLY_TASKS_MATCH.format(title=task.title, when=when)
    return say.ONLY_TASKS
