"""Dutch chat: intents, task titles, assignees and dates read from the language's word data."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from flowhub.nlp import classify_intent, extract_tasks

AMSTERDAM = "Europe/Amsterdam"
NOW = datetime(2026, 4, 10, 11, 0, tzinfo=ZoneInfo(AMSTERDAM))  # a Friday


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("herinner me morgen om 8 uur aan de afspraak bij de huisarts", "remind"),
        ("kun je me vanavond herinneren aan de vuilnis?", "remind"),
        ("elke woensdag om 19 uur zwemles", "remind"),
        ("om de twee weken de kliko buitenzetten", "remind"),
        ("dagelijks om 9 uur stand-up", "remind"),
        ("wat heb ik vandaag op de planning?", "query"),
        ("wat moet ik deze week nog doen", "query"),
        ("mijn taken voor morgen", "query"),
        ("is er nog iets te laat?", "query"),
        ("waar is Femke mee bezig?", "query"),
        ("gedaan!", "done"),
        ("heb de verzekering al opgezegd", "done"),
        ("de offerte is verstuurd", "done"),
        ("ik heb het nog niet gedaan", "other"),
        ("hoe werkt deze bot?", "help"),
        ("verander de taal naar Engels", "settings"),
        ("ik woon nu in Utrecht", "settings"),
        ("goedemorgen allemaal", "other"),
        ("dank je wel!", "other"),
        ("boodschappen doen", "capture"),
        ("Ruben kun je vrijdag de presentatie nalopen?", "capture"),
        ("2 keer per week sporten", "remind"),
        ("stuur me morgen om 9 een herinnering over de offerte", "remind"),
        ("zijn er nog openstaande taken?", "query"),
        ("helemaal klaar met de presentatie", "done"),
        ("inkt bijbestellen", "capture"),
        ("ik kom 10 minuten later", "other"),
        ("morgen kan ik niet", "other"),
    ],
)
def test_intents(text: str, intent: str) -> None:
    assert classify_intent(text) == intent


@pytest.mark.parametrize(
    ("text", "title", "assignee", "due"),
    [
        ("Ruben kun je vrijdag de presentatie nalopen?", "De presentatie nalopen", "Ruben",
         "2026-04-17"),
        ("Noor, wil jij morgen de taart ophalen?", "De taart ophalen", "Noor", "2026-04-11"),
        ("Tim, kan jij vanmiddag de kinderen ophalen?", "De kinderen ophalen", "Tim",
         "2026-04-10T15:00"),
        ("Bram moet volgende week de huurauto terugbrengen", "De huurauto terugbrengen", "Bram",
         "2026-04-13"),
        ("graag voor woensdag de declaraties indienen", "De declaraties indienen", None,
         "2026-04-15"),
        ("denk aan de verjaardag van mama op zondag", "De verjaardag van mama", None,
         "2026-04-12"),
        ("morgen om 10 uur de loodgieter bellen", "De loodgieter bellen", None,
         "2026-04-11T10:00"),
        ("herinner me morgen om 8 uur aan de afspraak bij de huisarts",
         "De afspraak bij de huisarts", None, "2026-04-11T08:00"),
        ("Daan regelt zaterdag de boodschappen", "De boodschappen", "Daan", "2026-04-11"),
        ("ff de kattenbak verschonen vanavond", "De kattenbak verschonen", None,
         "2026-04-10T18:00"),
    ],
)  # fmt: skip
def test_tasks(text: str, title: str, assignee: str | None, due: str) -> None:
    (task,) = extract_tasks(text, now=NOW, tz=AMSTERDAM, sender="Mia")
    assert (task.title, task.assignee) == (title, assignee)
    assert task.due is not None and task.due.start.isoformat().startswith(due)


@pytest.mark.parametrize("text", ["ik kom 10 minuten later", "graag gedaan"])
def test_small_talk_has_no_task(text: str) -> None:
    assert extract_tasks(text, now=NOW, tz=AMSTERDAM, sender="Mia") == []
