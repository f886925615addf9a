"""Italian chat: intents, task titles, assignees and dates read from the language's word data."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from flowhub.nlp import classify_intent, extract_tasks

ROME = "Europe/Rome"
NOW = datetime(2026, 4, 10, 11, 0, tzinfo=ZoneInfo(ROME))  # a Friday


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("ricordami sabato alle 10 di portare la macchina dal meccanico", "remind"),
        ("mi ricordi di chiamare la nonna stasera?", "remind"),
        ("ogni martedì alle 19 calcetto", "remind"),
        ("tutte le mattine alle 7 prendere la pillola", "remind"),
        ("cosa devo fare questa settimana?", "query"),
        ("che abbiamo in programma domani", "query"),
        ("le mie attività", "query"),
        ("cosa è scaduto?", "query"),
        ("fatto!", "done"),
        ("ho già spedito il pacco", "done"),
        ("aiuto", "help"),
        ("cosa puoi fare?", "help"),
        ("cambia la lingua in italiano", "settings"),
        ("buonasera a tutti", "other"),
        ("grazie mille", "other"),
        ("prenotare il ristorante per sabato sera", "capture"),
        ("Luca puoi aggiornare il foglio delle spese?", "capture"),
    ],
)
def test_intents(text: str, intent: str) -> None:
    assert classify_intent(text) == intent


@pytest.mark.parametrize(
    ("text", "title", "assignee", "due"),
    [
        ("Marta puoi stampare i volantini entro mercoledì?", "Stampare i volantini", "Marta",
         "2026-04-15"),
        ("Paolo riesci a chiamare il fornitore domani?", "Chiamare il fornitore", "Paolo",
         "2026-04-11"),
        ("Sara ti occupi tu della prenotazione per lunedì?", "Prenotazione", "Sara", "2026-04-13"),
        ("non dimenticare di pagare la bolletta entro il 20", "Pagare la bolletta", None,
         "2026-04-20"),
        ("ricordami domani alle 8 di innaffiare le piante", "Innaffiare le piante", None,
         "2026-04-11T08:00"),
    ],
)  # fmt: skip
def test_tasks(text: str, title: str, assignee: str | None, due: str) -> None:
    (task,) = extract_tasks(text, now=NOW, tz=ROME, sender="Giulia")
    assert (task.title, task.assignee) == (title, assignee)
    assert task.due is not None and task.due.start.isoformat().startswith(due)
