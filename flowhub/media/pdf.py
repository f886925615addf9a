"""PDFs: the text layer through pypdf, pages without one rendered by pdfium and recognised.

Nothing in a PDF is ever run: pypdf only reads text. Still, a PDF that carries JavaScript or a
launch action (on opening, on a page, on a link) is refused as unsafe rather than read, because
a person who forwards it may open it elsewhere and deserves to hear it is not a plain document.
A password-protected PDF is refused too; one encrypted only against editing (an empty user
password) is read.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Iterator
from typing import Any

import pypdfium2
from pypdf import PdfReader
from pypdf.errors import PdfReadError, PyPdfError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

from flowhub.media.config import MediaConfig
from flowhub.media.image import recognise
from flowhub.media.layout import as_text, clean
from flowhub.media.types import MediaError, Page

# Pages read at most (text layer); scanned pages are capped by MediaConfig.max_ocr_pages.
MAX_PAGES = 300
# A page with fewer characters than this in its text layer is taken for a scan.
_SCANNED = 20
_DPI = 200
_MAX_RENDER_PIXELS = 12_000_000
_ACTIVE = {"/JavaScript", "/Launch", "/ImportData", "/SubmitForm"}
# In a damaged file only a whole script entry counts: three letters "/JS" turn up by chance in
# a few megabytes of noise.
_SCRIPT = re.compile(rb"/(?:JavaScript|Launch)\b|/JS\s*[(<]")


def read_pdf(
    data: bytes, *, language_hint: str | None, config: MediaConfig
) -> tuple[tuple[Page, ...], tuple[int, ...], str | None]:
    """The pages' text, the scanned pages left unread past the cap, and the OCR language."""
    try:
        reader = PdfReader(io.BytesIO(data))
        _open(reader)
        _refuse_active_content(reader)
        texts = [_page_text(page) for page in list(reader.pages)[:MAX_PAGES]]
    except MediaError:
        raise
    except (PyPdfError, PdfReadError, ValueError, KeyError, TypeError, RecursionError) as exc:
        if _SCRIPT.search(data):  # a damaged PDF that names a script is refused for the script
            raise MediaError("scripted", f"the damaged PDF names a script: {exc}") from exc
        raise MediaError("unreadable", f"the PDF is damaged: {exc}") from exc
    scanned = [n for n, text in enumerate(texts) if len(text.strip()) < _SCANNED]
    language = language_hint
    if scanned:
        to_read, unread = scanned[: config.max_ocr_pages], scanned[config.max_ocr_pages :]
        for n, (text, found) in zip(
            to_read, _ocr(data, to_read, language_hint, config), strict=True
        ):
            texts[n], language = text, language or found
    else:
        unread = []
    pages = tuple(Page(n + 1, text) for n, text in enumerate(texts) if text.strip())
    return pages, tuple(n + 1 for n in unread), language


def _open(reader: PdfReader) -> None:
    if not reader.is_encrypted:
        return
    try:
        opened = reader.decrypt("")
    except (PyPdfError, NotImplementedError) as exc:
        raise MediaError(
            "locked", f"the PDF is encrypted in a way that cannot be opened: {exc}"
        ) from exc
    if not opened:
        raise MediaError("locked", "the PDF is password-protected; send it without the password")


def _refuse_active_content(reader: PdfReader) -> None:
    """Raise "unsafe" when the document, a page, an annotation or a form field carries script."""
    root = _resolve(reader.trailer["/Root"])
    if not isinstance(root, DictionaryObject):
        raise MediaError("unreadable", "the PDF has no document catalogue")
    names = _resolve(root.get("/Names"))
    if isinstance(names, DictionaryObject) and "/JavaScript" in names:
        raise MediaError("scripted", "the PDF carries JavaScript")
    for where, holder in _action_holders(reader, root):
        for action in _actions(holder):
            kind = action.get("/S")
            if kind in _ACTIVE or "/JS" in action:
                raise MediaError("scripted", f"the PDF runs {str(kind or '/JS')[1:]} {where}")


def _action_holders(
    reader: PdfReader, root: DictionaryObject
) -> Iterator[tuple[str, DictionaryObject]]:
    yield "when opened", root
    for number, page in enumerate(list(reader.pages)[:MAX_PAGES], start=1):
        yield f"on page {number}", page
        for annot in _resolve(page.get("/Annots")) or ():
            annot = _resolve(annot)
            if isinstance(annot, DictionaryObject):
                yield f"from a link on page {number}", annot
    form = _resolve(root.get("/AcroForm"))
    if isinstance(form, DictionaryObject):
        for field in _resolve(form.get("/Fields")) or ():
            field = _resolve(field)
            if isinstance(field, DictionaryObject):
                yield "from a form field", field


def _actions(holder: DictionaryObject) -> Iterator[DictionaryObject]:
    """The actions a dictionary triggers: /OpenAction, /A, each /AA entry, and their /Next."""
    pending: list[Any] = [holder.get("/OpenAction"), holder.get("/A")]
    extra = _resolve(holder.get("/AA"))
    if isinstance(extra, DictionaryObject):
        pending.extend(extra.values())
    seen = 0
    while pending and seen < 200:
        action = _resolve(pending.pop())
        seen += 1
        if isinstance(action, DictionaryObject):
            yield action
            follow = _resolve(action.get("/Next"))
            pending.extend(follow if isinstance(follow, ArrayObject) else [follow])


def _resolve(value: Any) -> Any:
    return value.get_object() if isinstance(value, IndirectObject) else value


def _page_text(page: Any) -> str:
    """A page's text layer; a page whose layer cannot be read is left to pdfium and Tesseract."""
    try:
        return str(page.extract_text() or "")
    except (PyPdfError, ValueError, KeyError, TypeError):
        return ""


def _ocr(
    data: bytes, numbers: list[int], language_hint: str | None, config: MediaConfig
) -> Iterator[tuple[str, str | None]]:
    """Render each scanned page with pdfium and recognise it."""
    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        raise MediaError("unreadable", f"the PDF cannot be rendered: {exc}") from exc
    hint = language_hint
    try:
        for n in numbers:
            page = document[n]
            width, height = page.get_size()
            scale = min(_DPI / 72, math.sqrt(_MAX_RENDER_PIXELS / max(width * height, 1.0)))
            image = page.render(scale=scale, grayscale=True).to_pil()
            scan, language = recognise(image, language_hint=hint, config=config)
            hint = hint or language  # the next pages are read in the language the first showed
            yield as_text(clean(scan)), language
    finally:
        document.close()
