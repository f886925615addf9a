"""PostgreSQL query plans of what a piece of code runs: catch its SELECTs, then EXPLAIN each.

with statements_of(engine) as seen:
    insights.summary(session=session, ...)
for plan in plans(engine, seen):
    assert not scans_whole(plan, "task")
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event

Statement = tuple[str, Any]


@contextmanager
def statements_of(engine: Engine) -> Iterator[list[Statement]]:
    """Collect every SELECT sent through `engine` inside the block, with its parameters."""
    seen: list[Statement] = []

    def note(
        _conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool
    ) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", note)


def plans(engine: Engine, statements: list[Statement], *, analyse: bool = False) -> list[str]:
    """The plan PostgreSQL picks for each statement with its own parameters, as text; with
    `analyse`, run too, with its timings and pages read."""
    explain = "EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) " if analyse else "EXPLAIN "
    found = []
    with engine.connect() as connection:
        for statement, parameters in statements:
            rows = connection.exec_driver_sql(explain + statement, parameters)
            found.append("\n".join(str(row[0]) for row in rows))
    return found


def scans_whole(plan: str, table: str) -> bool:
    """Whether the plan reads all of `table` row by row (a sequential scan, parallel or not)."""
    return re.search(rf"Seq Scan on {re.escape(table)}\b", plan) is not None
