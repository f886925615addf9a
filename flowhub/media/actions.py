"""The action items of a long document: "Action:", "TODO", "@sam to ...", "— Sam by Friday".

Minutes and notes run long; what a person wants from them is the lines that ask someone to do
something. A line counts when it is marked as one (a label in any of FlowHub's languages, an
open checkbox), names who does it ("Sam to send the deck", "@priya will ...", "... — Sam by
Friday"), or sits in a list under an "Action items" / "Next steps" heading. Ticked boxes are done.
"""

from __future__ import annotations

import re
from itertools import pairwise

from flowhub.media.types import Item, Page

# Lines beyond which a document is long enough to be read for its action items only.
LONG = 40
# Lines from which a shorter document that marks its action items is read for those only.
NOTES = 4

_LABELS = (
    r"action(?:\s+items?)?|actions?|todo|to[\s-]?do|ai|next\s+steps?|follow[\s-]?up|"
    r"aufgabe|aufgaben|to-?dos?|tarea|tareas|acci[oó]n|pendiente|à\s+faire|a\s+faire|"
    r"action\s+à\s+mener|azione|azioni|da\s+fare|actie|acties|actiepunt|g[öo]rev|yap[ıi]lacak|"
    r"tugas|tindak\s+lanjut|a[çc][ãa]o|tarefas?|pend[êe]ncias?|задач[аи]|сделать|कार्य|करना\s+है|مهمة"
    r"|المهام|taken|actiepunten|yap[ıi]lacaklar|g[öo]revler|pendientes|cose\s+da\s+fare"
)
_BULLET = r"(?:[-*•·–]\s*|\d{1,2}[.)]\s*)?"
_LABELLED = re.compile(
    rf"^\s*{_BULLET}(?:{_LABELS})\s*(?:\([^)]*\))?\s*[:：\-–—]\s*(?P<rest>\S.*)$", re.I
)
_TODO = re.compile(r"\b(?:TODO|FIXME)\b")
_OPEN_BOX = re.compile(r"^\s*(?:[-*•]\s*)?(?:\[\s?\]|☐|□)\s*(?P<rest>\S.*)$")
_DONE_BOX = re.compile(r"^\s*(?:[-*•]\s*)?(?:\[[xX✓✔]\]|☑|☒|✅)")
_MENTION = re.compile(
    r"@[\w.-]{2,30}\s+(?:to|will|should|must|soll|muss|debe|doit|deve|moet)\s+\S", re.I
)
# A line that names its owner first ("@priya print the permit set"), as `shape` says it.
_OWNED = re.compile(rf"^\s*{_BULLET}@[\w.-]{{2,30}}\s+\S")
_OWNER_FIRST = re.compile(
    rf"^\s*{_BULLET}[A-Z][\w'-]+(?:\s+(?:and|&|und|y|et|e|en)\s+[A-Z][\w'-]+)?"
    r"\s+(?:to|will|should|must|soll|muss|wird)\s+[a-z]\w+",
)
_OWNER_LAST = re.compile(
    r"[—–-]\s*@?[A-Z][\w'-]+\s+(?:by|until|before|on|bis|para|avant|entro|voor|до|tarafından)"
    r"\s+\S+\s*\)?\s*$"
)
_HEADING = re.compile(
    rf"^\s*#*\s*(?:{_LABELS}|action\s+points|actions?\s+items?|next\s+actions?|"
    r"nächste\s+schritte|próximos\s+pasos|prochaines\s+étapes|prossimi\s+passi|volgende\s+stappen)"
    r"\s*:?\s*$",
    re.I,
)
_LIST_LINE = re.compile(r"^\s*(?:[-*•·–]|\d{1,2}[.)]|\[\s?\])\s+\S")
# A table's header row ("Task | Owner | Due", "Aufgabe | Verantwortlich | Bis"): its rows are items.
_TASK_CELL = re.compile(
    r"^(?:tasks?|actions?(?:\s+items?)?|items?|what|to[\s-]?dos?|aufgaben?|tareas?|t[âa]ches?"
    r"|tarefas?|compiti|attivit[àa]|taken|g[öo]revler?|задач[аи]?)$",
    re.I,
)
_OWNER_CELL = re.compile(
    r"^(?:owners?|who|assignee|responsible|resp\.?|verantwortlich|zuständig|wer|responsable"
    r"|respons[áa]vel|qui|quién|quem|chi|incaricato|wie|sorumlu|кто|ответственный)$",
    re.I,
)


def split_label(line: str) -> tuple[str, str]:
    """An action line's label ("Aufgabe: ") and what follows it; ("", line) if it has none."""
    found = _LABELLED.match(line)
    return (line[: found.start("rest")], found.group("rest")) if found else ("", line)


def is_long(text: str) -> bool:
    """Whether a document has more lines than a chat message could, so only items are kept."""
    return sum(1 for line in text.splitlines() if line.strip()) > LONG


def marks_items(text: str) -> bool:
    """Whether a document of notes says which of its lines are action items: a label
    ("Action:", "TODO:"), an open checkbox, or a list under an "Action items" heading. A short
    list ("todo: buy milk" and one more line) is read line by line instead, like a message."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < NOTES:
        return False
    return any(
        _LABELLED.match(line) or _OPEN_BOX.match(line) or _task_table(line) for line in lines
    ) or any(
        _HEADING.match(line) and (_LIST_LINE.match(after) or _OWNED.match(after))
        for line, after in pairwise(lines)
    )


def _task_table(line: str) -> bool:
    """Whether a line is the header row of a table of tasks and who does them."""
    cells = [cell.strip() for cell in line.split("|")]
    return (
        2 <= len(cells) <= 6
        and any(_TASK_CELL.match(cell) for cell in cells)
        and any(_OWNER_CELL.match(cell) for cell in cells)
    )


def is_heading(line: str) -> bool:
    """Whether a line only heads a list of action items ("Tareas:", "Next steps")."""
    return _HEADING.match(line) is not None


def pick(pages: tuple[Page, ...]) -> tuple[Item, ...]:
    """The action items of the pages, in order, each with its page number."""
    items: list[Item] = []
    for page in pages:
        under_heading = False
        for raw in page.text.splitlines():
            line = raw.strip()
            if not line:
                continue
            if _HEADING.match(line):
                under_heading = True
                continue
            item = _item(line, under_heading=under_heading)
            if item is not None:
                items.append(Item(item, page.number))
            elif not _DONE_BOX.match(line):
                under_heading = False  # prose after the list ends the section
    return tuple(items)


def _item(line: str, *, under_heading: bool) -> str | None:
    """The item a line holds, its label or box taken off, or None if it holds none."""
    if _DONE_BOX.match(line):
        return None
    for rx in (_LABELLED, _OPEN_BOX):
        m = rx.match(line)
        if m:
            return m.group("rest").strip()
    if (
        _TODO.search(line)
        or _MENTION.search(line)
        or _OWNED.match(line)
        or _OWNER_FIRST.match(line)
        or _OWNER_LAST.search(line)
    ):
        return re.sub(rf"^{_BULLET}", "", line).strip()
    if under_heading and _LIST_LINE.match(line):
        return re.sub(rf"^\s*{_BULLET}(?:\[\s?\]\s*)?", "", line).strip()
    return None
