"""The shapes that leave `flowhub.media`: a `Reading`, its `Page`s, and `MediaError`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Source = Literal["voice", "audio", "image", "screenshot", "photo", "document"]
Reason = Literal[
    "too_big",  # over the size cap for its kind
    "wrong_type",  # the bytes are not what the platform or the name said
    "unsafe",  # a decompression bomb
    "locked",  # a password-protected document
    "scripted",  # a PDF that carries JavaScript or another action that would run
    "unreadable",  # a damaged or unsupported file
    "no_text",  # an image or document with no text in it
    "picture",  # a photo or sticker with no text that does not look like a page
    "image_named",  # a file named as a document that is an image with no text in it
    "misnamed",  # a file named as a document whose bytes are neither that nor a readable image
    "no_speech",  # audio with nothing said in it
    "transcriber_off",  # no transcriber is configured
    "transcriber_down",  # the transcriber did not answer or failed; trying again may work
]


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a document (1-based) and its text."""

    number: int
    text: str


@dataclass(frozen=True, slots=True)
class Item:
    """An action item picked from a long document, and the page it is on (None: no pages)."""

    text: str
    page: int | None = None


@dataclass(frozen=True, slots=True)
class Reading:
    """What a file said: its text, how it was read, its language when known, its pages.

    `chat` is true when an image was read as a screenshot of a chat: `text` then holds one
    "Name: message" line per message, ready to be read like a forwarded chat.

    A long document's action items are in `items`, each with its page, and `text` is then those
    items, one a line; `pages_not_read` lists scanned pages past the OCR page cap. `shown` is an
    image's text as written on it, for quoting, when `text` says its items' owners first.
    `duties` holds (party, what it owes) for a contract that binds two parties: whose tasks
    they are depends on which side the sender is.
    """

    text: str
    source: Source
    language: str | None = None
    pages: tuple[Page, ...] = ()
    chat: bool = False
    items: tuple[Item, ...] = ()
    pages_not_read: tuple[int, ...] = ()
    shown: str = ""
    duties: tuple[tuple[str, str], ...] = ()


class MediaError(Exception):
    """A file could not be read; `reason` says why and `retryable` whether trying again may work."""

    def __init__(self, reason: Reason, message: str, *, retryable: bool = False) -> None:
        super().__init__(message)
        self.reason: Reason = reason
        self.retryable = retryable
