"""An event said first, then what to do for it: "kal 11 baje client call hai, uske liye deck ready
karna hai by 10", "pazartesi saat 10da finalim var, pazar akşamı tekrar yapmam lazım".

The event ("the call is tomorrow at 11") only dates the task; the task is what comes after the
comma, due when it says ("by 10" of the call's day, "Sunday evening"), or on the event's day.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.nlp._task_when import at_time_of, clock_only
from flowhub.nlp._time_translate import translate
from flowhub.nlp.types import When

__all__ = ["after_event", "on_event_day"]

# How a clause that states an event ends ("… client call hai", "… finalim var", "… ada rapat"),
# or opens ("I have …", "ich hab …", "j'ai …").
_EVENT_END = re.compile(
    r"(?<!\w)(?:hai|h|he|hain|var|vardır|olacak|olcak|ada|ist|sind|is|c'est|будет)\s*$", re.I
)
_EVENT_OPEN = re.compile(
    r"^\W*(?:(?:hi|hey|hello|oi|ola|olá|hallo|salut|slt|yaar|bhai|selam)\W+)?"
    r"(?:i\s+have|i'?ve\s+got|i\s+got|there'?s|ich\s+ha(?:b|be)|wir\s+haben|j'ai|on\s+a"
    r"|il\s+y\s+a|tengo|tenemos|tenho|temos|aku\s+ada|ho|abbiamo|ik\s+heb|we\s+hebben)\b"
    r"(?!\s+(?:to|got\s+to|zu|à|a\s+(?:que|ver)|que|de|da)\b)",
    re.I,
)
_GREETING = re.compile(r"^\W*(?:hi|hey|hello|oi|yaar|bhai|selam|slt|salut|hallo)\b\W*", re.I)
# What ties the task to the event: "uske liye", "for it", "dafür", "pour ça", "onun için".
_FOR_IT = re.compile(
    r"^\s*(?:uske\s+liye|us\s+ke\s+liye|iske\s+liye|for\s+it|for\s+that|dafür|dafuer|davor"
    r"|pour\s+ça|pour\s+ca|pra\s+isso|para\s+isso|para\s+eso|onun\s+için|onun\s+icin|bunun\s+için"
    r"|bunun\s+icin|untuk\s+itu|buat\s+itu|для\s+этого|per\s+questo|daarvoor)\b[\s,:]*",
    re.I,
)

# A plea not to forget after the event is no task of its own ("…, bhool mat jana").
_REMEMBER = re.compile(
    r"^\s*(?:please\s+)?(?:bhool\s+(?:mat|na)\s+jana|bhoolna\s+(?:mat|nahi)|yaad\s+rakhna"
    r"|don'?t\s+forget(?:\s+(?:it|that|this))?|jangan\s+lupa(?:\s+ya)?|unutma(?:\s+sakın)?"
    r"|nicht\s+vergessen|n'oublie\s+pas|não\s+esquece|nao\s+esquece|no\s+(?:lo\s+)?olvides)"
    r"[\s!.]*(?:please|pls|plz)?[\s!.]*$",
    re.I,
)


def after_event(text: str, found: list[When]) -> tuple[str, list[When], When | None, str]:
    """`text` from the task on when it opens with an event, the dates said after it (spans kept
    in `text`'s place by blanking the event), the event's date and what the event is, when the
    task says too little to tell ("tekrar yapmam"); else all unchanged."""
    if len(found) < 1:
        return text, found, None, ""
    cut = text.find(",", found[0].span[1])
    if cut < 0 or any(w.span[0] < cut < w.span[1] for w in found):
        return text, found, None, ""
    event_text = text[:cut]
    if not (_EVENT_END.search(event_text) or _EVENT_OPEN.match(event_text)):
        return text, found, None, ""
    rest = text[cut + 1 :]
    if _REMEMBER.match(rest):
        return text, found, None, ""
    tie = _FOR_IT.match(rest)
    start = cut + 1 + (tie.end() if tie else 0)
    if len(text[start:].split()) < 3:
        return text, found, None, ""
    event = next(w for w in found if w.span[1] <= cut)
    later = [w for w in found if w.span[0] >= start]
    task = " " * start + text[start:]
    subject = _subject(event_text, [w for w in found if w.span[1] <= cut])
    short = not tie and len(task.split()) - len(later) <= 4  # "tekrar yapmam": which review
    return task, later, event, subject if short else ""


def _subject(event_text: str, dates: list[When]) -> str:
    """What the event is, without its date and the words that state it: "matematik finalim"."""
    for w in sorted(dates, key=lambda w: -w.span[0]):
        event_text = event_text[: w.span[0]] + event_text[w.span[1] :]
    opened = _EVENT_OPEN.match(event_text)
    said = _EVENT_END.sub("", event_text[opened.end() if opened else 0 :])
    said = _GREETING.sub("", said).strip(" ,.:;!-")
    return said if 0 < len(said.split()) <= 4 else ""


def on_event_day(due: When, words: str, event: When) -> When:
    """A clock time said for the task ("by 10") on the event's day."""
    said = translate(words).text
    if not clock_only(said):
        return due
    midnight = event.start.replace(hour=0, minute=0, second=0, microsecond=0)
    return at_time_of(replace(event, start=midnight, end=None, grain="day"), due, said)
