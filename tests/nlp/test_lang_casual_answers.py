"""Casual answers to a card, taking a task on, asking a named person and follow-up asks, in many
languages."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flowhub.nlp import asks_for, card_said, english_command, extract_tasks

NOW = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("locale", "text", "act"),
    [
        ("de", "jo schicks raus", "confirm"),
        ("de", "ähm ich mein die karte für sam, passt so, abschicken", "confirm"),
        ("es", "vale, perfecto así", "yes"),
        ("pt", "pode mandar", "confirm"),
        ("tr", "tamam böyle kalsın", "yes"),
        ("id", "oke kirim aja", "confirm"),
        ("de", "nee die weg, quatsch", "discard"),
        ("pt", "nao nao, apaga esse ultimo", "discard"),
        ("tr", "of ya, vazgeç bundan", "discard"),
        ("ru", "забей, удаляй", "discard"),
    ],
)
def test_casual_card_answers(locale: str, text: str, act: str) -> None:
    said = card_said(text, locale=locale)
    assert said is not None and said.acts == (act,)


@pytest.mark.parametrize(
    ("locale", "text", "title"),
    [
        ("tr", "başlık sadece 'tedarikçi toplantısı' olsun", "tedarikçi toplantısı"),
        ("es", "título solo 'revisar cuentas'", "revisar cuentas"),
        ("de", "der titel soll nur 'Mehl bestellen' sein", "Mehl bestellen"),
        ("nl", "titel alleen 'rekeningen nakijken'", "rekeningen nakijken"),
    ],
)
def test_title_said_as_only(locale: str, text: str, title: str) -> None:
    said = card_said(text, locale=locale)
    assert said is not None and said.acts == (f"title: {title}",)


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("de", "ok dann mach ichs selbst"),
        ("de", "den lieferplan übernehm ich wieder"),
        ("id", "yaudah aku aja yg ngerjain"),
        ("tr", "tamam deko işi bende, hallederim"),
        ("pt", "deixa que eu faço"),
    ],
)
def test_taking_it_on(locale: str, text: str) -> None:
    assert english_command(text, locale=locale) == "ok, I'll do it myself"


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("pt", "e a priya, o q ela tem pra fazer?"),
        ("de", "und priya, was hat sie zu tun?"),
        ("id", "kalau priya, dia ada tugas apa?"),
    ],
)
def test_asked_about_someone(locale: str, text: str) -> None:
    assert english_command(text, locale=locale) == "what does priya have?"


@pytest.mark.parametrize(
    ("locale", "text", "title", "who"),
    [
        ("tr", "Priya yarına kadar faturaları gönderebilir misin?", "Faturaları gönder", "Priya"),
        ("pt", "priya, vc consegue mandar o inventario ate sexta?", "Mandar o inventario", "priya"),
    ],
)
def test_named_person_asked(locale: str, text: str, title: str, who: str) -> None:
    assert asks_for(text)
    (draft,) = extract_tasks(text, now=NOW, tz="Europe/Berlin", locale=locale)
    assert (draft.title, draft.assignee) == (title, who)


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        (
            "es",
            "el jueves que viene tengo que revisar las cuentas de la tienda de mitte, por la tarde",
        ),
        ("id", "kamis aku harus cek laporan toko, sore"),
    ],
)
def test_part_of_day_closing(locale: str, text: str) -> None:
    (draft,) = extract_tasks(text, now=NOW, tz="Europe/Berlin", locale=locale)
    assert draft.due is not None and draft.due.start.hour == 15
