"""Insights at scale: every question and chart on 1,000,000 tasks and 10,000 people.

Run with `python -m bench insights` (`--quick`: 100,000 tasks and 1,000 people; `--fresh`:
generate the cached dataset again). The dataset (`bench/_insights_data.py`) is loaded with COPY
into a throwaway PostgreSQL on loopback, migrated to the newest schema, then each question is
asked at least 30 times for people, groups and workspaces picked at random. Beside each, in
the same run, the obvious baseline: load the scope's tasks into Python and count there; the
"same" column says whether both gave the same answer every time. For one ask of each question,
EXPLAIN ANALYZE tells whether any statement read the whole task table ("plan"), the time the
server spent ("server ms") and the 8 kB pages it touched ("pages"). Charts are timed end to end
(query + PNG), and a separate process draws every chart many times to report its peak memory.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, text
from sqlmodel import Session

from bench import _insights_baseline as base
from bench._insights_data import NOW, Dataset, get_or_create, load
from bench._util import table
from flowhub.nlp import read_insight
from flowhub.storage import insights as ins
from flowhub.storage.access import Viewer
from flowhub.storage.insights import Scope
from tests.auxil.query_plans import plans, scans_whole, statements_of
from tests.auxil.servers import start_postgres

# The aggregates the questions below call; any other in `insights.__all__` is named as untimed.
TIMED = frozenset(
    {
        "summary",
        "per_person",
        "per_group",
        "open_by_age",
        "overdue_longest",
        "throughput",
        "typical_duration",
        "daily_counts",
        "on_time_by_week",
        "capture_hours",
        "open_due_by_day",
    }
)
QUESTION_MS = 300.0
CHART_MS = 1000.0
RSS_MB = 300.0


@dataclass(frozen=True)
class Subject:
    """Who a question is about: a person (with their zone), a group, or a workspace."""

    workspace_id: int
    tz: str
    person_id: int | None = None
    chat_id: int | None = None
    asker_id: int | None = None  # a member of the group asking about another member

    def scope(self) -> Scope:
        """The scope the question counts in."""
        if self.chat_id is not None and self.person_id is not None:
            return Scope(
                self.workspace_id,
                person_id=self.person_id,
                viewer=Viewer(self.asker_id or 0, self.chat_id),
            )
        return Scope(self.workspace_id, person_id=self.person_id, chat_id=self.chat_id)


Answer = Callable[[Session, Subject], object]


@dataclass(frozen=True)
class Question:
    """One thing people ask: the aggregate, its baseline, and what it is asked about."""

    name: str
    kind: str  # "person", "group", "member" (a member asked about from the group), "workspace"
    sql: Answer
    baseline: Answer | None = None
    chart: Callable[[object, str], bytes | None] | None = None


def _week(s: Subject) -> tuple[datetime, datetime]:
    local = NOW.astimezone(ZoneInfo(s.tz))
    monday = (local - timedelta(days=local.weekday())).replace(hour=0, minute=0, second=0)
    return monday.replace(microsecond=0), NOW


def _last_week(s: Subject) -> tuple[datetime, datetime]:
    monday, _ = _week(s)
    return monday - timedelta(days=7), monday


def _month(s: Subject) -> tuple[datetime, datetime]:
    local = NOW.astimezone(ZoneInfo(s.tz))
    return local.replace(day=1, hour=0, minute=0, second=0, microsecond=0), NOW


def _days(n: int) -> Callable[[Subject], tuple[datetime, datetime]]:
    return lambda s: (NOW - timedelta(days=n), NOW)


def _summary(period: Callable[[Subject], tuple[datetime, datetime]]) -> tuple[Answer, Answer]:
    def sql(session: Session, s: Subject) -> object:
        start, end = period(s)
        got = ins.summary(session=session, scope=s.scope(), start=start, end=end, now=NOW)
        median = None if got.median_hours is None else round(got.median_hours, 6)
        return (*(getattr(got, f) for f in _SUMMARY[:-1]), median)

    def py(session: Session, s: Subject) -> object:
        start, end = period(s)
        return base.summary(base.rows(session, s.scope()), start, end, NOW)

    return sql, py


_SUMMARY = (
    "created",
    "completed",
    "on_time",
    "late",
    "undated",
    "open",
    "overdue",
    "oldest_overdue_days",
    "median_hours",
)


def _per_person(session: Session, s: Subject) -> object:
    start, end = _month(s)
    got = ins.per_person(session=session, scope=s.scope(), start=start, end=end, now=NOW)
    return [(p.name, p.open, p.overdue, p.completed) for p in got]


def _per_person_py(session: Session, s: Subject) -> object:
    start, end = _month(s)
    return base.per_person(session, base.rows(session, s.scope()), start, end, NOW)


def _per_group(session: Session, s: Subject) -> object:
    start, end = _month(s)
    got = ins.per_group(session=session, scope=s.scope(), start=start, end=end, now=NOW)
    return [(g.chat_id, g.open, g.overdue, g.completed) for g in got]


def _per_group_py(session: Session, s: Subject) -> object:
    start, end = _month(s)
    return base.per_group(session, base.rows(session, s.scope()), start, end, NOW)


def _daily(session: Session, s: Subject) -> object:
    start, end = _days(14)(s)
    got = ins.daily_counts(session=session, scope=s.scope(), start=start, end=end, tz=s.tz)
    return [(d.day, d.created, d.completed) for d in got]


def _daily_py(session: Session, s: Subject) -> object:
    start, end = _days(14)(s)
    return base.daily_counts(base.rows(session, s.scope()), start, end, s.tz)


def _weeks(session: Session, s: Subject) -> object:
    start, end = _days(56)(s)
    got = ins.on_time_by_week(session=session, scope=s.scope(), start=start, end=end, tz=s.tz)
    return [(w.week_start, w.completed, w.dated, w.on_time) for w in got if w.completed]


def _weeks_py(session: Session, s: Subject) -> object:
    start, end = _days(56)(s)
    return base.on_time_by_week(base.rows(session, s.scope()), start, end, s.tz)


def _hours(session: Session, s: Subject) -> object:
    start, end = _days(90)(s)
    return ins.capture_hours(session=session, scope=s.scope(), start=start, end=end, tz=s.tz)


def _hours_py(session: Session, s: Subject) -> object:
    start, end = _days(90)(s)
    return base.capture_hours(base.rows(session, s.scope()), start, end, s.tz)


def _ages(session: Session, s: Subject) -> object:
    return [b.count for b in ins.open_by_age(session=session, scope=s.scope(), now=NOW)]


def _ages_py(session: Session, s: Subject) -> object:
    return base.open_by_age(base.rows(session, s.scope()), NOW)


def _overdue(session: Session, s: Subject) -> object:
    return [t.task_id for t in ins.overdue_longest(session=session, scope=s.scope(), now=NOW)]


def _overdue_py(session: Session, s: Subject) -> object:
    return base.overdue_longest(base.rows(session, s.scope()), NOW)


def _backlog(session: Session, s: Subject) -> object:
    """When the open tasks are done at the recent pace: open count and tasks per day."""
    pace = ins.throughput(session=session, scope=s.scope(), now=NOW)
    got = ins.summary(session=session, scope=s.scope(), start=NOW, end=NOW, now=NOW)
    return (got.open, round(pace, 6))


def _backlog_py(session: Session, s: Subject) -> object:
    tasks = base.rows(session, s.scope())
    return (sum(t.status == "open" for t in tasks), round(base.throughput(tasks, NOW), 6))


def _at_risk(session: Session, s: Subject) -> object:
    """Dues at risk: open tasks due per day over the next two weeks, and the pace."""
    got = ins.open_due_by_day(
        session=session, scope=s.scope(), now=NOW, until=NOW + timedelta(days=14), tz=s.tz
    )
    return ([d.count for d in got], ins.throughput(session=session, scope=s.scope(), now=NOW))


def _typical(session: Session, s: Subject) -> object:
    got = ins.typical_duration(
        session=session, person_id=s.person_id or 0, words=["invoice"], now=NOW
    )
    return None if got is None else round(got.total_seconds() / 3600, 6)


def _typical_py(session: Session, s: Subject) -> object:
    return base.typical_hours(base.rows(session, s.scope()), "invoice", NOW)


def _questions() -> list[Question]:
    from bench._insights_charts import draw  # matplotlib only when charts are timed

    week, week_py = _summary(_week)
    month, month_py = _summary(_month)
    last_week, last_week_py = _summary(_last_week)
    return [
        Question("how am I doing this week?", "person", week, week_py),
        Question("stats (this month)", "person", month, month_py),
        Question("what's overdue the longest?", "person", _overdue, _overdue_py),
        Question("open tasks by age", "person", _ages, _ages_py),
        Question("your 'invoice' tasks usually take", "person", _typical, _typical_py),
        Question("which dues are at risk?", "person", _at_risk),
        Question("how's the team doing this month?", "group", month, month_py),
        Question("who has the most open tasks?", "group", _per_person, _per_person_py),
        Question("what's overdue the longest? (group)", "group", _overdue, _overdue_py),
        Question("when will we clear the backlog?", "group", _backlog, _backlog_py),
        Question("what did Sam finish last week?", "member", last_week, last_week_py),
        Question("team this month (workspace)", "workspace", month, month_py),
        Question(
            "which group has the most open tasks? (workspace)",
            "workspace",
            _per_group,
            _per_group_py,
        ),
        Question(
            "who has the most open tasks? (workspace)", "workspace", _per_person, _per_person_py
        ),
        Question("chart: completed vs created per day", "group", _daily, _daily_py, draw("days")),
        Question("chart: open tasks by age", "group", _ages, _ages_py, draw("ages")),
        Question("chart: load per person", "group", _per_person, _per_person_py, draw("load")),
        Question("chart: on-time rate by week", "group", _weeks, _weeks_py, draw("weeks")),
        Question("chart: hours tasks are captured", "group", _hours, _hours_py, draw("hours")),
        Question("chart: my completed vs created", "person", _daily, _daily_py, draw("days")),
        Question("chart: digest's week of done", "person", _daily, _daily_py, draw("strip")),
    ]


def _subjects(engine: Engine, kind: str, n: int, rng: random.Random) -> list[Subject]:
    """`n` random subjects of a kind, the same ones for the aggregate and the baseline."""
    with engine.connect() as c:
        if kind == "person":
            query = "SELECT id, workspace_id, timezone FROM person ORDER BY random() LIMIT :n"
            return [Subject(w, tz, person_id=p) for p, w, tz in c.execute(text(query), {"n": n})]
        if kind == "workspace":
            query = (
                "SELECT w.id, min(p.timezone) FROM workspace w JOIN person p "
                "ON p.workspace_id = w.id GROUP BY w.id ORDER BY random() LIMIT :n"
            )
            return [Subject(w, tz) for w, tz in c.execute(text(query), {"n": n})]
        query = (
            "SELECT c.id, c.workspace_id, array_agg(s.person_id), min(p.timezone) FROM chat c "
            "JOIN conversationstate s ON s.chat_id = c.id JOIN person p ON p.id = s.person_id "
            "WHERE c.kind = 'group' GROUP BY c.id ORDER BY random() LIMIT :n"
        )
        found = []
        for g, w, members, tz in c.execute(text(query), {"n": n}):
            if kind == "group":
                found.append(Subject(w, tz, chat_id=g))
            else:
                asker, about = rng.sample(list(members), 2)
                found.append(Subject(w, tz, person_id=about, chat_id=g, asker_id=asker))
        return found


@dataclass(frozen=True)
class Timing:
    """Milliseconds per call: wall time p50, p95 and the slowest, and this process's CPU p95
    (on a busy machine the wall time also holds the waits for a core)."""

    p50: float
    p95: float
    most: float
    cpu_p95: float


def _time(fn: Callable[[Subject], object], subjects: list[Subject]) -> tuple[Timing, list[object]]:
    times: list[float] = []
    cpu: list[float] = []
    answers: list[object] = []
    for s in subjects:
        t0, c0 = time.perf_counter(), time.thread_time()
        answers.append(fn(s))
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.thread_time() - c0) * 1000)
    return Timing(statistics.median(times), _p95(times), max(times), _p95(cpu)), answers


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def measure(engine: Engine, runs: int, seed: int = 7) -> list[list[str]]:
    """The table rows: each question's aggregate and baseline timings over `runs` subjects."""
    rng = random.Random(seed)
    rows = []
    for q in _questions():
        subjects = _subjects(engine, q.kind, runs, rng)
        with Session(engine) as session:
            sql = _answer(session, q)
            sql(subjects[0])  # warm: imports, first plans
            with statements_of(engine) as seen:
                sql(subjects[-1])
            run = plans(engine, seen, analyse=True)
            whole = any(scans_whole(p, "task") for p in run)
            timing, answers = _time(sql, subjects)
            compared = _baseline(session, q, subjects)
        target = CHART_MS if q.chart else QUESTION_MS
        row = [
            q.name,
            q.kind,
            f"{timing.p50:.1f}",
            f"{timing.p95:.1f}",
            f"{timing.most:.1f}",
            f"{timing.cpu_p95:.1f}",
            "yes" if timing.p95 < target else "NO",
            "seq scan" if whole else "index",
            f"{_server_ms(run):.2f}",
            f"{_pages(run):,}",
        ]
        if compared is not None:
            py, expected = compared
            same = "yes" if _same(answers, expected) else "NO"
            row += [f"{py.p50:.1f}", f"{py.p95:.1f}", f"{py.p95 / timing.p95:.1f}x", same]
        else:
            row += ["-", "-", "-", "-"]
        rows.append(row)
    return rows


def _server_ms(run: list[str]) -> float:
    """Time the server spent executing the statements (EXPLAIN ANALYZE)."""
    return sum(float(m) for p in run for m in re.findall(r"Execution Time: ([\d.]+) ms", p))


def _pages(run: list[str]) -> int:
    """Pages the statements touched: the top node's shared buffers, hit or read."""
    total = 0
    for p in run:
        top = re.search(r"Buffers: shared((?: \w+=\d+)+)", p)
        if top:
            total += sum(
                int(n) for kind, n in re.findall(r"(\w+)=(\d+)", top[1]) if kind in ("hit", "read")
            )
    return total


def _baseline(
    session: Session, q: Question, subjects: list[Subject]
) -> tuple[Timing, list[object]] | None:
    baseline, chart = q.baseline, q.chart
    if baseline is None:
        return None
    if chart is None:
        return _time(lambda s: baseline(session, s), subjects)

    def drawn(s: Subject) -> object:
        data = baseline(session, s)
        chart(data, "en")
        return data

    return _time(drawn, subjects)


def _answer(session: Session, q: Question) -> Callable[[Subject], object]:
    if q.chart is None:
        return lambda s: q.sql(session, s)
    chart = q.chart

    def drawn(s: Subject) -> object:
        data = q.sql(session, s)
        chart(data, "en")
        return data

    return drawn


def _same(got: list[object], expected: list[object]) -> bool:
    return all(_norm(a) == _norm(b) for a, b in zip(got, expected, strict=True))


def _norm(value: object) -> object:
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, list | tuple):
        return [_norm(v) for v in value]
    return value


# The questions and a few in other languages, as people type them.
ASKED = (
    "how am I doing this week?",
    "stats",
    "what's overdue the longest?",
    "who has the most open tasks?",
    "how's the team doing this month?",
    "what did Sam finish last week?",
    "when will we clear the backlog?",
    "wie läuft es diese Woche?",
    "¿quién tiene más tareas abiertas?",
    "ekip bu ay nasıl gidiyor?",
)


def reading(runs: int) -> list[str]:
    """How long reading a question takes (`read_insight`): ms p50 and p95, and how many of the
    phrasings were read as questions."""
    times: list[float] = []
    read = sum(read_insight(said) is not None for said in ASKED)
    for _ in range(runs):
        for said in ASKED:
            t0 = time.perf_counter()
            read_insight(said)
            times.append((time.perf_counter() - t0) * 1000)
    return [f"{statistics.median(times):.2f}", f"{_p95(times):.2f}", f"{read} of {len(ASKED)}"]


def chart_rss(url: str, renders: int) -> tuple[float, int]:
    """Peak RSS (MB) of a fresh process answering and drawing every chart `renders` times."""
    done = subprocess.run(
        [sys.executable, "-m", "bench._insights_charts", url, str(renders)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    got = json.loads(done.stdout.strip().splitlines()[-1])
    return float(got["peak_rss_mb"]), int(got["pictures"])


def main(argv: list[str] | None = None) -> None:
    """Generate or reuse the dataset, load it, and print the table."""
    parser = argparse.ArgumentParser(prog="python -m bench insights")
    parser.add_argument("--quick", action="store_true", help="100,000 tasks and 1,000 people")
    parser.add_argument("--fresh", action="store_true", help="generate the dataset again")
    parser.add_argument("--runs", type=int, default=30, help="subjects per question (>= 30)")
    args = parser.parse_args(argv or [])
    tasks, people = (100_000, 1_000) if args.quick else (1_000_000, 10_000)
    dataset = get_or_create(tasks, people, fresh=args.fresh)
    folder = Path(tempfile.mkdtemp(prefix="flowhub-bench-insights-"))
    pg = start_postgres(folder)
    try:
        engine = load(dataset, pg.url)
        rows = measure(engine, max(args.runs, 30))
        rss, pictures = chart_rss(pg.url, 10)
        engine.dispose()
    finally:
        pg.stop()
        shutil.rmtree(folder, ignore_errors=True)
    _print(dataset, rows, rss, pictures, max(args.runs, 30))
    print("\nReading the question (read_insight, ms), which comes before any of the above:")
    print(table(["p50", "p95", "read as questions"], [reading(max(args.runs, 30))]))


def _print(dataset: Dataset, rows: list[list[str]], rss: float, pictures: int, runs: int) -> None:
    print(
        f"PostgreSQL on loopback, {dataset.describe()}; {runs} random subjects per question, "
        f"wall time per answer in ms (charts: query + PNG). Targets: p95 under "
        f"{QUESTION_MS:.0f} ms per question, {CHART_MS:.0f} ms per chart."
    )
    headers = [
        "question",
        "scope",
        "SQL p50",
        "SQL p95",
        "SQL max",
        "our CPU p95",
        "on target",
        "plan",
        "server ms",
        "pages",
        "rows in Python p50",
        "rows in Python p95",
        "SQL faster by (p95)",
        "same",
    ]
    print(table(headers, rows))
    untimed = sorted(n for n in ins.__all__ if n[0].islower() and n not in TIMED)
    if untimed:
        print(f"\nNot timed here (new aggregates): {', '.join(untimed)}")
    verdict = "on target" if rss < RSS_MB else "OVER"
    print(
        f"\nPeak RSS of a process answering and drawing {pictures} charts: {rss:.0f} MB "
        f"(target under {RSS_MB:.0f} MB: {verdict})"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
