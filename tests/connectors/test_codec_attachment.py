"""A reply's attachment survives the outbox's JSON, without its bytes."""

from __future__ import annotations

from flowhub.connectors.codec import reply_from_dict, reply_to_dict
from flowhub.connectors.types import Attachment, Reply


def test_attachment_round_trips_without_its_bytes() -> None:
    chart = Attachment("image", "ab12", "done-vs-created.png", "image/png", data=b"\x89PNG")
    stored = reply_to_dict(Reply("12 done this week", attachment=chart))
    assert "data" not in stored["attachment"]
    again = reply_from_dict(stored)
    assert again.attachment == Attachment("image", "ab12", "done-vs-created.png", "image/png")
    assert again.text == "12 done this week"


def test_replies_stored_before_attachments_existed_still_load() -> None:
    assert reply_from_dict({"text": "hi", "buttons": []}).attachment is None
