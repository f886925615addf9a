"""Every dialogue of the corpus, played through the playground API on a fresh database.

All dialogues run on SQLite, on one engine per process whose file is reset to a fresh copy
each time. PostgreSQL plays the first dialogue of each class, each on a copy of a database
migrated once: how words are read does not depend on the database, and the storage and scenario
tests run on both. FLOWHUB_DIALOGUES_ALL_POSTGRES=1 plays every dialogue there too. Dialogues
listed in known_gaps.txt are expected to fail (strictly: one that starts passing must leave
the list).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from tests.auxil.templates import reused_sqlite_engine
from tests.dialogues.runner import Dialogue, DialogueFailed, known_gaps, load_all, play

DIALOGUES = load_all()
GAPS = known_gaps()
ALL_POSTGRES = os.environ.get("FLOWHUB_DIALOGUES_ALL_POSTGRES") == "1"


def _on_postgres() -> set[str]:
    first: dict[str, str] = {}
    for d in DIALOGUES:
        first.setdefault(d.cls, d.id)
    return set(first.values())


POSTGRES = {d.id for d in DIALOGUES} if ALL_POSTGRES else _on_postgres()


def _cases() -> list[Any]:
    cases = []
    for d in DIALOGUES:
        for db in ("sqlite", "postgres"):
            if db == "postgres" and d.id not in POSTGRES:
                continue
            marks = [pytest.mark.xfail(strict=True, reason=f"known gap ({d.cls})")]
            cases.append(
                pytest.param(d, db, id=f"{d.id}-{db}", marks=marks if d.id in GAPS else [])
            )
    return cases


@pytest.mark.parametrize(("dialogue", "db"), _cases())
def test_dialogue(
    dialogue: Dialogue, db: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    engine = reused_sqlite_engine() if db == "sqlite" else None
    url = str(engine.url) if engine else request.getfixturevalue("migrated_postgres_url")
    try:
        play(dialogue, url, tmp_path, engine=engine)
    except DialogueFailed as failed:
        pytest.fail(str(failed), pytrace=False)


def test_known_gaps_name_real_dialogues() -> None:
    by_id = {d.id: d.cls for d in DIALOGUES}
    unknown = sorted(set(GAPS) - set(by_id))
    assert not unknown, f"known_gaps.txt lists dialogues that do not exist: {unknown}"
    wrong = sorted(i for i, cls in GAPS.items() if cls and by_id[i] != cls)
    assert not wrong, f"known_gaps.txt gives the wrong class for: {wrong}"


def test_every_class_has_dialogues() -> None:
    classes = {d.cls for d in DIALOGUES}
    assert len(DIALOGUES) >= 150 and len(classes) >= 12, (len(DIALOGUES), sorted(classes))
