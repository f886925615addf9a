"""Hindi chat (Hinglish and Devanagari): intents, task titles, assignees and dates."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from flowhub.nlp import classify_intent, extract_tasks

KOLKATA = "Asia/Kolkata"
NOW = datetime(2026, 4, 10, 11, 0, tzinfo=ZoneInfo(KOLKATA))  # a Friday


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("shaam 7 baje yaad dilana doodh lena hai", "remind"),
        ("mujhe kal yaad kara dena passport renew karna hai", "remind"),
        ("har ravivar subah gaadi dhona", "remind"),
        ("roz subah 6 baje walk", "remind"),
        ("मुझे कल सुबह याद दिलाना बैंक जाना है", "remind"),
        ("is hafte kya kya karna hai?", "query"),
        ("mere saare tasks", "query"),
        ("kya kuch overdue hai?", "query"),
        ("kaunse tasks pending hain?", "query"),
        ("subah 6 baje uthne ka reminder laga do", "remind"),
        ("roz subah summary bhejna", "settings"),
        ("haan ho gaya", "done"),
        ("done bhai", "done"),
        ("kya baaki hai abhi?", "query"),
        ("मेरे काम दिखाओ", "query"),
        ("ho gaya bhai", "done"),
        ("rent bhar diya", "done"),
        ("मैंने रिपोर्ट भेज दी", "done"),
        ("madad", "help"),
        ("ye bot kaise use karte hain?", "help"),
        ("bhasha english kar do", "settings"),
        ("namaste ji", "other"),
        ("shukriya bhai", "other"),
        ("theek hai", "other"),
        ("doctor ka appointment book karna hai", "capture"),
        ("Pooja tum kal presentation bhej dogi?", "capture"),
    ],
)
def test_intents(text: str, intent: str) -> None:
    assert classify_intent(text) == intent


@pytest.mark.parametrize(
    ("text", "title", "assignee", "due"),
    [
        ("Ankit ko bolo somvar tak bill bhej de", "Bill bhej de", "Ankit", "2026-04-13"),
        ("Meena se bolo kal cake order kare", "Cake order kare", "Meena", "2026-04-11"),
        ("Rohit tum parso tak file ready kar doge?", "File ready", "Rohit", "2026-04-12"),
        ("Suresh bhai kal tak payment kar dena", "Payment kar dena", "Suresh", "2026-04-11"),
        ("Rahul ko bolna ki presentation ready rakhe", "Presentation ready rakhe", "Rahul", None),
        ("mujhe kal bank jana hai", "Bank jana", None, "2026-04-11"),
        ("kal bijli ka bill bharna hai", "Bijli ka bill bharna", None, "2026-04-11"),
        ("agle hafte car ki service karwani hai", "Car ki service karwani", None,
         "2026-04-13"),
        ("kal subah yaad dilana gas cylinder book karna hai", "Gas cylinder book karna", None,
         "2026-04-11"),
        ("budhvar ko 4 baje dentist ke paas jana hai", "Dentist ke paas jana", None,
         "2026-04-15T16:00"),
        ("सोमवार को बिजली का बिल भरना है", "बिजली का बिल भरना", None, "2026-04-13"),
    ],
)  # fmt: skip
def test_tasks(text: str, title: str, assignee: str | None, due: str | None) -> None:
    (task,) = extract_tasks(text, now=NOW, tz=KOLKATA, sender="Priya")
    assert (task.title, task.assignee) == (title, assignee)
    if due is None:
        assert task.due is None
    else:
        assert task.due is not None and task.due.start.isoformat().startswith(due)
