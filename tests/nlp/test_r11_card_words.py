"""Answers to a waiting card or a reminder in German, Portuguese, French, Turkish and Hinglish."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flowhub.nlp import parse_when
from flowhub.nlp._card_said import card_said
from flowhub.nlp._commands import english_command

_NOW = datetime(2026, 3, 4, 9, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "day"),
    [("am 15", 15), ("auf den 15", 15), ("bis zum 15", 15), ("auf 15.12", 15), ("auf 15.12.", 15)],
)
def test_german_day_numbers_without_their_period_are_dates(text: str, day: int) -> None:
    found = parse_when(text, now=_NOW, tz="Europe/Berlin", locale="de")
    assert found is not None and found.start.day == day and found.grain == "day"


def test_german_clock_with_a_dot_stays_a_time() -> None:
    found = parse_when("um 15.30", now=_NOW, tz="Europe/Berlin", locale="de")
    assert found is not None and (found.start.hour, found.start.minute) == (15, 30)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("auf den 15. bitte", "move it to den 15"),
        ("verschieb auf 15.12.", "move it to auf 15.12"),
        ("ne, lieber schon bis zum 15., sonst vergess ichs", "move it to bis zum 15"),
        ("die auch weg", "discard"),
        ("das bitte weg", "discard"),
    ],
)
def test_german_answers_to_a_card(text: str, act: str) -> None:
    said = card_said(text, locale="de")
    assert said is not None and said.acts == (act,)


@pytest.mark.parametrize("text", ["hab ich gemacht ✔️", "hab's schon erledigt", "hab das gemacht"])
def test_german_done_after_a_reminder(text: str) -> None:
    assert english_command(text, locale="de") == "done"


@pytest.mark.parametrize(
    ("text", "locale", "acts"),
    [
        ("ah esquece esse, minha irmã já comprou", "pt", ("discard",)),
        ("esse aqui tb, descarta", "pt", ("discard",)),
        ("deixa pra lá, ainda tenho bastante", "pt", ("discard",)),
        ("ah non laisse tomber, il m'en reste", "fr", ("cancel",)),
        ("shaam 5 baje tak rakh do usko", "hi_Latn", ("move it to shaam 5 baje",)),
        ("perfect, confirm kar do", "hi_Latn", ("confirm",)),
        ("Ana ko de do, Thursday tak", "hi_Latn", ("assign to Ana", "move it to Thursday")),
    ],
)
def test_answers_to_a_card_in_other_languages(
    text: str, locale: str, acts: tuple[str, ...]
) -> None:
    said = card_said(text, locale=locale)
    assert said is not None and said.acts == acts


def test_a_drop_names_its_card() -> None:
    said = card_said("pode descartar o do presente", locale="pt")
    assert said is not None and said.acts == ("discard",) and said.about == "presente"


def test_leaving_it_there_is_no_person() -> None:
    said = card_said("deixa pra lá", locale="pt")
    assert said is not None and said.acts == ("discard",)


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        (
            "yok yok, başlık Ahmet'le toplantı olsun, kişi de benim",
            ("title: Ahmet'le toplantı", "assign to me"),
        ),
        ("başlık: Ahmet'le toplantı, bana ver", ("title: Ahmet'le toplantı", "assign to me")),
        ("Ba diye biri yok 😅 Sam'e ver, yani kendime", ("assign to Sam", "assign to me")),
        ("kendime ata", ("assign to me",)),
        ("bunu Mehmet'e ata", ("assign to Mehmet",)),
    ],
)
def test_turkish_to_me_is_never_a_name(text: str, acts: tuple[str, ...]) -> None:
    said = card_said(text, locale="tr")
    assert said is not None and said.acts == acts
