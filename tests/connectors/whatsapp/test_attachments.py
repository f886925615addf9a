"""Charts and exports reach WhatsApp as Meta documents it: upload the file, then send a message
naming the media id, captioned with the reply's text."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fastapi.testclient import TestClient

from flowhub.bot.clock import FixedClock
from flowhub.bot.runtime import Runtime
from flowhub.connectors import Button, Reply, SendError, Target, Template
from flowhub.connectors.types import Attachment
from flowhub.connectors.whatsapp import WhatsAppConnector
from flowhub.connectors.whatsapp.client import GraphClient
from tests.auxil.attachments import CSV, chart_reply, png, stored
from tests.auxil.fake_graph import TOKEN, VERSION, FakeGraph
from tests.connectors.whatsapp import payloads as p
from tests.connectors.whatsapp.helpers import outbox_rows, post

TARGET = Target("whatsapp", p.NUMBER, p.USER)
UPLOAD = f"/{VERSION}/{p.NUMBER}/media"
MESSAGES = f"/{VERSION}/{p.NUMBER}/messages"


def _row_of(runtime: Runtime, outbox_id: int) -> tuple[str, int, str | None]:
    row = next(r for r in outbox_rows(runtime) if r.id == outbox_id)
    return row.status, row.attempts, row.error


def test_a_chart_is_uploaded_then_sent_as_an_image_with_its_caption(
    client: TestClient, wa_runtime: Runtime, graph: FakeGraph
) -> None:
    post(client, p.messages_delivery(p.text("stats")))
    graph.reset()
    outbox_id = wa_runtime.send(chart_reply(wa_runtime.engine, TARGET, "12 done, 3 more"))
    assert [(r.method, r.path) for r in graph.requests] == [("POST", UPLOAD), ("POST", MESSAGES)]
    (upload,) = graph.uploads
    assert upload["form"] == {"messaging_product": "whatsapp", "type": "image/png"}
    assert upload["file"] == {
        "field": "file",
        "filename": "done-vs-created.png",
        "content_type": "image/png",
        "size": len(png()),
    }
    assert graph.media[upload["id"]].data == png()
    (sent,) = graph.sent
    assert sent["type"] == "image" and sent["to"] == p.USER
    assert sent["image"] == {"id": upload["id"], "caption": "12 done, 3 more"}
    row = outbox_rows(wa_runtime)[-1]
    assert (row.id, row.status) == (outbox_id, "sent")
    assert row.platform_message_id == graph.requests[-1].answer["messages"][0]["id"]


def test_an_export_goes_as_a_document_with_its_filename(
    wa_runtime: Runtime, graph: FakeGraph
) -> None:
    export = stored(wa_runtime.engine, CSV, name="tasks.csv", mime="text/csv")
    wa_runtime.send(Reply("Your 1 task", to=TARGET, attachment=export))
    (upload,) = graph.uploads
    # WhatsApp takes text files as text/plain; the name keeps the .csv.
    assert upload["form"]["type"] == "text/plain"
    assert upload["file"]["filename"] == "tasks.csv" and upload["file"]["size"] == len(CSV)
    (sent,) = graph.sent
    assert sent["document"] == {
        "id": upload["id"],
        "caption": "Your 1 task",
        "filename": "tasks.csv",
    }


def test_text_over_the_caption_limit_follows_the_image(
    wa_runtime: Runtime, graph: FakeGraph
) -> None:
    text = "Load per person. " + "Ana has 4 open tasks. " * 60  # about 1,300 characters
    outbox_id = wa_runtime.send(chart_reply(wa_runtime.engine, TARGET, text))
    image, rest = graph.sent
    assert image["type"] == "image" and "caption" not in image["image"]
    assert rest["type"] == "text" and rest["text"]["body"] == text.strip()
    assert _row_of(wa_runtime, outbox_id)[0] == "sent"


def test_buttons_follow_the_image_in_their_own_message(
    wa_runtime: Runtime, graph: FakeGraph
) -> None:
    reply = chart_reply(wa_runtime.engine, TARGET, "On-time rate by week")
    wa_runtime.send(
        Reply(
            reply.text,
            to=TARGET,
            attachment=reply.attachment,
            buttons=(Button("insights:more", "More"),),
        )
    )
    image, buttons = graph.sent
    assert image["type"] == "image" and buttons["type"] == "interactive"
    assert buttons["interactive"]["body"]["text"] == "On-time rate by week"


def test_outside_the_window_the_template_goes_without_the_file(
    client: TestClient, wa_runtime: Runtime, graph: FakeGraph, clock: FixedClock
) -> None:
    post(client, p.messages_delivery(p.text("stats")))
    clock.advance(timedelta(hours=25))
    graph.reset()
    chart = chart_reply(wa_runtime.engine, TARGET, "Weekly review: 12 done")
    templated = Reply(
        chart.text,
        to=TARGET,
        attachment=chart.attachment,
        template=Template("weekly_review", "en_US", ("12",)),
    )
    outbox_id = wa_runtime.send(templated)
    (sent,) = graph.sent
    assert sent["type"] == "template" and graph.uploads == []
    assert _row_of(wa_runtime, outbox_id)[0] == "sent"


def test_an_upload_refused_fails_for_good_with_metas_words(
    wa_runtime: Runtime, graph: FakeGraph
) -> None:
    graph.fail_media(400, on="upload")
    outbox_id = wa_runtime.send(chart_reply(wa_runtime.engine, TARGET))
    status, attempts, error = _row_of(wa_runtime, outbox_id)
    assert (status, attempts) == ("failed", 1)
    assert error is not None and "code 100" in error and "Invalid parameter" in error
    assert [r.path for r in graph.requests] == [UPLOAD] and graph.sent == []


@pytest.mark.parametrize("status", [429, 500])
def test_an_upload_rate_limited_or_failing_is_retried(
    wa_runtime: Runtime, graph: FakeGraph, clock: FixedClock, status: int
) -> None:
    graph.fail_media(status, on="upload")
    outbox_id = wa_runtime.send(chart_reply(wa_runtime.engine, TARGET))
    assert _row_of(wa_runtime, outbox_id)[0] == "retrying"
    clock.advance(timedelta(seconds=15))  # past the backoff: the sweep sends it again
    wa_runtime.tick()
    assert [(r.path, r.status) for r in graph.requests] == [
        (UPLOAD, status),
        (UPLOAD, 200),
        (MESSAGES, 200),
    ]
    assert _row_of(wa_runtime, outbox_id)[:2] == ("sent", 2)


def test_a_retry_after_the_image_went_sends_only_the_rest(graph: FakeGraph) -> None:
    client = GraphClient(api_url=graph.url, api_version=VERSION, access_token=TOKEN)
    connector = WhatsAppConnector(client=client, phone_number_ids=[p.NUMBER])
    text = "Open tasks by age. " + "Priya: 3 over a week. " * 60
    chart = Attachment("image", "f1", "age.png", "image/png", data=png())
    graph.fail(500, after=1)
    with pytest.raises(SendError) as caught:
        connector.send(TARGET, Reply(text, attachment=chart), outbox_id=4)
    assert caught.value.retry_after is not None
    connector.send(TARGET, Reply(text, attachment=chart), outbox_id=4)
    assert [r.path for r in graph.requests] == [UPLOAD, MESSAGES, MESSAGES, MESSAGES]
    assert [b["type"] for b in graph.sent] == ["image", "text"]


def test_a_file_whatsapp_cannot_take_is_refused_before_any_upload(graph: FakeGraph) -> None:
    client = GraphClient(api_url=graph.url, api_version=VERSION, access_token=TOKEN)
    connector = WhatsAppConnector(client=client, phone_number_ids=[p.NUMBER])
    svg = Attachment("image", "f2", "load.svg", "image/svg+xml", data=b"<svg/>")
    with pytest.raises(SendError) as caught:
        connector.send(TARGET, Reply("Load", attachment=svg), outbox_id=5)
    assert caught.value.retry_after is None and "image/svg+xml" in str(caught.value)
    assert graph.requests == []
