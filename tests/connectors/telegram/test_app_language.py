"""A newcomer on Telegram is answered in the language their app is set to, until they write."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from flowhub.i18n import use_locale
from flowhub.skills import words
from tests.auxil.fake_telegram import FakeTelegram
from tests.connectors.telegram import updates
from tests.connectors.telegram.conftest import post_update


def _person(user_id: int, name: str, language: str | None) -> dict[str, Any]:
    person: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": name}
    if language is not None:
        person["language_code"] = language
    return person


def _help_in(code: str, name: str) -> str:
    with use_locale(code):
        return words.HELP.format(name=name).splitlines()[0]


def _first_answer(fake: FakeTelegram, user: dict[str, Any]) -> str:
    (sent,) = [c for c in fake.calls_to("sendMessage") if c.params["chat_id"] == str(user["id"])]
    return str(sent.params["text"])


def test_the_app_language_answers_a_newcomer(client: TestClient, fake: FakeTelegram) -> None:
    people = {
        "pt": _person(50001, "João", "pt-br"),
        "de": _person(50002, "Lena", "de"),
        "tr": _person(50003, "Emre", "tr"),
        "en": _person(50004, "Kim", "zh-hans"),  # not a language FlowHub speaks: the default
        "en ": _person(50005, "Ola", None),
    }
    for n, (code, person) in enumerate(people.items()):
        update = updates.message(9100 + n, "/start", sender=person)
        assert post_update(client, update).status_code == 200
        said = _first_answer(fake, person)
        expected = _help_in(code.strip(), person["first_name"])
        assert said.startswith(expected.split("!")[0]), (code, said)
    assert _help_in("pt", "x") != _help_in("en", "x")


def test_words_in_another_language_still_win(client: TestClient, fake: FakeTelegram) -> None:
    person = _person(50010, "Marta", "pt-br")
    update = updates.message(
        9200, "can you tell me what you can do for our team please", sender=person
    )
    post_update(client, update)
    said = _first_answer(fake, person)
    assert not said.startswith(_help_in("pt", "Marta").split("!")[0])
