"""What the media conversations need: a chat whose connector serves files, and the files
themselves (speech, a picture, minutes as a PDF, made here with espeak-ng, opusenc, Pillow and
fpdf2)."""

from __future__ import annotations

import itertools
import shutil
import subprocess
from io import BytesIO
from pathlib import Path

from flowhub.connectors import DownloadError, Event, MediaRef
from flowhub.connectors.console import ConsoleChat, ConsoleConnector
from flowhub.connectors.console.connector import Shown

_COUNTER = itertools.count(1)
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


class FileConsole(ConsoleConnector):
    """The console connector, plus the files people sent through it, by reference."""

    def __init__(self) -> None:
        super().__init__()
        self.files: dict[str, bytes] = {}
        self.failure: DownloadError | None = None
        self.downloads: list[str] = []

    def download(self, account: str, ref: MediaRef, *, max_bytes: int) -> bytes:
        """The bytes put on the shelf under `ref.ref`."""
        self.downloads.append(ref.ref)
        if self.failure is not None:
            raise self.failure
        data = self.files[ref.ref]
        if len(data) > max_bytes:
            raise DownloadError(f"{ref.ref} is over {max_bytes} bytes", too_big=True)
        return data


def send_file(
    chat: ConsoleChat,
    ref: MediaRef,
    data: bytes | None = None,
    *,
    caption: str = "",
    addressed: bool = True,
    message_id: str | None = None,
) -> list[Shown]:
    """Send a file (with its caption) into `chat`; the messages the bot showed in answer."""
    connector = chat.connector
    if data is not None and isinstance(connector, FileConsole):
        connector.files[ref.ref] = data
    assert chat.chat is not None
    event = Event(
        platform=connector.platform,
        account=chat.account,
        chat=chat.chat,
        sender_id=chat.user_id,
        sender_name=chat.name,
        time=chat.now(),
        message_id=message_id or f"f{next(_COUNTER)}",
        kind="text" if caption else "media",
        text=caption,
        chat_kind=chat.chat_kind,
        addressed=addressed,
        raw={"media": ref.kind, "media_ref": ref.to_raw()},
    )
    chat.receive(event)
    return chat.collect()


def speech(text: str, tmp: Path, *, voice: str = "en") -> bytes:
    """`text` spoken by espeak-ng and encoded as a WhatsApp-style OGG/Opus voice note."""
    wav, ogg = tmp / "speech.wav", tmp / "speech.ogg"
    espeak = shutil.which("espeak-ng") or "espeak-ng"
    subprocess.run([espeak, "-v", voice, "-w", str(wav), text], check=True, capture_output=True)
    subprocess.run(["opusenc", "--quiet", str(wav), str(ogg)], check=True, capture_output=True)
    return ogg.read_bytes()


def picture(lines: list[str]) -> bytes:
    """A PNG with `lines` written large in black on white, like a screenshot."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(FONT), 28)
    image = Image.new("RGB", (900, 60 + 50 * len(lines)), "white")
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((30, 30 + 50 * i), line, fill="black", font=font)
    out = BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def minutes(pages: list[list[str]]) -> bytes:
    """A PDF with a text layer, one list of lines per page."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for lines in pages:
        pdf.add_page()
        for line in lines:
            pdf.cell(0, 10, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def word(blocks: list[str | list[str]]) -> bytes:
    """A Word document: a string is a paragraph, a list of strings one row of a table."""
    import docx

    document = docx.Document()
    table = None
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
            table = None
            continue
        if table is None:
            table = document.add_table(rows=0, cols=len(block))
        cells = table.add_row().cells
        for cell, text in zip(cells, block, strict=False):
            cell.text = text
    out = BytesIO()
    document.save(out)
    return out.getvalue()
