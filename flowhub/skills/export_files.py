"""Export files: tasks as CSV and as JSON, written in one pass over rows read in chunks."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from flowhub.storage.task_export import ExportRow

COLUMNS = ("id", "title", "status", "assignee", "due", "created", "completed", "chat")
# A spreadsheet runs a cell starting with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class ExportFiles:
    """The CSV and JSON bytes of one export, and how many tasks they hold."""

    csv: bytes
    json: bytes
    count: int


def write_files(rows: Iterable[ExportRow], *, tz: str) -> ExportFiles:
    """Both files for `rows`, times in zone `tz` as ISO 8601 with their offset."""
    zone = ZoneInfo(tz)
    table = io.StringIO()
    writer = csv.writer(table, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    items = io.StringIO()
    count = 0
    for row in rows:
        record = as_record(row, zone)
        writer.writerow([safe_cell(record[name]) for name in COLUMNS])
        items.write(",\n  " if count else "\n  ")
        items.write(json.dumps(record, ensure_ascii=False))
        count += 1
    body = f"[{items.getvalue()}\n]\n" if count else "[]\n"
    # The byte-order mark lets Excel read the file as UTF-8.
    return ExportFiles(table.getvalue().encode("utf-8-sig"), body.encode("utf-8"), count)


def as_record(row: ExportRow, zone: ZoneInfo) -> dict[str, object]:
    """One task as the export's columns, times in `zone`."""
    return {
        "id": row.id,
        "title": row.title,
        "status": row.status,
        "assignee": row.assignee,
        "due": _local(row.due_at, zone),
        "created": _local(row.created_at, zone),
        "completed": _local(row.completed_at, zone),
        "chat": row.chat,
    }


def safe_cell(value: object) -> object:
    """A CSV cell a spreadsheet shows as text, never runs as a formula."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _local(at: datetime | None, zone: ZoneInfo) -> str:
    return at.astimezone(zone).isoformat(timespec="seconds") if at is not None else ""
