"""WhatsApp files: what a webhook names (PLATFORMS.md 1.4) and how the bytes are fetched (1.6)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import settings as run
from hypothesis import strategies as st

from flowhub.connectors import DownloadError, Event, MediaRef
from flowhub.connectors.whatsapp import PayloadError, WhatsAppConnector, parse_webhook
from flowhub.connectors.whatsapp.client import GraphClient
from flowhub.connectors.whatsapp.media import download_media
from flowhub.settings import Settings
from tests.auxil.fake_graph import TOKEN, VERSION, FakeGraph
from tests.connectors.whatsapp import payloads as p

PDF = b"%PDF-1.4\n" + b"minutes " * 200 + b"\n%%EOF\n"
OGG = b"OggS" + bytes(range(256)) * 8


def one(message: dict[str, Any]) -> Event:
    [event] = parse_webhook(p.delivery(p.value(message))).events
    return event


def ref_of(event: Event) -> MediaRef | None:
    return MediaRef.from_raw(event.raw.get("media_ref"))


# -------------------------------------------------------------------------------- parse


def test_a_captioned_image_stays_text_and_names_its_file() -> None:
    event = one(p.media("image", caption="whiteboard from standup"))
    assert (event.kind, event.text, event.raw["media"]) == (
        "text",
        "whiteboard from standup",
        "image",
    )
    assert ref_of(event) == MediaRef(kind="image", ref="2754859441", mime="image/jpeg")


def test_a_document_keeps_its_filename() -> None:
    event = one(p.media("document"))
    assert event.kind == "media"
    assert ref_of(event) == MediaRef(
        kind="document", ref="2754859441", mime="application/pdf", name="minutes.pdf"
    )


def test_a_voice_note_is_audio_marked_as_voice() -> None:
    message = p.media("audio")
    message["audio"]["voice"] = True
    ref = ref_of(one(message))
    assert ref is not None and (ref.kind, ref.voice, ref.mime) == (
        "audio",
        True,
        "audio/ogg; codecs=opus",
    )
    assert ref_of(one(p.media("audio"))) == MediaRef(
        kind="audio", ref="2754859441", mime="audio/ogg; codecs=opus"
    )


def test_a_photo_sent_as_a_document_is_read_as_an_image() -> None:
    message = p.media("document")
    message["document"].update(mime_type="image/png", filename="scan.png", file_size=2048)
    assert ref_of(one(message)) == MediaRef(
        kind="image", ref="2754859441", mime="image/png", name="scan.png", size=2048
    )


@pytest.mark.parametrize("kind", ["video", "sticker"])
def test_video_and_stickers_are_only_noted(kind: str) -> None:
    event = one(p.media(kind))
    assert event.raw["media"] == kind and "media_ref" not in event.raw


def test_a_media_object_without_an_id_is_still_noted() -> None:
    message = p.media("image")
    del message["image"]["id"]
    event = one(message)
    assert event.kind == "media" and "media_ref" not in event.raw


# -------------------------------------------------------------------------------- download


@pytest.fixture
def connector(settings: Settings, graph: FakeGraph) -> Iterator[WhatsAppConnector]:
    wa = WhatsAppConnector.from_settings(settings)
    yield wa
    wa.close()


def image_ref(media_id: str = "2754859441") -> MediaRef:
    return MediaRef(kind="document", ref=media_id, mime="application/pdf", name="minutes.pdf")


def test_download_asks_for_a_fresh_url_then_fetches_with_the_token(
    connector: WhatsAppConnector, graph: FakeGraph
) -> None:
    graph.add_media("2754859441", PDF, "application/pdf")
    assert connector.download(p.NUMBER, image_ref(), max_bytes=10_000) == PDF
    lookup, fetch = graph.requests
    assert lookup.path == f"/{VERSION}/2754859441" and lookup.status == 200
    assert set(lookup.answer) == {
        "messaging_product",
        "url",
        "mime_type",
        "sha256",
        "file_size",
        "id",
    }
    assert fetch.path == "/whatsapp_business/attachments/" and fetch.status == 200
    assert lookup.authorization == fetch.authorization == f"Bearer {TOKEN}"


def test_each_download_gets_a_new_url_so_an_expired_one_never_matters(
    connector: WhatsAppConnector, graph: FakeGraph
) -> None:
    graph.add_media("77", OGG, "audio/ogg")
    stale = graph.media_url("77", expires=time.time() - 1)
    assert httpx.get(stale, headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 404
    assert connector.download(p.NUMBER, image_ref("77"), max_bytes=10_000) == OGG
    assert connector.download(p.NUMBER, image_ref("77"), max_bytes=10_000) == OGG
    lookups = [r for r in graph.requests if r.path == f"/{VERSION}/77"]
    assert len(lookups) == 2


def test_a_declared_size_over_the_cap_is_refused_before_the_download(
    connector: WhatsAppConnector, graph: FakeGraph
) -> None:
    graph.add_media("88", PDF, "application/pdf", file_size=50_000_000)
    with pytest.raises(DownloadError) as caught:
        connector.download(p.NUMBER, image_ref("88"), max_bytes=16_000_000)
    assert caught.value.too_big and caught.value.retry_after is None
    assert [r.path for r in graph.requests] == [f"/{VERSION}/88"]


def test_bytes_past_the_cap_stop_the_download_whatever_was_declared(
    connector: WhatsAppConnector, graph: FakeGraph
) -> None:
    graph.add_media("89", PDF * 20, "application/pdf", file_size=10)
    with pytest.raises(DownloadError) as caught:
        connector.download(p.NUMBER, image_ref("89"), max_bytes=1_000)
    assert caught.value.too_big


def test_bytes_that_do_not_match_the_sha256_are_refused(
    connector: WhatsAppConnector, graph: FakeGraph
) -> None:
    graph.add_media("90", PDF, "application/pdf", sha256="ab" * 32)
    with pytest.raises(DownloadError, match="sha256"):
        connector.download(p.NUMBER, image_ref("90"), max_bytes=10_000)


def test_an_unknown_or_expired_media_id_is_final(
    connector: WhatsAppConnector, graph: FakeGraph
) -> None:
    with pytest.raises(DownloadError) as caught:
        connector.download(p.NUMBER, image_ref("404404"), max_bytes=10_000)
    assert caught.value.retry_after is None and not caught.value.too_big
    assert "does not exist" in str(caught.value)


def test_the_lookup_and_the_file_need_the_token(graph: FakeGraph) -> None:
    graph.add_media("91", PDF, "application/pdf")
    client = GraphClient(api_url=graph.url, api_version=VERSION, access_token="wrong")
    with pytest.raises(DownloadError) as caught:
        download_media(client, api_url=graph.url, media_id="91", max_bytes=10_000)
    assert caught.value.retry_after is None
    unsigned = httpx.get(graph.media_url("91"))
    assert unsigned.status_code == 401


@pytest.mark.parametrize("on", ["lookup", "download"])
def test_a_rate_limit_says_when_to_try_again(
    connector: WhatsAppConnector, graph: FakeGraph, on: str
) -> None:
    graph.add_media("92", PDF, "application/pdf")
    graph.fail_media(429, on=on, retry_after=7)
    with pytest.raises(DownloadError) as caught:
        connector.download(p.NUMBER, image_ref("92"), max_bytes=10_000)
    assert caught.value.retry_after == 7.0
    assert connector.download(p.NUMBER, image_ref("92"), max_bytes=10_000) == PDF


def test_a_server_error_may_be_retried(connector: WhatsAppConnector, graph: FakeGraph) -> None:
    graph.add_media("93", PDF, "application/pdf")
    graph.fail_media(503, on="download")
    with pytest.raises(DownloadError) as caught:
        connector.download(p.NUMBER, image_ref("93"), max_bytes=10_000)
    assert caught.value.retry_after is not None


def test_a_url_outside_metas_hosts_is_never_fetched(graph: FakeGraph) -> None:
    """The lookup answered by the fake points at the fake; a real base refuses that host."""
    graph.add_media("94", PDF, "application/pdf")
    client = GraphClient(api_url=graph.url, api_version=VERSION, access_token=TOKEN)
    with pytest.raises(DownloadError, match="outside Meta"):
        download_media(
            client, api_url="https://graph.facebook.com", media_id="94", max_bytes=10_000
        )
    assert [r.path for r in graph.requests] == [f"/{VERSION}/94"]


def test_a_timeout_may_be_retried(graph: FakeGraph) -> None:
    graph.add_media("95", PDF, "application/pdf")
    graph.hang(0.5)
    client = GraphClient(api_url=graph.url, api_version=VERSION, access_token=TOKEN, timeout=0.1)
    try:
        with pytest.raises(DownloadError) as caught:
            download_media(client, api_url=graph.url, media_id="95", max_bytes=10_000)
    finally:
        graph.hang(0)
    assert caught.value.retry_after == 0.0


def test_a_number_this_deployment_does_not_serve_is_refused(
    connector: WhatsAppConnector,
) -> None:
    with pytest.raises(DownloadError, match="not configured"):
        connector.download(p.STRANGER_NUMBER, image_ref(), max_bytes=10_000)


@pytest.mark.parametrize("media_id", ["../messages", "a/b", "", "x" * 200])
def test_a_media_id_that_is_not_one_is_refused(connector: WhatsAppConnector, media_id: str) -> None:
    with pytest.raises(DownloadError):
        connector.download(p.NUMBER, image_ref(media_id), max_bytes=10_000)


# -------------------------------------------------------------------------------- hostile payloads

HOSTILE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True),
    st.text(max_size=40),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


@run(max_examples=80, deadline=None)
@given(
    kind=st.sampled_from(["image", "audio", "document", "video", "sticker"]),
    media=st.fixed_dictionaries(
        {},
        optional={
            key: HOSTILE
            for key in ("id", "mime_type", "filename", "file_size", "voice", "caption", "sha256")
        },
    ),
)
def test_any_media_object_parses_or_is_refused_and_its_ref_round_trips(
    kind: str, media: dict[str, Any]
) -> None:
    message = p.media(kind)
    message[kind] = media
    try:
        events = parse_webhook(p.delivery(p.value(message))).events
    except PayloadError:
        return
    for event in events:
        raw = event.raw.get("media_ref")
        if raw is not None:
            ref = MediaRef.from_raw(raw)
            assert ref is not None and ref.to_raw() == raw and ref.ref
        json.dumps(dict(event.raw), allow_nan=True)
