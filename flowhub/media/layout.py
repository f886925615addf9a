"""Recognised lines made into text: chat screenshots as "Name: message", lists line by line.

A chat screenshot is told from other images by its shape: a short name line over a message in a
bubble on the left, the phone owner's bubbles on the right, small time stamps at the bubble's
foot. The time stamps are dropped (the reader of forwarded chats needs no times). The owner's
bubbles are said by `owner` (the sender's name when the caller knows it, else "Me"); a left
bubble with no name line continues the last speaker, and in a one-to-one chat (no names in any
bubble) left bubbles are said by the chat's title.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import replace

from flowhub.media.ocr import Line, Scan, Word

ME = "Me"

_TIME = re.compile(r"^\[?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\]?[,.]?$", re.I)
_SPEAKER = re.compile(
    r"^\s*(?:\[[^\]]{1,24}\]\s*)?(?P<name>[A-Z][\w.'-]{0,24}(?:\s[A-Z][\w.'-]{0,24}){0,2}):\s+\S"
)
_NAME = re.compile(
    r"^(?:@[\w.-]{2,30}|[A-ZÀ-ÞА-Я][\w'.-]{1,24}(?:\s[A-ZÀ-ÞА-Я][\w'.-]{0,24}){0,2})$"
)
# "EUR 84.50", "Total: 12.90": an amount, not a bubble's time.
_MONEY = re.compile(r"^(?:EUR|USD|GBP|CHF|INR|[€$£₹₺]|total:?|summe:?|betrag:?|sum:?)$", re.I)
# "9.12.": a German day and month, not a time.
_DAY = re.compile(r"^\d{1,2}\.\d{1,2}\.$")
_GARBAGE = re.compile(r"^[\W_]{1,4}$")
# What a chat's title bar says under or after the name: not a message, never a task.
_STATUS_WORDS = (
    r"online|last\s+seen\b.*|typing\W*|recording\W*|tap\s+(?:here\s+)?for\s+(?:group\s+)?info"
    r"|\d+\s+(?:members|participants|teilnehmer|miembros|membres|membri|membros|leden|üye"
    r"|участник\w*)|zuletzt\s+online\b.*|schreibt\W*|en\s+l[ií]nea|visto\s+por\s+[uú]ltima\b.*"
    r"|escribiendo\W*|en\s+ligne|vu\s+(?:pour\s+la\s+dernière\s+fois\s+)?\b.*|écrit\W*|in\s+linea"
    r"|ultimo\s+accesso\b.*|sta\s+scrivendo\W*|visto\s+(?:por\s+)?[uú]ltim[ao]\b.*|digitando\W*"
    r"|laatst\s+gezien\b.*|typt\W*|çevrimiçi|son\s+görülme\b.*|yazıyor\W*|в\s+сети|был[аи]?\s+\b.*"
    r"|печатает\W*|متصل(?:\s+الآن)?|آخر\s+ظهور\b.*|يكتب\W*"
)
_STAMP = re.compile(r"^[\d:.;,]{3,6}$")
_STATUS = re.compile(rf"^\s*(?:{_STATUS_WORDS})\s*$", re.I)
_STATUS_TAIL = re.compile(rf"[\s,·•-]+(?:{_STATUS_WORDS})\s*$", re.I)
# "Resp.: Sam", "Due: 12 Dec": a field of a form or checklist, not someone speaking.
_FIELD = re.compile(
    r"^(?:resp\.?|owner|who|due|date|datum|fecha|data|verantwortlich|zuständig|responsable"
    r"|responsável|incaricato|deadline|frist|termin|prazo|plazo|scadenza|signed|total|summe|tel"
    r"|email|re|cc|to|from|subject|betreff|note|notes|hinweis|status|priority|prio)$",
    re.I,
)
# An open checkbox Tesseract read as letters: "O Instalar …", "QO) Pintar …", "L] Paint …".
_BOX_READ = re.compile(r"^(?:[O0Q口□☐]|[OQ0LUIX\[(|]{1,2}[\])1|J])\s+[A-ZÀ-Þ]")
# The owner's answers in a one-to-one chat start past this share of the width and reach this
# much further right than the other side's lines: right-hand bubbles, never a list's indented
# line or a letter's date.
_ANSWER_SIDE, _ANSWER_REACH = 0.18, 0.05
_LIST_MARK = re.compile(r"^\s*(?:[-*•·o]|\d{1,2}[.)]|\[\s?[xX]?\s?\])\s+")


def clean(scan: Scan) -> list[Line]:
    """The lines with time stamps, tick marks and stray marks dropped, and "|" read as "I"."""
    kept: list[Line] = []
    for line in scan.lines:
        words = _drop_meta(list(line.words))
        words = [replace(w, text="I") if w.text == "|" else w for w in words]
        words = [w for w in words if not (_GARBAGE.match(w.text) and w.conf < 60)]
        if not words or all(w.conf < 30 for w in words):
            continue
        kept.append(Line(tuple(words), line.block))
    return kept


def _drop_meta(words: list[Word]) -> list[Word]:
    """Drop a bubble's foot: a small word set apart at the end of a line, or a lone time."""
    if not words:
        return words
    tall = statistics.median(w.height for w in words)
    while len(words) > 1:
        last, before = words[-1], words[-2]
        baseline = statistics.median(w.top + w.height for w in words[:-1])
        gap = last.left - before.right
        # A bubble's time sits small, apart, and below the text's baseline.
        foot = last.height < 0.75 * tall and last.top + last.height > baseline + 0.25 * tall
        if (
            (_TIME.match(last.text) and not _MONEY.match(before.text) and not _DAY.match(last.text))
            or (foot and gap > 0.6 * tall)
            or (gap > 0.5 * tall and last.conf < 30)
        ):
            words.pop()
            continue
        break
    if len(words) == 1 and _TIME.match(words[0].text):
        return []
    return words


def as_text(lines: list[Line]) -> str:
    """One line per item: a line that only wraps the one before (lower-case start, or a number
    after a line ending mid-sentence) is joined; open boxes read as "O" are boxes again."""
    if sum(bool(_BOX_READ.match(ln.text)) for ln in lines) >= 2:
        lines = [_boxed(ln) if _BOX_READ.match(ln.text) else ln for ln in lines]
    out: list[str] = []
    widest = max((ln.right - ln.left for ln in lines), default=0)
    previous: Line | None = None
    for line in lines:
        text = line.text
        wraps = (
            previous is not None
            and out
            and previous.block == line.block
            and (text[:1].islower() or _runs_on(previous.text, text))
            and not _LIST_MARK.match(text)
            and (previous.right - previous.left) > 0.6 * widest
        )
        if wraps:
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
        previous = line
    return "\n".join(out)


def _boxed(line: Line) -> Line:
    """The line with its first word, an open box read as a letter, said as a box."""
    return replace(line, words=(replace(line.words[0], text="☐"), *line.words[1:]))


def _runs_on(before: str, text: str) -> bool:
    """Whether a line starting with a number ends a sentence the line before left open.

    "Reichen Sie die Unterlagen bis zum" then "18.12.2026 ein.": the date is the same sentence.
    """
    return text[:1].isdigit() and before.rstrip()[-1:].isalpha()


def as_chat(lines: list[Line], width: int, *, owner: str = ME) -> list[str] | None:
    """The messages of a chat screenshot as "Name: message", or None if it is not one."""
    typed = [_SPEAKER.match(ln.text) for ln in lines]
    if sum(m is not None and not _FIELD.match(m.group("name")) for m in typed) >= 2:
        return _typed_chat(lines)
    return _bubble_chat(lines, width, owner)


def _typed_chat(lines: list[Line]) -> list[str]:
    """Lines already written "Name: text" ("[10:32] Sam: ..."): the time goes, the rest stays."""
    out: list[str] = []
    for line in lines:
        text = re.sub(r"^\s*\[[^\]]{1,24}\]\s*", "", line.text)
        if _SPEAKER.match(line.text) or not out:
            out.append(text)
        else:
            out[-1] = f"{out[-1]} {text}"
    return out


def _is_name(line: Line) -> bool:
    return bool(_NAME.match(line.text)) and len(line.words) <= 3


def _bubble_chat(lines: list[Line], width: int, owner: str) -> list[str] | None:
    """Bubbles: a name line over its message on the left, unnamed bubbles on the right."""
    if len(lines) < 3:
        return None
    title, body = _header(lines)
    # A status under the title ("online", "last seen …") says it is a chat screenshot.
    sure = len(body) < len(lines) - 1
    if len(body) < 2:
        return None
    margin = min(ln.left for ln in body)
    messages: list[tuple[str, str]] = []
    speaker: str | None = None
    named = 0
    answers: list[Line] = []  # the owner's lines
    reach = 0  # how far right the other side's lines go
    for i, line in enumerate(body):
        if _STAMP.match(line.text):
            continue  # a bubble's time read as digits ("10311")
        # Left bubbles' text starts at one margin; the owner's bubbles start well inside it.
        right_side = line.left > margin + 0.08 * width
        if _opens_bubble(body, i, width):
            if right_side:
                sure = True
                continue  # the phone owner's own name over their bubble
            speaker, named = line.text, named + 1
            continue
        who = owner if right_side else (speaker or title)
        if right_side:
            answers.append(line)
        else:
            reach = max(reach, line.right)
        if who is None:
            return None
        if messages and messages[-1][0] == who and _same_bubble(body, i):
            messages[-1] = (who, f"{messages[-1][1]} {line.text}")
        else:
            messages.append((who, line.text))
    speakers = [who for who, _ in messages]
    if len(messages) < 2 or len(set(speakers)) < 2:
        return None
    mine = speakers.count(owner)
    if (
        named == 0
        and not sure
        and (mine < 2 or len(speakers) - mine < 2)
        and not _answers(answers, reach, width)
    ):
        return None  # only a title and no names: want a real back-and-forth, not a heading
    return [f"{who}: {text}" for who, text in _joined(messages)]


def _answers(answers: list[Line], reach: int, width: int) -> bool:
    """Whether the owner's lines sit in right-hand bubbles, past the other side's lines."""
    furthest = max((line.right for line in answers), default=0)
    starts = all(line.left > _ANSWER_SIDE * width for line in answers)
    return starts and furthest > reach + _ANSWER_REACH * width


def _joined(messages: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Bubbles sent one after another by one person, the first breaking off mid-sentence
    ("can you send me the invoice for the" / "scaffolding by friday?"), as one message."""
    out: list[tuple[str, str]] = []
    for who, text in messages:
        if out and out[-1][0] == who and _breaks_off(out[-1][1], text):
            out[-1] = (who, f"{out[-1][1]} {text}")
        else:
            out.append((who, text))
    return out


def _breaks_off(before: str, after: str) -> bool:
    """Whether `after` goes on with the sentence `before` left open."""
    before = before.rstrip()
    if not before or before[-1] in ".!?…:;)" or not after[:1].islower():
        return False
    last = before.split()[-1].casefold()
    first = after.split()[0].casefold()
    return before.endswith(",") or last in _OPEN_WORDS or first in _GOES_ON


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words a sentence cannot end on (articles, prepositions, conjunctions), and words that carry
# on one ("by friday", "and the permit"), in FlowHub's languages.
_OPEN_WORDS = _words(
    """
    the a an of for to with from by at in on and or but my your our their his her its this that
    der die das den dem des ein eine einen einem einer für mit von zu bis bei im am und oder aber
    el la los las un una de del para con por en y o pero mi tu su le les une du des pour avec
    sur et ou mais mon ton ma ta il lo gli di da per con su e ma il mio tuo o os as um uma do da
    dos das com em no na de het een van voor met op en of maar bir ve ile için için veya
    """
)
_GOES_ON = _words(
    """
    by before until till and or but with for to on at from bis und oder mit für vor am um antes
    hasta y o con para por avant jusqu et ou avec pour entro e o con per prima até e ou com
    para voor tot en of met op kadar ve ile до и или с для
    """
)


def _header(lines: list[Line]) -> tuple[str | None, list[Line]]:
    """The chat's title (its contact or group) and the lines under the title bar.

    The bar is the top line when it sits at the very top, apart from what follows, and any
    status line under it ("online", "last seen today at 10:02", "typing…", "3 members"); the
    bar is never a message, and its title only says who speaks the unnamed left bubbles.
    """
    first, bottom = lines[0], max(ln.top + ln.height for ln in lines)
    at_top = first.top < 0.12 * bottom
    if not at_top:
        return None, lines
    end = 1
    while end < len(lines) and _STATUS.match(lines[end].text):
        end += 1
    below = lines[end] if end < len(lines) else None
    above = lines[end - 1]
    if below is not None and below.top - (above.top + above.height) < 1.2 * above.height:
        if not _is_name(first):
            return None, lines  # a page's first line running on, not a bar
        return first.text, lines[1:]
    return _title(first.text), lines[end:]


def _title(text: str) -> str | None:
    """The contact or group a title bar names: "Luca - impianti" is Luca; icons read as marks go."""
    words = [w for w in text.split() if re.search(r"\w", w) and not re.fullmatch(r"[A-Z]{3,}", w)]
    name = re.split(r"\s+[-–—|·•]\s+|\s*\(", " ".join(words), maxsplit=1)[0].strip(" _-")
    name = _STATUS_TAIL.sub("", name).strip(" ,-")
    return name or None


def _opens_bubble(lines: list[Line], i: int, width: int) -> bool:
    """Whether line i is a sender's name over a bubble: apart from what is above, close below."""
    line = lines[i]
    following = lines[i + 1] if i + 1 < len(lines) else None
    if not _is_name(line) or following is None or _is_name(following):
        return False
    if abs(following.left - line.left) > 0.05 * width:
        return False
    below = following.top - (line.top + line.height)
    above = line.top - (lines[i - 1].top + lines[i - 1].height) if i else 10 * line.height
    return above > 1.5 * max(below, 1)


def _same_bubble(lines: list[Line], i: int) -> bool:
    """Whether line i follows line i-1 closely enough to be the same bubble's next line."""
    if i == 0:
        return False
    before, line = lines[i - 1], lines[i]
    return line.top - (before.top + before.height) < 1.3 * max(line.height, before.height)
