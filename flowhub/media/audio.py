"""Voice notes and recordings: sent to the transcriber as they are, under their real extension."""

from __future__ import annotations

from pathlib import PurePath

from flowhub.media.config import MediaConfig
from flowhub.media.image import with_caption
from flowhub.media.sniff import Sniffed
from flowhub.media.transcribe import transcriber
from flowhub.media.types import MediaError, Reading

# Containers the OpenAI endpoint knows under another name: a .mov or .3gp is an MP4 inside.
_SENT_AS = {"mov": "mp4", "m4v": "mp4", "3gp": "mp4"}
OFF = (
    "no transcriber is configured: set FLOWHUB_TRANSCRIBE_BASE_URL (with FLOWHUB_TRANSCRIBE_MODEL "
    "and FLOWHUB_TRANSCRIBE_API_KEY) to an OpenAI-compatible endpoint, or "
    "FLOWHUB_TRANSCRIBE_MODEL_DIR to a local faster-whisper model"
)


def read_audio(
    data: bytes, found: Sniffed, *, name: str, caption: str, voice: bool, config: MediaConfig
) -> Reading:
    """What was said in a recording, in the language it was said in."""
    engine = transcriber(config)
    if engine is None:
        raise MediaError("transcriber_off", OFF)
    text, language = engine.transcribe(
        data, name=file_name(name, found, voice=voice), mime=found.mime
    )
    if not text:
        raise MediaError("no_speech", "nothing was said in the recording")
    return Reading(with_caption(text, caption), "voice" if voice else "audio", language)


def file_name(name: str, found: Sniffed, *, voice: bool) -> str:
    """The name to send: the sender's stem (or "voice"/"audio") with the bytes' real extension."""
    stem = PurePath(name).stem if name else ""
    stem = "".join(c for c in stem if c.isalnum() or c in "-_ ")[:60].strip() or (
        "voice" if voice else "audio"
    )
    return f"{stem}.{_SENT_AS.get(found.extension, found.extension)}"
