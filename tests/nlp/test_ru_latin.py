"""Russian typed in Latin letters is read as Cyrillic; no other language's chat is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flowhub.nlp import cyrillic_russian

_DATA = Path(__file__).resolve().parents[1] / "data"
_SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"


@pytest.mark.parametrize(
    ("text", "cyrillic"),
    [
        ("zavtra v 11 pozvonit postavshchiku", "завтра в 11 позвонить поставщику"),
        ("napomni mne v pyatnitsu oplatit schet", "напомни мне в пятницу оплатить счет"),
        ("chto u menya na segodnya?", "что у меня на сегодня?"),
        ("gotovo", "готово"),
        ("Sdelal!", "Сделал!"),
        ("v voskresenye pozvonit mame", "в воскресенье позвонить маме"),
        ("novyy otchet dlya klienta zavtra", "новый отчет для клиента завтра"),
        ("napomni Sam zavtra kupit moloko", "напомни Sam завтра купить молоко"),
        ("perenesi na chetverg", "перенеси на четверг"),
    ],
)
def test_latin_russian_reads_as_cyrillic(text: str, cyrillic: str) -> None:
    assert cyrillic_russian(text) == cyrillic


@pytest.mark.parametrize(
    "text",
    [
        "call John tomorrow",
        "nada, gracias",
        "da bin ich morgen nicht",
        "ok",
        "завтра позвонить",
        "sam ko kal tak bhej do",
        "ya lo hice",
        "besok meeting sama klien",
        "ne zaman bitti",
        "moi je peux le faire demain",
    ],
)
def test_other_languages_stay(text: str) -> None:
    assert cyrillic_russian(text) is None


def _texts(folder: Path, pattern: str) -> list[str]:
    texts = []
    for path in sorted(folder.glob(pattern)):
        if path.name.endswith("_ru.jsonl") or "_ru_" in path.name:
            continue
        texts += [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines()]
    return texts


def test_no_false_readings_in_the_chat_sets() -> None:
    texts = _texts(_DATA, "chat_*.jsonl")
    assert len(texts) > 500
    assert [t for t in texts if cyrillic_russian(t)] == []


@pytest.mark.skipif(not _SHARED.is_dir(), reason="the shared data sets are not beside the repo")
def test_no_false_readings_in_the_shared_sets() -> None:
    texts = _texts(_SHARED, "*.jsonl")
    assert len(texts) > 5000
    assert [t for t in texts if cyrillic_russian(t)] == []
