"""Italian dates and times in chat messages, read through the rewrite into English."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bench import nlp_time
from flowhub.nlp import classify_intent, parse_when
from flowhub.nlp._time_translate import translate

ROME = "Europe/Rome"
NOW = datetime(2026, 3, 4, 10, 0, tzinfo=ZoneInfo(ROME))  # a Wednesday


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("ricordami domani alle 9 di chiamare il commercialista", "2026-03-05T09:00"),
        ("dopodomani alle 15:30 riunione", "2026-03-06T15:30"),
        ("dopo domani alle 18", "2026-03-06T18:00"),
        ("venerdì alle 18 aperitivo", "2026-03-06T18:00"),
        ("lunedì prossimo consegna", "2026-03-09T00:00"),
        ("martedì scorso", "2026-03-03T00:00"),
        ("il 3 aprile alle 10 e mezza colloquio", "2026-04-03T10:30"),
        ("alle tre e un quarto del pomeriggio", "2026-03-04T15:15"),
        ("alle 8 di sera", "2026-03-04T20:00"),
        ("all'una", "2026-03-04T13:00"),
        ("a mezzogiorno", "2026-03-04T12:00"),
        ("verso le 17", "2026-03-04T17:00"),
        ("entro le 11 di domani", "2026-03-05T11:00"),
        ("tra 10 min spegnere il forno", "2026-03-04T10:10"),
        ("fra due ore richiamare la banca", "2026-03-04T12:00"),
        ("tra mezz'ora chiamare mamma", "2026-03-04T10:30"),
        ("tra un'ora", "2026-03-04T11:00"),
        ("tre giorni fa", "2026-03-01T10:00"),
        ("la prossima settimana rinnovare l'assicurazione", "2026-03-09T00:00"),
        ("settimana prossima", "2026-03-09T00:00"),
        ("il mese prossimo", "2026-04-01T00:00"),
        ("l'anno scorso", "2025-01-01T00:00"),
        ("stasera portare fuori la spazzatura", "2026-03-04T18:00"),
        ("domani pomeriggio dal meccanico", "2026-03-05T15:00"),
        ("domattina", "2026-03-05T09:00"),
        ("ieri sera", "2026-03-03T18:00"),
        ("oggi", "2026-03-04T00:00"),
        ("il 15 marzo", "2026-03-15T00:00"),
        ("primo aprile", "2026-04-01T00:00"),
        ("giovedì 12 alle 16", "2026-03-12T16:00"),
        ("pagare entro il 20", "2026-03-20T00:00"),
        ("Gio riesci a fare la revisione entro domani?", "2026-03-05T00:00"),
        ("l'ultima settimana di marzo", "2026-03-23T00:00"),
        ("quest'estate", "2026-06-21T00:00"),
        ("a Natale", "2026-12-25T00:00"),
        ("a Ferragosto", "2026-08-15T00:00"),
        ("riunione alle ore 15", "2026-03-04T15:00"),
        ("alle 14.30 dal dentista", "2026-03-04T14:30"),
        ("settimana prox", "2026-03-09T00:00"),
        ("lunedi' alle 9", "2026-03-09T09:00"),
        ("sab alle 10", "2026-03-07T10:00"),
        ("prima di martedì", "2026-03-10T00:00"),
        ("giovedì nel tardo pomeriggio", "2026-03-05T17:00"),
    ],
)
def test_italian_dates(text: str, start: str) -> None:
    when = parse_when(text, now=NOW, tz=ROME)
    assert when is not None, text
    assert when.start.strftime("%Y-%m-%dT%H:%M") == start


@pytest.mark.parametrize(
    ("text", "rrule"),
    [
        ("ogni lunedì alle 9 riunione di team", "FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0"),
        ("tutti i giorni alle 20 le medicine", "FREQ=DAILY;BYHOUR=20;BYMINUTE=0"),
        ("ogni mese il 27 pagare l'affitto", "FREQ=MONTHLY;BYMONTHDAY=27"),
        ("l'ultimo venerdì del mese fare i backup", "FREQ=MONTHLY;BYDAY=-1FR"),
        ("ogni due settimane il venerdì", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"),
        ("tutte le domeniche", "FREQ=WEEKLY;BYDAY=SU"),
        ("ogni 3 giorni", "FREQ=DAILY;INTERVAL=3"),
        ("il lunedì e il mercoledì alle 18", "FREQ=WEEKLY;BYDAY=MO,WE;BYHOUR=18;BYMINUTE=0"),
        ("tutti i giorni feriali alle 8", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=8;BYMINUTE=0"),
        ("ogni giorno lavorativo", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
        (
            "dal lunedì al venerdì alle 7 correre",
            "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=7;BYMINUTE=0",
        ),
    ],
)
def test_italian_recurrence(text: str, rrule: str) -> None:
    when = parse_when(text, now=NOW, tz=ROME)
    assert when is not None and when.rrule == rrule


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("giovedì dalle 9:30 alle 11", "2026-03-05T09:30", "2026-03-05T11:00"),
        ("tra le 14 e le 16 di domani", "2026-03-05T14:00", "2026-03-05T16:00"),
        ("dal 13 al 15 luglio", "2026-07-13T00:00", "2026-07-16T00:00"),
        ("dalle 10 a mezzogiorno", "2026-03-04T10:00", "2026-03-04T12:00"),
    ],
)
def test_italian_ranges(text: str, start: str, end: str) -> None:
    when = parse_when(text, now=NOW, tz=ROME)
    assert when is not None and when.end is not None
    assert when.start.strftime("%Y-%m-%dT%H:%M") == start
    assert when.end.strftime("%Y-%m-%dT%H:%M") == end


@pytest.mark.parametrize(
    "text",
    [
        "comprare il pane e le uova",
        "sei libero per una pizza?",
        "ho visto le 3 foto che mi hai mandato",
        "il primo che arriva vince",
        "ora ci penso io",
        "Gio ha preso le chiavi",
        "siamo in 4 a cena",
    ],
)
def test_italian_without_a_date(text: str) -> None:
    assert parse_when(text, now=NOW, tz=ROME) is None


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # "la notte" is the small hours after midnight, distinct from "la sera"
        ("stanotte", "2026-03-05T00:00"),
        ("nella notte", "2026-03-05T00:00"),
        ("domani notte", "2026-03-06T00:00"),
        ("nella notte di domani", "2026-03-06T00:00"),
        ("venerdì notte", "2026-03-07T00:00"),
        ("stanotte alle 3", "2026-03-05T03:00"),
        ("la notte di San Silvestro", "2027-01-01T00:00"),
        # holidays by their short name, world days
        ("la vigilia", "2026-12-24T00:00"),
        ("alla vigilia", "2026-12-24T00:00"),
        ("repubblica", "2026-06-02T00:00"),
        ("assunzione", "2026-08-15T00:00"),
        ("giornata mondiale dei prematuri", "2026-11-17T00:00"),
        ("giornata dell'Africa", "2026-05-25T00:00"),
        ("giornata internazionale delle cooperative del 2027", "2027-07-03T00:00"),
        ("natale del 2027", "2027-12-25T00:00"),
        ("il 5 maggio del 2028", "2028-05-05T00:00"),
        # weekday abbreviations alone, weekdays of this week
        ("gio", "2026-03-05T00:00"),
        ("ven.", "2026-03-06T00:00"),
        ("lunedì di questa settimana", "2026-03-02T00:00"),
        ("mercoledì di questa settimana", "2026-03-04T00:00"),
        # a weekday with its deadline or hours, a quarter to the hour
        ("giovedì entro mezzogiorno", "2026-03-05T12:00"),
        ("domani entro le 17:30", "2026-03-05T17:30"),
        ("9 - 11 giovedì", "2026-03-05T09:00"),
        ("un quarto a mezzogiorno", "2026-03-04T11:45"),
        ("un quarto alle 5", "2026-03-04T16:45"),
        ("nei prossimi giorni", "2026-03-05T00:00"),
        ("prossimi giorni", "2026-03-05T00:00"),
        ("ultimo weekend", "2026-02-28T00:00"),
        ("mattino di 15 marzo", "2026-03-15T09:00"),
        ("sera di 20 marzo", "2026-03-20T18:00"),
        ("la sera di Natale", "2026-12-25T18:00"),
        ("entro la fine della settimana", "2026-03-06T00:00"),
        ("fra qualche giorno", "2026-03-07T10:00"),
        ("tra pochi minuti", "2026-03-04T10:03"),
        ("il 12.03", "2026-03-12T00:00"),
        ("consegna il 2.04.2027", "2027-04-02T00:00"),
        ("l'una e mezza", "2026-03-04T13:30"),
        ("all'una meno un quarto", "2026-03-04T12:45"),
        ("alle 8 in punto", "2026-03-04T20:00"),
        ("prima di domani", "2026-03-05T00:00"),
        ("tra un paio di giorni", "2026-03-06T10:00"),
        ("fra un paio d'ore", "2026-03-04T12:00"),
        ("un paio di giorni fa", "2026-03-02T10:00"),
    ],
)
def test_italian_nights_holidays_and_short_forms(text: str, start: str) -> None:
    when = parse_when(text, now=NOW, tz=ROME)
    assert when is not None, text
    assert when.start.strftime("%Y-%m-%dT%H:%M") == start


@pytest.mark.parametrize(
    "text",
    [
        "la vigilia dell'esame ho studiato",
        "ho letto la repubblica stamattina in treno",
        "l'assunzione di Marco è confermata",
        "Gio ha preso le chiavi",
        "ven a prendermi",
        "siamo in 9 - 11 persone",
        "ho comprato casa nel 2019",
        "l'una o l'altra va bene",
        "il 45.3 per cento",
    ],
)
def test_italian_short_forms_not_read_in_ordinary_text(text: str) -> None:
    when = parse_when(text, now=NOW, tz=ROME)
    assert when is None or "stamattina" in text, text


def test_italian_duckling_corpus_floor() -> None:
    rows = nlp_time.load("time_it_duckling.jsonl")
    r = nlp_time.eval_duckling(nlp_time.flowhub_finder(), rows)
    assert (r["ok"] + r["neg_ok"]) / (r["pos"] + r["neg"]) >= 0.891


@pytest.mark.parametrize("text", ["adesso", "ora", "subito", "in questo momento"])
def test_italian_now_is_read_as_now(text: str) -> None:
    assert translate(text).text in ("now", "at the moment")
    assert parse_when(text, now=NOW, tz=ROME) is None  # a bare "now" is never a due date


def test_italian_now_words_stay_ordinary_in_a_sentence() -> None:
    assert translate("ora ci penso io").text == "ora ci penso io"
    assert translate("chiama subito il dentista").text == "chiama subito il dentista"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("arrivo tra 10 minuti", "other"),
        ("sto arrivando", "other"),
        ("sono in ritardo di 5 minuti", "other"),
        ("arrivo del pacco domani", "capture"),
        ("controllare arrivo merce venerdì", "capture"),
    ],
)
def test_italian_where_i_am_is_news_not_a_task(text: str, intent: str) -> None:
    assert classify_intent(text) == intent
