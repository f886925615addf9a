"""Who may see and change what: another person's tasks, reminders and cards stay theirs."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from flowhub.bot.clock import FixedClock
from flowhub.bot.runtime import Runtime
from flowhub.connectors.console import ConsoleChat
from flowhub.skills import words
from flowhub.storage import (
    Chat,
    ConversationState,
    Proposal,
    Reminder,
    ReminderOccurrence,
    Task,
    session_scope,
)
from tests.conftest import ChatFactory

REFUSED = words.NOT_YOURS


def _task(runtime: Runtime, title_part: str) -> Task:
    with session_scope(runtime.engine) as session:
        for task in session.exec(select(Task)):
            if title_part.lower() in task.title.lower():
                return task
    raise AssertionError(f"no task like {title_part!r}")


def _press(chat: ConsoleChat, payload: str) -> list[str]:
    return [shown.text for shown in chat._send(kind="button", text="x", payload=payload)]


def _save(chat: ConsoleChat, text: str) -> None:
    for card in chat.say(text):
        chat.press("Confirm", card)


def test_forged_done_button_is_refused_like_a_missing_task(
    chat_as: ChatFactory, runtime: Runtime
) -> None:
    ana = chat_as("ana", "Ana")
    sam = chat_as("sam", "Sam")
    _save(ana, "book the divorce lawyer on friday")
    task = _task(runtime, "lawyer")

    stolen = _press(sam, f"done:{task.id}")
    missing = _press(sam, "done:999999")
    assert stolen == missing == [REFUSED]
    assert _task(runtime, "lawyer").status == "open"
    assert "lawyer" not in sam.say("undo")[0].text.lower()
    assert _task(runtime, "lawyer").status == "open"


def test_status_about_someone_else_shows_only_what_the_asker_may_see(
    chat_as: ChatFactory, runtime: Runtime
) -> None:
    ana = chat_as("ana", "Ana")
    sam = chat_as("sam", "Sam")
    priya = chat_as("priya", "Priya")
    priya.say("hi")
    _save(ana, "ask Priya to prepare the layoff list by friday")
    _save(sam, "ask Priya to order the team pizza by friday")

    asked = sam.say("what does Priya have?")[0].text
    assert "pizza" in asked.lower() and "layoff" not in asked.lower()
    done = sam.say("done 1")[0].text
    assert "pizza" in done.lower() and "layoff" not in done.lower()
    sam.say("done 2")
    assert _task(runtime, "layoff").status == "open"

    assert "layoff" in ana.say("what does Priya have?")[0].text.lower()
    assert "layoff" in priya.say("my tasks")[0].text.lower()
    assert "layoff" not in sam.say("Priya's tasks")[0].text.lower()


def test_in_a_group_another_persons_private_tasks_stay_private(
    chat_as: ChatFactory, runtime: Runtime
) -> None:
    ana_dm = chat_as("ana", "Ana")
    priya_dm = chat_as("priya", "Priya")
    priya_dm.say("hi")
    ana_group = chat_as("ana", "Ana", chat="team", group=True)
    sam_group = chat_as("sam", "Sam", chat="team", group=True)
    _save(ana_dm, "ask Priya to review my medical leave request by friday")
    _save(ana_group, "ask Priya to book the offsite venue by friday")

    asked = sam_group.say("what does Priya have?")[0].text.lower()
    assert "offsite" in asked and "medical" not in asked
    assert "medical" not in sam_group.say("open tasks in this group")[0].text.lower()
    assert "medical" not in sam_group.say("weekly review")[0].text.lower()

    # A group task is changed from the group, not from a member's private chat.
    offsite = _task(runtime, "offsite")
    sam_dm = chat_as("sam", "Sam")
    assert _press(sam_dm, f"done:{offsite.id}") == [REFUSED]
    # Asked privately, Sam sees what Priya has in the group they share, but not her DM tasks.
    listed = sam_dm.say("what does Priya have?")[0].text.lower()
    assert "offsite" in listed and "medical" not in listed
    assert [r.text for r in sam_dm.say("done 1")] == [REFUSED]
    assert _task(runtime, "offsite").status == "open"
    sam_group.say("what does Priya have?")
    assert "offsite" in sam_group.say("done 1")[0].text.lower()
    assert _task(runtime, "offsite").status == "done"
    assert _task(runtime, "medical").status == "open"


def test_someone_elses_proposal_buttons_are_refused(chat_as: ChatFactory, runtime: Runtime) -> None:
    ana = chat_as("ana", "Ana")
    sam = chat_as("sam", "Sam")
    (card,) = ana.say("draft the resignation letter")
    with session_scope(runtime.engine) as session:
        proposal = session.exec(select(Proposal)).one()
    for action in ("confirm", "edit", "discard"):
        assert _press(sam, f"{action}:{proposal.id}") == _press(sam, f"{action}:999999")
        assert _press(sam, f"{action}:{proposal.id}") == [REFUSED]
    sam.say("due friday")
    with session_scope(runtime.engine) as session:
        proposal = session.exec(select(Proposal)).one()
    assert proposal.status == "pending" and proposal.due_at is None
    ana.press("Confirm", card)
    assert _task(runtime, "resignation").creator_id == proposal.person_id


def test_only_the_assignee_answers_an_assignment(chat_as: ChatFactory, runtime: Runtime) -> None:
    ana = chat_as("ana", "Ana")
    sam = chat_as("sam", "Sam")
    eve = chat_as("eve", "Eve")
    _save(ana, "ask Sam to send the salary review by friday")
    task = _task(runtime, "salary")
    for action in ("accept", "decline"):
        assert _press(eve, f"{action}:{task.id}") == _press(eve, f"{action}:999999") == [REFUSED]
        assert _press(ana, f"{action}:{task.id}") == [REFUSED]
    assert _task(runtime, "salary").assignment == "pending"
    sam.press("Accept")
    assert _task(runtime, "salary").assignment == "accepted"


def test_someone_elses_reminder_buttons_are_refused(
    chat_as: ChatFactory, runtime: Runtime, clock: FixedClock
) -> None:
    ana = chat_as("ana", "Ana")
    sam = chat_as("sam", "Sam")
    ana.say("remind me every day at 9 to take the insulin")
    clock.advance(timedelta(days=1))
    runtime.tick()
    assert ana.collect()
    with session_scope(runtime.engine) as session:
        reminder = session.exec(select(Reminder)).one()
        occurrence = session.exec(select(ReminderOccurrence)).one()
    for payload, missing in (
        (f"rdone:{occurrence.id}", "rdone:999999"),
        (f"snooze:{occurrence.id}:20", "snooze:999999:20"),
        (f"skip:{reminder.id}", "skip:999999"),
        (f"stop:{reminder.id}", "stop:999999"),
        (f"rcancel:{reminder.id}", "rcancel:999999"),
    ):
        assert _press(sam, payload) == _press(sam, missing) == [REFUSED], payload
    assert "insulin" not in sam.say("snooze 1 hour")[0].text.lower()
    with session_scope(runtime.engine) as session:
        after = session.exec(select(Reminder)).all()
    assert [(r.status, r.next_at) for r in after] == [(reminder.status, reminder.next_at)]


def test_a_stale_list_does_not_reach_someone_elses_task(
    chat_as: ChatFactory, runtime: Runtime
) -> None:
    ana = chat_as("ana", "Ana")
    sam = chat_as("sam", "Sam")
    _save(ana, "file the tax return next month")
    sam.say("hi")
    # A list kept from before the rule (or a task that changed hands since) names Ana's task.
    task = _task(runtime, "tax return")
    with session_scope(runtime.engine) as session:
        chat = session.exec(select(Chat).where(Chat.external_id == "dm-sam")).one()
        row = session.exec(
            select(ConversationState).where(ConversationState.chat_id == chat.id)
        ).one()
        row.data = {**row.data, "last_list": [task.id], "list_kind": "tasks"}
        session.add(row)
    replies = " ".join(r.text for r in sam.say("done 1") + sam.say("delete 1"))
    assert "tax" not in replies.lower()
    assert _task(runtime, "tax return").status == "open"
