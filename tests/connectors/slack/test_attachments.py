"""Charts and exports reach Slack through the real slack_sdk `files_upload_v2`: an upload URL
from `files.getUploadURLExternal`, the bytes POSTed there, then `files.completeUploadExternal`
sharing the file in the chat with the reply's text as its comment."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlmodel import select

from flowhub.bot.clock import FixedClock
from flowhub.bot.runtime import Runtime
from flowhub.connectors import Attachment, Button, Reply, SendError, Target
from flowhub.connectors.slack import SlackConnector
from flowhub.connectors.slack.app import BOT_SCOPES
from flowhub.connectors.slack.parse import Origin
from flowhub.storage import Outbox, session_scope
from tests.auxil.attachments import CSV, chart_reply, png, stored
from tests.auxil.fake_slack import BOT_TOKEN, FakeSlack
from tests.connectors.slack import payloads as p

DM = Target("slack", p.TEAM, p.ANA_DM)
FLOW = ["files.getUploadURLExternal", "upload", "files.completeUploadExternal"]


def _row(runtime: Runtime, outbox_id: int) -> Outbox:
    with session_scope(runtime.engine) as session:
        row = session.exec(select(Outbox).where(Outbox.id == outbox_id)).one()
        session.expunge(row)
        return row


def test_a_chart_is_uploaded_and_shared_with_its_comment(
    runtime: Runtime, slack: SlackConnector, fake: FakeSlack
) -> None:
    outbox_id = runtime.send(chart_reply(runtime.engine, DM, "12 done <3 more> this week"))
    assert [c.method for c in fake.calls] == FLOW
    ask, put, complete = fake.calls
    assert ask.token == complete.token == BOT_TOKEN
    assert ask.params["filename"] == "done-vs-created.png"
    assert int(ask.params["length"]) == len(png()) == put.params["size"]
    assert complete.params["channel_id"] == p.ANA_DM
    ask_id = fake.shared[0]["file_id"]
    assert json.loads(complete.params["files"]) == [{"id": ask_id, "title": "done-vs-created.png"}]
    (shared,) = fake.shared
    assert (
        shared["data"] == png() and shared["initial_comment"] == "12 done &lt;3 more&gt; this week"
    )
    row = _row(runtime, outbox_id)
    assert row.status == "sent" and row.platform_message_id == f"{p.ANA_DM}:file-{ask_id}"
    assert fake.calls_to("chat.postMessage") == []


def test_an_export_is_shared_under_its_name(
    runtime: Runtime, slack: SlackConnector, fake: FakeSlack
) -> None:
    export = stored(runtime.engine, CSV, name="tasks.csv", mime="text/csv")
    runtime.send(Reply("Your tasks", to=Target("slack", p.TEAM, p.CHANNEL), attachment=export))
    (shared,) = fake.shared
    assert (shared["filename"], shared["data"]) == ("tasks.csv", CSV)
    assert shared["channel_id"] == p.CHANNEL and shared["initial_comment"] == "Your tasks"


def test_buttons_follow_the_file_in_a_message(slack: SlackConnector, fake: FakeSlack) -> None:
    chart = Attachment("image", "f1", "load.png", "image/png", data=png())
    reply = Reply("Load per person", attachment=chart, buttons=(Button("stats:month", "Month"),))
    delivery = slack.send(DM, reply, outbox_id=0)
    assert [c.method for c in fake.calls] == [*FLOW, "chat.postMessage"]
    (shared,) = fake.shared
    assert shared["initial_comment"] is None
    (post,) = fake.calls_to("chat.postMessage")
    assert post.params["text"] == "Load per person"
    channel, ts = delivery.platform_message_id.split(":")
    assert fake.message(channel, ts)["text"] == "Load per person"


def test_a_refused_upload_url_fails_for_good(
    runtime: Runtime, slack: SlackConnector, fake: FakeSlack
) -> None:
    fake.fail_next("upload", status=413, error="request entity too large")
    outbox_id = runtime.send(chart_reply(runtime.engine, DM))
    row = _row(runtime, outbox_id)
    assert (row.status, row.attempts) == ("failed", 1)
    assert row.error is not None and "HTTP 413" in row.error and "done-vs-created.png" in row.error
    assert fake.shared == []


def test_a_refused_completion_fails_for_good_with_slacks_error(
    runtime: Runtime, slack: SlackConnector, fake: FakeSlack
) -> None:
    fake.fail_next("files.completeUploadExternal", status=200, error="not_in_channel")
    outbox_id = runtime.send(chart_reply(runtime.engine, Target("slack", p.TEAM, "C999")))
    row = _row(runtime, outbox_id)
    assert row.status == "failed" and "not_in_channel" in (row.error or "")


@pytest.mark.parametrize(
    ("method", "status"),
    [("files.getUploadURLExternal", 429), ("upload", 503), ("files.completeUploadExternal", 429)],
)
def test_rate_limits_and_server_errors_in_the_flow_are_retried(
    runtime: Runtime,
    slack: SlackConnector,
    fake: FakeSlack,
    clock: FixedClock,
    method: str,
    status: int,
) -> None:
    fake.fail_next(method, status=status, error="ratelimited" if status == 429 else "down")
    outbox_id = runtime.send(chart_reply(runtime.engine, DM))
    assert _row(runtime, outbox_id).status == "retrying"
    clock.advance(timedelta(seconds=15))  # past the backoff: the sweep sends it again
    runtime.tick()
    row = _row(runtime, outbox_id)
    assert (row.status, row.attempts) == ("sent", 2)
    (shared,) = fake.shared
    assert shared["data"] == png()


def test_an_ephemeral_answer_keeps_the_file_out_of_the_channel(
    slack: SlackConnector, fake: FakeSlack
) -> None:
    chart = Attachment("image", "f1", "load.png", "image/png", data=png())
    with pytest.raises(SendError):  # no asker to show it to: refused, never shared in public
        slack.send(
            Target("slack", p.TEAM, p.CHANNEL),
            Reply("Load", attachment=chart, ephemeral=True),
            outbox_id=0,
        )
    assert fake.shared == [] and fake.uploads == {}


def test_a_file_for_the_asker_alone_goes_to_their_direct_chat(
    slack: SlackConnector, fake: FakeSlack
) -> None:
    asked = Origin(p.TEAM, p.CHANNEL, p.ANA, "command", ephemeral=True, response_url="x")
    private = SlackConnector(
        installations=slack.installations, api_url=fake.api_url, origins=lambda _id: asked
    )
    chart = Attachment("image", "f1", "load.png", "image/png", data=png())
    delivery = private.send(
        Target("slack", p.TEAM, p.CHANNEL), Reply("Your week", attachment=chart), outbox_id=7
    )
    assert [c.method for c in fake.calls] == ["conversations.open", *FLOW]
    assert fake.calls[0].params["users"] == p.ANA
    (shared,) = fake.shared
    assert shared["channel_id"] == p.ANA_DM and shared["initial_comment"] == "Your week"
    assert delivery.platform_message_id.startswith(f"{p.ANA_DM}:file-")
    assert fake.ephemeral == [] and fake.messages == {}


def test_the_app_asks_for_the_scopes_uploads_need() -> None:
    assert {"files:write", "im:write"} <= set(BOT_SCOPES)
