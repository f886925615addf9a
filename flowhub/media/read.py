"""The one entry point: bytes and what the platform said about them in, a `Reading` out."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from flowhub.media.actions import is_heading, is_long, marks_items, pick
from flowhub.media.audio import read_audio
from flowhub.media.captions import owners_said
from flowhub.media.config import MediaConfig, max_bytes
from flowhub.media.documents import read_docx, read_text
from flowhub.media.image import read_image, with_caption
from flowhub.media.languages import guess
from flowhub.media.layout import ME
from flowhub.media.owners import Owner
from flowhub.media.pdf import read_pdf
from flowhub.media.shape import shape
from flowhub.media.sides import duties
from flowhub.media.sniff import Sniffed, sniff
from flowhub.media.types import Item, MediaError, Page, Reading

# Which families of bytes each declared kind may hold. A file sent "as a document" may be a
# screenshot or a recording, so a document takes anything readable; a photo must be an image.
_ALLOWED = {
    "image": {"image"},
    "audio": {"audio"},
    "document": {"image", "audio", "pdf", "docx", "text", "office"},
}


_DOCUMENT_ENDINGS = frozenset({"pdf", "docx", "doc", "txt", "odt", "rtf"})


def read(
    data: bytes,
    *,
    kind: str,
    declared_mime: str = "",
    name: str = "",
    caption: str = "",
    voice: bool = False,
    language_hint: str | None = None,
    config: MediaConfig,
    owner: str = ME,
    team: Collection[str] = (),
) -> Reading:
    """Read a file's bytes into text, or raise `MediaError` saying why it cannot be read.

    `owner` names who the right-hand bubbles of a chat screenshot are said by: the person who
    sent the screenshot (their name, so the chat reader knows their own words), else "Me".
    `team` names the teammates an item can be given to, by the file or by its caption.
    """
    _check_kind(kind)
    cap = max_bytes(kind, config)
    if len(data) > cap:
        raise MediaError("too_big", f"the {kind} is {_mb(len(data))}, over the {_mb(cap)} limit")
    if not data.strip():
        raise MediaError("unreadable", f"the {kind} is empty")
    found = sniff(data)
    if found.family not in _ALLOWED[kind]:
        raise MediaError("wrong_type", _mismatch(found, kind, declared_mime, name))
    given = owners_said(caption, team)
    if found.family == "image":
        if _named_document(name):
            return _image_named(data, name, caption, language_hint, config, owner)
        return read_image(
            data,
            caption=caption,
            language_hint=language_hint,
            config=config,
            owner=owner,
            team=team,
            given=given,
        )
    if found.family == "audio":
        return read_audio(data, found, name=name, caption=caption, voice=voice, config=config)
    if found.family == "office":
        raise MediaError(
            "unreadable", f"{found.extension} files cannot be read; send it as PDF, .docx or text"
        )
    return _document(
        data,
        found,
        caption=caption,
        language_hint=language_hint,
        config=config,
        team=team,
        given=given,
    )


def _document(
    data: bytes,
    found: Sniffed,
    *,
    caption: str,
    language_hint: str | None,
    config: MediaConfig,
    team: Collection[str],
    given: Sequence[Owner],
) -> Reading:
    """A PDF, Word or text document; a long one, or notes that mark their action items, is cut
    down to those items; owners are said first and lines that only inform left out."""
    unread: tuple[int, ...] = ()
    language = language_hint
    if found.family == "pdf":
        pages, unread, language = read_pdf(data, language_hint=language_hint, config=config)
        paged = True
    else:
        text = read_docx(data) if found.family == "docx" else read_text(data)
        pages, paged = (Page(1, text),), False
    text = "\n\n".join(page.text.strip() for page in pages if page.text.strip())
    if not text:
        if unread:
            raise MediaError(
                "no_text", f"no text was found in the first {config.max_ocr_pages} pages"
            )
        raise MediaError("no_text", "no text was found in the document")
    shaped = tuple(
        Page(p.number, shape(p.text, team=team, given=given, headings=True)) for p in pages
    )
    items: tuple[Item, ...] = ()
    written = text
    said = "\n\n".join(page.text.strip() for page in shaped if page.text.strip())
    if is_long(text) or marks_items(said) or marks_items(text):
        items = pick(shaped)
        if not paged:
            items = tuple(Item(item.text) for item in items)
    if items:
        text = "\n".join(item.text for item in items)
    else:
        text = "\n".join(line for line in said.split("\n") if not is_heading(line.strip()))
    return Reading(
        with_caption(text, caption),
        "document",
        language or guess(text),
        pages if paged else (),
        items=items,
        pages_not_read=unread,
        shown=written if not (paged or items or written == text) else "",
        duties=duties(written.splitlines()),
    )


def _mismatch(found: Sniffed, kind: str, declared_mime: str, name: str) -> str:
    said = name or declared_mime or kind
    return f"{said!r} was sent as {kind} but its bytes are {found.mime} ({found.extension})"


def _image_named(
    data: bytes,
    name: str,
    caption: str,
    language_hint: str | None,
    config: MediaConfig,
    owner: str,
) -> Reading:
    """An image sent under a document's name: read as an image; with no text, said to be one."""
    try:
        reading = read_image(
            data, caption="", language_hint=language_hint, config=config, owner=owner
        )
    except MediaError as exc:
        if exc.reason in ("no_text", "picture"):
            raise MediaError("image_named", f"{name!r} is an image with no text") from exc
        if exc.reason == "unreadable":
            raise MediaError(
                "misnamed", f"{name!r} holds no document and no readable image"
            ) from exc
        raise
    return replace(reading, text=with_caption(reading.text, caption))


def _named_document(name: str) -> bool:
    """Whether a file's name says it is a document (a PDF, Word or text file)."""
    return name.casefold().rsplit(".", 1)[-1] in _DOCUMENT_ENDINGS if "." in name else False


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _check_kind(kind: str) -> None:
    if kind not in _ALLOWED:
        raise ValueError(f"media kind {kind!r} is unknown; use one of {sorted(_ALLOWED)}")
