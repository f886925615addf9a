"""A reply's file reaches the connector with its bytes; a file that is gone fails the send once."""

from __future__ import annotations

from datetime import timedelta

from flowhub.bot import attachments
from flowhub.bot.clock import FixedClock
from flowhub.bot.runtime import Runtime
from flowhub.connectors import Attachment, Reply, Target
from flowhub.connectors.console import ConsoleConnector
from flowhub.connectors.console.connector import render
from flowhub.storage import Outbox, outbound_files, session_scope
from tests.auxil.attachments import chart_reply, png, stored

TARGET = Target("console", "local", "dm-ana")


def _outbox(runtime: Runtime, outbox_id: int) -> Outbox:
    with session_scope(runtime.engine) as session:
        row = session.get(Outbox, outbox_id)
        assert row is not None
        return row


def test_the_stored_bytes_reach_the_connector(runtime: Runtime, console: ConsoleConnector) -> None:
    outbox_id = runtime.send(chart_reply(runtime.engine, TARGET))
    (shown,) = console.shown
    assert shown.text == "12 done this week"
    assert shown.attachment is not None and shown.attachment.data == png()
    assert render(shown) == "🤖 12 done this week\n   [image: done-vs-created.png]"
    row = _outbox(runtime, outbox_id)
    assert row.status == "sent"
    assert "data" not in row.reply["attachment"]


def test_a_missing_file_fails_for_good_without_a_retry(
    runtime: Runtime, console: ConsoleConnector
) -> None:
    gone = Attachment("image", "0" * 32, "load.png", "image/png")
    outbox_id = runtime.send(Reply("Load per person", to=TARGET, attachment=gone))
    assert console.shown == []
    row = _outbox(runtime, outbox_id)
    assert (row.status, row.attempts, row.next_attempt_at) == ("failed", 1, None)
    assert row.error is not None and "'load.png'" in row.error and "no longer stored" in row.error


def test_files_older_than_a_week_are_swept(runtime: Runtime, clock: FixedClock) -> None:
    kept = stored(runtime.engine, b"x,y\n", name="tasks.csv", mime="text/csv")
    clock.advance(timedelta(days=6))
    assert attachments.sweep(runtime.engine, clock.now()) == 0
    clock.advance(timedelta(days=1, minutes=1))
    assert attachments.sweep(runtime.engine, clock.now()) == 1
    with session_scope(runtime.engine) as session:
        assert outbound_files.get_outbound_file(session=session, file_id=kept.file_id) is None
