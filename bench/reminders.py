"""Reminders under load: fired per second and the delay from due time to send (p50/p99).

Seeds N reminders due within a window, then runs real `flowhub scheduler` and `flowhub worker`
processes (rq on Redis, PostgreSQL) sending through the WhatsApp connector to a fake Graph
API on loopback, which notes when each message arrives. The issue's load is 100,000 reminders
within five minutes (`--reminders 100000 --window 300`); the default is a fifth of that, at
the same rate, so a full `python -m bench` stays short.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert
from sqlalchemy.engine import make_url

from bench._util import table
from flowhub.bot.runtime import DELIVERY_BATCH
from flowhub.bot.scheduler import BATCH
from flowhub.storage import (
    Chat,
    Identity,
    Person,
    Reminder,
    Workspace,
    make_engine,
    migrate,
    session_scope,
)
from tests.auxil.fake_graph import TOKEN, VERSION, FakeGraph
from tests.auxil.servers import start_postgres, start_redis

NUMBER = "1000000001"
PEOPLE = 500


def _seed(url: str, start: datetime, count: int, window: float) -> dict[str, datetime]:
    engine = make_engine(url)
    migrate(engine)
    due_by_text: dict[str, datetime] = {}
    with session_scope(engine) as session:
        workspace = Workspace(platform="whatsapp", external_id=NUMBER, created_at=start)
        session.add(workspace)
        session.flush()
        people = []
        for p in range(PEOPLE):
            person = Person(
                workspace_id=workspace.id or 0,
                display_name=f"P{p}",
                timezone="UTC",
                created_at=start,
            )
            session.add(person)
            people.append(person)
        session.flush()
        for p, person in enumerate(people):
            wa_id = f"49151{p:07d}"
            session.add(
                Identity(
                    person_id=person.id or 0,
                    platform="whatsapp",
                    account=NUMBER,
                    external_id=wa_id,
                    direct_chat=wa_id,
                    created_at=start,
                )
            )
            session.add(
                Chat(
                    workspace_id=workspace.id or 0,
                    platform="whatsapp",
                    account=NUMBER,
                    external_id=wa_id,
                    kind="direct",
                    last_inbound_at=start,
                    created_at=start,
                )
            )
        rows = []
        for i in range(count):
            due = start + timedelta(seconds=window * i / count)
            text = f"reminder {i}"
            due_by_text[f"⏰ Reminder: {text}"] = due
            rows.append(
                {
                    "person_id": people[i % PEOPLE].id,
                    "text": text,
                    "next_at": due,
                    "anchor_at": due,
                    "tz": "UTC",
                    "status": "active",
                    "created_at": start,
                }
            )
        for chunk in range(0, len(rows), 5000):
            session.execute(insert(Reminder), rows[chunk : chunk + 5000])
    engine.dispose()
    return due_by_text


def run(count: int, window: float, schedulers: int, workers: int) -> list[list[str]]:
    """Run one load and return the table rows."""
    base = Path(tempfile.mkdtemp(prefix="flowhub-bench-"))
    pg = start_postgres(base / "pg")
    redis = start_redis(base / "redis")
    graph = FakeGraph(numbers=(NUMBER,)).start()
    processes: list[subprocess.Popen[bytes]] = []
    try:
        start = datetime.now(UTC) + timedelta(seconds=30)
        due_by_text = _seed(pg.url, start, count, window)
        env = {k: v for k, v in os.environ.items() if not k.startswith("FLOWHUB_")}
        env.update(
            {
                "FLOWHUB_ENV": "production",
                "FLOWHUB_PLAYGROUND": "false",
                "FLOWHUB_DATABASE_URL": pg.url,
                "FLOWHUB_REDIS_URL": redis.url,
                "FLOWHUB_WHATSAPP_APP_SECRET": "s",
                "FLOWHUB_WHATSAPP_VERIFY_TOKEN": "v",
                "FLOWHUB_WHATSAPP_ACCESS_TOKEN": TOKEN,
                "FLOWHUB_WHATSAPP_PHONE_NUMBER_ID": NUMBER,
                "FLOWHUB_WHATSAPP_API_URL": graph.url,
                "FLOWHUB_WHATSAPP_API_VERSION": VERSION,
                "FLOWHUB_LOG_LEVEL": "WARNING",
            }
        )
        env.update({k: v for k, v in os.environ.items() if k == "FLOWHUB_SEND_CONCURRENCY"})
        for args in [["scheduler"]] * schedulers + [["worker"]] * workers:
            processes.append(
                subprocess.Popen(
                    [sys.executable, "-m", "flowhub", *args],
                    env=env,
                    cwd=base,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
        cpu_before = _cpu_by_role(processes, schedulers, [pg.url, redis.url])
        fake_before = time.process_time()
        deadline = time.monotonic() + 30 + window + 300
        while len(graph.requests) < count and time.monotonic() < deadline:
            time.sleep(1)
        arrived = list(graph.requests)
        cpu = {
            role: seconds - cpu_before.get(role, 0.0)
            for role, seconds in _cpu_by_role(processes, schedulers, [pg.url, redis.url]).items()
        }
        cpu["fake Graph API"] = time.process_time() - fake_before
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        graph.stop()
        redis.stop()
        pg.stop()
        shutil.rmtree(base, ignore_errors=True)
    delays = sorted(
        max(0.0, r.at - due_by_text[_text(r.body)].timestamp())
        for r in arrived
        if r.status == 200 and _text(r.body) in due_by_text
    )
    first = min((r.at for r in arrived), default=0.0)
    last = max((r.at for r in arrived), default=0.0)
    rate = len(arrived) / (last - first) if last > first else 0.0

    def pct(q: float) -> str:
        return f"{delays[min(len(delays) - 1, int(q * len(delays)))]:.2f}" if delays else "-"

    per_thousand = " · ".join(
        f"{role} {seconds / max(len(arrived), 1) * 1000:.1f}" for role, seconds in cpu.items()
    )
    return [
        [
            f"{count:,} in {window:.0f} s",
            f"{schedulers} / {workers}",
            f"{len(arrived):,}",
            f"{len(set(map(_text_of, arrived))):,}",
            f"{rate:,.0f}",
            pct(0.5),
            pct(0.99),
            f"{delays[-1]:.2f}" if delays else "-",
            per_thousand,
        ]
    ]


def _cpu_by_role(
    processes: list[subprocess.Popen[bytes]], schedulers: int, server_urls: list[str]
) -> dict[str, float]:
    """CPU seconds used so far: by the schedulers, the workers, and PostgreSQL with Redis."""
    children = _children()
    roles = {
        "schedulers": [p.pid for p in processes[:schedulers]],
        "workers": [p.pid for p in processes[schedulers:]],
        "PostgreSQL + Redis": _pids_mentioning(
            ("postgres", "redis"), {make_url(url).port for url in server_urls}
        ),
    }
    return {role: sum(_cpu(pid, children) for pid in pids) for role, pids in roles.items()}


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        tree.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    return tree


def _cpu(pid: int, children: dict[int, list[int]]) -> float:
    """CPU seconds of `pid` and every live descendant (PostgreSQL's backends)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    own = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return own + sum(_cpu(child, children) for child in children.get(pid, []))


def _pids_mentioning(programs: tuple[str, ...], ports: set[int | None]) -> list[int]:
    """Processes of one of `programs` whose command line names one of `ports`."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            words = cmdline.read_bytes().decode(errors="replace").replace("=", "\0").split("\0")
        except OSError:
            continue
        if any(p in words[0] for p in programs) and any(str(port) in words for port in ports):
            found.append(int(cmdline.parent.name))
    return found


def _text(body: object) -> str:
    if isinstance(body, dict) and body.get("type") == "interactive":
        return str(body["interactive"]["body"]["text"])
    if isinstance(body, dict) and body.get("type") == "text":
        return str(body["text"]["body"])
    return ""


def _text_of(received: object) -> str:
    return _text(getattr(received, "body", None))


def main(argv: list[str] | None = None) -> None:
    """Print the reminders table."""
    parser = argparse.ArgumentParser(prog="python -m bench reminders")
    parser.add_argument("--reminders", type=int, default=20_000)
    parser.add_argument("--window", type=float, default=60.0, help="seconds they fall due in")
    parser.add_argument("--schedulers", type=int, default=2)
    parser.add_argument("--workers", type=int, default=3)
    args = parser.parse_args(argv or [])
    rows = run(args.reminders, args.window, args.schedulers, args.workers)
    print(
        f"rq backend, PostgreSQL, WhatsApp connector to a fake Graph API on loopback; "
        f"a scheduler claims up to {BATCH} due reminders per transaction and one delivery "
        f"job carries up to {DELIVERY_BATCH} sends."
    )
    print(
        table(
            [
                "load",
                "schedulers / workers",
                "sent",
                "distinct",
                "sent per s",
                "delay p50 s",
                "delay p99 s",
                "delay max s",
                "CPU ms per reminder, by process",
            ],
            rows,
        )
    )


if __name__ == "__main__":
    main(sys.argv[1:])
