"""Everyday Spanish, Portuguese, French and Italian follow-ups read as the English commands."""

from __future__ import annotations

import pytest

from flowhub.nlp import english_command
from flowhub.skills.settings import find_zone

SAID = [
    ("es", "no espera, el jueves mejor", "no, jueves"),
    ("es", "sip va", "yes"),
    ("es", "ya pagué la luz 🙌", "done with luz"),
    ("es", "la 2 ya la hice", "done 2"),
    ("es", "borra lo de los pañales porfa", "delete pañales"),
    ("es", "lo de la luz cámbialo pal jueves porfa", "move luz to jueves"),
    ("es", "ay no me equivoqué, regrésala", "undo"),
    ("es", "y priya q tiene pendiente?", "what does priya have?"),
    ("es", "el resumen mándamelo a las 7 porfa", "digest at 7:00"),
    ("es", "vivo en Ciudad de México", "I'm in Ciudad de México"),
    ("pt", "blz pode salvar", "yes"),
    ("pt", "nao, esquece isso", "discard"),
    ("pt", "passa pro sam", "assign to sam"),
    ("pt", "dá pro Sam entao", "assign to Sam"),
    ("pt", "opa, desfaz", "undo"),
    ("pt", "oq tenho pra hj?", "what's due today"),
    ("pt", "agr nao da, me lembra em 20 min", "snooze 20 minutes"),
    ("pt", "quero o resumo diario as 8 da manha", "digest at 8:00"),
    ("fr", "oui c bon", "yes"),
    ("fr", "en fait plutot vers 10h30", "no, 10h30"),
    ("fr", "oups non pas encore, annule stp", "undo"),
    ("fr", "c bon j'ai rappelé le plombier", "done with le plombier"),
    ("fr", "tu peux supprimer le rdv dentiste stp", "delete rdv dentiste"),
    ("fr", "résumé à 7h", "digest at 7:00"),
    ("it", "ops no aspetta, annulla", "undo"),
    ("it", "no è x sam, assegnala a lui", "assign to sam"),
    ("it", "ok fatto il report 👍", "done with report"),
    ("it", "mandami il riepilogo giornaliero alle 8 please", "digest at 8:00"),
]

# Near phrasings that are tasks or chat, not the command.
NOT_SAID = [
    ("es", "borra la pizarra del aula"),
    ("es", "estoy en una reunión"),
    ("pt", "passa na farmácia pra amanhã"),
    ("pt", "apaga o quadro"),
    ("fr", "supprime le fichier"),
    ("fr", "je suis à la maison"),
    ("it", "sono a casa"),
    ("it", "fatto il bucato"),
]


@pytest.mark.parametrize(("code", "text", "english"), SAID)
def test_everyday_follow_up_reads_as_english(code: str, text: str, english: str) -> None:
    assert english_command(text, locale=code) == english


@pytest.mark.parametrize(("code", "text"), NOT_SAID)
def test_near_phrase_is_no_command(code: str, text: str) -> None:
    assert english_command(text, locale=code) in (None, text)


@pytest.mark.parametrize(
    ("place", "zone"),
    [
        ("Ciudad de México", "America/Mexico_City"),
        ("CDMX", "America/Mexico_City"),
        ("Guadalajara", "America/Mexico_City"),
        ("Montréal", "America/Toronto"),
        ("Lisboa", "Europe/Lisbon"),
        ("Milano", "Europe/Rome"),
        ("Москва", "Europe/Moscow"),
    ],
)
def test_city_in_own_language_finds_its_zone(place: str, zone: str) -> None:
    assert find_zone(place) == zone


def test_a_day_said_not_to_work_is_no_correction_to_it() -> None:
    for text in (
        "no sorry, can't this week",
        "nein, kann nicht freitag",
        "não, sexta não",
        "no, not friday",
        "nee, vrijdag lukt niet",
    ):
        assert english_command(text, locale="en") is None, text
    assert english_command("no sorry, friday pls", locale="en") == "no, friday"
    assert english_command("nein, lieber freitag", locale="de") == "no, freitag"
