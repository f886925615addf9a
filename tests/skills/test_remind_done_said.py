"""Done told in ordinary words right after a reminder went off, and what is not done."""

import pytest

from flowhub.skills.remind_done_said import reports_done


@pytest.mark.parametrize(
    ("text", "reminder"),
    [
        ("booked them last night, 3 from staffmatch ✔️", "Book 4 extra waiters"),
        ("place cards printed too", "Print place cards"),
        (
            "gf version baked + boxed separately, labelled 🌾❌",
            "Gluten free option for coeliac guest",
        ),
        ("cake iced and boxed, in the walk-in", "Finish the wedding cake"),
        ("van's empty, all crates back in the kitchen. knackered 😴", "Empty the van"),
        ("bins are empty, lids back on", "Empty the bins"),
        ("called them. peonies ok but they want to swap the eucalyptus", "Call the florist"),
        ("rang the venue. they are fine with 9pm but want the cars gone", "Call the venue"),
    ],
)
def test_done_in_ordinary_words(text: str, reminder: str) -> None:
    assert reports_done(text, reminder)


@pytest.mark.parametrize(
    "text",
    [
        "knackered 😴",
        "flight delayed, landing at 6",
        "called them, no answer",
        "emailed her. no reply yet",
        "rang them but they didnt pick up",
        "will do it after lunch",
        "wanted to but ran out of time",
        "did you get my text?",
        "what did I get done this week",
        "how many did we get done today",
    ],
)
def test_not_done(text: str) -> None:
    assert not reports_done(text, "Call the florist")
