"""A card without a date suggests one from how long the sender's similar tasks took."""

from __future__ import annotations

import statistics
from datetime import date, timedelta

from sqlmodel import select

from flowhub.bot.runtime import Runtime
from flowhub.skills.due_hint import title_words
from flowhub.storage import Person, Task, session_scope
from tests.conftest import FIXED_NOW, ChatFactory

TOOK_HOURS = [20, 50, 70, 30]


def _seed(runtime: Runtime, titles: list[str], hours: list[int]) -> None:
    with session_scope(runtime.engine) as session:
        ana = session.exec(select(Person).where(Person.display_name == "Ana")).one()
        for title, took in zip(titles, hours, strict=True):
            done = FIXED_NOW - timedelta(days=3)
            session.add(
                Task(
                    workspace_id=ana.workspace_id,
                    title=title,
                    creator_id=ana.id or 0,
                    status="done",
                    created_at=done - timedelta(hours=took),
                    updated_at=done,
                    completed_at=done,
                )
            )


def test_title_words_leave_out_the_verb_and_small_words() -> None:
    assert title_words("Send the invoice to Okafor") == ["invoice", "okafor"]
    assert title_words("Enviar la factura al cliente") == ["factura", "cliente"]
    assert title_words("Call mum") == ["mum"]


def test_a_card_without_a_date_suggests_the_usual_time(
    runtime: Runtime, chat_as: ChatFactory
) -> None:
    ana = chat_as("ana", "Ana")
    ana.say("hi")
    titles = ["Send the invoice to Weber", "Invoice for Müller", "Chase the invoice", "Call mum"]
    _seed(runtime, titles, TOOK_HOURS)
    alike = [h for t, h in zip(titles, TOOK_HOURS, strict=True) if "invoice" in t.lower()]
    median = statistics.median(alike)
    days = max(1, round(median / 24))
    day = date(2026, 3, 4) + timedelta(days=days)
    (card,) = ana.say("send the invoice to Okafor")
    assert f"“invoice” tasks usually take {days} days" in card.text, card.text
    assert f"{day.day} Mar?" in card.text
    assert any(b.id.startswith("sdue:") for b in card.buttons)
    with session_scope(runtime.engine) as session:
        assert session.exec(select(Task).where(Task.status == "open")).all() == []
    (moved,) = ana.press("Due", card)
    assert "Fri 6 Mar" in moved.text and "usually take" not in moved.text
    (saved, *_rest) = ana.press("Confirm", moved)
    with session_scope(runtime.engine) as session:
        task = session.exec(select(Task).where(Task.status == "open")).one()
        assert task.due_at is not None and task.due_grain == "day"
        assert task.due_at.date() in (date(2026, 3, 5), date(2026, 3, 6))  # Berlin midnight
    assert "Fri 6 Mar" in saved.text


def test_no_suggestion_with_too_few_alike_or_a_date_said(
    runtime: Runtime, chat_as: ChatFactory
) -> None:
    ana = chat_as("ana", "Ana")
    ana.say("hi")
    _seed(runtime, ["Send the invoice to Weber", "Invoice for Müller"], [20, 50])
    (card,) = ana.say("send the invoice to Okafor")
    assert "usually take" not in card.text
    assert not any(b.id.startswith("sdue:") for b in card.buttons)
    _seed(runtime, ["Chase the invoice"], [70])
    (dated,) = ana.say("send the invoice to Okafor friday")
    assert "usually take" not in dated.text


def test_confirming_without_the_tap_sets_no_date(runtime: Runtime, chat_as: ChatFactory) -> None:
    ana = chat_as("ana", "Ana")
    ana.say("hi")
    _seed(runtime, ["Invoice A", "Send invoice B", "Pay the invoice C"], [24, 24, 24])
    (card,) = ana.say("send the invoice to Okafor")
    assert "usually take a day" in card.text
    ana.press("Confirm", card)
    with session_scope(runtime.engine) as session:
        task = session.exec(select(Task).where(Task.status == "open")).one()
        assert task.due_at is None


def test_a_typed_yes_takes_the_suggested_day(runtime: Runtime, chat_as: ChatFactory) -> None:
    ana = chat_as("ana", "Ana")
    ana.say("hi")
    _seed(runtime, ["Invoice A", "Send invoice B", "Pay the invoice C"], [24, 24, 24])
    (card,) = ana.say("send the invoice to Okafor")
    assert "Thu 5 Mar?" in card.text
    ana.say("yes")
    with session_scope(runtime.engine) as session:
        task = session.exec(select(Task).where(Task.status == "open")).one()
        assert task.due_at is not None and task.due_grain == "day"
