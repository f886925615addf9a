"""German dates and times in chat messages, read through the German word tables."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bench import nlp_time
from flowhub.nlp import parse_when
from flowhub.nlp.when import english_time_words

TZ = "Europe/Berlin"
NOW = datetime(2026, 3, 10, 14, 0, tzinfo=ZoneInfo(TZ))  # a Tuesday afternoon

# fmt: off
CASES = [
    ("Kannst du morgen früh den Müll rausbringen?", "2026-03-11T09:00", "hour"),
    ("bitte bis übermorgen die Folien schicken", "2026-03-12T00:00", "day"),
    ("erinnere mich heute Abend an die Blumen", "2026-03-10T18:00", "hour"),
    ("Treffen am Donnerstagnachmittag", "2026-03-12T15:00", "hour"),
    ("heute Nachmittag einkaufen", "2026-03-10T15:00", "hour"),
    ("Mittwoch früh zum Arzt", "2026-03-11T09:00", "hour"),
    ("am Samstagabend Kino", "2026-03-14T18:00", "hour"),
    ("uebermorgen um 9", "2026-03-12T09:00", "hour"),
    ("Zahnarzt nächsten Freitag um 10 Uhr", "2026-03-20T10:00", "hour"),
    ("diesen Freitag Party", "2026-03-13T00:00", "day"),
    ("letzten Dienstag war ich krank", "2026-03-03T00:00", "day"),
    ("nächste Woche Mittwoch Friseur", "2026-03-18T00:00", "day"),
    ("Mittwoch nächster Woche Friseur", "2026-03-18T00:00", "day"),
    ("naechste Woche Montag", "2026-03-16T00:00", "day"),
    ("am 3. April Geburtstag von Oma", "2026-04-03T00:00", "day"),
    ("Abgabe am 15.04. um 12 Uhr", "2026-04-15T12:00", "hour"),
    ("Meeting am 15.4.2026 um halb 10", "2026-04-15T09:30", "minute"),
    ("Freitag, den 20.3. um 18:30", "2026-03-20T18:30", "minute"),
    ("in einer halben Stunde Pizza bestellen", "2026-03-10T14:30", "minute"),
    ("in anderthalb Stunden losfahren", "2026-03-10T15:30", "minute"),
    ("in 3 Stunden Ofen aus", "2026-03-10T17:00", "minute"),
    ("in zwei Wochen Reifen wechseln", "2026-03-24T14:00", "day"),
    ("vor 3 Tagen hab ich bezahlt", "2026-03-07T14:00", "day"),
    ("übernächste Woche Urlaub planen", "2026-03-24T14:00", "day"),
    ("nächsten Monat Steuer machen", "2026-04-01T00:00", "month"),
    ("um viertel nach 3 anrufen", "2026-03-10T15:15", "minute"),
    ("um dreiviertel 8 Yoga", "2026-03-10T19:45", "minute"),
    ("um 5 vor halb 4 Bus", "2026-03-10T15:25", "minute"),
    ("zwanzig nach 3 Kaffee", "2026-03-10T15:20", "minute"),
    ("gegen 18 Uhr nach Hause", "2026-03-10T18:00", "hour"),
    ("morgen um 15.30 Uhr Termin", "2026-03-11T15:30", "minute"),
    ("um 8 Uhr abends essen", "2026-03-10T20:00", "hour"),
    ("um 3 Uhr nachts Flug", "2026-03-11T03:00", "hour"),
    ("morgen um 6 früh los", "2026-03-11T06:00", "hour"),
    ("nächsten Montag um 8:30 Teammeeting", "2026-03-16T08:30", "minute"),
    ("nächste Woche Mittwoch um 10 Uhr", "2026-03-18T10:00", "hour"),
    ("am Wochenende Fenster putzen", "2026-03-14T00:00", "day"),
    ("Ende des Monats Miete überweisen", "2026-03-31T00:00", "day"),
    ("bis Ende nächster Woche fertig machen", "2026-03-20T00:00", "day"),
    ("Anfang März Steuer", "2026-03-01T00:00", "day"),
    ("morgen zwischen 9 und 11 Uhr Handwerker", "2026-03-11T09:00", "hour"),
    ("von 14 bis 16 Uhr Sprechstunde", "2026-03-10T14:00", "hour"),
    ("vom 3. bis 5.4. Urlaub", "2026-04-03T00:00", "day"),
    ("Heiligabend bei den Eltern", "2026-12-24T00:00", "day"),
    ("Weihnachten Geschenke kaufen", "2026-12-25T00:00", "day"),
    ("ich muss am 20.5. zum Arzt", "2026-05-20T00:00", "day"),
    ("Do 14 Uhr Meeting", "2026-03-12T14:00", "hour"),
    ("kommenden Mittwoch Elternabend", "2026-03-11T00:00", "day"),
    ("morgen so um 10 Uhr", "2026-03-11T10:00", "hour"),
    ("in einem Monat Vertrag kündigen", "2026-04-10T14:00", "day"),
    # a weekday some weeks on or back, the month after next, an afternoon hour with "h"
    ("Mittwoch in zwei Wochen Zahnarzt", "2026-03-25T00:00", "day"),
    ("Freitag in 3 Wochen Party", "2026-04-03T00:00", "day"),
    ("am Freitag in einer Woche", "2026-03-20T00:00", "day"),
    ("heute in einer Woche abgeben", "2026-03-17T00:00", "day"),
    ("Mittwoch vor zwei Wochen war ich da", "2026-02-25T00:00", "day"),
    ("Montag in zwei Wochen Abgabe", "2026-03-23T00:00", "day"),  # that week's Monday
    ("Montag in einer Woche", "2026-03-16T00:00", "day"),
    ("in zwei Wochen am Mittwoch Elternabend", "2026-03-25T00:00", "day"),
    ("in 3 Wochen Freitag um 9", "2026-04-03T09:00", "hour"),
    ("übernächsten März Urlaub", "2028-03-01T00:00", "month"),
    ("übernächsten Juni", "2027-06-01T00:00", "month"),
    ("ab 18h Feier", "2026-03-10T18:00", "hour"),
    ("nach 21h nicht mehr anrufen", "2026-03-10T21:00", "hour"),
    # a weekday of this or last week, early hours "in der Früh"
    ("Montag dieser Woche war Abgabe", "2026-03-09T00:00", "day"),
    ("Freitag dieser Woche", "2026-03-13T00:00", "day"),
    ("Sonntag der letzten Woche", "2026-03-08T00:00", "day"),
    ("letzte Woche Donnerstag", "2026-03-05T00:00", "day"),
    ("morgen um 5 in der Früh", "2026-03-11T05:00", "hour"),
    ("um 6:45 früh Zug", "2026-03-11T06:45", "minute"),
    ("am 3.4. Zahnarzt", "2026-04-03T00:00", "day"),
    ("am 15.4.", "2026-04-15T00:00", "day"),
    # a part of a date said before it
    ("am Abend des 3. April Theater", "2026-04-03T18:00", "hour"),
    ("am Morgen des 20.3. Abflug", "2026-03-20T09:00", "hour"),
    ("am Nachmittag vom 12.03.2026 Termin", "2026-03-12T15:00", "hour"),
    # holidays of other faiths and the Orthodox church under their German names
    ("orthodoxer Ostermontag 2027", "2027-05-03T00:00", "day"),
    ("am orthodoxen Palmsonntag 2027", "2027-04-25T00:00", "day"),
    ("Orthodoxer Karsamstag 2027", "2027-05-01T00:00", "day"),
    ("Rosch ha-Schana 2026", "2026-09-11T00:00", "day"),
    ("Tu biSchevat 2027", "2027-01-22T00:00", "day"),
    ("Wesakfest", "2026-05-31T00:00", "day"),
    ("Guru Gobind Singh Geburtstag 2027", "2027-01-15T00:00", "day"),
]
RECURRING = [
    ("jeden Montag um 9 Uhr Standup", "2026-03-16T09:00", "FREQ=WEEKLY;BYDAY=MO"),
    ("alle zwei Wochen freitags Blumen gießen", "2026-03-13T00:00",
     "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"),
    ("Mo-Fr um 7 Uhr lüften", "2026-03-11T07:00", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
    ("werktags um 8 Uhr Medikamente", "2026-03-11T08:00", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
    ("täglich um 7 Uhr Tabletten", "2026-03-11T07:00", "FREQ=DAILY"),
    ("jeden ersten Montag im Monat Bericht", "2026-04-06T00:00", "FREQ=MONTHLY;BYDAY=+1MO"),
    ("montags Sport", "2026-03-16T00:00", "FREQ=WEEKLY;BYDAY=MO"),
    ("jeden zweiten Dienstag Chor", "2026-03-10T00:00", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"),
    ("jeden Montag und Donnerstag Sport", "2026-03-12T00:00", "FREQ=WEEKLY;BYDAY=MO,TH"),
    ("jede Woche Mittwoch Müll raus", "2026-03-11T00:00", "FREQ=WEEKLY;BYDAY=WE"),
    ("jeden 1. des Monats Miete", "2026-04-01T00:00", "FREQ=MONTHLY;BYMONTHDAY=1"),
]
NEGATIVES = [
    "Guten Morgen zusammen",
    "Gute Nacht",
    "Ich habe acht Äpfel gekauft",
    "Wir sind elf Leute im Team",
    "eine Woche Urlaub war schön",
    "Das Buch lag auf dem Tisch",
    "orthodoxe Kirche besuchen",
    "vor Wochen war ich krank",
]
# "so" is a word before it is Sunday: the week around it is still read, never a Sunday.
WEEK_NOT_SUNDAY = [
    ("letzte Woche so viel zu tun", "2026-03-02T00:00"),
    ("nächste Woche so viel zu tun", "2026-03-16T00:00"),
    ("so in 2 Wochen schauen wir", "2026-03-24T14:00"),
    ("in 2 Wochen so ungefähr", "2026-03-24T14:00"),
]
# fmt: on


@pytest.mark.parametrize(("text", "start", "grain"), CASES)
def test_german_date(text: str, start: str, grain: str) -> None:
    got = parse_when(text, now=NOW, tz=TZ)
    assert got is not None
    assert got.start.isoformat()[:16] == start
    assert got.grain == grain


@pytest.mark.parametrize(("text", "start", "rule"), RECURRING)
def test_german_recurrence(text: str, start: str, rule: str) -> None:
    got = parse_when(text, now=NOW, tz=TZ)
    assert got is not None and got.rrule is not None
    assert got.start.isoformat()[:16] == start
    assert got.rrule.startswith(rule)


@pytest.mark.parametrize("text", NEGATIVES)
def test_german_sentence_without_a_date(text: str) -> None:
    assert parse_when(text, now=NOW, tz=TZ) is None


def test_german_duckling_corpus_floor() -> None:
    rows = nlp_time.load("time_de_duckling.jsonl")
    r = nlp_time.eval_duckling(nlp_time.flowhub_finder(), rows)
    assert (r["ok"] + r["neg_ok"]) / (r["pos"] + r["neg"]) >= 0.935


@pytest.mark.parametrize(
    ("text", "english"),
    [("jetzt", "now"), ("genau jetzt", "right now"), ("gerade eben", "just now")],
)
def test_german_now_alone_is_the_moment_and_no_due_date(text: str, english: str) -> None:
    assert english_time_words(text) == english
    assert parse_when(text, now=NOW, tz=TZ) is None


def test_german_now_inside_a_sentence_is_left_alone() -> None:
    assert english_time_words("jetzt gleich anrufen") == "jetzt gleich anrufen"


@pytest.mark.parametrize(("text", "start"), WEEK_NOT_SUNDAY)
def test_german_so_is_not_sunday(text: str, start: str) -> None:
    got = parse_when(text, now=NOW, tz=TZ)
    assert got is not None
    assert got.start.isoformat()[:16] == start
