"""Time task extraction on long messages: ms per kB at 1, 10, 50 and 100 kB.

Run with `python -m bench long_text`. Two kinds of text: a status report whose lines all differ
(the worst case: every line is read) and a forwarded WhatsApp chat, each with one task at the
end. The baseline only splits the text into lines, the least any reader must do; the rule
reader should keep the same per-kB cost as the text grows (linear), and find the task at the end.
The last column sends the same text through the playground on SQLite and times the whole
answer: every skill that reads a message sees it, so a reading that grows faster than the text
shows there.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from bench._util import table
from flowhub.nlp import extract_tasks, warm_up
from tests.dialogues.runner import app_on, sqlite_url

NOW = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)
SIZES_KB = (1, 10, 50, 100)
_PLAYGROUND_MAX = 100_000  # characters the playground takes in one message: the end is kept
_STATUS = "item {n}: build {n} green, {n} incidents closed, latency p95 at {n} ms in region {n}"
_CHAT = "[10:{m:02d}, 04/03/2026] Sam: weekend plans chat number {n}, nothing to do here really"
_TAILS = {
    "status": "also please renew the SSL certificate by friday",
    "chat": "[11:59, 04/03/2026] Sam: Priya can you send the vendor list by thursday",
}


def make_text(kind: str, kb: int) -> str:
    """A `kind` message of about `kb` kilobytes whose last line holds the one task."""
    lines: list[str] = []
    size, n = 0, 0
    while size < kb * 1000:
        n += 1
        line = _STATUS.format(n=n) if kind == "status" else _CHAT.format(n=n, m=n % 60)
        lines.append(line)
        size += len(line) + 1
    lines.append(_TAILS[kind])
    return "\n".join(lines)


def _best_ms(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def measure(kind: str, kb: int, repeat: int = 3) -> tuple[float, float, int]:
    """(baseline ms, extraction ms, tasks found) for one text."""
    text = make_text(kind, kb)
    base = _best_ms(lambda: text.splitlines(), repeat)
    found: list[object] = []

    def run() -> None:
        found[:] = extract_tasks(text, now=NOW, tz="Europe/Berlin", sender="Priya")

    rules = _best_ms(run, repeat)
    return base, rules, len(found)


def reply_ms(kind: str, kb: int) -> float:
    """Milliseconds from sending the text in the playground to its answer, on a fresh SQLite."""
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        with app_on(sqlite_url(data), NOW, data) as (client, _runtime):
            client.post(
                "/playground/api/send", json={"person": "ana", "chat": "dm-ana", "text": "hi"}
            )
            start = time.perf_counter()
            body = {
                "person": "priya",
                "chat": "dm-priya",
                "text": make_text(kind, kb)[-_PLAYGROUND_MAX:],
                "forwarded": kind == "chat",
            }
            response = client.post("/playground/api/send", json=body)
            took = time.perf_counter() - start
            response.raise_for_status()
    return took * 1000


def main() -> None:
    """Print ms per kB for each size and kind, beside the line-split baseline."""
    warm_up()  # as the server does before its first message
    rows = []
    for kind in ("status", "chat"):
        for kb in SIZES_KB:
            base, rules, found = measure(kind, kb, repeat=3 if kb <= 10 else 2)
            reply = reply_ms(kind, kb)
            rows.append(
                (
                    kind,
                    f"{kb} kB",
                    f"{base / kb:.3f}",
                    f"{rules / kb:.2f}",
                    f"{rules:.0f}",
                    found,
                    f"{reply:.0f}",
                    f"{reply / kb:.1f}",
                )
            )
    headers = (
        "text",
        "size",
        "split ms/kB",
        "extract ms/kB",
        "extract ms",
        "tasks",
        "reply ms",
        "reply ms/kB",
    )
    print(table(headers, rows))


if __name__ == "__main__":
    main()
