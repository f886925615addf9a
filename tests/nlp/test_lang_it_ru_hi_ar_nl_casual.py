"""Casual answers to cards and saved tasks in Italian, Russian, Hindi, Arabic and Dutch, and
several tasks joined in one message."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flowhub.nlp import english_command, extract_tasks

NOW = datetime(2026, 12, 5, 10, 50, tzinfo=UTC)


@pytest.mark.parametrize(
    ("locale", "text", "english"),
    [
        ("it", "ok confermale tutte e due", "confirm both"),
        ("it", "si tutto ok, salva tutto", "confirm all"),
        ("it", "perfetto, e anche quella dei Rossi confermala pure", "confirm the Rossi one"),
        ("it", "nooo questa è sbagliata, buttala", "discard"),
        ("it", "questa è mia, non di Sam", "assign to me"),
        ("it", "ok mandala a Sam", "give it to Sam"),
        ("it", "sposta la 5 a martedì", "move 5 to martedì"),
        ("it", "sposta la quinta a martedì", "move 5 to martedì"),
        ("it", "i preventivi ai Rossi li ho mandati stamattina", "done with preventivi ai Rossi"),
        ("ru", "все ок подтверждаю все три", "confirm all 3"),
        ("ru", "да, сохрани обе", "confirm both"),
        ("ru", "перенеси задачу 5 на вторник", "move 5 to вторник"),
        ("hi", "सब ठीक है, तीनों कन्फर्म कर दो", "confirm all 3"),
        ("hi", "ये हटाओ", "discard"),
        ("hi", "नाम बदलो: वीज़ा पेपर्स देखना", "title: वीज़ा पेपर्स देखना"),
        ("ar", "تمام، أكدهم كلهم", "confirm all"),
        ("ar", "العنوان غلط، خليه: حجز التأمين", "title: حجز التأمين"),
        ("nl", "ja klopt allemaal, sla ze maar op", "confirm all"),
        ("nl", "sla alle drie maar op", "confirm all 3"),
    ],
)
def test_casual_commands(locale: str, text: str, english: str) -> None:
    assert english_command(text, locale=locale) == english


@pytest.mark.parametrize(
    ("locale", "tz", "text", "titles"),
    [
        (
            "ru",
            "America/New_York",
            "через 2 часа отправить счет петровым и в 9 вечера созвон с прией по бали",
            ["Отправить счет петровым", "Созвон с прией по бали"],
        ),
        (
            "hi",
            "Asia/Kolkata",
            "शुक्रवार तक वीज़ा डॉक्युमेंट्स चेक करने हैं और 2 घंटे में सैम को कॉल करना",
            ["वीज़ा डॉक्युमेंट्स चेक करने हैं", "सैम को कॉल करना"],
        ),
        ("it", "Europe/Berlin", "domani comprare pane e latte", ["Comprare pane e latte"]),
        (
            "it",
            "Europe/Berlin",
            "Sam deve richiamare il sig. Müller entro mercoledì per il rimborso",
            ["Richiamare il sig. Müller per il rimborso"],
        ),
        (
            "ar",
            "Asia/Kolkata",
            "غدا صباحا ارسل البرنامج لعائلة شاه، وقبل الجمعة احجز التأمين",
            ["ارسل البرنامج لعائلة شاه", "احجز التأمين"],
        ),
    ],
)
def test_joined_tasks(locale: str, tz: str, text: str, titles: list[str]) -> None:
    drafts = extract_tasks(text, now=NOW, tz=tz, sender="Ana", locale=locale)
    assert [d.title for d in drafts] == titles


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("it", "allora, domani chiamare la banca"),
        ("it", "quindi: domani chiamare la banca"),
        ("ru", "итак, завтра позвонить в банк"),
    ],
)
def test_opening_word_is_no_assignee(locale: str, text: str) -> None:
    (draft,) = extract_tasks(text, now=NOW, tz="Europe/Berlin", sender="Ana", locale=locale)
    assert draft.assignee is None
