"""Export: "export my tasks" sends a CSV and a JSON document of the tasks one may see there."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import Session, select

from flowhub.bot.runtime import Runtime
from flowhub.connectors.console.connector import Shown
from flowhub.skills.export import asks_export
from flowhub.skills.export_files import safe_cell
from flowhub.storage import Chat, ConversationState, Person, Task, outbound_files, session_scope
from flowhub.storage.task_export import iter_export_rows
from tests.conftest import FIXED_NOW, ChatFactory

ASKS = [
    "export my tasks",
    "Export",
    "export please",
    "download my tasks as csv",
    "can you export my tasks to json?",
    "export the group's tasks",
    "exporta mis tareas",
    "exportar mis tareas por favor",
    "exportiere meine Aufgaben",
    "meine Aufgaben als CSV herunterladen",
    "exporter mes tâches",
    "télécharger mes tâches en csv",
    "exportar minhas tarefas",
    "baixar minhas tarefas",
    "esporta le mie attività",
    "exporteer mijn taken",
    "экспортируй мои задачи",
    "выгрузи задачи",
    "görevlerimi dışa aktar",
    "ekspor tugas saya",
    "صدّر مهامي",
    "मेरे कार्य निर्यात करो",
    "mere tasks export karo",
    "can I get a csv of my tasks?",
    "send me my tasks as json",
    "i want to export my open tasks",
    "¿me puedes exportar mis tareas?",
    "kannst du meine Aufgaben exportieren?",
    "kun je mijn taken exporteren",
    "можешь экспортировать мои задачи?",
    "kya aap mere tasks export kar sakte ho",
]
NOT_ASKS = [
    "export the sales report to pdf by friday",
    "download the invoice from the portal",
    "download",
    "what's due today?",
    "call the exporter about the shipment",
    "exporta el informe de ventas el viernes",
    "send the csv to sam",
    "send me the invoice",
]


@pytest.mark.parametrize("text", ASKS)
def test_an_export_is_asked_in_many_ways(text: str) -> None:
    assert asks_export(text)


@pytest.mark.parametrize("text", NOT_ASKS)
def test_a_task_about_exporting_is_not_an_export(text: str) -> None:
    assert not asks_export(text)


def test_cells_a_spreadsheet_would_run_are_kept_as_text() -> None:
    assert safe_cell("=SUM(A1:A2)") == "'=SUM(A1:A2)"
    assert safe_cell("+1 call") == "'+1 call"
    assert safe_cell("-rent") == "'-rent"
    assert safe_cell("@sam") == "'@sam"
    assert safe_cell("call mum") == "call mum"
    assert safe_cell(7) == 7


def _seed(runtime: Runtime, chat_as: ChatFactory) -> dict[str, int]:
    """Ana, Sam and Priya, a group Ana and Sam are in, and tasks of every kind between them."""
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    sam = chat_as("sam", "Sam", tz="America/New_York")
    priya = chat_as("priya", "Priya", tz="Asia/Kolkata")
    for who in ("ana", "sam"):
        chat_as(who, who.title(), chat="group-team", group=True).say("morning all")
    for chat in (ana, sam, priya):
        chat.say("hi")
    with session_scope(runtime.engine) as session:
        everyone = list(session.exec(select(Person)))
        ids = {p.display_name.lower(): p.id or 0 for p in everyone}
        chats = {c.external_id: c.id or 0 for c in session.exec(select(Chat))}
        group = chats["group-team"]
        rows = [
            ("=HYPERLINK(evil)", "ana", None, chats["dm-ana"], "open", 1),
            ("pay rent", "ana", "ana", chats["dm-ana"], "done", None),
            ("send sam the deck", "ana", "sam", chats["dm-ana"], "open", 3),
            ("book the venue", "sam", None, group, "open", 2),
            ("sam's private errand", "sam", None, chats["dm-sam"], "open", 1),
            ("priya to ana", "priya", "ana", chats["dm-priya"], "open", None),
            ("priya's own", "priya", None, chats["dm-priya"], "open", None),
            ("gone", "ana", None, chats["dm-ana"], "deleted", None),
        ]
        for title, creator, assignee, chat_id, status, days in rows:
            session.add(
                Task(
                    workspace_id=everyone[0].workspace_id,
                    chat_id=chat_id,
                    title=title,
                    creator_id=ids[creator],
                    assignee_id=ids[assignee] if assignee else None,
                    status=status,
                    due_at=FIXED_NOW + timedelta(days=days) if days else None,
                    created_at=FIXED_NOW - timedelta(days=2),
                    updated_at=FIXED_NOW,
                    completed_at=FIXED_NOW - timedelta(hours=5) if status == "done" else None,
                )
            )
    return {**ids, "group": group, "workspace": everyone[0].workspace_id}


def _files(
    runtime: Runtime, shown: list[Shown]
) -> tuple[list[dict[str, str]], list[dict[str, object]]]:
    docs = [m for m in shown if m.attachment is not None]
    assert [d.attachment.mime for d in docs if d.attachment] == ["text/csv", "application/json"]
    with session_scope(runtime.engine) as session:
        data = []
        for doc in docs:
            assert doc.attachment is not None and doc.attachment.kind == "document"
            stored = outbound_files.get_outbound_file(
                session=session, file_id=doc.attachment.file_id
            )
            assert stored is not None
            data.append(stored.data)
    table = list(csv.DictReader(io.StringIO(data[0].decode("utf-8-sig"))))
    return table, json.loads(data[1])


def _expected(session: Session, *, person: int | None, group: int | None) -> list[Task]:
    """The tasks an export should hold, worked out from every row in Python."""
    members = {s.person_id for s in session.exec(select(ConversationState)) if s.chat_id == group}
    keep = []
    for task in session.exec(select(Task)).all():
        if task.status == "deleted":
            continue
        if group is None:
            ok = person in (task.creator_id, task.assignee_id)
        else:
            pair = {task.creator_id, task.assignee_id}
            ok = task.chat_id == group or (None not in pair and len(pair) == 2 and pair <= members)
        if ok:
            keep.append(task)
    return sorted(keep, key=lambda t: t.id or 0)


def test_export_in_a_direct_chat_holds_ones_own_tasks(
    runtime: Runtime, chat_as: ChatFactory
) -> None:
    ids = _seed(runtime, chat_as)
    shown = chat_as("ana", "Ana").say("export my tasks")
    table, items = _files(runtime, shown)
    with session_scope(runtime.engine) as session:
        expected = _expected(session, person=ids["ana"], group=None)
    assert [int(r["id"]) for r in table] == [t.id for t in expected]
    assert [i["id"] for i in items] == [t.id for t in expected]
    berlin = ZoneInfo("Europe/Berlin")
    for row, item, task in zip(table, items, expected, strict=True):
        due = task.due_at.astimezone(berlin).isoformat() if task.due_at else ""
        assert row["due"] == item["due"] == due
        assert row["status"] == task.status
        assert item["title"] == task.title
        assert row["title"] == ("'" + task.title if task.title.startswith("=") else task.title)
    assert "+01:00" in table[0]["due"] and table[0]["title"].startswith("'=")
    assert "4 (CSV)" in shown[0].text and "JSON" in shown[1].text


def test_export_in_a_group_holds_what_everyone_there_may_see(
    runtime: Runtime, chat_as: ChatFactory
) -> None:
    ids = _seed(runtime, chat_as)
    shown = chat_as("sam", "Sam", chat="group-team", group=True).say("export")
    table, _items = _files(runtime, shown)
    with session_scope(runtime.engine) as session:
        expected = _expected(session, person=None, group=ids["group"])
    assert [int(r["id"]) for r in table] == [t.id for t in expected]
    titles = {r["title"] for r in table}
    assert "book the venue" in titles and "send sam the deck" in titles
    assert "sam's private errand" not in titles and "priya to ana" not in titles


def test_nothing_to_export_says_so(chat_as: ChatFactory) -> None:
    (reply,) = chat_as("ana", "Ana").say("export my tasks")
    assert reply.attachment is None and "no tasks" in reply.text


def test_rows_are_read_in_chunks_and_all_come_back(runtime: Runtime, chat_as: ChatFactory) -> None:
    ids = _seed(runtime, chat_as)
    with session_scope(runtime.engine) as session:
        whole = list(
            iter_export_rows(
                session=session,
                workspace_id=ids["workspace"],
                person_id=ids["ana"],
                group_id=None,
                chunk=1000,
            )
        )
        pieces = list(
            iter_export_rows(
                session=session,
                workspace_id=ids["workspace"],
                person_id=ids["ana"],
                group_id=None,
                chunk=2,
            )
        )
        assert pieces == whole and len(whole) == 4
        assert not session.identity_map  # rows, not tasks held in the session


def test_a_new_task_about_exporting_still_becomes_a_card(chat_as: ChatFactory) -> None:
    shown = chat_as("ana", "Ana").say("export the sales report to pdf by friday")
    assert any("sales report" in m.text.lower() for m in shown)
    assert all(m.attachment is None for m in shown)
