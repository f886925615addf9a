"""Passive duties, hedges in titles, the requester's "me" and bare early hours."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flowhub.nlp._daytime import pm_words
from flowhub.nlp._hedges import without_hedges
from flowhub.nlp._passive import active
from flowhub.nlp.tasks import extract_tasks

NOW = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("permit for the Keller bathroom must be filed with the Bezirksamt before 15 dec",
         "File the permit for the Keller bathroom with the Bezirksamt"),
        ("the invoice needs to be sent to Marta by friday", "Send the invoice to Marta"),
        ("the report should be submitted by monday", "Submit the report"),
        ("tiles have to be ordered tomorrow", "Order the tiles"),
    ],
)  # fmt: skip
def test_passive_duty_is_the_task(said: str, title: str) -> None:
    drafts = extract_tasks(said, now=NOW, tz="Europe/Berlin", sender="Priya")
    assert [d.title for d in drafts] == [title]
    assert drafts[0].due is not None


def test_passive_keeps_other_text() -> None:
    assert active("the kitchen was painted on monday") == "the kitchen was painted on monday"
    assert active("it must be done by friday") == "it must be done by friday"


@pytest.mark.parametrize(
    ("title", "plain"),
    [
        ("Book the skip, probably", "Book the skip"),
        ("Order tiles i guess", "Order tiles"),
        ("maybe call the plumber", "call the plumber"),
        ("Check whether the permit is probably fine", "Check whether the permit is probably fine"),
    ],
)
def test_hedges_leave_the_title(title: str, plain: str) -> None:
    assert without_hedges(title) == plain


def test_me_in_a_request_to_someone_else_is_the_requester() -> None:
    said = "haha classic. @Priya can you send me the Keller invoice pdf today?"
    drafts = extract_tasks(said, now=NOW, tz="America/New_York", sender="Sam")
    assert drafts[0].title == "Send Sam the Keller invoice pdf"


def test_bare_early_hour_is_the_afternoon() -> None:
    evening = datetime(2026, 12, 4, 14, 0, tzinfo=UTC)  # 19:30 in Kolkata
    drafts = extract_tasks("send the invoice by 5", now=evening, tz="Asia/Kolkata", sender="Priya")
    assert drafts[0].due is not None and drafts[0].due.start.hour == 17
    drafts = extract_tasks(
        "send the invoice by 5am", now=evening, tz="Asia/Kolkata", sender="Priya"
    )
    assert drafts[0].due is not None and drafts[0].due.start.hour == 5
    assert pm_words("by 5") == "by 5pm" and pm_words("by 9") == "by 9"
