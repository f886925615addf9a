"""Lines read from a file said the way a typed list says them, so each item makes its own card.

Notes, post-its and minutes say who does what in ways a chat line does not: a name over a list
("to do - Priya", "Sam:"), an Owner column, "Owner: Sam" / "Due: 12 Dec" under an item,
"… — Sam by Friday", "Ana books the restaurant". Each such item is said with its owner first
("@priya print the permit set"), and only a teammate's name counts. Lines that only inform (a
date-and-author header, "attendees: …", "minutes taken by …", "slab was poured, all ok", "heavy
rain, site closed") and list headings ("Tareas:", "Next steps") are left out.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from flowhub.media.actions import is_heading, split_label
from flowhub.media.owners import Owner, Team, handle, matches, name_in, team_of
from flowhub.media.parties import due_for_all, not_ours, without_agenda_label

_BULLET = re.compile(r"^\s*(?:[-*•·–]|\d{1,2}[.)]|\[\s?\]|☐|□)\s*")
_LISTED = (
    r"to[\s-]?dos?|tasks?|jobs?|list|for|aufgaben|tareas|tarefas|à\s+faire|a\s+faire|da\s+fare"
    r"|taken|yap[ıi]lacaklar|задачи|المهام|pendientes|für|para|pour|per|voor|lista|liste|lijst"
    r"|listesi|список"
)
_SEP = r"\s*[-–—:：]?\s*"
# "to do - Priya", "Sam:", "Priya's list", "for Sam:", "tareas - priya"
_OWNER_HEAD = re.compile(
    rf"^(?:(?:{_LISTED}){_SEP})?@?(?P<name>[\w.'’-]+?)(?:['’]s)?(?:{_SEP}(?:{_LISTED}))?\s*[:：\-–—]?\s*$",
    re.I,
)
_OWNER_LINE = re.compile(
    r"^(?:owner|who|assignee|assigned\s+to|responsible|resp\.?|verantwortlich|zuständig"
    r"|responsable|responsável|incaricato|verantwoordelijke|sorumlu|ответственный|المسؤول)"
    r"\s*[:：]\s*@?(?P<name>[\w.'’-]+)(?:\s*(?:[/,;|]|\s)\s*(?P<due>.*))?$",
    re.I,
)
_DUE_LINE = re.compile(
    r"^(?:due(?:\s+date)?|deadline|when|by|fällig|frist|termin|fecha|plazo|prazo|échéance"
    r"|scadenza|termijn|son\s+tarih|срок|الموعد)\s*[:：]\s*(?P<when>\S.*)$",
    re.I,
)
# "Updated structural calc from the engineer — Sam by Friday"
_OWNER_LAST = re.compile(
    r"^(?P<what>.+?)\s+[—–-]+\s*@?(?P<name>[\w.'’-]+)\s*,?\s*"
    r"(?:(?P<prep>by|until|before|on|bis|para|avant|entro|voor|до)\s+(?P<when>.+))?$",
    re.I,
)
# "Ana books the restaurant", "Priya: update sections", "Sam to call": an owner opening the line.
_OWNER_FIRST = re.compile(
    r"^(?:(?:a|o|la|el|der|die)\s+)?@?(?P<name>[\w.'’-]+)\s*(?P<sep>[:：,]?)\s+(?P<rest>\S.*)$",
    re.I,
)
# What a name followed by these says is how things stand, not who does what.
_STATE = re.compile(
    r"^(?:is|was|were|are|has|had|says|said|thinks|seems|looks|feels|knows|wants|likes|and|or"
    r"|ist|war|hat|es|está|estava|foi|est|était|a|è|era|ha|\w+ed)\b",
    re.I,
)
# "books", "sends", "fixes": an English verb said of someone else ("ss", "us", "is" end no verb).
_THIRD = re.compile(r"^[a-z]{2,}[^sui]s$")
# "Sam: can you send the plans?": a line of a chat, said by Sam, not an item for Sam.
_SPEECH = re.compile(r"\b(?:you|u|your|yours|me|my|I|we|us)\b|\?", re.I)
_POSSESSIVE_END = re.compile(r"['’]s?$")
_NOUN_START = re.compile(r"^(?:the|a|an|new|updated|revised|final|draft|\w+ed)\b", re.I)
# "print the permit set (thu)": a day in brackets after an item is its day.
_DAY_AFTER = re.compile(
    r"\s*\((?P<day>(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|today|tomorrow|tmrw|eod|eow"
    r"|\d{1,2}[./]\d{1,2}\.?|\d{1,2}\s+[a-z]{3,9}\.?|[a-z]{3,9}\s+\d{1,2})\)\s*$",
    re.I,
)
# "lunch w/ architect? maybe", "drinks with the client?? not sure": an idea, not yet a task.
_TENTATIVE = re.compile(
    r"(?:\?+\s*|\(\s*)(?:maybe|perhaps|not\s+sure|tbc|tbd|vielleicht|eventuell|mal\s+sehen"
    r"|quizás?|tal\s+vez|talvez|peut[-\s]être|forse|misschien|belki|может\s+быть|ربما)\s*\)?[.!?]*$",
    re.I,
)
_ATTENDEES = re.compile(
    r"^(?:attendees|attending|present|participants|in\s+attendance|teilnehmer(?:innen)?|anwesend"
    r"|asistentes|participantes|presentes|présents|partecipanti|presenti|aanwezig(?:en)?"
    r"|deelnemers|katılımcılar|katılanlar|участники|присутствовали|الحضور|المشاركون"
    r"|apologies|absent|excused|entschuldigt|ausencias|ausentes|absents|assenti)\s*[:：]",
    re.I,
)
_WRITER = (
    r"(?:taken|written|recorded|kept|prepared|geführt|erstellt|redactad[ao]s?|tomad[ao]s?"
    r"|feit[ao]s?|pris(?:es)?|rédigée?s?|redatt[oi]|gemaakt)"
)
_TAKEN_BY = re.compile(
    r"^(?:the\s+)?(?:minutes|notes|protokoll|acta|ata|compte[-\s]rendu|verbale|notulen)\s+"
    rf"(?:{_WRITER}\s+)?(?:by|von|por|par|da|door)\s+\S.{{0,40}}$"
    rf"|^{_WRITER}\s+(?:by|von|por|par|da|door)\s+\S.{{0,40}}$"
    r"|^(?:minute[\s-]?taker|note[\s-]?taker|protokollführer(?:in)?|schriftführer(?:in)?"
    r"|secretario|secrétaire|segretario|notulist)\s*[:：]",
    re.I,
)
_MONTHS = (
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mär|mai|okt|dez|ene|abr|ago|dic|fev|set"
    r"|out|janv|févr|mars|avr|juil|déc|gen|mag|giu|lug|ott|mrt|mei|oca|şub|nis|haz|tem|ağu|eyl"
    r"|eki|kas|ara"
)
_DATE = re.compile(
    rf"\b\d{{1,2}}[./]\d{{1,2}}(?:[./]\d{{2,4}})?\b|\b\d{{1,2}}\.?\s+(?:{_MONTHS})[a-zé]*\.?"
    rf"|\b(?:{_MONTHS})[a-zé]*\.?\s+\d{{1,2}}\b",
    re.I,
)
_NOTES_WORDS = re.compile(
    r"\b(?:meeting|notes|minutes|call|review|weekly|site|visit|standup|sync|kick-?off|reunión"
    r"|reunion|réunion|besprechung|protokoll|notizen|notas|apuntes|riunione|verbale|vergadering"
    r"|notulen|toplantı|notlar|встреча|совещание|заметки|اجتماع|ملاحظات|obra|baustelle|chantier"
    r"|cantiere|bouwplaats|şantiye)\b",
    re.I,
)
_AUTHOR_LAST = re.compile(r"[-–—,(]\s*(?:sr\.?\s+|mr\.?\s+|ms\.?\s+)?[A-Z][\w'-]+[^-–—,(]*\)?\s*$")
_DEADLINE = re.compile(
    r"\b(?:by|before|until|due|bis|antes|avant|entro|voor|до|kadar|قبل|please|pls)\b", re.I
)
# "slab was poured", "alles erledigt", "site closed": how things stand.
_PASSIVE = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|got|is|are)\s+(?:\w+ed|done|poured|closed|built|set"
    r"|laid|cast|sent|paid|made|taken|held|fine|ok|okay)\b"
    r"|\b(?:foi|foram|ficou|ficaram|fue|fueron|quedó|wurde|wurden|a\s+été|ont\s+été|è\s+stat[oa]"
    r"|sono\s+stat[ie]|werd|zijn|was)\s+\w+",
    re.I,
)
_STATE_END = re.compile(
    r"\b(?:all\s+(?:ok|okay|good|fine)|ok|okay|fine|closed|cancell?ed|delayed|postponed|done"
    r"|finished|complete(?:d)?|no\s+issues|tudo\s+(?:ok|bem)|sem\s+problemas|fechad[ao]"
    r"|todo\s+(?:bien|ok)|sin\s+problemas|cerrad[ao]|alles\s+(?:ok|gut|in\s+ordnung)"
    r"|geschlossen|tout\s+va\s+bien|rien\s+à\s+signaler|fermée?|tutto\s+(?:ok|bene)|chius[oa]"
    r"|gesloten|alles\s+goed|kapalı|sorun\s+yok|закрыт[ао]?|всё\s+хорошо|مغلق)\s*[.!]?$",
    re.I,
)
_ASKS = re.compile(
    r"\b(?:please|pls|plz|need|needs|must|should|have\s+to|has\s+to|can\s+you|could\s+you|to\s+do"
    r"|tem\s+de|tem\s+que|precisa|hay\s+que|tiene\s+que|debe|muss|müssen|soll|bitte|il\s+faut"
    r"|doit|bisogna|deve|moet|lazım|gerek|нужно|надо|يجب)\b|@|\?",
    re.I,
)


def asks(line: str) -> bool:
    """Whether a line asks for something ("can you …?", "pls check …", "bitte …")."""
    return bool(_ASKS.search(line))


def shape(
    text: str, *, team: Collection[str], given: Sequence[Owner] = (), headings: bool = False
) -> str:
    """The lines of `text` with owners said first and lines that only inform left out.

    `team` names the teammates; `given` are the owners a caption gave items to. List headings
    are kept when `headings` is true (for `actions.pick`, which reads what is under them).
    """
    names = team_of(team)
    lines = [line.rstrip() for line in text.splitlines()]
    out: list[str] = []
    owner: str | None = None
    table = False
    every: str | None = None
    for i, raw in enumerate(lines):
        line = _DAY_AFTER.sub(lambda m: f" by {m.group('day')}", without_agenda_label(raw.strip()))
        mark = _BULLET.match(line)
        bullet = mark.group(0).strip() + " " if mark and mark.group(0).strip() else ""
        bare = _BULLET.sub("", line).strip()
        if not bare:
            owner = None
            out.append("")
            continue
        closing = _closing(bare)
        if closing is not None:
            every = closing or every
            continue
        head = _OWNER_HEAD.match(bare)
        if head and name_in(head.group("name"), names) and not _BULLET.match(line):
            owner = name_in(head.group("name"), names)
            continue
        if names and _is_table_head(bare):
            table = True
            continue
        if is_heading(bare):
            if headings:
                out.append(bare)
            continue
        heads = not any(out) and any(rest.strip() for rest in lines[i + 1 :])
        if _informs(bare, first=heads) or _TENTATIVE.search(bare):
            continue
        if heads and not bullet and _titles_list(lines[i + 1 :]):
            continue
        label, rest = split_label(bare)
        said = _said(rest, names, table=table)
        if said is None and _owned_below(lines, i, out, names):
            continue
        line = label + said if said else bare
        if said is None:
            caption = next((o.name for o in given if matches(line, o)), None)
            if caption or owner:
                line = f"{handle(caption or owner or '')} {line}"
        out.append(bullet + line)
    if every:
        out = [_dated(line, every) for line in out]
    return "\n".join(out).strip()


def _closing(line: str) -> str | None:
    """The date a line gives its whole list; "" for a line that is no item of it (a stray mark
    read from a photo, the next meeting, someone else's deliverable); None for any other."""
    if len(line) == 1:
        return ""
    return due_for_all(line) or ("" if not_ours(line) else None)


def _dated(line: str, when: str) -> str:
    """An item with the date its list gives every item, unless it has its own."""
    words = [word for word in _BULLET.sub("", line).split() if not word.startswith("@")]
    if len(words) < 2 or is_heading(line.strip()) or _DATE.search(line) or _DEADLINE.search(line):
        return line  # a stray mark read from a photo, a heading, or an item with its own date
    return f"{line} {when}"


def _said(line: str, names: Team, *, table: bool) -> str | None:
    """The line with its owner said first, when it names one of the team; else None."""
    if line.startswith("@"):
        return line
    if table:
        row = _row(line, names)
        if row:
            return row
    last = _OWNER_LAST.match(line)
    if last and name_in(last.group("name"), names):
        what = last.group("what").strip()
        what = f"get {what[:1].lower()}{what[1:]}" if _NOUN_START.match(what) else what
        when = f" {last.group('prep')} {last.group('when')}" if last.group("when") else ""
        return f"{handle(name_in(last.group('name'), names) or '')} {what}{when}"
    first = _OWNER_FIRST.match(line)
    if (
        first
        and name_in(first.group("name"), names)
        and not _POSSESSIVE_END.search(first.group("name"))
        and not _STATE.match(first.group("rest"))
        and not (first.group("sep") in ":：" and first.group("sep") and _SPEECH.search(line))
    ):
        rest = _base_verb(first.group("rest"))
        return f"{handle(name_in(first.group('name'), names) or '')} {rest}"
    return None


def _base_verb(rest: str) -> str:
    """An English verb said of someone as it is asked: "books the table" as "book the table"."""
    word, _, tail = rest.partition(" ")
    if not _THIRD.match(word) or not tail:
        return rest
    for end, base in (("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("xes", "x"), ("oes", "o")):
        if word.endswith(end):
            return f"{word[: -len(end)]}{base} {tail}"
    return f"{word[:-1]} {tail}"


def _owned_below(lines: list[str], i: int, out: list[str], names: Team) -> bool:
    """Whether `lines[i]` is an "Owner: …" / "Due: …" line, folded into the item above it."""
    line = _BULLET.sub("", lines[i]).strip()
    owner, due = _OWNER_LINE.match(line), _DUE_LINE.match(line)
    if not (owner or due) or not out or not out[-1]:
        return False
    mark = _BULLET.match(out[-1])
    bullet = mark.group(0) if mark else ""
    item = out[-1][len(bullet) :]
    if owner:
        who = name_in(owner.group("name"), names)
        if who and not item.startswith("@"):
            item = f"{handle(who)} {item}"
        said = (owner.group("due") or "").strip(" -–—,~")
        rest = _DUE_LINE.match(said)
        if rest:
            item = f"{item} by {rest.group('when')}"
        elif _DATE.fullmatch(said):  # "Resp.: Ana — 15/12"
            item = f"{item} by {said}"
    elif due:
        item = f"{item} by {due.group('when')}"
    out[-1] = bullet + item
    return True


def _row(line: str, names: Team) -> str | None:
    """A table row holding a teammate's name as "@name task when"."""
    cells = [cell.strip() for cell in line.split("|")] if "|" in line else None
    words = line.replace("|", " ").split()
    for at in range(len(words) - 1, 0, -1):  # the owner column comes after the task's words
        who = name_in(words[at], names)
        if who:
            task, rest = " ".join(words[:at]), " ".join(words[at + 1 :])
            if cells:
                task = next((c for c in cells if len(c.split()) > 1), task)
            return f"{handle(who)} {task} {rest}".strip()
    return None


def _is_table_head(line: str) -> bool:
    """Whether a line heads a table whose columns say the task and who owns it."""
    low = line.casefold().replace("|", " ")
    words = set(low.split())
    owners = {"owner", "who", "assignee", "responsible", "verantwortlich", "responsable"}
    tasks = {"task", "action", "item", "what", "aufgabe", "tarea", "tâche", "tarefa", "todo"}
    return bool(words & owners) and bool(words & tasks) and len(words) <= 6


def _titles_list(below: list[str]) -> bool:
    """Whether the lines under an unmarked opening line are all list items, so that line only
    names the list ("things for this week", "my jobs for the next days")."""
    rest = [line for line in below if line.strip() and not _closes(line)]
    return len(rest) >= 2 and all(_BULLET.match(line) and _BULLET.sub("", line) for line in rest)


def _closes(line: str) -> bool:
    """Whether a line under a list dates all of it or closes the sheet ("Signed: …")."""
    return bool(due_for_all(line.strip()) or not_ours(line.strip()))


def _informs(line: str, *, first: bool) -> bool:
    """Whether a line only informs: who came, who wrote it, how things stand, or (`first`, the
    opening line of several) a dated header."""
    if _ATTENDEES.match(line) or _TAKEN_BY.match(line):
        return True
    if _header(line, first=first):
        return True
    if _ASKS.search(line):
        return False
    clauses = [c for c in re.split(r"\s*[,;]\s*|\s+[-–—]\s+", line) if c.strip()]
    return (
        bool(clauses)
        and all(_PASSIVE.search(c) or _STATE_END.search(c) or len(c.split()) <= 2 for c in clauses)
        and any(_PASSIVE.search(c) or _STATE_END.search(c) for c in clauses)
    )


def _header(line: str, *, first: bool) -> bool:
    """A dated header: "Site notes 8 Dec - Tavares", "Weekly meeting 7 Dec 2026"."""
    if not first or not _DATE.search(line) or _DEADLINE.search(line) or len(line.split()) > 9:
        return False
    return bool(_NOTES_WORDS.search(line) or (first and _AUTHOR_LAST.search(line)))
