"""German chat: intents, task titles, assignees and dates read from the language's word data."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from flowhub.nlp import classify_intent, extract_tasks

BERLIN = "Europe/Berlin"
NOW = datetime(2026, 4, 10, 11, 0, tzinfo=ZoneInfo(BERLIN))  # a Friday


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("erinnere mich übermorgen um 9 an die Steuererklärung", "remind"),
        ("kannst du mich morgen früh an den Arzttermin erinnern?", "remind"),
        ("jeden Dienstag um 18 Uhr Chorprobe", "remind"),
        ("montags um 8 Wochenplanung", "remind"),
        ("täglich um 22 Uhr Tabletten nehmen", "remind"),
        ("was steht morgen an?", "query"),
        ("was muss ich diese Woche noch erledigen", "query"),
        ("gibt es was Überfälliges?", "query"),
        ("woran sitzt Jonas gerade?", "query"),
        ("ist die Rechnung schon bezahlt?", "query"),
        ("erledigt ✅", "done"),
        ("hab die Miete schon überwiesen", "done"),
        ("hab gestern beim Amt angerufen", "done"),
        ("die Präsentation ist fertig", "done"),
        ("hab es nicht gemacht", "other"),
        ("wie benutze ich das?", "help"),
        ("stell die Zeitzone auf Berlin", "settings"),
        ("antworte bitte auf Deutsch", "settings"),
        ("ich wohne jetzt in Wien", "settings"),
        ("vielen Dank, passt", "other"),
        ("alles klar, danke", "other"),
        ("Katze füttern nicht vergessen", "capture"),
        ("Tobias soll nächste Woche den Vertrag kündigen", "capture"),
        ("sag mir morgen um 8 Bescheid wegen dem Paket", "remind"),
        ("gibt es offene Aufgaben", "query"),
        ("Aufgabe 3 erledigt", "done"),
        ("welche Befehle gibt es?", "help"),
        ("schick mir jeden Abend um 20 Uhr eine Zusammenfassung", "settings"),
        ("Druckerpatronen nachbestellen", "capture"),
        ("ich komme 10 Minuten später", "other"),
        ("das passt mir morgen nicht", "other"),
    ],
)
def test_intents(text: str, intent: str) -> None:
    assert classify_intent(text) == intent


@pytest.mark.parametrize(
    ("text", "title", "assignee", "due"),
    [
        ("Felix kannst du bis Mittwoch die Folien überarbeiten?", "Die Folien überarbeiten",
         "Felix", "2026-04-15"),
        ("Mara, könntest du morgen den Kuchen backen?", "Den Kuchen backen", "Mara",
         "2026-04-11"),
        ("Sophie würdest du heute Abend die Spülmaschine ausräumen?",
         "Die Spülmaschine ausräumen", "Sophie", "2026-04-10T18:00"),
        ("Tobias soll nächste Woche den Vertrag kündigen", "Den Vertrag kündigen", "Tobias",
         "2026-04-13"),
        ("bitte bis Freitag die Reisekosten abrechnen", "Die Reisekosten abrechnen", None,
         "2026-04-17"),
        ("vergiss nicht morgen die Pakete zur Post zu bringen", "Die Pakete zur Post bringen",
         None, "2026-04-11"),
        ("morgen um 15 Uhr beim Friseur anrufen", "Beim Friseur anrufen", None,
         "2026-04-11T15:00"),
        ("erinnere mich übermorgen um 9 an die Steuererklärung", "Die Steuererklärung", None,
         "2026-04-12T09:00"),
        ("Max übernimmt am Samstag den Einkauf", "Den Einkauf", "Max", "2026-04-11"),
        ("Katze füttern nicht vergessen, heute Abend", "Katze füttern", None, "2026-04-10T18:00"),
    ],
)  # fmt: skip
def test_tasks(text: str, title: str, assignee: str | None, due: str) -> None:
    (task,) = extract_tasks(text, now=NOW, tz=BERLIN, sender="Mia")
    assert (task.title, task.assignee) == (title, assignee)
    assert task.due is not None and task.due.start.isoformat().startswith(due)


@pytest.mark.parametrize("text", ["ich komme 10 Minuten später", "gern geschehen"])
def test_small_talk_has_no_task(text: str) -> None:
    assert extract_tasks(text, now=NOW, tz=BERLIN, sender="Mia") == []


@pytest.mark.parametrize(
    ("text", "title", "day"),
    [
        ("Steuerberater anrufen bis zum 15. Januar", "Steuerberater anrufen", (2027, 1, 15)),
        ("Rechnung bezahlen bis zum 3. Mai bitte", "Rechnung bezahlen", (2026, 5, 3)),
        ("Reifen wechseln am 20. Okt.", "Reifen wechseln", (2026, 10, 20)),
    ],
)
def test_an_ordinal_date_is_not_a_sentence_end(
    text: str, title: str, day: tuple[int, int, int]
) -> None:
    (task,) = extract_tasks(text, now=NOW, tz=BERLIN)
    assert task.title == title
    assert task.due is not None
    assert task.due.start.timetuple()[:3] == day


def test_a_number_that_ends_a_sentence_still_splits() -> None:
    tasks = extract_tasks("Kapitel 12. Danach Oma anrufen", now=NOW, tz=BERLIN)
    assert tasks[-1].title.endswith("Oma anrufen")
    assert "Kapitel" not in tasks[-1].title
