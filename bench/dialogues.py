"""Play every dialogue of tests/dialogues on SQLite and print the pass rate per class.

Run with `python -m bench dialogues`. Each dialogue runs on a fresh database through the
playground API with its fixed clock, as `tests/dialogues/test_dialogues.py` does; no network.
The baseline row is the pass rate of the single-turn dialogues (one person turn), to compare the
conversation as a whole with messages read one at a time.
"""

from __future__ import annotations

import logging
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from bench._util import pct, table
from tests.dialogues.runner import Dialogue, known_gaps, load_all, play, sqlite_url


def run_one(dialogue: Dialogue) -> bool:
    """Whether `dialogue` passes on a fresh SQLite database."""
    with tempfile.TemporaryDirectory(prefix="dialogue-") as tmp:
        directory = Path(tmp)
        try:
            play(dialogue, sqlite_url(directory), directory)
        except AssertionError:
            return False
        return True


def main() -> None:
    """Play the corpus and print the table."""
    dialogues = load_all()
    gaps = known_gaps()
    passed: dict[str, list[bool]] = defaultdict(list)
    single: list[bool] = []
    surprises: list[str] = []
    started = time.perf_counter()
    logging.disable(logging.CRITICAL)  # the app logs the failures it handles; the table says enough
    try:
        for d in dialogues:
            ok = run_one(d)
            passed[d.cls].append(ok)
            if d.person_turns == 1:
                single.append(ok)
            if ok == (d.id in gaps):
                surprises.append(f"{d.id} ({'passes' if ok else 'fails'})")
    finally:
        logging.disable(logging.NOTSET)
    rows: list[list[object]] = [
        [cls, len(oks), sum(oks), pct(sum(oks), len(oks))] for cls, oks in sorted(passed.items())
    ]
    every = [ok for oks in passed.values() for ok in oks]
    rows.append(["total", len(every), sum(every), pct(sum(every), len(every))])
    rows.append(["baseline: single-turn", len(single), sum(single), pct(sum(single), len(single))])
    print(table(["class", "dialogues", "passed", "pass rate"], rows))
    print(f"\n{len(every)} dialogues in {time.perf_counter() - started:.0f} s on SQLite")
    if surprises:
        print("differs from tests/dialogues/known_gaps.txt: " + ", ".join(surprises))
