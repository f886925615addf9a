"""Every chart FlowHub draws goes out through each platform's real upload flow, byte for byte:
WhatsApp's media upload then an image message, Telegram's sendPhoto, Slack's external upload."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from slack_sdk.oauth.installation_store import FileInstallationStore

from flowhub.charts import CHARTS
from flowhub.connectors import Attachment, Reply, Target
from flowhub.connectors.slack import SlackConnector
from flowhub.connectors.slack.installation import Installations
from flowhub.connectors.telegram import TelegramConnector
from flowhub.connectors.whatsapp import WhatsAppConnector
from flowhub.connectors.whatsapp.client import GraphClient
from tests.auxil.fake_graph import TOKEN, VERSION, FakeGraph
from tests.auxil.fake_slack import BOT_TOKEN, FakeSlack
from tests.auxil.fake_telegram import FakeTelegram
from tests.charts.samples import SAMPLES
from tests.charts.words import labels

NUMBER = "106540352242922"
TELEGRAM_TOKEN = "123456:TEST-charts"


@pytest.fixture(scope="module", params=sorted(CHARTS))
def chart(request: pytest.FixtureRequest) -> Attachment:
    """One chart drawn from sample data, as a reply carries it once loaded."""
    name: str = request.param
    png = CHARTS[name](SAMPLES[name][0], labels=labels("de"), locale="de")
    assert png is not None
    return Attachment("image", "f" * 32, f"{name}.png", "image/png", data=png)


@pytest.fixture(scope="module")
def graph() -> Iterator[FakeGraph]:
    server = FakeGraph(numbers=(NUMBER,)).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def telegram() -> Iterator[FakeTelegram]:
    with FakeTelegram(token=TELEGRAM_TOKEN) as fake:
        yield fake


@pytest.fixture(scope="module")
def slack() -> Iterator[FakeSlack]:
    with FakeSlack() as fake:
        yield fake


def test_whatsapp_uploads_the_chart_and_sends_it_as_an_image(
    chart: Attachment, graph: FakeGraph
) -> None:
    graph.reset()
    client = GraphClient(api_url=graph.url, api_version=VERSION, access_token=TOKEN)
    connector = WhatsAppConnector(client=client, phone_number_ids=[NUMBER])
    try:
        connector.send(
            Target("whatsapp", NUMBER, "4915112345678"),
            Reply("Erledigt diese Woche", attachment=chart),
            outbox_id=1,
        )
    finally:
        connector.close()
    (upload,) = graph.uploads
    assert graph.media[upload["id"]].data == chart.data
    (sent,) = graph.sent
    assert sent["image"] == {"id": upload["id"], "caption": "Erledigt diese Woche"}


def test_telegram_sends_the_chart_as_a_photo(chart: Attachment, telegram: FakeTelegram) -> None:
    telegram.reset()
    connector = TelegramConnector(token=TELEGRAM_TOKEN, api_url=telegram.api_url)
    try:
        connector.send(
            Target("telegram", "123456", "42"),
            Reply("Erledigt diese Woche", attachment=chart),
            outbox_id=1,
        )
    finally:
        connector.close()
    (call,) = telegram.calls_to("sendPhoto")
    assert call.params["caption"] == "Erledigt diese Woche"
    (upload,) = telegram.sent_files.values()
    assert upload.data == chart.data and upload.filename == chart.name


def test_slack_shares_the_chart_through_the_upload_flow(
    chart: Attachment, slack: FakeSlack, tmp_path: Path
) -> None:
    slack.reset()
    store = FileInstallationStore(base_dir=str(tmp_path))
    connector = SlackConnector(
        installations=Installations(store=store, single_token=BOT_TOKEN),
        api_url=slack.api_url,
    )
    connector.send(
        Target("slack", "T111", "D111"),
        Reply("Erledigt diese Woche", attachment=chart),
        outbox_id=1,
    )
    assert [c.method for c in slack.calls] == [
        "files.getUploadURLExternal",
        "upload",
        "files.completeUploadExternal",
    ]
    (shared,) = slack.shared
    assert shared["data"] == chart.data and shared["initial_comment"] == "Erledigt diese Woche"
