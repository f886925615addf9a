"""What the bot says around a file: the quote of what was read above its card, and each failure."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime

from sqlmodel import Session

from flowhub.connectors import MediaRef, Reply
from flowhub.i18n import localized
from flowhub.media import Reading, captions, subject
from flowhub.nlp import search_when
from flowhub.settings import Settings
from flowhub.skills import media_words as say
from flowhub.skills import words
from flowhub.storage import Proposal

QUOTE_CHARS = 200
_WORD = re.compile(r"\w{3,}")


# A caption this short beside one line read reads as part of it: "by next monday" on a note.
_SHORT_CAPTION = 8


def said(caption: str, reading: Reading) -> str:
    """The message a file makes: its caption first, then what was read in it.

    A short caption beside a single line is said after it, as one sentence ("renew the car
    insurance" captioned "by next monday"). Words that only name the file or ask for its tasks
    ("pls pull out the actions") are left out; "all due next week" dates every line. A caption
    about the file itself ("pay this by friday" on an invoice) is the one task, the file named.
    """
    text = read_text(caption, reading)
    task = captions.task_words(caption) if text else ""
    if task and subject.about_the_file(task):
        named = subject.with_subject(task, text)
        if named:
            return named
    if not task and _receipt(reading, text):
        return ""  # a receipt's lines (its shop, its date) are no tasks of their own
    every = captions.due_for_all(caption) if text else None
    if every and not _a_date(every):
        every = None  # "all for the finishing crew": whose they are, not when
    if every:  # "these are from monday's call, all due next week"
        text = "\n".join(f"{line} {every}" if line.strip() else line for line in text.splitlines())
    caption = captions.task_words(caption) if text else caption.strip()
    if not caption or not text:
        return text or caption
    if "\n" not in text and "\n" not in caption and len(caption.split()) <= _SHORT_CAPTION:
        return f"{text} {caption}"
    return f"{caption}\n{text}"


def _a_date(words: str) -> bool:
    """Whether words a caption gives every line ("next week", "the 18th") say a date."""
    return bool(search_when(words, now=datetime.now(UTC), tz="UTC"))


def read_text(caption: str, reading: Reading) -> str:
    """What was read in a file, without the caption the reader put in front of it."""
    text, caption = reading.text.strip(), caption.strip()
    if caption and text.startswith(caption):
        text = text[len(caption) :].strip()
    return text


def _receipt(reading: Reading, text: str) -> bool:
    """Whether a picture reads as a receipt or an invoice with its total (a document's or a
    voice note's "invoice" is no receipt)."""
    pictured = reading.source in ("image", "photo", "screenshot") and not reading.chat
    return pictured and bool(subject.paid_for(text))


def _fallbacks() -> frozenset[str]:
    """The general answers to a message with no task, in every language."""
    said = (words.NO_TASK_FOUND, words.NOT_UNDERSTOOD, words.EMPTY)
    return frozenset(localized(text) for text in said)


def quoted(
    session: Session,
    replies: list[Reply],
    reading: Reading,
    ref: MediaRef,
    *,
    caption: str,
    direct: bool,
) -> list[Reply]:
    """The answers to a file with what was read quoted above its cards (or its first answer).

    A document's card quotes the line it came from and that line's page; in a private chat a
    file that made no answer at all still gets one.
    """
    if not replies:
        if not direct:
            return []
        replies = [Reply(localized(words.NO_TASK_FOUND))]
    amount = subject.paid_for(read_text(caption, reading))
    if _receipt(reading, read_text(caption, reading)) and all(
        r.text in _fallbacks() for r in replies
    ):
        replies = [Reply(say.RECEIPT_ONLY.format(amount=f" ({amount})" if amount else ""))]
    cards = [i for i, r in enumerate(replies) if (r.ref or "").startswith("proposal:")]
    if ref.kind == "document" and cards:
        return [
            _above(r, _document_quote(session, r, reading, ref, caption)) if i in cards else r
            for i, r in enumerate(replies)
        ]
    first = cards[0] if cards else 0
    line = _quote_line(reading, ref, caption)
    return [_above(r, line) if i == first else r for i, r in enumerate(replies)]


def failure(
    reason: str, ref: MediaRef, *, again: bool, settings: Settings, retried: bool = False
) -> Reply:
    """The short reply saying why a file could not be read, and what to do instead; `retried`
    when this same file was asked to be read again."""
    if reason == "too_big":
        limit = _mb(_cap_mb(ref.kind, settings))
        if ref.size is not None and ref.size > _cap_mb(ref.kind, settings) * 1024 * 1024:
            return Reply(say.TOO_BIG.format(size=_mb(ref.size / (1024 * 1024)), limit=limit))
        return Reply(say.TOO_BIG_UNSIZED.format(limit=limit))
    if reason == "transcriber_off":
        if retried:  # "try again" while voice notes are still off: no reading was possible
            return Reply(localized(say.VOICE_STILL_OFF))
        return Reply(localized(say.TRANSCRIBER_OFF_AGAIN if again else say.TRANSCRIBER_OFF))
    if reason == "misnamed":
        return Reply(say.MISNAMED.format(name=ref.name))
    if reason == "no_text":
        return Reply(localized(say.NO_TEXT_IMAGE if ref.kind == "image" else say.NO_TEXT_DOCUMENT))
    fixed = {
        "wrong_type": say.WRONG_TYPE,
        "unsafe": say.UNSAFE,
        "locked": say.LOCKED,
        "scripted": say.SCRIPTED,
        "picture": say.PICTURE,
        "image_named": say.IMAGE_NAMED,
        "no_speech": say.NO_SPEECH,
        "transcriber_down": say.TRANSCRIBER_DOWN,
        "download": say.DOWNLOAD_FAILED,
    }
    return Reply(localized(fixed.get(reason, say.UNREADABLE)))


def shorten(text: str, limit: int = QUOTE_CHARS) -> str:
    """`text` on one line, cut at a word near `limit` characters with an ellipsis."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat.rfind(" ", 0, limit)
    return flat[: cut if cut > limit // 2 else limit].rstrip(" ,;:.") + "…"


def _above(reply: Reply, line: str) -> Reply:
    return replace(reply, text=f"{line}\n\n{reply.text}")


def _quote_line(reading: Reading, ref: MediaRef, caption: str) -> str:
    quote = shorten(reading.shown or read_text(caption, reading) or reading.text)
    if ref.kind == "audio":
        return (
            say.FROM_VOICE if ref.voice or reading.source == "voice" else say.FROM_AUDIO
        ).format(quote=quote)
    if ref.kind == "image":
        return say.FROM_IMAGE.format(quote=quote)
    name = ref.name or localized(say.DOCUMENT)
    pages = {item.page for item in reading.items if item.page}
    if len(pages) == 1:  # every line quoted is from one page
        return say.FROM_DOCUMENT_PAGE.format(name=name, page=pages.pop(), quote=quote)
    return say.FROM_DOCUMENT.format(name=name, quote=quote)


def _document_quote(
    session: Session, card: Reply, reading: Reading, ref: MediaRef, caption: str
) -> str:
    """The document line a card was made from, with its page when the document has pages."""
    proposal = session.get(Proposal, int((card.ref or "proposal:0").split(":")[1]))
    title = set(_WORD.findall((proposal.title if proposal else "").casefold()))
    lines = [(item.page or 0, item.text) for item in reading.items]
    lines = lines or [(p.number, ln) for p in reading.pages for ln in p.text.splitlines()]
    lines = lines or [(0, line) for line in (reading.shown or reading.text).splitlines()]
    lines = [(page, line) for page, line in lines if line.strip()]
    if not lines:
        return _quote_line(reading, ref, caption)
    page, best = max(lines, key=lambda pl: len(title & set(_WORD.findall(pl[1].casefold()))))
    name = ref.name or localized(say.DOCUMENT)
    quote = shorten(best)
    if page:
        return say.FROM_DOCUMENT_PAGE.format(name=name, page=page, quote=quote)
    return say.FROM_DOCUMENT.format(name=name, quote=quote)


def _cap_mb(kind: str, settings: Settings) -> float:
    caps = {"audio": settings.media_max_audio_mb, "image": settings.media_max_image_mb}
    return caps.get(kind, settings.media_max_document_mb)


def _mb(size: float) -> str:
    return f"{size:.0f}" if size >= 10 or size == int(size) else f"{size:.1f}"
