"""Tasks handed to someone in other languages, and names written in other scripts."""

from __future__ import annotations

import pytest

from flowhub.nlp._task_asked import asked_of, own_need
from flowhub.storage.name_scripts import names_match

PEOPLE = ["ana", "sam", "priya"]


def _known(word: str) -> str | None:
    hits = [n for n in PEOPLE if n == word.casefold() or names_match(word.casefold(), n)]
    return hits[0] if len(hits) == 1 else None


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("Ане", "ana"),
        ("Ана", "ana"),
        ("Сэм", "sam"),
        ("Сэму", "sam"),
        ("Прия", "priya"),
        ("سام", "sam"),
        ("آنا", "ana"),
        ("بريا", "priya"),
        ("لسام", "sam"),
        ("सैम", "sam"),
        ("प्रिया", "priya"),
        ("एना", "ana"),
        ("Priya", "priya"),
        ("она", None),
        ("он", None),
        ("أنا", None),
        ("को", None),
        ("банк", None),
        ("pria", None),
    ],
)
def test_a_name_in_another_script_is_the_person(word: str, name: str | None) -> None:
    assert _known(word) == name


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "en zeg tegen priya dat ze de offerte moet sturen voor woensdag",
            "Priya: de offerte sturen voor woensdag",
        ),
        ("और प्रिया को बोलो कल तक बजट फाइल भेज दे", "Priya: कल तक बजट फाइल भेजना"),
        ("priya ko bol do friday tak report bhej de", "Priya: friday tak report bhejna"),
        ("y que ana mande las facturas el viernes", "Ana: mandar las facturas el viernes"),
        ("porfa pon que ana haga lo de las facturas", "Ana: hacer lo de las facturas"),
        ("e fala pro sam comprar os ingressos até quarta", "Sam: comprar os ingressos até quarta"),
        (
            "und priya soll bis freitag die rechnungen checken",
            "Priya: bis freitag die rechnungen checken",
        ),
        (
            "sam harus update slide presentasi sebelum hari jumat",
            "Sam: update slide presentasi sebelum hari jumat",
        ),
        (
            "trus si sam hrs update slide presentasi sblm jumat",
            "Sam: update slide presentasi sebelum jumat",
        ),
        ("пусть ана до понедельника закажет билеты", "Ana: до понедельника закажет билеты"),
        ("скажи Сэму, чтобы он купил молоко завтра", "Sam: купить молоко завтра"),
        ("لازم سام يخلص العرض قبل الخميس", "Sam: يخلص العرض قبل الخميس"),
        (
            "anche sam deve prenotare il ristorante x sabato sera",
            "Sam: prenotare il ristorante per sabato sera",
        ),
    ],
)
def test_a_task_for_someone_names_them(text: str, said: str) -> None:
    assert asked_of(text, _known) == said


@pytest.mark.parametrize(
    "text",
    [
        "que bueno que ana vino",  # no task
        "zeg tegen de klant dat we later komen",  # "de" names no one known
        "und das soll bis freitag fertig sein",
        "пусть он сам решает",
        "пусть сам решает, что купить",
    ],
)
def test_no_known_person_is_no_task_for_someone(text: str) -> None:
    assert asked_of(text, _known) is None


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            "Devo pagare la bolletta della luce entro venerdì",
            "Pagare la bolletta della luce entro venerdì",
        ),
        ("я должен завтра позвонить в банк", "Завтра позвонить в банк"),
        ("ik moet de belasting doen", "De belasting doen"),
        ("devo?", None),
        ("cosa devo fare oggi?", None),
    ],
)
def test_the_writers_own_need_keeps_the_action(text: str, action: str | None) -> None:
    assert own_need(text) == action
