"""detect_language: script, Hinglish, the model for Latin text, abstaining, and the hint."""

from __future__ import annotations

import pytest

from flowhub.nlp import detect_language


@pytest.mark.parametrize(
    "text", ["ok", "👍", "9am", "", "   ", "ok 👍", "10:30", "hahaha", "@sam", "https://x.co/a"]
)
def test_no_language_in_the_text(text: str) -> None:
    assert detect_language(text) is None
    assert detect_language(text, hint="de") is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("завтра в 9 позвонить маме", "ru"),
        ("Саша ок", "ru"),
        ("بكرة الساعة ٥ اجتماع", "ar"),
        ("ok تمام", "ar"),
        ("कल मीटिंग है", "hi"),
        ("meeting कल है", "hi"),
    ],
)
def test_script_decides_for_non_latin_letters(text: str, lang: str) -> None:
    assert detect_language(text) == lang
    assert detect_language(text, hint="en") == lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("tomorrow I need to call the plumber about the leak", "en"),
        ("mañana tengo que llamar al fontanero por la fuga", "es"),
        ("amanhã preciso ligar pro encanador por causa do vazamento", "pt"),
        ("demain je dois appeler le plombier pour la fuite", "fr"),
        ("morgen muss ich den Klempner wegen dem Leck anrufen", "de"),
        ("domani devo chiamare l'idraulico per la perdita", "it"),
        ("morgen moet ik de loodgieter bellen over het lek", "nl"),
        ("besok aku harus telepon tukang ledeng soal bocor", "id"),
        ("yarın sızıntı için tesisatçıyı aramam lazım", "tr"),
    ],
)
def test_latin_sentences(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    "text",
    [
        "kal mujhe plumber ko call karna hai",
        "Priya ko bolo slides bana de",
        "aaj shaam tak report bhejna hai",
        "bhai meeting kab hai?",
        "kal main bahar hoon",
        "1 wapas kholo",
    ],
)
def test_hinglish_is_hindi(text: str) -> None:
    assert detect_language(text) == "hi"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Lena kannst du mir morgen helfen?", "de"),
        ("me lembra do bolo de aniversário amanhã", "pt"),
        ("ho fatto la spesa ieri", "it"),
    ],
)
def test_a_hindi_looking_word_alone_does_not_make_hindi(text: str, lang: str) -> None:
    assert detect_language(text) == lang
    assert detect_language(text, hint="hi") == lang


def test_one_hindi_word_is_enough_for_someone_who_writes_hindi() -> None:
    assert detect_language("thanks yaar") is None
    assert detect_language("thanks yaar", hint="hi") == "hi"


def test_hint_settles_a_close_call() -> None:
    assert detect_language("no problema") is None
    assert detect_language("no problema", hint="es") == "es"
    assert detect_language("no problema", hint="it") == "it"
    assert detect_language("comprar pan", hint="pt") == "pt"


def test_hint_does_not_override_a_clear_message() -> None:
    text = "amanhã preciso ligar pro encanador"
    assert detect_language(text, hint="en") == "pt"
    assert detect_language("erinnere mich morgen an den Zahnarzt", hint="nl") == "de"


def test_unknown_hint_is_ignored() -> None:
    assert detect_language("mañana tengo que llamar al banco", hint="xx") == "es"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("how do I connect Trello?", None),
        ("the main thing is done", "en"),
        ("main street cafe at 5", "en"),
    ],
)
def test_a_few_words_that_may_be_english_switch_to_no_other_language(
    text: str, lang: str | None
) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    ("text", "hint", "lang"),
    [
        ("geri al", "id", "tr"),
        ("iptal et", "pt", "tr"),
        ("tamam kaydet", "id", "tr"),
        ("selesai", "tr", "id"),
        ("ok", "tr", None),
    ],
)
def test_a_short_message_in_words_only_one_language_writes_is_that_language(
    text: str, hint: str, lang: str | None
) -> None:
    assert detect_language(text, hint=hint) == lang


def test_hinglish_request_words() -> None:
    text = "arre task bana do na: Mehta ji ke saath client call, kal 10 baje"
    assert detect_language(text, hint="id") == "hi"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("oye, me dices q me falta?", "es"),
        ("me dices q me falta", "es"),
        ("ciao, cosa devo fare oggi?", "it"),
        ("wat moet ik vandaag doen", "nl"),
        ("ok q horas sao amanha?", "pt"),
        ("yarin aksam arabayi yikat", "tr"),
    ],
)
def test_chat_words_of_one_language_settle_a_close_call(text: str, lang: str) -> None:
    assert detect_language(text) == lang
    assert detect_language(text, hint="en") == lang
