"""Shared helpers for the benchmarks: plain-text tables, timing and memory readings."""

from __future__ import annotations

import os
import resource
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A markdown-style table with padded columns."""
    body = [[_cell(c) for c in r] for r in rows]
    widths = [len(h) for h in headers]
    for r in body:
        for i, c in enumerate(r):
            widths[i] = max(widths[i], len(c))
    line = "| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |"
    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    out = [line, sep]
    out += [
        "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in body
    ]
    return "\n".join(out)


def _cell(v: object) -> str:
    if isinstance(v, float):
        return f"{v:,.1f}" if abs(v) >= 100 else f"{v:.2f}"
    return str(v)


def pct(n: int, d: int) -> str:
    """n/d as a percentage string."""
    return f"{100.0 * n / d:.1f}%" if d else "n/a"


def latency(
    fn: Callable[[str], object], items: Sequence[str], budget_s: float = 20.0, passes: int = 1
) -> tuple[float, float, float, int]:
    """Calls per second, p50 ms, p99 ms and calls timed, from the fastest of `passes` passes.

    Each call is timed in CPU time of this thread (time.thread_time_ns), so time the OS gives to
    other processes on a busy machine is not counted; each pass stops early once `budget_s` of
    wall time is spent, and the fastest pass is reported.
    """
    best: tuple[float, float, float, int] = (0.0, 0.0, 0.0, 0)
    for _ in range(passes):
        times: list[float] = []
        started = time.perf_counter()
        for text in items:
            t0 = time.thread_time_ns()
            fn(text)
            times.append((time.thread_time_ns() - t0) / 1e6)
            if time.perf_counter() - started > budget_s:
                break
        if not times:
            continue
        total = sum(times) / 1000.0
        qs = statistics.quantiles(times, n=100) if len(times) > 1 else [times[0]] * 99
        got = (len(times) / total, statistics.median(times), qs[98], len(times))
        if got[0] > best[0]:
            best = got
    return best


def pin_one_core() -> str:
    """Pin this process to one CPU (Linux) so throughput is a one-core figure."""
    try:
        cpus = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpus[-1]})
        return f"pinned to CPU {cpus[-1]}"
    except (AttributeError, OSError):
        return "not pinned (no sched_setaffinity)"


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MB."""
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024.0 if sys.platform != "darwin" else kb / 1024.0 / 1024.0
