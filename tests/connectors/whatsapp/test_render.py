"""Replies rendered inside WhatsApp's documented limits (checked by the fake's own rules)."""

from __future__ import annotations

import pytest

from flowhub.connectors import Button, Reply, Template
from flowhub.connectors.whatsapp.render import (
    RenderError,
    markup,
    render_reply,
    render_template,
    split_text,
    template_param,
)
from tests.auxil.fake_graph import problems_of

TO = "16505551234"
CARD = Reply(
    "📝 Send the Q4 deck to Sam\n👤 Sam\n📅 Fri 6 Mar, 17:00",
    buttons=(
        Button("confirm:12", "✅ Confirm"),
        Button("edit:12", "✏️ Edit"),
        Button("discard:12", "🗑 Discard"),
    ),
)


def test_text() -> None:
    (payload,) = render_reply(Reply("Added: *Call Bob*"), TO)
    assert payload == {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": TO,
        "type": "text",
        "text": {"preview_url": False, "body": "Added: *Call Bob*"},
    }


def test_three_buttons_are_reply_buttons_with_ids_that_round_trip() -> None:
    (payload,) = render_reply(CARD, TO)
    assert problems_of(payload) == []
    interactive = payload["interactive"]
    assert interactive["type"] == "button"
    assert interactive["body"]["text"] == CARD.text
    assert [b["reply"] for b in interactive["action"]["buttons"]] == [
        {"id": "confirm:12", "title": "✅ Confirm"},
        {"id": "edit:12", "title": "✏️ Edit"},
        {"id": "discard:12", "title": "🗑 Discard"},
    ]


def test_long_titles_are_cut_and_kept_unique() -> None:
    label = "A very long label that goes on"
    buttons = (Button("a", label), Button("b", label))
    (payload,) = render_reply(Reply("pick", buttons=buttons), TO)
    titles = [b["reply"]["title"] for b in payload["interactive"]["action"]["buttons"]]
    assert all(len(t) <= 20 for t in titles) and len(set(titles)) == 2
    assert titles[0] == "A very long label t…"
    assert problems_of(payload) == []


def test_more_than_three_buttons_become_a_list() -> None:
    labels = [f"in {n} hours from now, please" for n in range(1, 6)]
    buttons = tuple(Button(f"snooze:42:{n}h", label) for n, label in enumerate(labels, 1))
    (payload,) = render_reply(Reply("Snooze until when?", buttons=buttons), TO)
    assert problems_of(payload) == []
    interactive = payload["interactive"]
    assert interactive["type"] == "list" and interactive["action"]["button"] == "Choose"
    rows = interactive["action"]["sections"][0]["rows"]
    assert [r["id"] for r in rows] == [b.id for b in buttons]
    assert rows[0]["title"] == "in 1 hours from now, pl…"
    assert rows[0]["description"] == "in 1 hours from now, please"


def test_more_than_ten_buttons_are_cut_to_ten() -> None:
    buttons = tuple(Button(f"pick:{n}", f"Option {n}") for n in range(14))
    (payload,) = render_reply(Reply("Which one?", buttons=buttons), TO)
    assert len(payload["interactive"]["action"]["sections"][0]["rows"]) == 10
    assert problems_of(payload) == []


def test_a_button_id_that_cannot_round_trip_is_refused() -> None:
    with pytest.raises(RenderError, match="1-256 characters"):
        render_reply(Reply("x", buttons=(Button("x" * 257, "Too long"),)), TO)
    with pytest.raises(RenderError):
        render_reply(Reply("x", buttons=(Button(" padded", "Padded"),)), TO)


def test_long_text_is_split_at_breaks() -> None:
    paragraph = ("word " * 180).strip()  # 899 characters
    text = "\n\n".join([paragraph] * 10)  # about 9,000 characters
    payloads = render_reply(Reply(text), TO)
    bodies = [p["text"]["body"] for p in payloads]
    assert len(bodies) == 3 and all(len(b) <= 4096 for b in bodies)
    assert all(problems_of(p) == [] for p in payloads)
    assert " ".join(b.replace("\n\n", " ") for b in bodies).split() == text.split()
    assert all(not b.endswith("wor") for b in bodies)  # never mid-word


def test_long_text_with_buttons_sends_the_head_first() -> None:
    text = "\n".join(f"{n}. a task line that is long enough to matter" for n in range(60))
    payloads = render_reply(Reply(text, buttons=CARD.buttons), TO)
    assert [p["type"] for p in payloads] == ["text", "interactive"]
    assert len(payloads[-1]["interactive"]["body"]["text"]) <= 1024
    assert all(problems_of(p) == [] for p in payloads)
    joined = payloads[0]["text"]["body"] + "\n" + payloads[1]["interactive"]["body"]["text"]
    assert joined == text


def test_an_edit_is_a_new_message_quoting_the_old_one() -> None:
    (payload,) = render_reply(Reply("✅ Saved.", edit="wamid.CARD"), TO)
    assert payload["context"] == {"message_id": "wamid.CARD"}
    assert payload["text"]["body"] == "✅ Saved."


def test_markup() -> None:
    assert markup("**Call Bob** ~~maybe~~\r\nsnake_case_name *stays*") == (
        "*Call Bob* ~maybe~\nsnake_case_name *stays*"
    )


def test_split_text_keeps_short_text() -> None:
    assert split_text("hello", 10) == ["hello"]
    assert split_text("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]


def test_template_with_params_and_quick_reply_payloads() -> None:
    payload = render_template(
        Template("task_reminder", "en_US", ("Call Bob", "Fri 10:00")),
        TO,
        (Button("remind:42:done", "Done"),),
    )
    assert problems_of(payload) == []
    assert payload["template"] == {
        "name": "task_reminder",
        "language": {"code": "en_US"},
        "components": [
            {
                "type": "body",
                "parameters": [
                    {"type": "text", "text": "Call Bob"},
                    {"type": "text", "text": "Fri 10:00"},
                ],
            },
            {
                "type": "button",
                "sub_type": "quick_reply",
                "index": "0",
                "parameters": [{"type": "payload", "payload": "remind:42:done"}],
            },
        ],
    }


def test_template_without_params_has_no_components() -> None:
    payload = render_template(Template("hello_world", "en_US"), TO)
    assert payload["template"] == {"name": "hello_world", "language": {"code": "en_US"}}


def test_template_params_are_flat() -> None:
    assert template_param("📝 Call Bob\n👤 Sam\t\t  now") == "📝 Call Bob · 👤 Sam now"
    assert len(template_param("x" * 5000)) == 900
    assert template_param("  ") == "-"
