"""Reading files: OCR word accuracy per language, seconds per image and per PDF page, and
transcription latency through an OpenAI-compatible endpoint.

Run with `python -m bench media`. Images are drawn at run time (a sheet of text per language, a
chat screenshot in light and dark mode) and read by the real Tesseract twice: the baseline is
Tesseract on the raw image with English only, as a reader with no preprocessing and no language
choice would do; FlowHub's reader prepares the image and picks the packs. PDF pages are timed
with a text layer and scanned. Transcription goes through the `openai` SDK to the local fake
endpoint, so it times FlowHub's side of the call (encoding, the request, parsing the answer).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

import pytesseract
from PIL import Image

from bench._util import table
from flowhub.media import MediaConfig, read
from tests.auxil.fake_transcriber import API_KEY, Answer, FakeTranscriber
from tests.media.drawings import (
    ARABIC,
    DEVANAGARI,
    HAND,
    NOTO,
    chat_screenshot,
    paper,
    pdf,
    photographed,
    png,
    scanned_pdf,
    voice_note,
    word_accuracy,
)

SHEETS: dict[str, tuple[list[str], Path]] = {
    "en": (
        [
            "Call the plumber tomorrow morning about the boiler",
            "Send the invoice to Okafor by Friday",
        ],
        NOTO,
    ),
    "de": (
        ["Zahnarzt anrufen und den Termin verschieben", "Rechnung für März bis Freitag schicken"],
        NOTO,
    ),
    "es": (
        ["Llamar al fontanero mañana por la mañana", "Enviar la factura antes del viernes"],
        NOTO,
    ),
    "fr": (
        ["Appeler le plombier demain matin", "Envoyer la facture à Okafor avant vendredi"],
        NOTO,
    ),
    "pt": (["Ligar para o encanador amanhã cedo", "Enviar a fatura até sexta-feira"], NOTO),
    "it": (["Chiamare l'idraulico domani mattina", "Inviare la fattura entro venerdì"], NOTO),
    "nl": (["De loodgieter morgenochtend bellen", "De factuur vóór vrijdag versturen"], NOTO),
    "tr": (["Yarın sabah tesisatçıyı ara", "Faturayı cuma gününe kadar gönder"], NOTO),
    "id": (["Telepon tukang ledeng besok pagi", "Kirim tagihan sebelum hari Jumat"], NOTO),
    "ru": (["Позвонить сантехнику завтра утром", "Отправить счёт клиенту до пятницы"], NOTO),
    "hi": (["कल सुबह प्लंबर को फोन करना है", "शुक्रवार तक बिल भेजना है"], DEVANAGARI),
    "ar": (["الاتصال بالسباك غدا صباحا", "إرسال الفاتورة قبل يوم الجمعة"], ARABIC),
}
CHAT = [
    ("Sam", "Can you send the invoice to Okafor by Friday?", "10:32"),
    ("Priya", "I will book the venue for the offsite", "10:34"),
    (None, "Sure, I will call the plumber tomorrow", "10:35"),
    ("Sam", "Also renew the domain before March 10", "10:41"),
]
CONFIG = MediaConfig()


def _baseline(image: Image.Image) -> str:
    return str(pytesseract.image_to_string(image, lang="eng"))


def _timed(fn: object, *args: object, **kwargs: object) -> tuple[object, float]:
    start = time.perf_counter()
    result = fn(*args, **kwargs)  # type: ignore[operator]
    return result, time.perf_counter() - start


def images() -> list[tuple[str, float, float, float, float]]:
    """(sample, baseline accuracy, reader accuracy, baseline s, reader s) per image."""
    rows = []
    samples: list[tuple[str, Image.Image, str, str | None]] = []
    for language, (lines, face) in SHEETS.items():
        samples.append((f"sheet {language}", paper(lines, face=face), "\n".join(lines), language))
    samples.append(
        (
            "list, italic (en)",
            paper(["- pay the gardener on Friday", "- book the dentist"], face=HAND),
            "pay the gardener on Friday book the dentist",
            "en",
        )
    )
    photo_lines = ["Groceries", "- milk and eggs", "- call the plumber about the boiler"]
    samples.append(
        (
            "photo, uneven light (en)",
            photographed(paper(photo_lines, face=HAND)),
            "\n".join(photo_lines),
            "en",
        )
    )
    expected_chat = " ".join(f"{n or 'Me'} {t}" for n, t, _ in CHAT)
    for dark in (False, True):
        samples.append(
            (
                f"chat {'dark' if dark else 'light'}",
                chat_screenshot(CHAT, dark=dark),
                expected_chat,
                None,
            )
        )
    for name, image, expected, language in samples:
        base_text, base_s = _timed(_baseline, image)
        reading, ours_s = _timed(
            read, png(image), kind="image", language_hint=language, config=CONFIG
        )
        rows.append(
            (
                name,
                word_accuracy(expected, str(base_text)),
                word_accuracy(expected, reading.text),  # type: ignore[attr-defined]
                base_s,
                ours_s,
            )
        )
    return rows


def pdf_pages() -> list[tuple[str, int, float]]:
    """(kind, pages, seconds per page) for a text-layer PDF and a scanned one."""
    text_pages = [
        [f"Line {n} of page {p}: the team agreed to review the figures." for n in range(30)]
        for p in range(5)
    ]
    scanned = [
        paper([f"Page {p}: renew the lease and call the landlord"], size=36) for p in range(3)
    ]
    out = []
    for kind, data, count in (
        ("text layer", pdf(text_pages), 5),
        ("scanned", scanned_pdf(scanned), 3),
    ):
        _, seconds = _timed(read, data, kind="document", language_hint="en", config=CONFIG)
        out.append((kind, count, seconds / count))
    return out


def transcription(requests: int = 20) -> tuple[float, float, int]:
    """(p50 ms, p95 ms, bytes) for voice notes through the fake OpenAI-compatible endpoint."""
    from pydantic import SecretStr

    with tempfile.TemporaryDirectory() as folder:
        note = voice_note("Remind me to call the plumber tomorrow at nine", "en", Path(folder))
    fake = FakeTranscriber().start()
    config = MediaConfig(transcribe_base_url=fake.url, transcribe_api_key=SecretStr(API_KEY))
    times = []
    try:
        for _ in range(requests):
            fake.script(Answer("remind me to call the plumber tomorrow at nine"))
            _, seconds = _timed(read, note, kind="audio", voice=True, config=config)
            times.append(seconds * 1000)
    finally:
        fake.stop()
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))], len(note)


def main() -> None:
    """Print the OCR, PDF and transcription tables."""
    rows = images()
    print(
        table(
            ["image", "baseline accuracy", "reader accuracy", "baseline s", "reader s"],
            [(n, f"{b:.0%}", f"{o:.0%}", bs, os_) for n, b, o, bs, os_ in rows],
        )
    )
    print()
    print(table(["PDF", "pages", "s per page"], pdf_pages()))
    print()
    p50, p95, size = transcription()
    print(
        table(
            ["transcription (20 requests)", "p50 ms", "p95 ms", "voice note bytes"],
            [("fake endpoint", p50, p95, size)],
        )
    )


if __name__ == "__main__":
    main()
