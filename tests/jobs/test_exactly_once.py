"""Two schedulers and three rq workers, 10,000 reminders due in one minute: each sent once.

Real PostgreSQL and Redis, real `flowhub scheduler` and `flowhub worker` processes, and the
WhatsApp connector sending to a fake Graph API on loopback that counts what it receives.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func
from sqlmodel import select

from flowhub.storage import (
    Chat,
    Identity,
    Outbox,
    Person,
    Reminder,
    ReminderOccurrence,
    Workspace,
    make_engine,
    migrate,
    session_scope,
)
from tests.auxil.fake_graph import TOKEN, VERSION, FakeGraph
from tests.jobs.conftest import NUMBER

PEOPLE = int(os.environ.get("EO_PEOPLE", "100"))
PER_PERSON = 100


def _seed(url: str, due: datetime, people: int, per_person: int) -> None:
    engine = make_engine(url)
    migrate(engine)
    with session_scope(engine) as session:
        workspace = Workspace(platform="whatsapp", external_id=NUMBER, created_at=due)
        session.add(workspace)
        session.flush()
        for p in range(people):
            wa_id = f"49151{p:07d}"
            person = Person(
                workspace_id=workspace.id or 0,
                display_name=f"P{p}",
                timezone="Europe/Berlin",
                created_at=due,
            )
            session.add(person)
            session.flush()
            session.add(
                Identity(
                    person_id=person.id or 0,
                    platform="whatsapp",
                    account=NUMBER,
                    external_id=wa_id,
                    direct_chat=wa_id,
                    created_at=due,
                )
            )
            session.add(
                Chat(
                    workspace_id=workspace.id or 0,
                    platform="whatsapp",
                    account=NUMBER,
                    external_id=wa_id,
                    kind="direct",
                    last_inbound_at=due,
                    created_at=due,
                )
            )
            session.add_all(
                Reminder(
                    person_id=person.id or 0,
                    text=f"r-{p}-{r}",
                    next_at=due + timedelta(seconds=r % 50),
                    anchor_at=due,
                    tz="UTC",
                    created_at=due,
                )
                for r in range(per_person)
            )
    engine.dispose()


def _spawn(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "flowhub", *args],
        env=env,
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=open(cwd / f"{args[0]}-{time.monotonic_ns()}.log", "wb"),
    )


def test_every_occurrence_once(
    fresh_postgres_url: str, redis_url: str, graph: FakeGraph, tmp_path: Path
) -> None:
    due = datetime.now(UTC) + timedelta(seconds=20)
    _seed(fresh_postgres_url, due, PEOPLE, PER_PERSON)
    env = _env(fresh_postgres_url, redis_url, graph)
    processes = [_spawn(["scheduler"], env, tmp_path) for _ in range(2)]
    processes += [_spawn(["worker"], env, tmp_path) for _ in range(3)]
    total = PEOPLE * PER_PERSON
    try:
        deadline = time.monotonic() + 300
        while len(graph.sent) < total and time.monotonic() < deadline:
            assert all(p.poll() is None for p in processes), _logs(tmp_path)
            time.sleep(1)
        time.sleep(3)  # anything extra would show up now
    finally:
        _stop(processes)

    bodies = Counter(_body(m) for m in graph.sent)
    assert len(graph.sent) == total, _logs(tmp_path)
    assert len(bodies) == total and max(bodies.values()) == 1
    engine = make_engine(fresh_postgres_url)
    with session_scope(engine) as session:
        sent = session.exec(
            select(func.count()).select_from(Outbox).where(Outbox.status == "sent")
        ).one()
        occurrences = session.exec(select(func.count()).select_from(ReminderOccurrence)).one()
        ids = {row.platform_message_id for row in session.exec(select(Outbox))}
    engine.dispose()
    assert sent == total and occurrences == total
    assert len(ids) == total  # every outbox row carries the id the fake gave back


def _env(database_url: str, redis_url: str, graph: FakeGraph) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("FLOWHUB_")}
    return {
        **clean,
        "FLOWHUB_ENV": "production",
        "FLOWHUB_PLAYGROUND": "false",
        "FLOWHUB_DATABASE_URL": database_url,
        "FLOWHUB_REDIS_URL": redis_url,
        "FLOWHUB_WHATSAPP_APP_SECRET": "app-secret",
        "FLOWHUB_WHATSAPP_VERIFY_TOKEN": "verify",
        "FLOWHUB_WHATSAPP_ACCESS_TOKEN": TOKEN,
        "FLOWHUB_WHATSAPP_PHONE_NUMBER_ID": NUMBER,
        "FLOWHUB_WHATSAPP_API_URL": graph.url,
        "FLOWHUB_WHATSAPP_API_VERSION": VERSION,
        "FLOWHUB_LOG_LEVEL": "WARNING",
        # Exactly-once is what is tested here; pacing at the number's 80 a second has its own
        # tests and would make this one wait two minutes for nothing.
        "FLOWHUB_WHATSAPP_MESSAGES_PER_SECOND": "2000",
    }


def _stop(processes: list[subprocess.Popen[bytes]]) -> None:
    for p in processes:
        if p.poll() is None:
            p.terminate()
    for p in processes:
        try:
            p.wait(timeout=20)
        except subprocess.TimeoutExpired:
            p.kill()


def _body(message: dict[str, Any]) -> str:
    if message.get("type") == "interactive":
        return str(message["interactive"]["body"]["text"])
    return str(message[message["type"]].get("body", message))


def _logs(folder: Path) -> str:
    return "\n".join(f"--- {p.name}\n{p.read_text()[-1500:]}" for p in folder.glob("*.log"))
