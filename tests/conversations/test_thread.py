"""The dialogue state: one open flow with an expiry, the last thing seen, a timed undo."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from flowhub.conversations import Thread
from flowhub.conversations.thread import FLOW_MINUTES, UNDO_MINUTES

NOW = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)


def test_old_documents_still_load() -> None:
    old = {"editing": 7, "last_list": [3, 4], "list_kind": "tasks", "undo": {"verb": "done"}}
    thread = Thread.from_data(old)
    assert thread.editing == 7 and thread.last_list == [3, 4]
    connecting = Thread.from_data({"connecting": {"kind": "jira", "at": NOW.isoformat()}})
    assert connecting.connecting == {"kind": "jira", "at": NOW.isoformat()}
    assert connecting.editing is None
    assert Thread.from_data({"flow": "junk", "seen": 3, "last_list": ["x", 2]}).last_list == [2]


def test_round_trip_keeps_everything() -> None:
    thread = Thread()
    thread.start_flow("edit", now=NOW, id=5)
    thread.note("cards", [5, 6], now=NOW)
    again = Thread.from_data(thread.to_data())
    assert again.editing == 5 and again.last_seen() == ("cards", [5, 6])


def test_one_flow_at_a_time_and_it_lapses() -> None:
    thread = Thread()
    thread.start_flow("edit", now=NOW, id=5)
    thread.connecting = {"kind": "trello", "at": NOW.isoformat()}
    assert thread.editing is None and thread.flow_kind(NOW) == "connect"
    thread.editing = None  # ending an edit leaves another kind of flow alone
    assert thread.flow_kind(NOW) == "connect"
    assert thread.flow_kind(NOW + timedelta(minutes=FLOW_MINUTES + 1)) is None
    assert thread.flow is None


def test_a_list_shown_after_a_note_is_what_was_seen_last() -> None:
    thread = Thread()
    thread.note("task", [9], now=NOW)
    assert thread.last_seen() == ("task", [9])
    thread.last_list = [1, 2]
    assert thread.last_seen() == ("list-tasks", [1, 2])
    thread.note("cards", [4], now=NOW)
    assert thread.last_seen() == ("cards", [4])


def test_undo_is_for_a_few_minutes_and_once() -> None:
    thread = Thread()
    thread.remember_undo({"verb": "done", "tasks": []}, now=NOW)
    assert thread.take_undo(NOW + timedelta(minutes=UNDO_MINUTES + 1)) is None
    thread.remember_undo({"verb": "done", "tasks": []}, now=NOW)
    assert thread.take_undo(NOW + timedelta(minutes=2)) is not None
    assert thread.take_undo(NOW + timedelta(minutes=2)) is None
    thread.undo = {"verb": "done", "tasks": []}  # written before undo had a time: too old
    assert thread.take_undo(NOW) is None


def test_a_status_question_holds_until_it_lapses_or_talk_moves_on() -> None:
    thread = Thread()
    thread.remember_question({"period": "today", "whose": "me"}, now=NOW)
    again = Thread.from_data(thread.to_data())
    assert again.last_question(NOW + timedelta(minutes=5)) is not None
    assert again.last_question(NOW + timedelta(minutes=FLOW_MINUTES + 1)) is None
    again.note("cards", [9], now=NOW + timedelta(minutes=1))
    assert again.last_question(NOW + timedelta(minutes=2)) is None
