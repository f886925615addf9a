"""Someone who never wrote is told things in their platform's language for them, else their
phone number's country's, else the team's or the asker's."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from flowhub.skills.notify import reader_locale
from flowhub.skills.recipient_language import phone_locale
from flowhub.storage import Person, migrate, people, session_scope

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


@pytest.fixture
def migrated(engine: Engine) -> Engine:
    migrate(engine)
    return engine


def _person(session: Session, platform: str, external_id: str, locale: str = "en") -> Person:
    workspace = people.get_or_create_workspace(
        session=session, platform=platform, external_id="acct", now=NOW
    )
    person, _ = people.get_or_create_person(
        session=session,
        workspace_id=workspace.id or 0,
        platform=platform,
        account="acct",
        external_id=external_id,
        now=NOW,
        display_name=external_id,
        timezone="UTC",
        locale=locale,
        digest_time="08:00",
    )
    return person


@pytest.mark.parametrize(
    ("number", "locale"),
    [
        ("4915112345678", "de"),
        ("+5511987654321", "pt"),
        ("12125550123", "en"),
        ("919876543210", "hi"),
        ("905321234567", "tr"),
        ("31612345678", "nl"),
        ("32470123456", "nl"),
        ("6281234567890", "id"),
        ("201001234567", "ar"),
        ("79161234567", "ru"),
        ("33612345678", "fr"),
        ("not a number", None),
    ],
)
def test_a_phone_number_names_its_country_s_language(number: str, locale: str | None) -> None:
    assert phone_locale(number) == locale


def test_a_whatsapp_newcomer_is_told_in_their_number_s_language(migrated: Engine) -> None:
    with session_scope(migrated) as session:
        german = _person(session, "whatsapp", "4915112345678")
        brazilian = _person(session, "whatsapp", "5511987654321")
        assert reader_locale(session, german, asker_locale="es") == "de"
        assert reader_locale(session, brazilian, asker_locale="de") == "pt"


def test_the_platform_s_locale_comes_before_the_asker_s(migrated: Engine) -> None:
    with session_scope(migrated) as session:
        told = _person(session, "telegram", "42", locale="it")
        declared = _person(session, "playground", "sam", locale="en")
        assert reader_locale(session, told, asker_locale="de") == "it"
        assert reader_locale(session, declared, asker_locale="de") == "en"


def test_with_nothing_known_the_asker_s_language_is_used(migrated: Engine) -> None:
    with session_scope(migrated) as session:
        unknown = _person(session, "whatsapp", "999")
        assert reader_locale(session, unknown, asker_locale="es") == "es"


def test_a_chosen_language_wins_over_the_phone(migrated: Engine) -> None:
    with session_scope(migrated) as session:
        german = _person(session, "whatsapp", "4915112345678")
        people.update_person(session=session, person=german, locale="fr", locale_chosen=True)
        assert reader_locale(session, german, asker_locale="es") == "fr"
