"""Minutes sent as a PDF become cards for their action items, each quoting its page."""

from __future__ import annotations

from sqlmodel import select

from flowhub.bot.runtime import Runtime
from flowhub.connectors import MediaRef
from flowhub.storage import Proposal, session_scope
from tests.conftest import ChatFactory
from tests.media_flow.files import minutes, send_file

_TALK = [
    f"Point {n}: the group went over item {n} of the plan and agreed on it." for n in range(24)
]
MINUTES = minutes(
    [
        ["Team meeting, 3 March", "Present: Ana, Sam, Priya", *_TALK[:20]],
        ["Budget", *_TALK[20:], "Action: Sam to send the budget by Friday", *_TALK[:16]],
    ]
)
PDF = MediaRef("document", "doc-1", "application/pdf", "minutes.pdf")


def test_an_action_item_in_minutes_becomes_a_card_with_its_page(
    chat_as: ChatFactory, runtime: Runtime
) -> None:
    chat_as("sam", "Sam", tz="America/New_York").say("hi")
    ana = chat_as("ana", "Ana")
    shown = send_file(ana, PDF, MINUTES)
    cards = [s for s in shown if s.buttons]
    assert len(cards) == 1
    card = cards[0].text
    assert card.startswith("📄 From minutes.pdf (p. 2):") and "budget" in card.lower()
    assert "Fri 6 Mar" in card
    with session_scope(runtime.engine) as session:
        (proposal,) = session.exec(select(Proposal)).all()
    assert proposal.assignee_name == "Sam"


def test_a_text_file_of_tasks_is_read_like_a_message(
    chat_as: ChatFactory, runtime: Runtime
) -> None:
    ana = chat_as("ana", "Ana")
    ref = MediaRef("document", "doc-2", "text/plain", "todo.txt")
    shown = send_file(ana, ref, b"renew the passport next week\n")
    cards = [s for s in shown if s.buttons]
    assert len(cards) == 1 and "passport" in cards[0].text.lower()
    assert cards[0].text.startswith("📄 From todo.txt:")


def test_short_notes_give_cards_for_the_items_they_mark_only(
    chat_as: ChatFactory, runtime: Runtime
) -> None:
    chat_as("sam", "Sam", tz="America/New_York").say("hi")
    chat_as("priya", "Priya", tz="Asia/Kolkata").say("hi")
    ana = chat_as("ana", "Ana")
    notes = "\n".join(
        [
            "Weekly ops sync",
            "Attendees: Ana, Sam, Priya",
            "The supplier call moved to Thursday.",
            "Action: Sam to send the revised quote by Friday",
            "Action: Priya to update the website prices",
            "Next meeting Monday 10am",
        ]
    ).encode()
    ref = MediaRef("document", "doc-3", "text/plain", "sync.txt")
    shown = send_file(ana, ref, notes)
    with session_scope(runtime.engine) as session:
        proposals = session.exec(select(Proposal)).all()
    assert sorted(p.assignee_name or "" for p in proposals) == ["Priya", "Sam"]
    said = " ".join(s.text for s in shown).casefold()
    assert "quote" in said and "website" in said and "next meeting" not in said
