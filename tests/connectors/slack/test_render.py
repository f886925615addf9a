"""`Reply` -> Block Kit within Slack's limits, and Slack markup -> plain text."""

from __future__ import annotations

import pytest

from flowhub.connectors import Button, Reply
from flowhub.connectors.slack import escape, render
from flowhub.connectors.slack.identity import Directory, Profile


def test_escapes_only_the_three_control_characters() -> None:
    assert escape("a < b & c > d *bold* _it_ 'q' \"qq\"") == (
        "a &lt; b &amp; c &gt; d *bold* _it_ 'q' \"qq\""
    )


def test_text_and_buttons() -> None:
    message = render(Reply("Call <Bob> & co", buttons=(Button("confirm:1", "✅ Confirm"),)))
    section, actions = message.blocks
    assert section == {
        "type": "section",
        "text": {"type": "mrkdwn", "text": "Call &lt;Bob&gt; &amp; co"},
    }
    (button,) = actions["elements"]
    assert button["value"] == "confirm:1" and button["action_id"] == "flowhub-0"
    assert message.text == "Call &lt;Bob&gt; &amp; co"


def test_long_text_is_split_into_sections_of_at_most_3000_after_escaping() -> None:
    text = "\n".join(["&" * 700] * 10)  # each line escapes to 3500 characters
    message = render(Reply(text))
    assert all(len(b["text"]["text"]) <= 3000 for b in message.blocks)
    assert len(message.text) <= 4000


def test_at_most_50_blocks_and_25_buttons_per_actions_block() -> None:
    buttons = tuple(Button(f"done:{i}", f"Task {i}") for i in range(30))
    message = render(Reply("line\n" * 40_000, buttons=buttons))
    assert len(message.blocks) == 50
    actions = [b for b in message.blocks if b["type"] == "actions"]
    assert [len(a["elements"]) for a in actions] == [25, 5]
    assert message.blocks[47]["text"]["text"].endswith("…")
    ids = [e["action_id"] for a in actions for e in a["elements"]]
    assert len(set(ids)) == 30


def test_button_labels_are_shortened_and_long_ids_refused() -> None:
    (actions,) = render(Reply("x", buttons=(Button("a:1", "y" * 100),))).blocks[1:]
    assert len(actions["elements"][0]["text"]["text"]) == 75
    with pytest.raises(ValueError, match="1-2000"):
        render(Reply("x", buttons=(Button("a" * 2001, "Go"),)))


def test_empty_text_still_renders() -> None:
    assert render(Reply("  ")).blocks[0]["text"]["text"] == "…"


class _Names(Directory):
    def __init__(self) -> None:
        super().__init__(client_for=lambda team: None)

    def profile(self, team: str, user: str) -> Profile:
        return Profile(name={"U1": "Ana Lima"}.get(user))


def test_readable_turns_markup_into_plain_text() -> None:
    readable = _Names().readable
    assert readable("<@UBOT> <@U1> ping", team="T", bot_user_id="UBOT") == "@Ana ping"
    assert readable("ask <@U9|bob> in <#C1|general>", team="T") == "ask @bob in #general"
    assert readable("see <https://x.io|the doc> or <https://y.io>", team="T") == (
        "see the doc (https://x.io) or https://y.io"
    )
    assert readable("<!here> 1 &lt; 2 &amp;&amp; 3 &gt; 2", team="T") == "@here 1 < 2 && 3 > 2"
    assert readable("<@U404>", team="T") == "@U404"
