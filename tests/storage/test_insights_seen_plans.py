"""A person's forecast asked by someone else reads only that person's tasks by index on
PostgreSQL, as the other questions about a person do (`test_insight_indexes`)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from flowhub.storage.insights import Scope
from tests.auxil.query_plans import plans, scans_whole, statements_of
from tests.storage.test_insight_indexes import QUESTIONS, seeded

__all__ = ["seeded"]  # the seeded PostgreSQL database, shared with the index checks

FORECAST = ("summary", "throughput", "open_due_by_day")


@pytest.mark.parametrize("question", FORECAST)
def test_a_persons_numbers_seen_by_another_read_tasks_by_index(
    seeded: Engine, question: str
) -> None:
    scope = Scope(workspace_id=3, person_id=117, seen_by=121)
    with Session(seeded) as session, statements_of(seeded) as seen:
        QUESTIONS[question](session, scope)
    found = plans(seeded, seen)
    assert found, f"{question} sent no SELECT"
    whole = [plan for plan in found if scans_whole(plan, "task")]
    assert not whole, f"{question} reads the whole task table:\n" + "\n\n".join(whole)
