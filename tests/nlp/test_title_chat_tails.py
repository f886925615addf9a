"""Titles lose the words that only talk to the reader; "tomorrow morning" after midnight is the
morning coming; a complaint before news of a done leaves the done."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from flowhub.nlp import done_after_question, extract_tasks, parse_when

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "locale", "title"),
    [
        ("faut envoyer le dossier à la fondation d'ici vendredi, c'est la deadline", "fr",
         "Envoyer le dossier à la fondation"),
        ("nouvelle tâche : point budget cantines, lundi 10h", "fr", "Point budget cantines"),
        ("nuova attività: preventivo catering, venerdì", "it", "Preventivo catering"),
        ("amanhã às 9h ligar pro mecânico, ela quebrou de novo", "pt", "Ligar pro mecânico"),
        ("mañana llamar al mecánico, se rompió otra vez", "es", "Llamar al mecánico"),
        ("her çarşamba saat 4'te mutfak gönüllüleriyle toplantı var, ekle", "tr",
         "Mutfak gönüllüleriyle toplantı"),
        ("yarın 10da tedarikçiyi ara, ekle", "tr", "Tedarikçiyi ara"),
        ("lusa jam 3 sore ada rapat sama donatur baru", "id", "Rapat sama donatur baru"),
        ("bis freitag den bericht schicken, das ist die deadline", "de", "Den bericht schicken"),
    ],
)  # fmt: skip
def test_titles_lose_chat_words(text: str, locale: str, title: str) -> None:
    drafts = extract_tasks(text, now=NOW, tz="Europe/Berlin", locale=locale)
    assert [d.title for d in drafts] == [title]


@pytest.mark.parametrize(
    ("text", "tz", "day"),
    [
        ("kal subah 11 baje call karna hai", "Asia/Kolkata", date(2026, 12, 7)),
        ("morgen früh um 9 anrufen", "Asia/Kolkata", date(2026, 12, 7)),
        ("demain matin appeler le garage", "Asia/Kolkata", date(2026, 12, 7)),
        ("tomorrow at 9am call the bank", "Asia/Kolkata", date(2026, 12, 7)),
        ("kal shaam 5 baje call karna hai", "Asia/Kolkata", date(2026, 12, 8)),
        ("kal 11 baje call karna hai", "Asia/Kolkata", date(2026, 12, 7)),
        ("tomorrow at 10 call the bank", "Asia/Kolkata", date(2026, 12, 7)),
        ("tomorrow at 10pm call the bank", "Asia/Kolkata", date(2026, 12, 8)),
        ("morgen früh um 9 anrufen", "Europe/Berlin", date(2026, 12, 7)),
    ],
)
def test_tomorrow_morning_after_midnight_is_the_coming_morning(
    text: str, tz: str, day: date
) -> None:
    # Sun 6 Dec 18:53 UTC: 00:23 Monday in Kolkata, 19:53 Sunday in Berlin.
    when = parse_when(text, now=datetime(2026, 12, 6, 18, 53, tzinfo=UTC), tz=tz)
    assert when is not None and when.start.date() == day


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("loh kok dibalikin? cek stok sayur udah selesai", "cek stok sayur udah selesai"),
        ("ué, voltou por quê? já liguei pro mecânico", "já liguei pro mecânico"),
        ("what is left? send the invoice", None),
        ("what is due today? invoice paid", None),
        ("cek stok sayur udah selesai", None),
    ],
)
def test_done_after_a_complaint(text: str, rest: str | None) -> None:
    assert done_after_question(text) == rest
