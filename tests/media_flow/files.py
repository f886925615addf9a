"""What the media conversations need: a chat whose connector serves files, the files themselves
(speech, a screenshot, minutes as a PDF, made here with espeak-ng, opusenc, Pillow and fpdf2),
and a local stand-in for an OpenAI-compatible transcription service."""

from __future__ import annotations

import itertools
import json
import shutil
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
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


@dataclass
class Transcriber:
    """A local OpenAI-compatible `/audio/transcriptions` endpoint with a scripted transcript."""

    text: str = ""
    language: str = "english"
    down: bool = False
    calls: list[dict[str, str]] = field(default_factory=list)
    url: str = ""


def _handler(service: Transcriber) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length)
            service.calls.append({"path": self.path, "type": self.headers.get("Content-Type", "")})
            if service.down or not self.path.endswith("/audio/transcriptions"):
                status, answer = (
                    503,
                    {"error": {"message": "unavailable", "type": "server_error"}},
                )
            elif b'name="file"' not in body:
                status, answer = 400, {"error": {"message": "file is required", "type": "invalid"}}
            else:
                status, answer = 200, {"text": service.text, "language": service.language}
            data = json.dumps(answer).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:
            return

    return Handler


def serve_transcriber() -> Iterator[Transcriber]:
    """Run a `Transcriber` on a free local port until the generator is closed."""
    service = Transcriber()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(service))
    service.url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield service
    finally:
        server.shutdown()
        server.server_close()
