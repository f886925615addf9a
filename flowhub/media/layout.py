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
    after a line ending mid-sentence) is joined."""
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


def _runs_on(before: str, text: str) -> bool:
    """Whether a line starting with a number ends a sentence the line before left open.

    "Reichen Sie die Unterlagen bis zum" then "18.12.2026 ein.": the date is the same sentence.
    """
    return text[:1].isdigit() and before.rstrip()[-1:].isalpha()


def as_chat(lines: list[Line], width: int, *, owner: str = ME) -> list[str] | None:
    """The messages of a chat screenshot as "Name: message", or None if it is not one."""
    typed = [_SPEAKER.match(ln.text) for ln in lines]
    if sum(m is not None for m in typed) >= 2:
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
    title: str | None = None
    body = lines
    if _is_name(lines[0]) and lines[0].top < 0.1 * max(ln.top for ln in lines):
        title, body = lines[0].text, lines[1:]  # the chat's title bar
    margin = min(ln.left for ln in body)
    messages: list[tuple[str, str]] = []
    speaker: str | None = None
    named = 0
    for i, line in enumerate(body):
        # Left bubbles' text starts at one margin; the owner's bubbles start well inside it.
        right_side = line.left > margin + 0.08 * width
        if not right_side and _opens_bubble(body, i, width):
            speaker, named = line.text, named + 1
            continue
        who = owner if right_side else (speaker or title)
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
    if named == 0 and (mine < 2 or len(speakers) - mine < 2):
        return None  # only a title and no names: want a real back-and-forth, not a heading
    return [f"{who}: {text}" for who, text in messages]


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
