"""The processes the end-to-end bench drives, and the CPU each one spends.

Shapes: the embedded default (`flowhub run`: SQLite, jobs in process), the production shape
(PostgreSQL + Redis, `flowhub run --workers 2`, three `flowhub worker`, one `flowhub
scheduler`), and the two baselines (a bare FastAPI endpoint; a minimal handler that stores the
body in SQLite and replies, bench/_e2e_minimal.py). CPU is read from /proc (Linux): user +
system time of each process and its children, grouped by role.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from bench._util import REPO
from tests.auxil.servers import free_port, start_postgres, start_redis

_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


@dataclass
class Stack:
    """Running processes by role, the URL deliveries go to, and extra pids to account."""

    name: str
    url: str
    roles: dict[str, list[subprocess.Popen[bytes]]] = field(default_factory=dict)
    extra: dict[str, list[int]] = field(default_factory=dict)

    def cpu(self) -> dict[str, float]:
        """CPU seconds so far by role (each process with all its descendants)."""
        tree = _children()
        out: dict[str, float] = {}
        for role, procs in self.roles.items():
            out[role] = sum(_cpu_tree(p.pid, tree) for p in procs)
        for role, pids in self.extra.items():
            out[role] = sum(_cpu_tree(pid, tree) for pid in pids)
        return out


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            stat = _stat(int(entry))
            if stat:
                tree.setdefault(int(stat[1]), []).append(int(entry))
    return tree


def _stat(pid: int) -> list[str]:
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return []
    # Fields after the command name (which may hold spaces), from field 3 (state) on.
    rest = raw[raw.rindex(")") + 2 :].split()
    return [rest[0], rest[1], *rest[2:]]


def _cpu_tree(pid: int, tree: dict[int, list[int]]) -> float:
    stat = _stat(pid)
    own = (int(stat[11]) + int(stat[12])) / _TICKS if stat else 0.0
    return own + sum(_cpu_tree(child, tree) for child in tree.get(pid, []))


def _start(args: list[str], env: dict[str, str], cwd: Path, log: str) -> subprocess.Popen[bytes]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("FLOWHUB_")}
    with (cwd / log).open("ab") as sink:
        return subprocess.Popen(
            args, cwd=cwd, env={**clean, **env}, stdout=sink, stderr=subprocess.STDOUT
        )


def _wait_healthy(url: str, procs: list[subprocess.Popen[bytes]], cwd: Path) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if any(p.poll() is not None for p in procs):
            logs = "\n".join(f.read_text()[-2000:] for f in cwd.glob("*.log"))
            raise RuntimeError(f"a bench process exited early:\n{logs}")
        try:
            # Ready once the grammars are compiled (/readyz); the baselines only have /healthz.
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200 and httpx.get(
                f"{url}/readyz", timeout=2
            ).status_code in (200, 404):
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{url}/readyz did not answer within 90 s")


def _stop(stack: Stack) -> None:
    for procs in stack.roles.values():
        for proc in procs:
            if proc.poll() is None:
                proc.terminate()
    for procs in stack.roles.values():
        for proc in procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


def _flowhub(*args: str) -> list[str]:
    return [sys.executable, "-m", "flowhub", *args]


@contextmanager
def embedded(env: dict[str, str], workdir: Path) -> Iterator[Stack]:
    """`flowhub run` on its embedded default: SQLite in the data dir, jobs in process."""
    port = free_port()
    web = _start(_flowhub("run", "--port", str(port)), env, workdir, "web.log")
    stack = Stack("embedded: flowhub run (SQLite, jobs in process)", f"http://127.0.0.1:{port}")
    stack.roles["web"] = [web]
    try:
        _wait_healthy(stack.url, [web], workdir)
        yield stack
    finally:
        _stop(stack)


@contextmanager
def production(env: dict[str, str], workdir: Path) -> Iterator[Stack]:
    """PostgreSQL + Redis, `flowhub run --workers 2`, 3 workers, 1 scheduler."""
    postgres = start_postgres(workdir / "pg")
    redis = start_redis(workdir)
    try:
        env = {**env, "FLOWHUB_DATABASE_URL": postgres.url, "FLOWHUB_REDIS_URL": redis.url}
        subprocess.run(_flowhub("migrate"), cwd=workdir, env={**os.environ, **env}, check=True,
                       stdout=subprocess.DEVNULL)  # fmt: skip
        port = free_port()
        stack = Stack(
            "production: flowhub run --workers 2, 3 flowhub worker, 1 flowhub scheduler "
            "(PostgreSQL, Redis)",
            f"http://127.0.0.1:{port}",
        )
        stack.roles["web"] = [
            _start(_flowhub("run", "--port", str(port), "--workers", "2"), env, workdir, "web.log")
        ]
        stack.roles["workers"] = [
            _start(_flowhub("worker"), env, workdir, f"worker{n}.log") for n in range(3)
        ]
        stack.roles["scheduler"] = [_start(_flowhub("scheduler"), env, workdir, "scheduler.log")]
        stack.extra["postgres"] = _postmaster(postgres.log_path)
        stack.extra["redis"] = _named_children("redis-server")
        try:
            _wait_healthy(stack.url, [p for ps in stack.roles.values() for p in ps], workdir)
            yield stack
        finally:
            _stop(stack)
    finally:
        redis.stop()
        postgres.stop()


@contextmanager
def baseline(mode: str, env: dict[str, str], workdir: Path) -> Iterator[Stack]:
    """A baseline app under uvicorn: `bare` (answers only) or `minimal` (stores and replies)."""
    port = free_port()
    command = [
        sys.executable, "-m", "uvicorn", "bench._e2e_minimal:make_app", "--factory",
        "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning", "--no-access-log",
    ]  # fmt: skip
    env = {**env, "PYTHONPATH": str(REPO), "FLOWHUB_BENCH_BASELINE": mode,
           "FLOWHUB_BENCH_DB": str(workdir / "minimal.db")}  # fmt: skip
    web = _start(command, env, REPO, str(workdir / "baseline.log"))
    names = {
        "bare": "baseline: bare FastAPI endpoint (answers 200, no reply)",
        "minimal": "baseline: minimal handler (verify, store in SQLite, reply)",
    }
    stack = Stack(names[mode], f"http://127.0.0.1:{port}", roles={"web": [web]})
    try:
        _wait_healthy(stack.url, [web], workdir)
        yield stack
    finally:
        _stop(stack)


def _postmaster(log_path: Path | None) -> list[int]:
    if log_path is None:
        return []
    try:
        return [int((log_path.parent / "data" / "postmaster.pid").read_text().split()[0])]
    except (OSError, ValueError, IndexError):
        return []


def _named_children(name: str) -> list[int]:
    tree = _children()
    return [
        pid
        for pid in tree.get(os.getpid(), [])
        if Path(f"/proc/{pid}/comm").exists()
        and Path(f"/proc/{pid}/comm").read_text().strip() == name
    ]
