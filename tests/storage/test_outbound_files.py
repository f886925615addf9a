"""Outbound files are stored by an unguessable id and swept after they were sent."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine

from flowhub.storage import migrate, outbound_files, session_scope


def test_save_get_and_sweep(engine: Engine) -> None:
    migrate(engine)
    now = datetime(2026, 12, 5, 12, tzinfo=UTC)
    with session_scope(engine) as session:
        old = outbound_files.save_outbound_file(
            session=session,
            name="a.png",
            mime="image/png",
            data=b"old",
            now=now - timedelta(days=3),
        )
        new = outbound_files.save_outbound_file(
            session=session, name="b.csv", mime="text/csv", data=b"x,y\n", now=now
        )
    assert len(new) == 32 and new != old
    with session_scope(engine) as session:
        row = outbound_files.get_outbound_file(session=session, file_id=new)
        assert row is not None and row.data == b"x,y\n" and row.size == 4
        gone = outbound_files.delete_outbound_files_before(
            session=session, before=now - timedelta(days=1)
        )
    assert gone == 1
    with session_scope(engine) as session:
        assert outbound_files.get_outbound_file(session=session, file_id=old) is None
