"""A local fake of an OpenAI-compatible `POST /v1/audio/transcriptions`, served by uvicorn.

Requests are checked against the vendor's own description of the call, the `openai` SDK's
`TranscriptionCreateParamsNonStreaming` (generated from OpenAI's OpenAPI description; see
tests/contracts/SOURCES.md): every form field must be one it names, `file` and `model` are
required, `response_format` one of `AudioResponseFormat`, and the file's extension one of the
formats its docstring lists. The audio itself is checked too: an `.ogg` must be Ogg/Opus, and its
length (from the Ogg granule positions) is kept with the request. Answers are built with the
SDK's `TranscriptionVerbose` (or `Transcription` for `json`) and come from `script(...)`.
`fail(status)` and `hang(seconds)` script the next answers' errors and delays.
"""

from __future__ import annotations

import asyncio
import email.parser
import email.policy
import struct
import typing
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Required, get_origin

from openai.types import AudioResponseFormat
from openai.types.audio import Transcription, TranscriptionVerbose
from openai.types.audio.transcription_create_params import TranscriptionCreateParamsNonStreaming
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from tests.auxil.loopback import Loopback, serve

API_KEY = "sk-test-transcriber"
_HINTS = typing.get_type_hints(TranscriptionCreateParamsNonStreaming, include_extras=True)
FIELDS = frozenset(_HINTS)
REQUIRED = frozenset(name for name, hint in _HINTS.items() if get_origin(hint) is Required)
RESPONSE_FORMATS = frozenset(typing.get_args(AudioResponseFormat))
# The formats the SDK's `file` docstring lists.
EXTENSIONS = frozenset({"flac", "mp3", "mp4", "mpeg", "mpga", "m4a", "ogg", "wav", "webm"})


@dataclass
class Answer:
    """A scripted transcript: its text, Whisper's language name, and how sure it is of speech."""

    text: str
    language: str = "english"
    no_speech_prob: float = 0.01


@dataclass
class Received:
    """One request as it crossed the wire."""

    fields: dict[str, str]
    filename: str
    content_type: str
    size: int
    seconds: float | None
    authorization: str


@dataclass
class FakeTranscriber:
    """The fake server; `url` is the base URL to give the SDK (ends in /v1)."""

    api_key: str = API_KEY
    requests: list[Received] = field(default_factory=list)
    _answers: deque[Answer] = field(default_factory=deque)
    _failures: deque[int] = field(default_factory=deque)
    _delay: float = 0.0
    _loopback: Loopback | None = None

    @property
    def url(self) -> str:
        """The base URL, as OpenAI's is `https://api.openai.com/v1`."""
        if self._loopback is None:
            raise RuntimeError("the fake transcriber is not started")
        return f"{self._loopback.url}/v1"

    def script(self, *answers: Answer) -> None:
        """Answer the next requests with these transcripts, in order."""
        self._answers.extend(answers)

    def fail(self, *statuses: int) -> None:
        """Answer the next requests with these HTTP error statuses."""
        self._failures.extend(statuses)

    def hang(self, seconds: float) -> None:
        """Delay every answer by `seconds` (0 to stop)."""
        self._delay = seconds

    def reset(self) -> None:
        """Forget the requests, the scripted answers and failures, and any delay."""
        self.requests.clear()
        self._answers.clear()
        self._failures.clear()
        self._delay = 0.0

    def start(self) -> FakeTranscriber:
        """Serve on a free loopback port."""
        app = Starlette(
            routes=[Route("/v1/audio/transcriptions", self._transcribe, methods=["POST"])]
        )
        self._loopback = serve(app, name="fake transcriber")
        return self

    def stop(self) -> None:
        """Stop serving."""
        if self._loopback is not None:
            self._loopback.stop()

    async def _transcribe(self, request: Request) -> Response:
        if self._delay:
            await asyncio.sleep(self._delay)
        auth = request.headers.get("authorization", "")
        if auth != f"Bearer {self.api_key}":
            return _error(
                401, "Incorrect API key provided.", "invalid_request_error", "invalid_api_key"
            )
        body = await request.body()
        try:
            fields, upload = _form(request.headers.get("content-type", ""), body)
        except ValueError as exc:
            return _error(400, str(exc), "invalid_request_error")
        problem = _check(fields, upload)
        if problem:
            return _error(400, problem, "invalid_request_error")
        filename, content_type, audio = upload  # type: ignore[misc]
        try:
            seconds = ogg_opus_seconds(audio) if filename.endswith(".ogg") else None
        except ValueError as exc:
            return _error(400, f"Invalid file format: {exc}", "invalid_request_error")
        self.requests.append(Received(fields, filename, content_type, len(audio), seconds, auth))
        if self._failures:
            status = self._failures.popleft()
            return _error(status, f"scripted failure {status}", "server_error")
        answer = self._answers.popleft() if self._answers else Answer("")
        return _answer(answer, fields.get("response_format", "json"), seconds or 1.0)


def _form(content_type: str, body: bytes) -> tuple[dict[str, str], tuple[str, str, bytes] | None]:
    """The text fields and the one file of a multipart/form-data body."""
    if not content_type.startswith("multipart/form-data"):
        raise ValueError(f"expected multipart/form-data, got {content_type!r}")
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body
    )
    fields: dict[str, str] = {}
    upload: tuple[str, str, bytes] | None = None
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        if not isinstance(name, str) or not isinstance(payload, bytes):
            raise ValueError("a form part has no name")
        filename = part.get_filename()
        if filename is not None:
            upload = (filename, part.get_content_type(), payload)
            fields[name] = "<file>"
        else:
            fields[name] = payload.decode()
    return fields, upload


def _check(fields: dict[str, str], upload: tuple[str, str, bytes] | None) -> str | None:
    """What the vendor's description forbids in the request, or None."""
    unknown = set(fields) - FIELDS
    if unknown:
        return f"Unrecognized request argument supplied: {', '.join(sorted(unknown))}"
    missing = REQUIRED - set(fields)
    if missing:
        return f"Missing required parameter: {', '.join(sorted(missing))}"
    if upload is None or fields.get("file") != "<file>":
        return "'file' must be a file upload"
    if not fields["model"].strip():
        return "'model' must be a model name"
    if fields.get("response_format", "json") not in RESPONSE_FORMATS:
        return f"'response_format' must be one of {sorted(RESPONSE_FORMATS)}"
    extension = upload[0].rsplit(".", 1)[-1].lower() if "." in upload[0] else ""
    if extension not in EXTENSIONS:
        return f"Invalid file format. Supported formats: {sorted(EXTENSIONS)}"
    if not upload[2]:
        return "The audio file is empty"
    return None


def ogg_opus_seconds(data: bytes) -> float:
    """The length of an Ogg/Opus stream: the last granule position less the pre-skip, at 48 kHz."""
    if not data.startswith(b"OggS"):
        raise ValueError("not an Ogg stream")
    head = data.find(b"OpusHead")
    if head == -1:
        raise ValueError("an Ogg stream without an Opus header")
    pre_skip = struct.unpack_from("<H", data, head + 10)[0]
    last = data.rfind(b"OggS")
    granule = struct.unpack_from("<q", data, last + 6)[0]
    return max(granule - pre_skip, 0) / 48_000


def _answer(answer: Answer, response_format: str, seconds: float) -> Response:
    if response_format == "text":
        return PlainTextResponse(answer.text)
    if response_format == "verbose_json":
        segments = []
        if answer.text:
            segments.append(
                {
                    "id": 0,
                    "seek": 0,
                    "start": 0.0,
                    "end": seconds,
                    "text": answer.text,
                    "tokens": [50364, 50365],
                    "temperature": 0.0,
                    "avg_logprob": -0.2,
                    "compression_ratio": 1.1,
                    "no_speech_prob": answer.no_speech_prob,
                }
            )
        model: Any = TranscriptionVerbose.model_validate(
            {
                "text": answer.text,
                "language": answer.language,
                "duration": seconds,
                "segments": segments,
            }
        )
    else:
        model = Transcription.model_validate({"text": answer.text})
    return JSONResponse(model.model_dump(exclude_none=True))


def _error(status: int, message: str, kind: str, code: str | None = None) -> Response:
    return JSONResponse(
        {"error": {"message": message, "type": kind, "param": None, "code": code}},
        status_code=status,
    )
