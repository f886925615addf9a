"""The week's trend line and picture in the daily digest and the weekly review."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlmodel import select

from flowhub.bot.clock import FixedClock
from flowhub.bot.runtime import Runtime
from flowhub.connectors.console.connector import Shown
from flowhub.storage import Chat, Person, Task, session_scope
from tests.conftest import FIXED_NOW, ChatFactory

PNG = b"\x89PNG\r\n\x1a\n"
WEEK = timedelta(days=7)


def _add_done(
    runtime: Runtime, who: str, ages_in_hours: list[int], chat: str | None = None
) -> None:
    """Tasks of `who` done that many hours before the fixed clock's now."""
    with session_scope(runtime.engine) as session:
        person = session.exec(select(Person).where(Person.display_name == who)).one()
        chat_id = None
        if chat is not None:
            found = session.exec(select(Chat).where(Chat.external_id == chat)).one()
            chat_id = found.id
        for n, hours in enumerate(ages_in_hours):
            at = FIXED_NOW - timedelta(hours=hours)
            session.add(
                Task(
                    workspace_id=person.workspace_id,
                    chat_id=chat_id,
                    title=f"finished {n}",
                    creator_id=person.id or 0,
                    status="done",
                    created_at=at - timedelta(hours=30),
                    updated_at=at,
                    completed_at=at,
                )
            )


def _expected_trend(runtime: Runtime, who: str, now: datetime) -> tuple[int, int]:
    """Done in the seven days to `now` and the seven before, counted row by row."""
    with session_scope(runtime.engine) as session:
        person = session.exec(select(Person).where(Person.display_name == who)).one()
        done = [
            t.completed_at
            for t in session.exec(select(Task)).all()
            if t.status == "done"
            and t.completed_at is not None
            and (
                t.assignee_id == person.id or (t.creator_id == person.id and t.assignee_id is None)
            )
        ]
    this = sum(1 for at in done if now - WEEK <= at < now)
    before = sum(1 for at in done if now - 2 * WEEK <= at < now - WEEK)
    return this, before


def _pictures(shown: list[Shown]) -> list[Shown]:
    return [m for m in shown if m.attachment is not None and m.attachment.kind == "image"]


def test_the_weekly_review_says_the_trend_and_shows_the_week(
    runtime: Runtime, chat_as: ChatFactory
) -> None:
    ana = chat_as("ana", "Ana")
    ana.say("hi")
    _add_done(runtime, "Ana", [2, 20, 30, 50, 100, 200, 230, 400])
    this, before = _expected_trend(runtime, "Ana", FIXED_NOW)
    assert (this, before) == (5, 2)
    shown = ana.say("weekly review")
    assert f"{this} done this week, {this - before} more than last week" in shown[0].text
    (picture,) = _pictures(shown)
    assert picture.attachment is not None and picture.attachment.data.startswith(PNG)
    assert picture.attachment.mime == "image/png"


def test_a_quiet_week_gets_the_line_but_no_picture(runtime: Runtime, chat_as: ChatFactory) -> None:
    ana = chat_as("ana", "Ana")
    ana.say("hi")
    _add_done(runtime, "Ana", [5, 200, 210, 220])
    this, before = _expected_trend(runtime, "Ana", FIXED_NOW)
    shown = ana.say("weekly review")
    assert f"{this} done this week, {before - this} fewer than last week" in shown[0].text
    assert _pictures(shown) == []


def test_a_group_review_counts_the_groups_tasks(runtime: Runtime, chat_as: ChatFactory) -> None:
    team = chat_as("ana", "Ana", chat="group-team", group=True)
    team.say("morning")
    _add_done(runtime, "Ana", [3, 4, 5], chat="group-team")
    _add_done(runtime, "Ana", [6, 7, 8, 9])  # private, not the group's
    shown = team.say("weekly review")
    assert "3 done this week, 3 more than last week" in shown[0].text
    assert len(_pictures(shown)) == 1


def test_the_digest_carries_the_trend_and_then_the_picture(
    chat_as: ChatFactory, runtime: Runtime, clock: FixedClock
) -> None:
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    ana.say("digest 8am")
    for card in ana.say("pay the electricity bill tomorrow"):
        ana.press("Confirm", card)
    _add_done(runtime, "Ana", [1, 10, 26, 40, 60, 180, 190])
    ana.collect()
    clock.set(datetime(2026, 3, 5, 7, 5, tzinfo=UTC))  # 08:05 in Berlin
    runtime.tick()
    shown = ana.collect()
    digest = next(m for m in shown if m.text.startswith("☀️"))
    this, before = _expected_trend(runtime, "Ana", clock.now())
    assert f"{this} done this week, {this - before} more than last week" in digest.text
    assert shown.index(digest) == 0
    (picture,) = _pictures(shown)
    assert picture.attachment is not None and picture.attachment.data.startswith(PNG)


def test_a_digest_with_nothing_done_has_no_trend_or_picture(
    chat_as: ChatFactory, runtime: Runtime, clock: FixedClock
) -> None:
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    ana.say("digest 8am")
    for card in ana.say("pay the electricity bill tomorrow"):
        ana.press("Confirm", card)
    ana.collect()
    clock.set(datetime(2026, 3, 5, 7, 5, tzinfo=UTC))
    runtime.tick()
    shown = ana.collect()
    assert [m for m in shown if m.text.startswith("☀️")]
    assert not any("this week" in m.text for m in shown)
    assert _pictures(shown) == []
