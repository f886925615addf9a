"""Done told in ordinary words to a reminder that just went off: "gf version baked + boxed
separately, labelled 🌾❌" to "Gluten free option for coeliac guest", "van's empty, all crates back
in the kitchen" to "Empty the van", "called them. peonies ok but they want to swap the
eucalyptus" to "Call the florist".

The first sentence is the answer: a verb in a past form (not a feeling, "knackered", nor a hitch,
"delayed"), or the reminder's own verb said as a state ("van's empty"), says it is done. What
follows is news, unless it takes the done back ("no answer", "will try again tomorrow").
"""

from __future__ import annotations

import re

from flowhub.skills.context import Context
from flowhub.skills.done_words import describing
from flowhub.skills.refer_words import NOT_NEWS, is_past
from flowhub.storage import Reminder, tasks

__all__ = ["keep_news", "reports_done"]

# The first sentence ends at a stop, a line break, or "but" / "btw".
_SENTENCE = re.compile(r"[.!;]+(?:\s+|$)|\n|\s+(?:but|btw)\s+", re.I)
_WORD = re.compile(r"[\w'’]+")
# Past forms that tell how one feels or what went wrong, not that the thing got done.
_NOT_DONE_TEXT = """knackered exhausted stressed worried tired bored scared excited annoyed
    frustrated overwhelmed swamped slammed wrecked shattered drained fried confused pissed gutted
    delayed cancelled canceled postponed moved rescheduled blocked stuck missed failed closed
    jammed crashed broken declined rejected bounced refused locked stopped supposed planned
    scheduled expected used interested booked-up sold"""
_NOT_DONE = frozenset(_NOT_DONE_TEXT.split())
# Said anywhere, these take a done back: "called them, no answer", "will try again later".
_TAKEN_BACK = re.compile(
    r"(?<![\w'’])(?:not|never|yet|still|no\s+(?:answer|reply|response|luck|signal|one)|voicemail"
    r"|again|later|tomorrow|tmrw|remind|snooze|try|trying|will|gonna|going\s+to|\w+n['’]t"
    r"|(?:did|do|does|ca|wo|could|would|should|was|is|were|are|have|has)nt)"
    r"(?![\w'’])|\?",
    re.I,
)
# "what did I get done this week" asks; it tells nothing about the reminder.
_ASKS = re.compile(
    r"^\W*(?:what|which|who|whom|when|where|why|how|do|does|is|are|was|were|any|show|list|tell"
    r"|give|summari[sz]e|can|could|would|should|have|has)(?![\w'’])",
    re.I,
)
_BE = r"(?:'s|’s|\s+is|\s+are|\s+was|\s+were|\s+now|\s+all)"
_EMOJI_DONE = re.compile(r"✅|✔|☑")
# News after the done shorter than this is a sigh ("knackered 😴"), not a note worth keeping.
_NOTE_WORDS = 3


def reports_done(text: str, reminder_text: str) -> bool:
    """Whether `text`, said right after the reminder `reminder_text` went off, says it is done."""
    if _TAKEN_BACK.search(text) or _ASKS.match(text):
        return False
    first = _SENTENCE.split(text.strip(), maxsplit=1)[0]
    if not first or NOT_NEWS.search(first):
        return False
    if _EMOJI_DONE.search(first):
        return True
    said = _WORD.findall(first.casefold())
    if any(_told(said, i) for i in range(len(said))):
        return True
    verb = reminder_text.split()[0].casefold() if reminder_text.split() else ""
    state = re.compile(rf"\w{_BE}\s+(?:all\s+|now\s+)?{re.escape(verb)}(?![\w'’])", re.I)
    return verb.isalpha() and state.search(first) is not None  # "van's empty" to "Empty the van"


def _told(said: list[str], index: int) -> bool:
    """Whether the word at `index` is a past form that tells of something done."""
    word = said[index]
    if word in _NOT_DONE or not is_past(word) or describing(said, index):
        return False
    return not (index and said[index - 1] in ("so", "very", "feel", "feeling", "i'm", "im", "am"))


def keep_news(ctx: Context, reminder: Reminder) -> None:
    """Keep the news said after the done ("peonies ok but they want ruscus") as its task's note."""
    parts = _SENTENCE.split(ctx.text.strip(), maxsplit=1)
    news = parts[1].strip() if len(parts) > 1 else ""
    task = (
        tasks.get_task(session=ctx.session, task_id=reminder.task_id) if reminder.task_id else None
    )
    if task is None or len(_WORD.findall(news)) < _NOTE_WORDS or news in task.notes:
        return
    notes = f"{task.notes}\n{news}".strip()
    tasks.update_task(session=ctx.session, task=task, now=ctx.now, notes=notes)
