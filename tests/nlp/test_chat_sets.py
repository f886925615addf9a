"""The labelled chat sets in tests/data parse and keep one schema."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from flowhub.nlp import INTENTS, PRIORITIES

DATA = Path(__file__).resolve().parents[1] / "data"
LANGS = ("es", "pt", "fr", "de", "it", "nl", "id", "hi", "tr", "ru", "ar")
ROW_KEYS = {"id", "text", "lang", "now", "tz", "sender", "intent", "tasks"}
OPTIONAL_KEYS = {"split", "variant", "script"}
TASK_KEYS = {"title", "assignee", "due", "grain", "rrule", "priority"}
GRAINS = {"minute", "hour", "day", "week", "month", "year"}


def _rows(lang: str) -> list[dict[str, object]]:
    path = DATA / f"chat_{lang}.jsonl"
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.mark.parametrize("lang", ("en", *LANGS))
def test_chat_set_schema(lang: str) -> None:
    rows = _rows(lang)
    assert len(rows) >= 60
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "ids repeat"
    for row in rows:
        assert ROW_KEYS <= row.keys() <= ROW_KEYS | OPTIONAL_KEYS, row["id"]
        assert isinstance(row["text"], str) and row["text"].strip(), row["id"]
        assert row["intent"] in INTENTS, row["id"]
        now = datetime.fromisoformat(str(row["now"]))
        assert now.utcoffset() is not None, row["id"]
        zone = ZoneInfo(str(row["tz"]))
        assert now.astimezone(zone).utcoffset() == now.utcoffset(), f"{row['id']}: offset vs tz"
        tasks = row["tasks"]
        assert isinstance(tasks, list)
        for task in tasks:
            assert set(task) == TASK_KEYS, row["id"]
            assert task["title"].strip(), row["id"]
            assert task["priority"] in PRIORITIES, row["id"]
            if task["due"] is None:
                assert task["grain"] is None and task["rrule"] is None, row["id"]
            else:
                due = datetime.fromisoformat(task["due"])
                assert due.tzinfo is None, row["id"]
                assert task["grain"] in GRAINS, row["id"]
            if task["rrule"]:
                assert task["rrule"].startswith("FREQ="), row["id"]


@pytest.mark.parametrize("lang", LANGS)
def test_chat_set_language_and_coverage(lang: str) -> None:
    rows = _rows(lang)
    assert {r["lang"] for r in rows} == {lang}
    intents = {r["intent"] for r in rows}
    assert intents == set(INTENTS), f"{lang} lacks {set(INTENTS) - intents}"
    assert sum(1 for r in rows for t in r["tasks"] if t["assignee"]) >= 3
    assert sum(1 for r in rows for t in r["tasks"] if t["rrule"]) >= 4
    assert sum(1 for r in rows for t in r["tasks"] if t["priority"] != "normal") >= 3
    assert len({r["tz"] for r in rows} | {r["now"][:10] for r in rows}) >= 4


def test_chat_set_marks() -> None:
    assert {r["variant"] for r in _rows("pt")} == {"pt-BR", "pt-PT"}
    assert {r["script"] for r in _rows("hi")} == {"latn", "deva"}
    assert {r["variant"] for r in _rows("ar")} == {"msa", "gulf", "egy"}
    assert any(ch in "٠١٢٣٤٥٦٧٨٩" for r in _rows("ar") for ch in r["text"])
