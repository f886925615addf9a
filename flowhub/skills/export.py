"""Export: "export my tasks" sends the tasks one may see in that chat as a CSV and a JSON file.

In a direct chat the file holds the asker's own tasks (made by them or given to them); in a
group, the group's tasks, as everyone there may see them (`access.may_see_in_group`).
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.connectors.types import Attachment
from flowhub.skills import export_words as say
from flowhub.skills.context import Context
from flowhub.skills.export_files import write_files
from flowhub.storage import outbound_files
from flowhub.storage.task_export import iter_export_rows

_EDGES = re.compile(r"^[\s.,!?¿¡;:\"“”«»()']+|[\s.,!?¿¡;:\"“”«»()']+$")
_WORDS = say.TASK_WORDS | say.FORMAT_WORDS | say.FILLERS
_SENTENCE = re.compile(r"(?<=[?.!])\s+")
# What the file is for: "need them for my planner", "for my accountant", "so i can print them".
_REASON = re.compile(
    r"^(?:(?:i|we)\s+)?(?:need|want|gonna\s+\w+|going\s+to\s+\w+|have\s+to\s+\w+)\s+"
    r"(?:them|it|those|that|the\s+file)\b|^(?:for|so)\b",
    re.I,
)
_FILE_KINDS = frozenset({"csv", "json", "excel", "spreadsheet", "file", "sheet"})


def asks_export(text: str) -> bool:
    """Whether `text` asks for an export of one's tasks, in any language; a sentence saying
    what it is for may follow ("can u export my tasks? need them for my planner")."""
    first, *rest = _SENTENCE.split(text.strip(), maxsplit=1)
    if rest and _asks(first):
        return len(rest[0].split()) <= 10 and _REASON.match(rest[0]) is not None
    return _asks(text)


def _asks(text: str) -> bool:
    words = [w for w in (_EDGES.sub("", part) for part in text.casefold().split()) if w]
    if not words or len(words) > 12:
        return False
    verbs = [w for w in words if w in say.EXPORT_VERBS or w in say.DOWNLOAD_VERBS]
    if any(w not in _WORDS and w not in verbs for w in words):
        return False
    if any(w in say.EXPORT_VERBS for w in verbs):
        return True
    # "download my tasks", "a csv of my tasks": the tasks named, and a verb or a file kind.
    named = any(w in say.TASK_WORDS for w in words)
    kind = any(w in _FILE_KINDS for w in words)
    return (named or kind) and (bool(verbs) or (named and kind))


def handle(ctx: Context) -> list[Reply] | None:
    """Send the export when asked; None for anything else."""
    if not asks_export(ctx.text):
        return None
    return export_replies(ctx)


def export_replies(ctx: Context) -> list[Reply]:
    """The CSV and JSON documents of what the asker may see here, or a plain "nothing yet"."""
    group = ctx.chat_id if ctx.chat.kind == "group" else None
    rows = iter_export_rows(
        session=ctx.session,
        workspace_id=ctx.workspace_id,
        person_id=ctx.person_id,
        group_id=group,
    )
    files = write_files(rows, tz=ctx.tz)
    if not files.count:
        return [Reply(say.EXPORT_NOTHING_GROUP if group else say.EXPORT_NOTHING_MINE)]
    caption = say.EXPORT_CAPTION_GROUP if group else say.EXPORT_CAPTION_MINE
    stem = f"flowhub-tasks-{ctx.local_now.date().isoformat()}"
    replies = []
    for kind, data, mime in (
        ("CSV", files.csv, "text/csv"),
        ("JSON", files.json, "application/json"),
    ):
        name = f"{stem}.{kind.lower()}"
        file_id = outbound_files.save_outbound_file(
            session=ctx.session, name=name, mime=mime, data=data, now=ctx.now
        )
        replies.append(
            Reply(
                caption.format(n=files.count, kind=kind),
                attachment=Attachment("document", file_id, name, mime),
            )
        )
    return replies
