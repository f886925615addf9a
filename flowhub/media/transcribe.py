"""Speech to text: an OpenAI-compatible endpoint, or a local faster-whisper model.

`transcriber(config)` picks one: the local engine when `transcribe_model_dir` is set, else the
endpoint when `transcribe_base_url` is, else none (the caller says how to turn one on). The
endpoint is spoken to with the official `openai` SDK, so OpenAI, Groq and self-hosted
faster-whisper or whisper.cpp servers all work; the local engine loads a CTranslate2 Whisper
model from disk and never downloads one.
"""

from __future__ import annotations

import functools
import io
from pathlib import Path
from typing import Any, Protocol

import openai

from flowhub.media.config import MediaConfig
from flowhub.media.types import MediaError

# Whisper names languages in full ("german"); FlowHub uses codes.
_LANGUAGE_NAMES = {
    "english": "en",
    "german": "de",
    "spanish": "es",
    "french": "fr",
    "portuguese": "pt",
    "italian": "it",
    "dutch": "nl",
    "russian": "ru",
    "turkish": "tr",
    "indonesian": "id",
    "hindi": "hi",
    "arabic": "ar",
}
# Segments Whisper itself thinks are silence above this probability are not speech.
_SILENCE = 0.8


class Transcriber(Protocol):
    """Turns a recording into (text, language code or None)."""

    def transcribe(self, data: bytes, *, name: str, mime: str) -> tuple[str, str | None]:
        """The words said in the recording and the language they were said in."""
        ...


def language_code(name: str | None) -> str | None:
    """A language as a code: "german" and "de" both give "de"."""
    if not name:
        return None
    key = name.strip().lower()
    return _LANGUAGE_NAMES.get(key, key if len(key) in (2, 3) else None)


class OpenAITranscriber:
    """An OpenAI-compatible `POST /audio/transcriptions` endpoint, through the `openai` SDK."""

    def __init__(self, *, base_url: str, model: str, api_key: str | None, timeout: float) -> None:
        # Self-hosted servers take any key; the SDK insists on one.
        self._client = openai.OpenAI(
            base_url=base_url, api_key=api_key or "unused", timeout=timeout, max_retries=1
        )
        self._model = model

    def transcribe(self, data: bytes, *, name: str, mime: str) -> tuple[str, str | None]:
        """Send the bytes as they are, named with their real extension."""
        try:
            answer: Any = self._client.audio.transcriptions.create(
                model=self._model, file=(name, data, mime), response_format="verbose_json"
            )
        except openai.APITimeoutError as exc:
            raise MediaError(
                "transcriber_down", "the transcriber did not answer in time", retryable=True
            ) from exc
        except openai.APIConnectionError as exc:
            raise MediaError(
                "transcriber_down", f"the transcriber cannot be reached: {exc}", retryable=True
            ) from exc
        except openai.APIStatusError as exc:
            raise _status_error(exc) from exc
        segments = getattr(answer, "segments", None) or []
        if segments and all(
            (getattr(s, "no_speech_prob", 0.0) or 0.0) > _SILENCE for s in segments
        ):
            return "", None
        text = answer if isinstance(answer, str) else getattr(answer, "text", "")
        return str(text or "").strip(), language_code(getattr(answer, "language", None))


def _status_error(exc: openai.APIStatusError) -> MediaError:
    status = exc.status_code
    detail = _detail(exc)
    if status == 413:
        return MediaError(
            "too_big", f"the transcriber refused the recording as too large: {detail}"
        )
    if status in (400, 415, 422):
        return MediaError("unreadable", f"the transcriber could not decode the recording: {detail}")
    if status in (401, 403):
        return MediaError(
            "transcriber_down",
            f"the transcriber refused the key (HTTP {status}): check FLOWHUB_TRANSCRIBE_API_KEY",
        )
    if status == 404:
        return MediaError(
            "transcriber_down",
            "the transcriber has no such path or model (HTTP 404): check "
            f"FLOWHUB_TRANSCRIBE_BASE_URL and FLOWHUB_TRANSCRIBE_MODEL ({detail})",
        )
    return MediaError(
        "transcriber_down", f"the transcriber failed (HTTP {status}): {detail}", retryable=True
    )


def _detail(exc: openai.APIStatusError) -> str:
    body = exc.body
    if isinstance(body, dict):
        message = body.get("message") or (body.get("error") or {}).get("message")
        if message:
            return str(message)[:200]
    return str(exc.message)[:200]


class LocalTranscriber:
    """A CTranslate2 Whisper model on this machine, through faster-whisper, loaded on first use."""

    def __init__(self, model_dir: Path) -> None:
        self._model_dir = model_dir

    def transcribe(self, data: bytes, *, name: str, mime: str) -> tuple[str, str | None]:
        """Transcribe on the CPU; the model directory must hold a converted Whisper model."""
        model = _load(str(self._model_dir))
        try:
            segments, info = model.transcribe(io.BytesIO(data), vad_filter=True)
            text = " ".join(segment.text.strip() for segment in segments)
        except Exception as exc:  # the engine raises whatever its decoder does
            raise MediaError("unreadable", f"the recording could not be decoded: {exc}") from exc
        return text.strip(), language_code(getattr(info, "language", None))


@functools.lru_cache(maxsize=2)
def _load(model_dir: str) -> Any:
    """The model in `model_dir`, loaded once per process and directory."""
    try:
        from faster_whisper import WhisperModel
    except ImportError as exc:
        raise MediaError(
            "transcriber_off",
            "FLOWHUB_TRANSCRIBE_MODEL_DIR is set but faster-whisper is not installed: run "
            "`pip install faster-whisper` and point the setting at a CTranslate2 Whisper model "
            "directory (for example one made with ct2-transformers-converter)",
        ) from exc
    if not Path(model_dir, "model.bin").is_file():
        raise MediaError(
            "transcriber_off",
            f"FLOWHUB_TRANSCRIBE_MODEL_DIR={model_dir} holds no model.bin: point it at a "
            "CTranslate2 Whisper model directory; models are never downloaded",
        )
    try:
        return WhisperModel(model_dir, device="cpu", compute_type="int8", local_files_only=True)
    except Exception as exc:  # CTranslate2 raises RuntimeError or ValueError
        raise MediaError(
            "transcriber_off", f"the model in {model_dir} cannot be loaded: {exc}"
        ) from exc


@functools.lru_cache(maxsize=8)
def transcriber(config: MediaConfig) -> Transcriber | None:
    """The transcriber the configuration names, or None; one per configuration and process.

    Building the SDK's client loads TLS certificates (tens of milliseconds), so it is reused.
    """
    if config.transcribe_model_dir is not None:
        return LocalTranscriber(config.transcribe_model_dir)
    if config.transcribe_base_url:
        key = config.transcribe_api_key.get_secret_value() if config.transcribe_api_key else None
        return OpenAITranscriber(
            base_url=config.transcribe_base_url,
            model=config.transcribe_model,
            api_key=key,
            timeout=config.transcribe_timeout,
        )
    return None
