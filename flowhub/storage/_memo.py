"""A session's memo of the list reads a message's skills repeat, dropped on any write.

While one message is processed, each skill asks again for the same open tasks and waiting
cards. The answer cannot change until something is written through the same session, so it
is kept in `session.info` until the session flushes, runs an INSERT, UPDATE or DELETE, holds
an unflushed change, commits or rolls back.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState
from sqlalchemy.orm import Session as OrmSession

T = TypeVar("T")
_KEY = "flowhub.memo"


def remembered(session: OrmSession, key: Hashable, load: Callable[[], list[T]]) -> list[T]:
    """`load()`, or the rows it gave for `key` earlier in this session when nothing changed."""
    memo: dict[Hashable, list[Any]] | None = session.info.get(_KEY)
    if memo is None:
        memo = session.info[_KEY] = {}
    elif memo and (session.new or session.dirty or session.deleted):
        memo.clear()
    if key not in memo:
        memo[key] = load()
    return list(memo[key])


def forget(session: OrmSession) -> None:
    """Drop what this session remembered."""
    memo = session.info.get(_KEY)
    if memo:
        memo.clear()


@event.listens_for(OrmSession, "do_orm_execute")
def _on_execute(state: ORMExecuteState) -> None:
    if not state.is_select:
        forget(state.session)


for _name in ("after_flush", "after_commit", "after_rollback", "after_soft_rollback"):
    event.listen(OrmSession, _name, lambda session, *_: forget(session))
