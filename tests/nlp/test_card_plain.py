"""Plain-word changes to a waiting card in each language read as the English a reply says."""

from __future__ import annotations

import pytest

from flowhub.nlp import card_said, english_command


@pytest.mark.parametrize(
    ("text", "locale", "english"),
    [
        ("pon la hora a las 11", "es", "move it to 11:00"),
        ("mets l'heure à 11h", "fr", "move it to 11:00"),
        ("stell die uhrzeit auf 11", "de", "move it to 11:00"),
        ("metti l'ora alle 11", "it", "move it to 11:00"),
        ("zet de tijd op 11 uur", "nl", "move it to 11:00"),
        ("jamnya ganti jadi jam 11", "id", "move it to 11:00"),
        ("time 11 baje kar do", "hi_Latn", "move it to 11:00"),
        ("saati 11'e al", "tr", "move it to 11:00"),
        ("поставь время на 11", "ru", "move it to 11:00"),
        ("خلي الساعة 11", "ar", "move it to 11:00"),
        ("coloca o horário pras 11", "pt", "move it to 11:00"),
        ("cambia el nombre: Revisar visados", "es", "title: Revisar visados"),
        (
            "naam bhi thik karo: Visa documents check karna",
            "hi_Latn",
            "title: Visa documents check karna",
        ),
        ("başlığı düzelt: Vize evraklarını kontrol et", "tr", "title: Vize evraklarını kontrol et"),
        ("en fait c'est Priya qui doit le faire", "fr", "assign to Priya"),
        ("en realidad lo tiene que hacer Priya", "es", "assign to Priya"),
        ("eigentlich soll Priya das machen", "de", "assign to Priya"),
        ("aslında bunu Priya yapmalı", "tr", "assign to Priya"),
        ("na verdade quem tem que fazer é a Priya", "pt", "assign to Priya"),
        ("c'est bon, envoie-lui", "fr", "confirm"),
        ("passt, schick es ihr", "de", "confirm"),
        ("beleza, manda pra ela", "pt", "confirm"),
        ("tamam, ona gönder", "tr", "confirm"),
        ("ja genau so", "de", "yes"),
        ("sí, exactamente así", "es", "yes"),
        ("evet aynen böyle", "tr", "yes"),
        ("descarta esses 3 cartoes nao confirmados", "pt", "discard all 3"),
        ("удали эти 3 неподтвержденные карточки", "ru", "discard all 3"),
        ("verwijder deze 3 onbevestigde kaarten", "nl", "discard all 3"),
        (
            "ok, conferma questa e butta le altre due",
            "it",
            "confirm this one and discard the others",
        ),
        (
            "beleza, confirma esse. e joga fora os outros dois rascunhos",
            "pt",
            "confirm this one and discard the others",
        ),
    ],
)
def test_card_words_read_as_english(text: str, locale: str, english: str) -> None:
    assert english_command(text, locale=locale) == english


@pytest.mark.parametrize(
    ("text", "locale"),
    [("gooi de tweede weg", "nl"), ("descarta os 3", "pt"), ("oui vas-y valide", "fr")],
)
def test_a_card_picked_by_number_is_not_all_of_them(text: str, locale: str) -> None:
    assert not (english_command(text, locale=locale) or "").startswith(("discard all", "yes"))


def test_a_reason_beside_a_move_is_no_part_of_it() -> None:
    said = card_said("na vdd muda pra segunda, domingo ninguem trabalha kkk", locale="pt")
    assert said is not None and said.acts == ("move it to segunda",)


def test_the_newest_card_dropped_and_the_one_named_moved() -> None:
    text = "no no, borra ese último. quería cambiar lo de los vouchers al lunes por la mañana"
    said = card_said(text, locale="es")
    assert said is not None and said.acts[0] == "discard"
    assert said.abouts == ("", "vouchers")
