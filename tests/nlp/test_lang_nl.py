"""Dutch dates and times in chat messages, read through the Dutch word tables."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bench import nlp_time
from flowhub.nlp import parse_when

TZ = "Europe/Amsterdam"
NOW = datetime(2026, 3, 10, 14, 0, tzinfo=ZoneInfo(TZ))  # a Tuesday afternoon

# fmt: off
CASES = [
    ("herinner me morgen om 9 uur aan de tandarts", "2026-03-11T09:00", "hour"),
    ("kun je morgenochtend de kinderen brengen?", "2026-03-11T09:00", "hour"),
    ("vanavond de vuilnis buiten zetten", "2026-03-10T18:00", "hour"),
    ("vanmiddag om 3 uur klant bellen", "2026-03-10T15:00", "hour"),
    ("overmorgen de apk regelen", "2026-03-12T00:00", "day"),
    ("donderdagmiddag overleg met Pieter", "2026-03-12T15:00", "hour"),
    ("zaterdag om half 3 tandarts", "2026-03-14T14:30", "minute"),
    ("vrijdag om kwart over 4 borrel", "2026-03-13T16:15", "minute"),
    ("morgen om kwart voor 9 vergadering", "2026-03-11T08:45", "minute"),
    ("om 10 voor half 4 de trein", "2026-03-10T15:20", "minute"),
    ("om 20 over 3 koffie", "2026-03-10T15:20", "minute"),
    ("woensdag om 7 uur 's avonds sportschool", "2026-03-11T19:00", "hour"),
    ("om 3 uur 's nachts vlucht", "2026-03-11T03:00", "hour"),
    ("om 17u30 afspraak", "2026-03-10T17:30", "minute"),
    ("morgen om 14.30 uur kapper", "2026-03-11T14:30", "minute"),
    ("rond 18 uur thuis", "2026-03-10T18:00", "hour"),
    ("over 20 minuten de was eruit", "2026-03-10T14:20", "minute"),
    ("over een kwartier vertrekken", "2026-03-10T14:15", "minute"),
    ("over een half uur bellen", "2026-03-10T14:30", "minute"),
    ("over 2 uur de oven checken", "2026-03-10T16:00", "minute"),
    ("over anderhalf uur klaar", "2026-03-10T15:30", "minute"),
    ("over 3 dagen de huur betalen", "2026-03-13T14:00", "day"),
    ("3 dagen geleden betaald", "2026-03-07T14:00", "day"),
    ("volgende week de belastingaangifte doen", "2026-03-16T00:00", "week"),
    ("volgende week vrijdag feestje", "2026-03-20T00:00", "day"),
    ("vrijdag volgende week feestje", "2026-03-20T00:00", "day"),
    ("komende woensdag vergadering", "2026-03-11T00:00", "day"),
    ("vorige week dinsdag gebeld", "2026-03-03T00:00", "day"),
    ("volgende maand verhuizen", "2026-04-01T00:00", "month"),
    ("dit weekend ramen wassen", "2026-03-14T00:00", "day"),
    ("eind van de maand huur overmaken", "2026-03-31T00:00", "day"),
    ("eind volgende week klaar", "2026-03-20T00:00", "day"),
    ("begin april belasting", "2026-04-01T00:00", "day"),
    ("op 15 juni om 11 uur sollicitatiegesprek", "2026-06-15T11:00", "hour"),
    ("op 23 maart cadeau kopen", "2026-03-23T00:00", "day"),
    ("op 01-04 om 18 uur", "2026-04-01T18:00", "hour"),
    ("op de 15de betalen", "2026-03-15T00:00", "day"),
    ("van 14 tot 16 uur spreekuur", "2026-03-10T14:00", "hour"),
    ("morgen tussen 9 en 11 uur monteur", "2026-03-11T09:00", "hour"),
    ("van 13 t/m 15 juli vakantie", "2026-07-13T00:00", "day"),
    ("kerstavond bij mijn ouders", "2026-12-24T00:00", "day"),
    ("Koningsdag naar Amsterdam", "2026-04-27T00:00", "day"),
    ("op 21-3 verjaardag van ons", "2026-03-21T00:00", "day"),
    ("do 14 uur meeting", "2026-03-12T14:00", "hour"),
    ("hij komt over een uurtje", "2026-03-10T15:00", "minute"),
    ("morgen zo rond 10 uur", "2026-03-11T10:00", "hour"),
    ("om 12 uur 's middags lunch", "2026-03-11T12:00", "hour"),
    ("vrijdag a.s. borrel", "2026-03-13T00:00", "day"),
    ("volgende week dinsdag om 10 uur", "2026-03-17T10:00", "hour"),
    ("volgende maandag om 8:30 teamoverleg", "2026-03-16T08:30", "minute"),
    # "t/m" ranges, "17u10", "15 over 14" and "na de lunch" read with no other Dutch word.
    ("14 t/m 16 augustus vakantie", "2026-08-14T00:00", "day"),
    ("3 t/m 5 mei 2027 congres", "2027-05-03T00:00", "day"),
    ("17u10", "2026-03-10T17:10", "minute"),
    ("afspraak om 18u15", "2026-03-10T18:15", "minute"),
    ("20 over 16", "2026-03-10T16:20", "minute"),
    ("15 over 14.", "2026-03-10T14:15", "minute"),
    ("na de lunch", "2026-03-10T13:00", "hour"),
    ("10 minuten voor 4 vertrekken", "2026-03-10T15:50", "minute"),
    ("5 voor 12", "2026-03-10T23:55", "minute"),
    ("17u", "2026-03-10T17:00", "hour"),
    ("5 over half 3", "2026-03-10T14:35", "minute"),
    ("10 voor half 5", "2026-03-10T16:20", "minute"),
    ("over 3 kwartier", "2026-03-10T14:45", "minute"),
    ("binnen drie kwartier", "2026-03-10T14:45", "minute"),
    ("2e kerstdag", "2026-12-26T00:00", "day"),
    ("1e pinksterdag", "2026-05-24T00:00", "day"),
    ("donderdag over een week", "2026-03-19T00:00", "day"),
    ("maandag over 1 week", "2026-03-16T00:00", "day"),
    ("tussen de middag bellen", "2026-03-11T12:00", "hour"),
    ("rond het middaguur", "2026-03-11T12:00", "hour"),
    ("tegen de avond", "2026-03-10T18:00", "hour"),
    # A weekday abbreviation alone or before a date; "voor 8" alone.
    ("za.", "2026-03-14T00:00", "day"),
    ("zo.", "2026-03-15T00:00", "day"),
    ("woe.", "2026-03-11T00:00", "day"),
    ("ma.", "2026-03-16T00:00", "day"),
    ("za. 21 maart", "2026-03-21T00:00", "day"),
    ("zo. 22 maart om 10 uur", "2026-03-22T10:00", "hour"),
    ("voor 8", "2026-03-10T20:00", "hour"),
    # This day, a month of next or last year, this week's weekday, a part of day with "'s".
    ("op deze dag", "2026-03-10T00:00", "day"),
    ("volgend jaar maart", "2027-03-01T00:00", "month"),
    ("in mei volgend jaar", "2027-05-01T00:00", "month"),
    ("vorig jaar juni", "2025-06-01T00:00", "month"),
    ("dinsdag deze week", "2026-03-10T00:00", "day"),
    ("deze week vrijdag", "2026-03-13T00:00", "day"),
    ("morgen 's middags", "2026-03-11T15:00", "hour"),
    ("4 uur in de nacht", "2026-03-11T04:00", "hour"),
]
RECURRING = [
    ("elke maandag om 9 uur weekstart voorbereiden", "2026-03-16T09:00", "FREQ=WEEKLY;BYDAY=MO"),
    ("elke dag om 8 uur medicijnen innemen", "2026-03-11T08:00", "FREQ=DAILY"),
    ("dagelijks om 7 uur wandelen", "2026-03-11T07:00", "FREQ=DAILY"),
    ("om de week op vrijdag planten water geven", "2026-03-13T00:00",
     "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"),
    ("ma t/m vr om 7 uur ramen openzetten", "2026-03-11T07:00",
     "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
    ("elke laatste vrijdag van de maand teamlunch", "2026-03-27T00:00",
     "FREQ=MONTHLY;BYDAY=-1FR"),
    ("iedere maandag en donderdag sporten", "2026-03-12T00:00", "FREQ=WEEKLY;BYDAY=MO,TH"),
    ("elke week woensdag vuilnis buiten", "2026-03-11T00:00", "FREQ=WEEKLY;BYDAY=WE"),
    ("eens per maand filter vervangen", "2026-03-10T00:00", "FREQ=MONTHLY"),
]
NEGATIVES = [
    "goedemorgen allemaal",
    "goedenacht",
    "ik heb acht appels gekocht",
    "we zijn met elf mensen",
    "een week vakantie was fijn",
    "dat klopt zo.",
    "wat moet ik doen.",
    "tafel voor 8 reserveren",
    "appels 2 voor 3 euro",
    "prijs 2 voor 5",
    "hij scoorde 15 over 14 pogingen",
    "kamer 17 u 10",
    "I'll send it 2u",
    "het is de 2e keer",
    "nu",
    "zojuist",
    "ik kom nu",
]
# fmt: on


@pytest.mark.parametrize(("text", "start", "grain"), CASES)
def test_dutch_date(text: str, start: str, grain: str) -> None:
    got = parse_when(text, now=NOW, tz=TZ)
    assert got is not None
    assert got.start.isoformat()[:16] == start
    assert got.grain == grain


@pytest.mark.parametrize(("text", "start", "rule"), RECURRING)
def test_dutch_recurrence(text: str, start: str, rule: str) -> None:
    got = parse_when(text, now=NOW, tz=TZ)
    assert got is not None and got.rrule is not None
    assert got.start.isoformat()[:16] == start
    assert got.rrule.startswith(rule)


@pytest.mark.parametrize("text", NEGATIVES)
def test_dutch_sentence_without_a_date(text: str) -> None:
    assert parse_when(text, now=NOW, tz=TZ) is None


def test_dutch_seconds_back() -> None:
    got = parse_when("vorige 2 seconden", now=NOW, tz=TZ)
    assert got is not None and got.start < NOW


def test_dutch_duckling_corpus_floor() -> None:
    rows = nlp_time.load("time_nl_duckling.jsonl")
    r = nlp_time.eval_duckling(nlp_time.flowhub_finder(), rows)
    assert (r["ok"] + r["neg_ok"]) / (r["pos"] + r["neg"]) >= 0.895


def test_dutch_now_said_alone_is_read_as_now() -> None:
    from flowhub.nlp._time_translate import translate

    assert translate("nu").text == "right now"
    assert translate("zojuist").text == "just now"
    assert translate("ik kom nu").text == "ik kom nu"
