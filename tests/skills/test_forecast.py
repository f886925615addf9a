"""The pace forecast: the day the open tasks would be done, and the due days at risk."""

from __future__ import annotations

import math
import random
from datetime import date, timedelta

import pytest
from sqlmodel import select

from flowhub.bot.runtime import Runtime
from flowhub.skills.forecast import asks_at_risk
from flowhub.skills.forecast_pace import LateDay, done_on, forecast
from flowhub.storage import Person, Task, session_scope
from tests.conftest import FIXED_NOW, ChatFactory

TODAY = date(2026, 3, 4)


def _simulate(
    per_day: float, overdue: int, due: list[tuple[date, int]], undated: int, today: date
) -> tuple[date, list[tuple[date, int]]]:
    """Day by day: each day's end has floor(pace * days) tasks done, taken in due order."""
    line: list[date | None] = [None] * overdue
    for day, count in sorted(due):
        line += [day] * count
    line += [None] * undated
    finished: list[int] = []
    day_index = 0
    while len(finished) < len(line):
        capacity = math.floor(per_day * (day_index + 1) + 1e-9)
        while len(finished) < min(capacity, len(line)):
            finished.append(day_index)
        day_index += 1
    late: dict[date, int] = {}
    for due_day, done_day in zip(line, finished, strict=True):
        if due_day is not None and today + timedelta(days=done_day) > due_day:
            late[due_day] = late.get(due_day, 0) + 1
    return today + timedelta(days=finished[-1]), sorted(late.items())


def test_two_a_day_clears_six_by_the_third_day() -> None:
    pace = forecast(per_day=2, open_count=6, overdue=0, due_by_day=[], today=TODAY)
    assert pace.finish == TODAY + timedelta(days=2)
    assert pace.at_risk == ()


def test_tasks_past_what_fits_by_their_day_are_late() -> None:
    friday = TODAY + timedelta(days=2)
    pace = forecast(
        per_day=1, open_count=5, overdue=1, due_by_day=[(TODAY, 1), (friday, 3)], today=TODAY
    )
    # Overdue first (day 0), today's on day 1 (late), Friday's three on days 2, 3, 4.
    assert pace.at_risk == (LateDay(TODAY, 1, 1), LateDay(friday, 2, 3))
    assert pace.finish == TODAY + timedelta(days=4)


def test_no_pace_gives_no_day_instead_of_dividing_by_zero() -> None:
    pace = forecast(per_day=0, open_count=4, overdue=1, due_by_day=[(TODAY, 2)], today=TODAY)
    assert pace.finish is None and pace.at_risk == ()
    with pytest.raises(ValueError, match="positive"):
        done_on(1, 0)


def test_no_due_days_ahead_means_nothing_to_call_on_time() -> None:
    from flowhub.skills.forecast import pace_lines
    from flowhub.skills.forecast_words import FINISH_ME

    pace = forecast(per_day=1, open_count=2, overdue=0, due_by_day=[(TODAY, 0)], today=TODAY)
    lines = pace_lines(pace, head=FINISH_ME, name="", last=TODAY + timedelta(days=13))
    assert pace.coming == 0 and len(lines) == 1 and "Thu 5 Mar" in lines[0]
    dated = forecast(per_day=1, open_count=2, overdue=0, due_by_day=[(TODAY, 1)], today=TODAY)
    lines = pace_lines(dated, head=FINISH_ME, name="", last=TODAY + timedelta(days=13))
    assert lines[-1].startswith("✅") and "Tue 17 Mar" in lines[-1]


def test_nothing_open_gives_no_day() -> None:
    assert forecast(per_day=1.5, open_count=0, overdue=0, due_by_day=[], today=TODAY).finish is None


@pytest.mark.parametrize("seed", range(40))
def test_forecast_agrees_with_a_day_by_day_walk(seed: int) -> None:
    rng = random.Random(seed)
    per_day = rng.choice([0.25, 0.5, 1 / 3, 0.75, 1, 1.25, 2, 2.5, 3.6, 7 / 28, 13 / 28])
    overdue = rng.randint(0, 4)
    due = [(TODAY + timedelta(days=d), rng.randint(0, 4)) for d in range(rng.randint(0, 10))]
    undated = rng.randint(0, 3)
    total = overdue + sum(c for _, c in due) + undated
    if not total:
        return
    finish, late = _simulate(per_day, overdue, due, undated, TODAY)
    pace = forecast(per_day=per_day, open_count=total, overdue=overdue, due_by_day=due, today=TODAY)
    assert pace.finish == finish
    assert [(d.day, d.late) for d in pace.at_risk] == late


def _seed_pace(runtime: Runtime, chat_as: ChatFactory, *, done: int, due_days: list[int]) -> None:
    chat_as("ana", "Ana", tz="Europe/Berlin").say("hi")
    with session_scope(runtime.engine) as session:
        ana = session.exec(select(Person)).one()
        for n in range(done):
            at = FIXED_NOW - timedelta(days=1 + n % 27, hours=3)
            session.add(
                Task(
                    workspace_id=ana.workspace_id,
                    title=f"done {n}",
                    creator_id=ana.id or 0,
                    status="done",
                    created_at=at - timedelta(days=1),
                    updated_at=at,
                    completed_at=at,
                )
            )
        for n, days in enumerate(due_days):
            session.add(
                Task(
                    workspace_id=ana.workspace_id,
                    title=f"open {n}",
                    creator_id=ana.id or 0,
                    status="open",
                    due_at=FIXED_NOW + timedelta(days=days, hours=8),
                    due_grain="minute",
                    created_at=FIXED_NOW - timedelta(days=3),
                    updated_at=FIXED_NOW,
                )
            )


def test_asking_gives_the_day_and_the_late_due_days(runtime: Runtime, chat_as: ChatFactory) -> None:
    # 28 done in 4 weeks: a task a day. Open: 1 due today, 3 on Friday, 1 in a week.
    _seed_pace(runtime, chat_as, done=28, due_days=[0, 2, 2, 2, 7])
    (reply,) = chat_as("ana", "Ana").say("when will I be done at this pace?")
    due = [(TODAY, 1), (TODAY + timedelta(days=2), 3), (TODAY + timedelta(days=7), 1)]
    finish, late = _simulate(1, 0, due, 0, TODAY)
    assert (finish, late) == (date(2026, 3, 8), [(date(2026, 3, 6), 1)])
    assert "(28 done in the last 4 weeks" in reply.text and "open tasks (5)" in reply.text
    assert "Sun 8 Mar" in reply.text, reply.text
    assert "1 task due Fri 6 Mar will be late" in reply.text
    assert "Wed 11 Mar" not in reply.text


def test_a_slow_pace_puts_every_coming_day_at_risk(runtime: Runtime, chat_as: ChatFactory) -> None:
    # 14 done in 4 weeks: half a task a day.
    _seed_pace(runtime, chat_as, done=14, due_days=[0, 2, 2, 2, 7])
    (reply,) = chat_as("ana", "Ana").say("at this rate when will i be done?")
    due = [(TODAY, 1), (TODAY + timedelta(days=2), 3), (TODAY + timedelta(days=7), 1)]
    finish, late = _simulate(0.5, 0, due, 0, TODAY)
    assert "(14 done" in reply.text and f"{finish.day} Mar" in reply.text
    assert late == [(TODAY, 1), (date(2026, 3, 6), 3), (date(2026, 3, 11), 1)]
    # Three lines at most: the soonest days.
    assert "1 task due Wed 4 Mar" in reply.text and "3 tasks due Fri 6 Mar" in reply.text
    assert "Wed 11 Mar" in reply.text


def test_asking_with_nothing_done_says_there_is_no_pace(
    runtime: Runtime, chat_as: ChatFactory
) -> None:
    _seed_pace(runtime, chat_as, done=0, due_days=[1, 2])
    (reply,) = chat_as("ana", "Ana").say("when will we clear the backlog?")
    assert "no pace" in reply.text and "Open tasks: 2" in reply.text


AT_RISK = [
    "what's at risk this week?",
    "which tasks are at risk?",
    "will we make our deadlines this week?",
    "¿qué está en riesgo esta semana?",
    "Was ist diese Woche gefährdet?",
    "qu'est-ce qui risque d'être en retard cette semaine ?",
    "o que vai atrasar essa semana?",
    "cosa è a rischio questa settimana?",
    "wat loopt gevaar deze week?",
    "что под угрозой на этой неделе?",
    "bu hafta ne risk altında?",
    "apa yang berisiko minggu ini?",
    "ما المعرض للخطر هذا الأسبوع؟",
    "इस हफ़्ते क्या जोखिम में है?",
    "is hafte kya risk mein hai?",
]


@pytest.mark.parametrize("text", AT_RISK)
def test_at_risk_is_asked_in_every_language(text: str) -> None:
    assert asks_at_risk(text)


@pytest.mark.parametrize("text", ["assess the risk of the project", "the roof is at risk fix it"])
def test_a_task_about_risk_is_not_the_question(text: str) -> None:
    assert not asks_at_risk(text)


def test_at_risk_this_week_names_only_this_weeks_late_days(
    runtime: Runtime, chat_as: ChatFactory
) -> None:
    _seed_pace(runtime, chat_as, done=14, due_days=[0, 2, 2, 2, 7])
    (reply,) = chat_as("ana", "Ana").say("what's at risk this week?")
    assert "1 task due Wed 4 Mar" in reply.text and "3 tasks due Fri 6 Mar" in reply.text
    assert "11 Mar will be late" not in reply.text
