"""Settings in chat (timezone by zone or city, digest time, language) and help."""

from __future__ import annotations

from sqlmodel import select

from flowhub.storage import Person, session_scope
from tests.conftest import ChatFactory


def _person(runtime: object, name: str) -> Person:
    with session_scope(runtime.engine) as session:  # type: ignore[attr-defined]
        return session.exec(select(Person).where(Person.display_name == name)).one()


def test_timezone_by_city_and_by_zone(chat_as: ChatFactory, runtime: object) -> None:
    ana = chat_as("ana", "Ana", tz="UTC")
    reply = ana.say("I'm in Berlin")[0].text
    assert "Europe/Berlin" in reply and "10:00" in reply  # 09:00 UTC is 10:00 in Berlin
    assert _person(runtime, "Ana").timezone == "Europe/Berlin"
    ana.say("timezone America/New_York")
    assert _person(runtime, "Ana").timezone == "America/New_York"
    ana.say("tz São Paulo")
    assert _person(runtime, "Ana").timezone == "America/Sao_Paulo"
    unknown = ana.say("timezone Atlantis")[0].text
    assert "don't know the timezone" in unknown
    assert _person(runtime, "Ana").timezone == "America/Sao_Paulo"


def test_digest_time_and_language(chat_as: ChatFactory, runtime: object) -> None:
    ana = chat_as("ana", "Ana")
    assert "07:30" in ana.say("digest 7:30am")[0].text
    assert _person(runtime, "Ana").digest_time == "07:30"
    ana.say("set my digest to 6pm")
    assert _person(runtime, "Ana").digest_time == "18:00"
    ana.say("digest off")
    assert _person(runtime, "Ana").digest_enabled is False
    ana.say("language spanish")
    assert _person(runtime, "Ana").locale == "es"
    shown = ana.say("settings")[0].text
    assert "America" not in shown and "Europe/Berlin" in shown
    assert "Resumen diario: desactivado" in shown  # "off" in Spanish


def test_due_dates_follow_the_new_zone(chat_as: ChatFactory) -> None:
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    ana.say("I'm in New York")
    (card,) = ana.say("call mom tomorrow at 9am")
    assert "Thu 5 Mar, 09:00" in card.text  # 09:00 in New York, shown in New York time


def test_help_lists_examples(chat_as: ChatFactory) -> None:
    ana = chat_as("ana", "Ana")
    text = ana.say("help")[0].text
    assert "what's due today" in text and "done 2" in text


def test_a_newcomer_starts_in_the_zone_the_platform_gives(runtime: object) -> None:
    from datetime import UTC, datetime

    from flowhub.connectors import Event

    event = Event(
        platform="console",
        account="local",
        chat="dm-kim",
        sender_id="kim",
        sender_name="Kim",
        time=datetime(2026, 3, 4, 9, tzinfo=UTC),
        message_id="tz-1",
        text="hello",
        sender_tz="Asia/Tokyo",
    )
    runtime.receive(event)  # type: ignore[attr-defined]
    assert _person(runtime, "Kim").timezone == "Asia/Tokyo"
