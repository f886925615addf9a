"""Long updates, section headings, shared lead dates and asides around a task's title."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from flowhub.nlp import TaskDraft, extract_tasks
from flowhub.nlp._forwarded import read_speaker
from flowhub.nlp._headings import is_heading

TZ = "Europe/Lisbon"
NOW = datetime(2026, 12, 3, 9, 0, tzinfo=ZoneInfo(TZ))  # a Thursday


def tasks(text: str, sender: str | None = "Marta") -> list[TaskDraft]:
    return extract_tasks(text, now=NOW, tz=TZ, sender=sender)


# A monthly update from an ops lead: about 3 kB, three real tasks among reports, plans of
# others, advice and fragments.
OPS_UPDATE = """\
Hi all, monthly ops roundup below. Long one, grab a coffee.

Warehouse: the Porto site finished the racking upgrade last Thursday. Picking times dropped \
by about twelve percent and the night shift reported fewer mispicks. The forklift lease \
renewal went through without changes.

Logistics - the new carrier handled most of the northern routes this month. Two pallets \
were damaged in transit, both refunded. Once the carrier shares its winter schedule the \
routes team can rebalance the Braga runs, probably around the 20th.

Transport costs came in slightly above forecast because of the fuel surcharge in \
November, and the carrier has promised a revised rate card. Particularly the Algarve lanes, \
which are still the most expensive per pallet by a distance.

Customer care: response times were steady at under four hours. The returns backlog is \
down to thirty tickets, mostly the damaged lamp batch. Especially the lamp returns.

Fleet: two of the vans passed their annual service, the third is booked in with the \
dealer. Mileage is up eight percent on last year, mostly the new Coimbra customers. The \
electric van trial ended and the drivers liked it, although range in the cold mornings \
was a concern for the longer routes.

Quality: the audit of the packing line found the tape dispensers out of calibration on \
line two, which explains some of the loose boxes. Maintenance recalibrated them the same \
afternoon and the error rate has been normal since.

Finance asked every team lead to keep December overtime under budget. Plan accordingly \
and raise anything unusual early.

People: Joana starts on Monday as shift supervisor. I need to book Joana's safety \
induction for next Tuesday, that one's on me. Rui is still covering the late shift until \
she is up to speed. Temporary staff for the peak were confirmed by the agency yesterday, \
twelve people across both sites, and the badges were printed on Tuesday.

Compliance: the fire inspection passed with one minor note about signage. I should \
order the new exit signs before Friday. The inspector will come back in February to \
check them.

Systems: the scanner firmware update rolled out to all handhelds on Wednesday night and \
nobody reported problems. The WMS vendor \
released a patch for the slotting report, which now loads in seconds instead of minutes. \
The old barcode printers in Braga were retired. We'll look at the label printers in January \
if they keep jamming.

Can someone send me the updated holiday rota by the 15th?

Energy: the solar panels on the Porto roof produced more than expected in October and \
November, which kept the electricity bill flat despite the longer shifts.

Holiday cover: the rota is in the shared drive, check your dates. Swap among yourselves \
if needed.

That's it from me, thanks everyone and have a good weekend!
"""


def test_a_long_update_gives_only_the_real_tasks() -> None:
    assert 2800 < len(OPS_UPDATE) < 3600
    found = tasks(OPS_UPDATE)
    assert [d.title for d in found] == [
        "Book Joana's safety induction",
        "Order the new exit signs",
        "Send me the updated holiday rota",
    ]
    induction, signs, rota = found
    assert induction.assignee == "Marta"  # "that one's on me"
    assert induction.due is not None and induction.due.start.date().isoformat() == "2026-12-08"
    assert signs.assignee is None and signs.due is not None
    assert signs.due.start.date().isoformat() == "2026-12-04"
    assert rota.due is not None and rota.due.start.day == 15


def test_section_headings_are_never_people() -> None:
    for text in (
        "Hiring: I need to send the plan to Meera by Tuesday",
        "Security - rotate the API keys on friday",
        "Budget: please trim the cloud spend by monday",
    ):
        (draft,) = tasks(text, sender=None)
        assert draft.assignee is None, text
        assert ":" not in draft.title and "Security" not in draft.title


@pytest.mark.parametrize(
    ("label", "heading"),
    [
        ("Hiring", True),
        ("Security", True),
        ("Platform migration", True),
        ("Escalations", True),
        ("Sam", False),
        ("Priya Raman", False),
        ("assign to Priya", False),
    ],
)
def test_heading_or_name(label: str, heading: bool) -> None:
    assert is_heading(label) is heading


def test_a_heading_line_has_no_speaker_but_a_name_does() -> None:
    assert read_speaker("Hiring: we closed two roles")[0] is None
    assert read_speaker("Documentation: half migrated")[0] is None
    assert read_speaker("Sam: I'll send the numbers")[0] == "Sam"


def test_minutes_name_the_owner_in_a_long_text() -> None:
    text = OPS_UPDATE.replace(
        "Can someone send me", "Rui will update the shift plan by Friday. Can someone send me"
    )
    titles = {d.title: d.assignee for d in tasks(text)}
    assert titles["Update the shift plan"] == "Rui"


def test_short_messages_keep_their_lenient_reading() -> None:
    (draft,) = tasks("dentist tomorrow 3pm")
    assert draft.title == "Dentist"


@pytest.mark.parametrize(
    "text",
    [
        "tomorrow I need to: pick up dry cleaning, email Jonas the numbers, and book the dentist",
        "by friday: update the roadmap, call the bank and order toner",
        "on monday I have to: water the plants, pay the gardener and fix the gate",
        "next week: - renew the lease - call the vet - sort the recycling",
    ],
)
def test_a_lead_date_applies_to_every_item(text: str) -> None:
    found = tasks(text)
    assert len(found) == 3
    days = {d.due.start.date() for d in found if d.due}
    assert len(days) == 1 and all(d.due for d in found), [d.due for d in found]


def test_a_lead_day_and_an_items_own_clock_time_join() -> None:
    found = tasks("tomorrow I need to: call the bank, email Jonas by noon and book the dentist")
    email = next(d for d in found if "Jonas" in d.title)
    assert email.due is not None and email.due.start.isoformat().startswith("2026-12-04T12:00")


@pytest.mark.parametrize(
    ("text", "title", "day", "clock"),
    [
        ("- lunch w/ Maria on Wednesday 12:30", "Lunch with Maria", 9, "12:30"),
        ("dinner w/ the Silvas friday 8pm", "Dinner with the Silvas", 4, "20:00"),
        ("coffee w/ Rita next monday at 10", "Coffee with Rita", 7, "10:00"),
    ],
)
def test_with_shorthand_and_the_meal_is_the_title(
    text: str, title: str, day: int, clock: str
) -> None:
    (draft,) = tasks(text)
    assert draft.title == title
    assert draft.due is not None and draft.due.start.day == day
    assert f"{draft.due.start:%H:%M}" == clock


@pytest.mark.parametrize(
    "text",
    [
        "Kindly add a task to submit the GST filing by the 20th, it's high priority",
        "can you create a task to submit the GST filing by the 20th",
        "jot down: submit the GST filing by the 20th",
        "add submit the GST filing to my list",
        "please make a note to submit the GST filing",
    ],
)
def test_asking_for_a_task_is_not_its_title(text: str) -> None:
    (draft,) = tasks(text)
    assert draft.title == "Submit the GST filing"


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("pay rent on the last day of every month, remind me at 9am", "09:00"),
        ("water the plants every sunday, remind me at 7pm", "19:00"),
        ("renew the car insurance on the 28th, remind me at 8:30", "08:30"),
    ],
)
def test_a_reminder_clause_sets_the_clock_time(text: str, clock: str) -> None:
    (draft,) = tasks(text)
    assert draft.due is not None and f"{draft.due.start:%H:%M}" == clock
    assert "remind" not in draft.title.lower()


def test_a_reminder_clause_keeps_the_repeat() -> None:
    (draft,) = tasks("pay rent on the last day of every month, remind me at 9am")
    assert draft.due is not None and draft.due.rrule is not None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("pay rent on the last day of every month, remind me the day before", "Pay rent"),
        ("dentist on the 14th at 10am, ping me an hour before", "Dentist"),
        ("submit the report friday 5pm, remind me 2 hours before", "Submit the report"),
    ],
)
def test_remind_me_before_is_no_task(text: str, title: str) -> None:
    (draft,) = tasks(text)
    assert draft.title == title and draft.assignee is None


def test_a_reminder_clause_after_a_bare_noun_still_reads() -> None:
    (draft,) = tasks("dentist on the 14th, remind me at 9am")
    assert draft.title == "Dentist"
    assert draft.due is not None and f"{draft.due.start:%d %H:%M}" == "14 09:00"


@pytest.mark.parametrize(
    ("text", "title", "priority"),
    [
        (
            "need to renew my passport before end of month, pretty urgent",
            "Renew my passport",
            "urgent",
        ),
        ("fix the boiler, it's very important", "Fix the boiler", "high"),
        ("call the plumber tomorrow, really urgent", "Call the plumber", "urgent"),
    ],
)
def test_a_graded_priority_aside_leaves_the_title(text: str, title: str, priority: str) -> None:
    (draft,) = tasks(text)
    assert (draft.title, draft.priority) == (title, priority)


@pytest.mark.parametrize(
    "text",
    [
        "send the revised plan to Meera by Tuesday, that one's on me",
        "send the revised plan to Meera by Tuesday - I'll take that",
        "send the revised plan to Meera by Tuesday, this one is mine",
    ],
)
def test_an_owning_aside_names_the_sender(text: str) -> None:
    (draft,) = tasks(text)
    assert draft.title == "Send the revised plan to Meera"
    assert draft.assignee == "Marta"


@pytest.mark.parametrize(
    ("text", "title", "assignee"),
    [
        ("Meeting - prep the slides for friday", "Prep the slides", None),
        ("Hiring - Priya to send the offer letters by friday", "Send the offer letters", "Priya"),
        ("Sam - send the recap tomorrow", "Send the recap", "Sam"),
    ],
)
def test_a_heading_before_a_dash_names_nobody(text: str, title: str, assignee: str | None) -> None:
    (draft,) = tasks(text, sender=None)
    assert (draft.title, draft.assignee) == (title, assignee)


@pytest.mark.parametrize(
    "text",
    [
        "the batch ran clean on Wednesday night",
        "the offers went out on monday",
        "Plan accordingly and flag risks early.",
        "feel free to grab a slice of cake on friday",
    ],
)
def test_reports_and_advice_are_no_tasks(text: str) -> None:
    assert tasks(text) == []


def test_a_short_update_keeps_its_one_action() -> None:
    found = tasks(
        "status: migration finished yesterday, I need to email the vendor by monday. "
        "Plan accordingly."
    )
    assert [d.title for d in found] == ["Email the vendor"]


def test_a_goal_with_a_deadline_is_still_a_task() -> None:
    (draft,) = tasks("my passport renewed by friday")
    assert draft.due is not None
