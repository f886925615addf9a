"""The insights benchmark's dataset: people, groups and tasks spread over 180 days, as CSV.

One workspace per 50 people; each person has a direct chat and sits in about two groups of 5
to 20 members of their workspace. Tasks are created mostly on weekdays in the creator's working
hours (zones mixed), most with a due date a few days out; most get done after a lognormal time,
often close to the due date, some stay open long past it and a few are cancelled. The CSV files
are cached (`cache_dir`) and loaded with PostgreSQL COPY into a database migrated to just before
the insight indexes, which the last migration then builds in bulk, as on a real upgrade.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import psycopg
from sqlalchemy import Engine

from flowhub.storage import make_engine, migrate

# Every question is asked "now" at this instant (a Thursday afternoon late in the month, so
# "this week" and "this month" hold some days), and so a cached dataset stays valid.
NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
DAYS = 180
PER_WORKSPACE = 50
BEFORE_INDEXES = "0011_outbound_files"
# (zone, its usual offset from UTC in hours): enough to spread working hours over the day.
ZONES = (
    ("Europe/Berlin", 1.0),
    ("America/New_York", -5.0),
    ("Asia/Kolkata", 5.5),
    ("Europe/London", 0.0),
    ("America/Los_Angeles", -8.0),
    ("America/Sao_Paulo", -3.0),
    ("Asia/Jakarta", 7.0),
    ("Europe/Istanbul", 3.0),
)
LOCALES = ("en", "de", "hi", "en", "en", "pt", "id", "tr")
VERBS = ("send", "call", "review", "pay", "book", "fix", "draft", "order", "check", "plan")
NOUNS = (
    "invoice",
    "report",
    "supplier",
    "contract",
    "slides",
    "budget",
    "flights",
    "boiler",
    "payroll",
    "newsletter",
    "inventory",
    "offer",
)
TASK_COLUMNS = (
    "id",
    "workspace_id",
    "chat_id",
    "title",
    "notes",
    "creator_id",
    "assignee_id",
    "assignee_name",
    "assignment",
    "due_at",
    "due_grain",
    "due_tz",
    "priority",
    "rrule",
    "repeat_from",
    "status",
    "source_event_id",
    "created_at",
    "updated_at",
    "completed_at",
)


@dataclass(frozen=True)
class Dataset:
    """Where a generated dataset's CSV files are, and what it holds."""

    path: Path
    tasks: int
    people: int
    workspaces: int
    groups: int

    def describe(self) -> str:
        """One line: what the dataset holds."""
        return (
            f"{self.tasks:,} tasks, {self.people:,} people, {self.workspaces:,} workspaces, "
            f"{self.groups:,} groups over {DAYS} days up to {NOW:%Y-%m-%d %H:%M} UTC"
        )


@dataclass(frozen=True)
class Groups:
    """The groups: their chat ids, members, and each person's groups."""

    chat_ids: list[int]
    members: list[list[int]]
    of_person: list[list[int]]  # index = person id; the positions in chat_ids


def cache_dir() -> Path:
    """Where generated datasets are kept between runs."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "flowhub-bench" / "insights"


def get_or_create(tasks: int, people: int, *, fresh: bool, seed: int = 18) -> Dataset:
    """The cached dataset of this size, generated first when missing or when `fresh`."""
    path = cache_dir() / f"t{tasks}-p{people}-s{seed}"
    meta = path / "meta.json"
    if not fresh and meta.exists():
        return Dataset(path=path, **json.loads(meta.read_text()))
    path.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    dataset = _generate(path, tasks, people, np.random.default_rng(seed))
    meta.write_text(
        json.dumps(
            {
                "tasks": dataset.tasks,
                "people": dataset.people,
                "workspaces": dataset.workspaces,
                "groups": dataset.groups,
            }
        )
    )
    print(f"generated {dataset.describe()} in {time.perf_counter() - started:.1f} s")
    return dataset


def load(dataset: Dataset, url: str) -> Engine:
    """Migrate an empty PostgreSQL database at `url`, COPY the dataset in, build the indexes."""
    engine = make_engine(url)
    started = time.perf_counter()
    migrate(engine, BEFORE_INDEXES)
    conninfo = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo) as conn, conn.cursor() as cur:
        for table in ("workspace", "person", "chat", "conversationstate", "task"):
            columns = _header(dataset.path / f"{table}.csv")
            statement = f"COPY {table} ({columns}) FROM STDIN WITH (FORMAT csv, HEADER true)"
            with (dataset.path / f"{table}.csv").open("rb") as f, cur.copy(statement) as copy:
                while chunk := f.read(1 << 20):
                    copy.write(chunk)
            cur.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT max(id) FROM {table}))"
            )
    loaded = time.perf_counter()
    migrate(engine)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
    print(
        f"loaded with COPY in {loaded - started:.1f} s; "
        f"newer migrations (indexes) and ANALYZE in {time.perf_counter() - loaded:.1f} s"
    )
    return engine


def _header(path: Path) -> str:
    with path.open() as f:
        return f.readline().strip()


def _generate(path: Path, n_tasks: int, n_people: int, rng: np.random.Generator) -> Dataset:
    n_workspaces = max(1, -(-n_people // PER_WORKSPACE))
    workspace_of = np.arange(n_people) // PER_WORKSPACE + 1  # index = person id - 1
    zone_of = rng.integers(0, len(ZONES), n_people)
    start = _stamp(np.array([NOW.timestamp() - (DAYS + 30) * 86400]))[0]
    _write(
        path / "workspace.csv",
        ("id", "platform", "external_id", "name", "created_at"),
        (f"{w},slack,T{w:06d},Team {w},{start}" for w in range(1, n_workspaces + 1)),
    )
    _write(
        path / "person.csv",
        (
            "id",
            "workspace_id",
            "display_name",
            "timezone",
            "locale",
            "locale_chosen",
            "digest_time",
            "digest_enabled",
            "reminder_lead_minutes",
            "created_at",
        ),
        (
            f"{p + 1},{workspace_of[p]},Person {p + 1},{ZONES[zone_of[p]][0]},"
            f"{LOCALES[zone_of[p]]},false,08:00,true,0,{start}"
            for p in range(n_people)
        ),
    )
    groups = _groups(n_people, n_workspaces, rng)
    _write(
        path / "chat.csv",
        ("id", "workspace_id", "platform", "account", "external_id", "kind", "title", "created_at"),
        [
            f"{p},{workspace_of[p - 1]},slack,T{workspace_of[p - 1]:06d},D{p},direct,,{start}"
            for p in range(1, n_people + 1)
        ]
        + [
            f"{c},{workspace_of[m[0] - 1]},slack,T{workspace_of[m[0] - 1]:06d},G{c},group,"
            f"Group {c},{start}"
            for c, m in zip(groups.chat_ids, groups.members, strict=True)
        ],
    )
    states = [f"{p},{p},{{}},{start}" for p in range(1, n_people + 1)]
    states += [
        f"{c},{p},{{}},{start}"
        for c, m in zip(groups.chat_ids, groups.members, strict=True)
        for p in m
    ]
    _write(path / "conversationstate.csv", ("chat_id", "person_id", "data", "updated_at"), states)
    _write(
        path / "task.csv",
        TASK_COLUMNS,
        _task_lines(n_tasks, n_people, workspace_of, zone_of, groups, rng),
    )
    return Dataset(
        path=path,
        tasks=n_tasks,
        people=n_people,
        workspaces=n_workspaces,
        groups=len(groups.chat_ids),
    )


def _groups(n_people: int, n_workspaces: int, rng: np.random.Generator) -> Groups:
    """Two rounds of splitting each workspace into groups of 5-20, so most people are in two."""
    chat_ids: list[int] = []
    members: list[list[int]] = []
    of_person: list[list[int]] = [[] for _ in range(n_people + 1)]
    for w in range(n_workspaces):
        people = list(range(w * PER_WORKSPACE + 1, min(n_people, (w + 1) * PER_WORKSPACE) + 1))
        for _round in range(2):
            order = [people[i] for i in rng.permutation(len(people))]
            while len(order) >= 5:
                size = int(rng.integers(5, 21))
                take, order = order[:size], order[size:]
                if len(order) < 5:
                    take, order = take + order, []
                chat_ids.append(n_people + len(chat_ids) + 1)
                members.append(sorted(take))
                for p in take:
                    of_person[p].append(len(chat_ids) - 1)
    return Groups(chat_ids=chat_ids, members=members, of_person=of_person)


def _task_lines(
    n: int,
    n_people: int,
    workspace_of: np.ndarray,
    zone_of: np.ndarray,
    groups: Groups,
    rng: np.random.Generator,
) -> list[str]:
    # Some people capture far more than others.
    activity = rng.lognormal(0.0, 0.8, n_people)
    creator = rng.choice(n_people, size=n, p=activity / activity.sum()) + 1
    offset_h = np.array([z[1] for z in ZONES])[zone_of[creator - 1]]
    created = _created_at(n, offset_h, rng)
    chat, assignee = _places(creator, groups, workspace_of, rng)
    speed = rng.lognormal(0.0, 0.5, n_people)[creator - 1]
    has_due = rng.random(n) < 0.75
    lead_days = rng.choice([0, 1, 1, 2, 2, 3, 4, 5, 7, 7, 14, 30], size=n)
    due_day_start = (created - (created + offset_h * 3600) % 86400).astype(np.int64)
    due_hour = rng.choice([9, 10, 12, 14, 16, 17, 17, 18], size=n)
    due = due_day_start + lead_days * 86400 + due_hour * 3600 - offset_h * 3600
    due = np.where(due <= created, due + 86400, due).astype(np.int64)
    took = rng.lognormal(np.log(30 * 3600), 1.3, n) * speed
    # Most people with a due date finish near it, some a little late.
    aims = has_due & (rng.random(n) < 0.6)
    took = np.where(aims, (due - created) * rng.uniform(0.3, 1.08, n), took)
    finished = created + took.astype(np.int64)
    fate = rng.random(n)
    done = (finished <= NOW.timestamp()) & (fate < 0.9)
    cancelled = (finished <= NOW.timestamp()) & (fate >= 0.9) & (fate < 0.95)
    status = np.where(done, "done", np.where(cancelled, "cancelled", "open"))
    verb = rng.integers(0, len(VERBS), n)
    noun = rng.integers(0, len(NOUNS), n)
    created_s = _stamp(created)
    finished_s = _stamp(finished)
    due_s = _stamp(due)
    lines = []
    zone_names = [z[0] for z in ZONES]
    # Ids follow creation, as they do in a live database.
    for row, i in enumerate(np.argsort(created, kind="stable").tolist()):
        c = int(creator[i])
        a = int(assignee[i])
        ended = status[i] != "open"
        lines.append(
            f'{row + 1},{workspace_of[c - 1]},{chat[i]},{VERBS[verb[i]]} the {NOUNS[noun[i]]},"",'
            f"{c},{a or ''},{'' if a in (0, c) else f'Person {a}'},"
            f"{'none' if a in (0, c) else 'accepted'},"
            f"{due_s[i] if has_due[i] else ''},{'minute' if has_due[i] else ''},"
            f"{zone_names[zone_of[c - 1]] if has_due[i] else ''},normal,,calendar,{status[i]},,"
            f"{created_s[i]},{finished_s[i] if ended else created_s[i]},"
            f"{finished_s[i] if status[i] == 'done' else ''}"
        )
    return lines


def _created_at(n: int, offset_h: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Creation instants: more recent days a little busier, weekends quiet, working hours."""
    today = NOW.timestamp() - NOW.timestamp() % 86400
    weights = np.array(
        [
            (1.0 + 0.5 * (DAYS - d) / DAYS)
            * (0.25 if datetime.fromtimestamp(today - d * 86400, UTC).weekday() >= 5 else 1.0)
            for d in range(DAYS)
        ]
    )
    days_ago = rng.choice(DAYS, size=n, p=weights / weights.sum())
    hours = np.arange(24)
    busy = np.exp(-0.5 * ((hours - 12.5) / 3.0) ** 2) + 0.03
    local_hour = rng.choice(24, size=n, p=busy / busy.sum())
    created = today - days_ago * 86400 + (local_hour - offset_h) * 3600 + rng.integers(0, 3600, n)
    return np.minimum(created, NOW.timestamp() - 60).astype(np.int64)


def _places(
    creator: np.ndarray, groups: Groups, workspace_of: np.ndarray, rng: np.random.Generator
) -> tuple[list[int], list[int]]:
    """Each task's chat and assignee (0 for none): in a group of the creator's, or their DM."""
    n = len(creator)
    in_group = rng.random(n) < 0.45
    pick = rng.random(n)
    roll = rng.random(n)
    chats: list[int] = []
    assignees: list[int] = []
    for i in range(n):
        c = int(creator[i])
        mine = groups.of_person[c]
        if in_group[i] and mine:
            g = mine[int(pick[i] * len(mine))]
            chats.append(groups.chat_ids[g])
            people = groups.members[g]
            if roll[i] < 0.5:
                assignees.append(people[int(roll[i] * 2 * len(people))])
            else:
                assignees.append(c if roll[i] < 0.8 else 0)
        else:
            chats.append(c)
            assignees.append(c if roll[i] < 0.7 else 0)
    return chats, assignees


def _stamp(seconds: np.ndarray) -> list[str]:
    """Epoch seconds as PostgreSQL timestamptz text in UTC."""
    text = seconds.astype("datetime64[s]").astype(str)
    return [f"{t}+00" for t in text.tolist()]


def _write(path: Path, header: tuple[str, ...], lines: Iterable[str]) -> None:
    with path.open("w") as f:
        f.write(",".join(header) + "\n")
        for line in lines:
            f.write(line)
            f.write("\n")
