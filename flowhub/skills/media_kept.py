"""Questions about a voice note sent earlier: is it still kept, where, and who can hear it.

"is my voice note still saved?" while voice notes are switched off is answered yes; "where is my
voice note kept? can ana hear it?", "who can listen to my audio?", "wo wird meine Sprachnachricht
gespeichert?" say where it stays (the chat it was sent in), that FlowHub copies no recording and
passes it to no one, and how long its text and recording are kept once read.
"""

from __future__ import annotations

import re
from datetime import timedelta

from flowhub.connectors import Reply
from flowhub.skills.context import Context
from flowhub.skills.media_words import VOICE_KEPT, VOICE_WHERE_GROUP, VOICE_WHERE_PRIVATE
from flowhub.storage import MediaItem, media

_VOICE = (
    r"voice\s*(?:note|message|memo|msg)|audio|recording|sprachnachricht|sprachmemo|audio"
    r"|nota\s+de\s+voz|mensaje\s+de\s+voz|message\s+vocal|vocal|messaggio\s+vocale|nota\s+vocale"
    r"|mensagem\s+de\s+voz|áudio|audiootje|spraakbericht|sesli\s+mesaj|ses\s+kaydı"
    r"|pesan\s+suara|vn|голосов\w+|аудио|رسالة\s+صوتية|वॉइस\s+नोट"
)
# A question whether a file sent earlier is still kept: "is my voice note still saved?".
_KEPT = re.compile(
    rf"\b(?:{_VOICE})s?\b.*\b(?:saved|kept|keep|stored|there|lost|gone|deleted|have\s+it"
    r"|got\s+it)\b.*\?|\b(?:still\s+(?:have|got|keep)|did\s+you\s+(?:keep|save|lose)|do\s+you"
    rf"\s+(?:still\s+)?have)\b.*\b(?:{_VOICE})s?\b",
    re.IGNORECASE,
)
_NAMED = re.compile(rf"\b(?:{_VOICE})s?\b", re.IGNORECASE)
# How long after a voice note "where is it kept?" still means it.
_JUST_SENT = timedelta(minutes=30)
# Where it is kept or who can hear it: "where is my voice note kept?", "can ana hear it?".
_WHERE = re.compile(
    r"\b(?:where|who|wo|wer|dónde|donde|quién|quien|où|qui|dove|chi|onde|quem|waar|wie|nerede"
    r"|kim|di\s*mana|siapa|где|кто|أين|من|kahan|kaun)\b.*\b(?:kept|stored|saved|keep|store"
    r"|hear|listen|see|access|gespeichert|hören|anhören|guarda|guardan|escuchar|oír|stock[ée]e?"
    r"|écouter|entendre|salvat[oa]|sentire|ascoltare|salva|ouvir|escutar|opgeslagen|horen"
    r"|saklan\w*|dinle\w*|disimpan|mendengar|хранится|слушать|услышать|تحفظ|يسمع|sun|rakha)\b"
    r"|\bcan\s+\w+\s+(?:hear|listen\s+to|see|access)\s+(?:it|my\s+(?:voice|audio|recording))"
    r"|\bis\s+it\s+private\b|\b(?:kann|können)\s+\w+\s+(?:sie|es)\s+hören\b",
    re.IGNORECASE,
)


def handle(ctx: Context) -> list[Reply] | None:
    """Answer where the sender's last voice note here is kept, or whether it still is."""
    if ctx.event.kind != "text":
        return None
    where = bool(_WHERE.search(ctx.text))
    if not where and not _KEPT.search(ctx.text):
        return None
    item = _last_voice(ctx)
    if item is None:
        return None
    if where and not _NAMED.search(ctx.text) and ctx.now - item.created_at > _JUST_SENT:
        return None  # "who can see it?" long after the voice note is about something else
    if where:
        group = ctx.event.chat_kind != "direct"
        return [Reply(VOICE_WHERE_GROUP if group else VOICE_WHERE_PRIVATE)]
    if item.status != "failed" or item.reason != "transcriber_off":
        return None
    return [Reply(VOICE_KEPT)]


def _last_voice(ctx: Context) -> MediaItem | None:
    """The sender's newest voice note or recording in this chat, if they may touch it."""
    item = media.get_last(
        session=ctx.session,
        viewer=ctx.viewer,
        chat_id=ctx.chat_id,
        statuses=("failed", "pending", "read"),
    )
    return item if item is not None and item.kind == "audio" else None
