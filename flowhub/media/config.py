"""What reading files needs from the settings, as one frozen value built once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import SecretStr

from flowhub.settings import Settings

Kind = Literal["audio", "image", "document"]

_MB = 1024 * 1024

# Tesseract packs for the twelve languages FlowHub reads, by FlowHub's language code.
OCR_LANGUAGES: dict[str, str] = {
    "en": "eng",
    "de": "deu",
    "es": "spa",
    "fr": "fra",
    "pt": "por",
    "it": "ita",
    "nl": "nld",
    "ru": "rus",
    "tr": "tur",
    "id": "ind",
    "hi": "hin",
    "ar": "ara",
}


@dataclass(frozen=True, slots=True)
class MediaConfig:
    """Size caps in bytes per kind, who transcribes speech, and which OCR packs to use."""

    max_audio_bytes: int = 16 * _MB
    max_image_bytes: int = 16 * _MB
    max_document_bytes: int = 25 * _MB
    transcribe_base_url: str | None = None
    transcribe_model: str = "whisper-1"
    transcribe_api_key: SecretStr | None = None
    transcribe_model_dir: Path | None = None
    transcribe_timeout: float = 60.0
    ocr_languages: tuple[tuple[str, str], ...] = tuple(OCR_LANGUAGES.items())
    max_ocr_pages: int = 20
    ocr_timeout: float = 60.0


def media_config(settings: Settings) -> MediaConfig:
    """The media configuration the settings describe."""
    return MediaConfig(
        max_audio_bytes=int(settings.media_max_audio_mb * _MB),
        max_image_bytes=int(settings.media_max_image_mb * _MB),
        max_document_bytes=int(settings.media_max_document_mb * _MB),
        transcribe_base_url=settings.transcribe_base_url or None,
        transcribe_model=settings.transcribe_model,
        transcribe_api_key=settings.transcribe_api_key,
        transcribe_model_dir=settings.transcribe_model_dir,
        transcribe_timeout=settings.transcribe_timeout,
    )


def max_bytes(kind: str, config: MediaConfig) -> int:
    """The size cap for a file of `kind` ("audio", "image" or "document")."""
    caps = {
        "audio": config.max_audio_bytes,
        "image": config.max_image_bytes,
        "document": config.max_document_bytes,
    }
    if kind not in caps:
        raise ValueError(f"media kind {kind!r} is unknown; use one of {sorted(caps)}")
    return caps[kind]
