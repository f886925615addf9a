"""`classify_intent` on common phrasings in English, Spanish, Portuguese, French and German."""

from __future__ import annotations

import pytest

from bench.nlp_chat import load_rows
from flowhub.nlp import INTENTS, classify_intent

CASES: dict[str, list[str]] = {
    "capture": [
        "pls send the Q4 deck to Sam by friday 5pm",
        "buy milk and eggs",
        "@sam can you fix the login bug",
        "todo: renew passport",
        "1. call the bank\n2. pay rent",
        "I'll send the invoice tomorrow",
        "compra leche y pan",
        "comprar pão e leite amanhã",
        "acheter du pain",
        "kauf Milch und Brot",
    ],
    "remind": [
        "remind me to call mom tomorrow at 5pm",
        "set a reminder to take the meds at 9pm",
        "ping me at 5",
        "every monday 9am standup notes",
        "Remind me every day at 8am to take vitamins",
        "recuérdame mañana llamar al médico",
        "lembre-me de pagar o aluguel",
        "rappelle-moi de payer le loyer",
        "erinnere mich morgen an den Zahnarzt",
    ],
    "query": [
        "what's due today",
        "what's due this week?",
        "overdue",
        "my tasks",
        "what did I give Sam",
        "what does Priya have",
        "open tasks",
        "list",
        "show tasks",
        "this week",
        "qué tengo hoy",
        "o que tenho para amanhã?",
        "mes tâches",
        "was steht heute an?",
    ],
    "done": [
        "done 2",
        "finished the report",
        "mark 3 done",
        "completed",
        "done with the dentist",
        "✅ 1",
        "hecho 2",
        "feito 3",
        "fini",
        "fertig",
        "erledigt 3",
    ],
    "help": [
        "help",
        "what can you do",
        "?",
        "how does this work",
        "aide",
        "ayuda",
        "hilfe",
        "ajuda",
    ],
    "settings": [
        "timezone Berlin",
        "I'm in Berlin",
        "set my digest to 7am",
        "language spanish",
        "tz America/New_York",
        "zona horaria Madrid",
        "fuseau horaire Paris",
        "Zeitzone Berlin",
    ],
    "other": [
        "hi",
        "thanks!",
        "ok",
        "lol",
        "how are you",
        "👍",
        "",
        "good morning team",
        "I'm in a meeting",
        "the printer is broken again",
        "gracias!",
        "merci beaucoup",
        "danke!",
    ],
}


@pytest.mark.parametrize(("text", "intent"), [(t, i) for i, texts in CASES.items() for t in texts])
def test_common_phrasings(text: str, intent: str) -> None:
    assert classify_intent(text) == intent


def test_always_one_of_the_known_intents() -> None:
    for text in ["", " ", "???", "x" * 60_000, "🎉", "\n\n", "1.", "@@@"]:
        assert classify_intent(text) in INTENTS


def test_labelled_chat_set_intent_floor() -> None:
    rows = load_rows()
    hits = sum(classify_intent(r["text"]) == r["intent"] for r in rows)
    assert hits / len(rows) >= 0.93
    for lang in ("es", "pt", "fr", "de"):
        mine = [r for r in rows if r["lang"] == lang]
        assert mine, lang
        assert sum(classify_intent(r["text"]) == r["intent"] for r in mine) / len(mine) >= 0.8


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("ayuda", "help"),
        ("Hilfe bitte!", "help"),
        ("aide svp", "help"),
        ("hilfe bei der Umzugsplanung organisieren", "capture"),
        ("ayuda con la mudanza el sábado", "capture"),
        ("aide pour le déménagement samedi", "capture"),
    ],
)
def test_a_help_word_alone_asks_for_help_and_a_help_task_is_a_task(text: str, intent: str) -> None:
    assert classify_intent(text) == intent
