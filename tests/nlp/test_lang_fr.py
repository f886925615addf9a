"""French dates and times in chat messages, read through the rewrite into English."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bench import nlp_time
from flowhub.nlp import extract_tasks, parse_when

PARIS = "Europe/Paris"
NOW = datetime(2026, 3, 4, 10, 0, tzinfo=ZoneInfo(PARIS))  # a Wednesday


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("rappelle-moi demain à 14h d'appeler le plombier", "2026-03-05T14:00"),
        ("réunion après-demain à 9h30", "2026-03-06T09:30"),
        ("apres demain a 9h", "2026-03-06T09:00"),
        ("envoyer le rapport lundi prochain", "2026-03-09T00:00"),
        ("rdv vendredi à 17h", "2026-03-06T17:00"),
        ("le 2 avril à 8h du matin", "2026-04-02T08:00"),
        ("le 2 avril à 5h", "2026-04-02T05:00"),
        ("dans 20 minutes", "2026-03-04T10:20"),
        ("dans deux heures", "2026-03-04T12:00"),
        ("dans une demi-heure", "2026-03-04T10:30"),
        ("dans 1h30", "2026-03-04T11:30"),
        ("il y a trois jours", "2026-03-01T10:00"),
        ("la semaine prochaine", "2026-03-09T00:00"),
        ("le mois prochain", "2026-04-01T00:00"),
        ("l'année prochaine", "2027-01-01T00:00"),
        ("ce soir à 20h", "2026-03-04T20:00"),
        ("demain soir", "2026-03-05T18:00"),
        ("demain matin", "2026-03-05T09:00"),
        ("à 3 heures cet après-midi", "2026-03-04T15:00"),
        ("vers 8h du soir", "2026-03-04T20:00"),
        ("midi et quart", "2026-03-04T12:15"),
        ("à onze heures moins le quart", "2026-03-04T10:45"),
        ("à quinze heures trente", "2026-03-04T15:30"),
        ("jeudi 12 à 16h", "2026-03-12T16:00"),
        ("le 15 mars", "2026-03-15T00:00"),
        ("premier avril", "2026-04-01T00:00"),
        ("le 1er mai", "2026-05-01T00:00"),
        ("mercredi de la semaine prochaine", "2026-03-11T00:00"),
        ("samedi dernier", "2026-02-28T00:00"),
        ("jeudi en huit", "2026-03-12T00:00"),
        ("payer la cantine avant le 15", "2026-03-15T00:00"),
        ("hier soir", "2026-03-03T18:00"),
        ("aujourd'hui", "2026-03-04T00:00"),
        ("le lendemain du 13 mars", "2026-03-14T00:00"),
        ("la première semaine d'avril", "2026-04-06T00:00"),
        ("le premier mercredi du mois prochain", "2026-04-01T00:00"),
        ("cet été", "2026-06-21T00:00"),
        ("à Noël", "2026-12-25T00:00"),
        ("la semaine pro", "2026-03-09T00:00"),
        ("ce midi déjeuner avec Léa", "2026-03-04T12:00"),
        ("sam 14h", "2026-03-07T14:00"),
        ("dem 9h", "2026-03-05T09:00"),
        ("en mars prochain", "2027-03-01T00:00"),
        ("d'ici la fin de la semaine", "2026-03-06T00:00"),
    ],
)
def test_french_dates(text: str, start: str) -> None:
    when = parse_when(text, now=NOW, tz=PARIS)
    assert when is not None, text
    assert when.start.strftime("%Y-%m-%dT%H:%M") == start


@pytest.mark.parametrize(
    ("text", "rrule"),
    [
        ("tous les lundis à 9h préparer le point", "FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0"),
        ("tous les jours à 21h prendre les médocs", "FREQ=DAILY;BYHOUR=21;BYMINUTE=0"),
        ("le dernier vendredi du mois faire la paie", "FREQ=MONTHLY;BYDAY=-1FR"),
        ("le premier du mois payer le loyer", "FREQ=MONTHLY;BYMONTHDAY=1"),
        ("tous les 2 vendredis arroser les plantes", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"),
        ("toutes les deux semaines le lundi", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"),
        ("chaque lundi à 9h", "FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0"),
        ("tous les premiers lundis du mois", "FREQ=MONTHLY;BYDAY=+1MO"),
        ("tous les derniers vendredis du mois", "FREQ=MONTHLY;BYDAY=-1FR"),
        ("chaque deuxième mardi du mois", "FREQ=MONTHLY;BYDAY=+2TU"),
        ("tous les jours sauf le week-end", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
        ("tous les jours sauf samedi et dimanche", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
        ("arroser une fois par semaine", "FREQ=WEEKLY"),
        ("une fois par mois payer la cantine", "FREQ=MONTHLY"),
        ("une fois par semaine le lundi", "FREQ=WEEKLY;BYDAY=MO"),
        ("tous les mois le 5 payer la nounou", "FREQ=MONTHLY;BYMONTHDAY=5"),
        ("le lundi et le jeudi à 18h", "FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=18;BYMINUTE=0"),
        (
            "du lundi au vendredi à 7h30 réveil",
            "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=7;BYMINUTE=30",
        ),
    ],
)
def test_french_recurrence(text: str, rrule: str) -> None:
    when = parse_when(text, now=NOW, tz=PARIS)
    assert when is not None and when.rrule == rrule


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("entre 9h30 et 11h jeudi", "2026-03-05T09:30", "2026-03-05T11:00"),
        ("de 14h à 16h demain", "2026-03-05T14:00", "2026-03-05T16:00"),
        ("du 13 au 15 juillet", "2026-07-13T00:00", "2026-07-16T00:00"),
        ("14 - 20 sept. 2027", "2027-09-14T00:00", "2027-09-21T00:00"),
        ("du 13 au 15 juillet 2027", "2027-07-13T00:00", "2027-07-16T00:00"),
        ("le premier week-end de septembre", "2026-09-05T00:00", "2026-09-07T00:00"),
        ("le deuxième week-end de mai", "2026-05-09T00:00", "2026-05-11T00:00"),
    ],
)
def test_french_ranges(text: str, start: str, end: str) -> None:
    when = parse_when(text, now=NOW, tz=PARIS)
    assert when is not None and when.end is not None
    assert when.start.strftime("%Y-%m-%dT%H:%M") == start
    assert when.end.strftime("%Y-%m-%dT%H:%M") == end


@pytest.mark.parametrize(
    "text",
    [
        "acheter du pain et des oeufs",
        "j'ai deux trois trucs à faire",
        "le premier qui arrive gagne",
        "la mer est belle",
        "Sam arrive avec les clés",
        "c'était un été magnifique",
        "il a été très gentil",
    ],
)
def test_french_without_a_date(text: str) -> None:
    assert parse_when(text, now=NOW, tz=PARIS) is None


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("15h passé de 15 minutes", "2026-03-04T15:15"),
        ("à quinze heures passé de trente minutes", "2026-03-04T15:30"),
        ("demain 9h passées de 10 min", "2026-03-05T09:10"),
        ("5 jui", "2026-07-05T00:00"),
        ("le 14 jui.", "2026-07-14T00:00"),
        ("31 octobre 74", "1974-10-31T00:00"),
        ("le 2 mars 27", "2027-03-02T00:00"),
        ("jeudi après 9h30", "2026-03-05T09:30"),
        ("jeudi plus tard que 9h30", "2026-03-05T09:30"),
        ("jeudi mais entre 9h30 et 11h", "2026-03-05T09:30"),
        ("vendredi par exemple vers 14h", "2026-03-06T14:00"),
        ("le 16 plutôt vers 18h", "2026-03-16T18:00"),
        ("le 20 à partir de 10h", "2026-03-20T10:00"),
        ("en milieu de semaine", "2026-03-11T00:00"),
        ("au milieu de la semaine", "2026-03-11T00:00"),
        ("la première quinzaine d'avril", "2026-04-01T00:00"),
        ("la deuxième quinzaine de mai", "2026-05-16T00:00"),
        ("matinée du 15 mars", "2026-03-15T09:00"),
        ("la soirée du 20 mars", "2026-03-20T18:00"),
        ("dès la matinée", "2026-03-04T09:00"),
        ("payer le loyer en début de mois", "2026-04-01T00:00"),
        ("au début du mois", "2026-04-01T00:00"),
        ("début du mois prochain", "2026-04-01T00:00"),
        ("au début du mois de mai", "2026-05-01T00:00"),
        ('dans 30"', "2026-03-04T10:00"),
        ("demain en milieu de matinée", "2026-03-05T09:00"),
        ("sous 48h", "2026-03-06T10:00"),
        ("répondre sous 3 jours", "2026-03-07T10:00"),
        ("dans l'heure", "2026-03-04T11:00"),
        ("18 h 30", "2026-03-04T18:30"),
        ("rdv 9 h 15 demain", "2026-03-05T09:15"),
        ("demain dans la journée", "2026-03-05T00:00"),
        ("lundi dans la journée", "2026-03-09T00:00"),
        ("demain 15 heures", "2026-03-05T15:00"),
        ("demain 9h30", "2026-03-05T09:30"),
        ("à 14h de préférence", "2026-03-04T14:00"),
        ("du 12 au 15", "2026-03-12T00:00"),
        ("la semaine du 16", "2026-03-16T00:00"),
        ("courant mai", "2026-05-01T00:00"),
        ("dans le courant de la semaine prochaine", "2026-03-09T00:00"),
        ("fin de semaine prochaine", "2026-03-13T00:00"),
        ("à la fin du mois prochain", "2026-04-30T00:00"),
        ("ce soir tard", "2026-03-04T21:00"),
        ("demain dès 8h", "2026-03-05T08:00"),
        ("le 12 mars au milieu de la matinée", "2026-03-12T09:00"),
        ("vendredi en milieu d'après-midi", "2026-03-06T15:00"),
    ],
)
def test_french_more_forms(text: str, start: str) -> None:
    when = parse_when(text, now=NOW, tz=PARIS)
    assert when is not None, text
    assert when.start.strftime("%Y-%m-%dT%H:%M") == start


@pytest.mark.parametrize(
    "text",
    [
        "jui en retard",
        "jui pas là ce soir",
        "le 5 mars 30 personnes",
        "j'ai acheté 5 jus",
        "mais plutôt demain",
        "j'ai fait 48h de garde",
        "appartement 12 au 3e étage",
        "appeler le 06 12 34 56 78",
        "appeler le 06.12.34.56.78",
        "il était une fois",
        "j'ai mis 3 heures",
        "ça dure 2 heures",
        "3 heures de retard",
        "j'ai 2h de retard",
        "le 2 à 48h",
    ],
)
def test_french_near_forms(text: str) -> None:
    when = parse_when(text, now=NOW, tz=PARIS)
    if text == "le 5 mars 30 personnes":
        assert when is not None and when.start.year == 2026
    elif text == "jui pas là ce soir":
        assert when is not None and when.start.strftime("%m-%d") == "03-04"
    elif text == "mais plutôt demain":
        assert when is not None and when.start.strftime("%m-%d") == "03-05"
    else:
        assert when is None, text


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("17 02", "2027-02-17T00:00"),
        ("17 2", "2027-02-17T00:00"),
        ("31 10", "2026-10-31T00:00"),
        ("20 02 2027", "2027-02-20T00:00"),
        ("20 2 27", "2027-02-20T00:00"),
        ("5 3 2027", "2027-03-05T00:00"),
    ],
)
def test_french_day_month_numbers_alone(text: str, start: str) -> None:
    when = parse_when(text, now=NOW, tz=PARIS, locale="fr")
    assert when is not None, text
    assert when.start.strftime("%Y-%m-%dT%H:%M") == start


@pytest.mark.parametrize("text", ["3 20", "5 3", "1 2", "5 3 14", "74", "achète 17 2", "17 13"])
def test_french_number_pairs_that_are_no_date(text: str) -> None:
    assert parse_when(text, now=NOW, tz=PARIS) is None, text


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("mercredi en huit", "2026-03-11T00:00"),  # said on a Wednesday: a week from today
        ("mercredi en 8", "2026-03-11T00:00"),
        ("mercredi en quinze", "2026-03-18T00:00"),
        ("jeudi en huit", "2026-03-12T00:00"),  # a week after tomorrow
        ("mardi en huit", "2026-03-17T00:00"),  # a week after next Tuesday
        ("rdv jeudi en huit à 14h30", "2026-03-12T14:30"),
        ("jeudi en huit au matin", "2026-03-12T09:00"),
        ("aujourd'hui en huit", "2026-03-11T00:00"),
        ("demain en huit", "2026-03-12T00:00"),
        ("demain en quinze à 9h", "2026-03-19T09:00"),
    ],
)
def test_french_weekday_in_eight_days(text: str, start: str) -> None:
    when = parse_when(text, now=NOW, tz=PARIS)
    assert when is not None, text
    assert when.start.strftime("%Y-%m-%dT%H:%M") == start


def test_french_eight_is_no_weekday_offset_alone() -> None:
    when = parse_when("on était huit mardi", now=NOW, tz=PARIS)
    assert when is not None and when.start.strftime("%Y-%m-%d") == "2026-03-10"


def test_french_duckling_corpus_floor() -> None:
    rows = nlp_time.load("time_fr_duckling.jsonl")
    r = nlp_time.eval_duckling(nlp_time.flowhub_finder(), rows)
    assert (r["ok"] + r["neg_ok"]) / (r["pos"] + r["neg"]) >= 0.865


@pytest.mark.parametrize(
    ("text", "title", "due"),
    [
        ("mercredi prochain rdv chez le kiné à 18h", "Rdv chez le kiné", "2026-03-11T18:00"),
        ("demain dentiste à 9h30", "Dentiste", "2026-03-05T09:30"),
        ("vendredi appeler Paul à 14h", "Appeler Paul", "2026-03-06T14:00"),
    ],
)
def test_french_day_with_its_hour_later_in_the_task(text: str, title: str, due: str) -> None:
    (task,) = extract_tasks(text, now=NOW, tz=PARIS, sender="Camille")
    assert task.title == title
    assert task.due is not None and task.due.start.strftime("%Y-%m-%dT%H:%M") == due
