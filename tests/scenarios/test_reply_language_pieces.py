"""Pieces put into a translated reply (durations, media kinds, review heads) are translated too."""

from __future__ import annotations

from datetime import timedelta

from flowhub.bot.clock import FixedClock
from flowhub.i18n import use_locale
from flowhub.skills import words
from flowhub.skills.settings import lead_text
from tests.conftest import ChatFactory


def test_lead_times_are_said_in_the_current_language() -> None:
    assert [lead_text(n) for n in (0, 30, 60, 90, 2 * 24 * 60, 7 * 24 * 60)] == [
        "at the due time",
        "30 minutes",
        "1 hour",
        "1 hour 30 minutes",
        "2 days",
        "7 days",
    ]
    with use_locale("de"):
        assert lead_text(0) == "zum Fälligkeitszeitpunkt"
        assert lead_text(24 * 60 + 45) == "1 Tag 45 Minuten"
        assert lead_text(7 * 24 * 60) == "7 Tage"
    with use_locale("ru"):
        assert lead_text(120) == "2 часа"


def test_a_media_note_names_the_kind_in_the_current_language() -> None:
    with use_locale("es"):
        said = words.MEDIA_NOTED.format(media=words.MEDIA_NAMES["photo"])
    assert "(foto)" in said and "photo" not in said


def test_settings_and_lead_confirmation_in_spanish(chat_as: ChatFactory) -> None:
    ana = chat_as("ana", "Ana")
    ana.say("idioma español")
    (set_lead,) = ana.say("remind me 45 minutes before")
    assert "45 minutos antes" in set_lead.text
    ana.say("digest off")
    (shown,) = ana.say("settings")
    assert "Resumen diario: desactivado" in shown.text
    assert "Recordatorios de tareas: 45 minutos antes del vencimiento" in shown.text
    ana.say("remind me at due time")
    (shown,) = ana.say("settings")
    assert "Recordatorios de tareas: a la hora de vencimiento" in shown.text


def test_weekly_review_heads_and_unassigned_in_german(
    chat_as: ChatFactory, clock: FixedClock
) -> None:
    ana = chat_as("ana", "Ana", chat="team", group=True)
    ana.say("language deutsch")
    for text in ("ask Sam to fix the login bug today at 11am", "order pizza today at 11am"):
        for card in ana.say(text):
            ana.press("Bestätigen", card)
    clock.advance(timedelta(hours=3))
    review = ana.say("weekly review")[0].text
    lines = review.splitlines()
    assert lines[0] == "🗓 Wochenrückblick für diese Gruppe:"
    assert "Überfällig bei Sam: 1" in lines
    assert lines.index("Überfällig, niemandem zugewiesen: 1") > lines.index("Überfällig bei Sam: 1")


def test_calendar_feed_replies_in_german(chat_as: ChatFactory) -> None:
    ana = chat_as("ana", "Ana")
    ana.say("language deutsch")
    ready = ana.say("connect ical")[-1].text
    assert ready.startswith("📅 Dein Kalender-Feed") and "/ical/" in ready
    (listed,) = ana.say("connections")
    assert "1. Kalender-Feed (deiner)" in listed.text
    assert ana.say("disconnect ical")[0].text.startswith("🔌 Kalender-Feed getrennt")
