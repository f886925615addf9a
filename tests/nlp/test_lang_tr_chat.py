"""Turkish chat: intents, task titles, assignees and dates read from the language's word data."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from flowhub.nlp import classify_intent, extract_tasks

ISTANBUL = "Europe/Istanbul"
NOW = datetime(2026, 4, 10, 11, 0, tzinfo=ZoneInfo(ISTANBUL))  # a Friday


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("cuma akşamı 8de annemi aramayı hatırlat", "remind"),
        ("bana yarın faturayı ödemeyi hatırlatır mısın", "remind"),
        ("her salı saat 19da basketbol", "remind"),
        ("her sabah vitamin iç", "remind"),
        ("ayda bir kombiyi kontrol et", "remind"),
        ("yarın dişçiye gitmeyi unutmayayım", "remind"),
        ("salıları 7de yoga", "remind"),
        ("bugün işim var mı?", "query"),
        ("ne var ne yok", "other"),
        ("kim aradı?", "other"),
        ("rapor cumaya kadar gönderilecek", "capture"),
        ("bu hafta neler var?", "query"),
        ("yarın ne yapmam lazım", "query"),
        ("geciken görevlerim neler", "query"),
        ("görevlerimi göster", "query"),
        ("Elif'in işleri ne?", "query"),
        ("tamam gönderdim", "done"),
        ("faturayı ödedim", "done"),
        ("toplantı bitti", "done"),
        ("yardım", "help"),
        ("neler yapabilirsin?", "help"),
        ("saat dilimini değiştir", "settings"),
        ("dili ingilizce yap", "settings"),
        ("Berlin'deyim", "settings"),
        ("teşekkürler, iyi akşamlar", "other"),
        ("selam nasılsın", "other"),
        ("kolay gelsin", "other"),
        ("gönderdin mi?", "other"),
        ("ekmek ve süt alın", "capture"),
        ("raporu gönderebilir misin?", "capture"),
        ("Ahmet bu akşam bulaşıkları yıkar mısın?", "capture"),
    ],
)
def test_intents(text: str, intent: str) -> None:
    assert classify_intent(text) == intent


@pytest.mark.parametrize(
    ("text", "title", "assignee", "due"),
    [
        ("pazartesiye kadar sunumu hazırla", "Sunumu hazırla", None, "2026-04-13"),
        ("Emre, yarın kargoyu al", "Kargoyu al", "Emre", "2026-04-11"),
        ("Deniz lütfen raporu cumaya kadar gönder", "Raporu gönder", "Deniz", "2026-04-17"),
        ("cuma günü kuaföre git", "Kuaföre git", None, "2026-04-17"),
        ("yarın 10da müşteriyle toplantı var", "Müşteriyle toplantı", None, "2026-04-11T10:00"),
        ("cuma akşamı 8de annemi aramayı hatırlat", "Annemi ara", None, "2026-04-17T20:00"),
        ("unutma, yarin aksam cicekleri sula", "Cicekleri sula", None, "2026-04-11"),
        ("yüksek öncelik: sözleşmeyi pazartesiye imzala", "Sözleşmeyi imzala", None,
         "2026-04-13"),
    ],
)  # fmt: skip
def test_tasks(text: str, title: str, assignee: str | None, due: str) -> None:
    (task,) = extract_tasks(text, now=NOW, tz=ISTANBUL, sender="Ayşe")
    assert (task.title, task.assignee) == (title, assignee)
    assert task.due is not None and task.due.start.isoformat().startswith(due)


def test_no_task_in_small_talk() -> None:
    assert extract_tasks("günaydın herkese, iyi çalışmalar", now=NOW, tz=ISTANBUL) == []
