"""Slack files: what a message's `files[]` name (Events API `file_share`), and how their bytes
are fetched with the workspace's bot token, against the fake Web API's file host."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import example, given
from hypothesis import settings as run
from hypothesis import strategies as st

from flowhub.connectors import DownloadError, Event, MediaRef
from flowhub.connectors.slack import SlackConnector
from flowhub.connectors.slack.files import download_file
from flowhub.connectors.slack.parse import MalformedPayload, message_event
from tests.auxil.fake_slack import BOT_TOKEN, FakeSlack
from tests.connectors.slack import payloads as p

PDF = b"%PDF-1.4\n" + b"TODO: book the venue\n" * 40 + b"%%EOF\n"
WEBM = b"\x1aE\xdf\xa3" + bytes(range(256)) * 4


def parse(event: dict[str, Any]) -> Event:
    return message_event(p.event_callback(event), readable=lambda text: text, sender_name="Ana")


def shared(text: str, *files: dict[str, Any]) -> dict[str, Any]:
    return p.dm(text, subtype="file_share", files=list(files), upload=False)


def refs_of(event: Event) -> list[MediaRef | None]:
    return [MediaRef.from_raw(raw) for raw in event.raw.get("media_refs", [])]


# -------------------------------------------------------------------------------- parse


def test_a_file_with_text_beside_it_stays_text_and_names_the_file(fake: FakeSlack) -> None:
    item = fake.add_file("minutes.pdf", PDF, "application/pdf")
    event = parse(shared("minutes from today", item))
    assert (event.kind, event.text, event.raw["media"]) == ("text", "minutes from today", "file")
    assert MediaRef.from_raw(event.raw["media_ref"]) == MediaRef(
        kind="document",
        ref=item["url_private_download"],
        mime="application/pdf",
        name="minutes.pdf",
        size=len(PDF),
    )


def test_a_file_alone_is_media(fake: FakeSlack) -> None:
    item = fake.add_file("board.png", b"\x89PNG", "image/png")
    event = parse(shared("", item))
    assert event.kind == "media"
    ref = MediaRef.from_raw(event.raw["media_ref"])
    assert ref is not None and (ref.kind, ref.name) == ("image", "board.png")


def test_an_audio_clip_is_a_voice_note(fake: FakeSlack) -> None:
    item = fake.add_file("audio_message.webm", WEBM, "audio/webm", subtype="slack_audio")
    ref = MediaRef.from_raw(parse(shared("", item)).raw["media_ref"])
    assert ref is not None and (ref.kind, ref.voice, ref.mime) == ("audio", True, "audio/webm")


def test_every_readable_file_is_named_in_order_and_the_rest_are_skipped(
    fake: FakeSlack,
) -> None:
    clip = fake.add_file("clip.mp4", b"v", "video/mp4", subtype="slack_video")
    pdf = fake.add_file("minutes.pdf", PDF, "application/pdf")
    gone = {**fake.add_file("old.pdf", PDF, "application/pdf"), "mode": "tombstone"}
    connect = fake.behind_file_info(fake.add_file("plan.pdf", PDF, "application/pdf"))
    notes = fake.add_file("notes.txt", b"call Bob", "text/plain")
    event = parse(shared("", clip, pdf, gone, connect, notes))
    refs = [ref.ref if ref.name == "" else ref.name for ref in refs_of(event) if ref is not None]
    assert refs == ["minutes.pdf", connect["id"], "notes.txt"]
    assert event.raw["media_ref"] == event.raw["media_refs"][0]


def test_a_file_without_a_mimetype_is_known_by_its_filetype(fake: FakeSlack) -> None:
    photo = {**fake.add_file("board.png", b"\x89PNG", "image/png"), "mimetype": ""}
    clip = {**fake.add_file("clip.mov", b"v", "video/quicktime"), "mimetype": ""}
    [ref] = refs_of(parse(shared("", photo, clip)))
    assert ref is not None and (ref.kind, ref.mime) == ("image", "image/png")


def test_a_message_with_only_unreadable_files_names_none(fake: FakeSlack) -> None:
    clip = fake.add_file("clip.mp4", b"v", "video/mp4", subtype="slack_video")
    event = parse(shared("", clip))
    assert event.kind == "media" and "media_ref" not in event.raw


# -------------------------------------------------------------------------------- download


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with httpx.Client() as client:
        yield client


def ref(item: dict[str, Any], **changes: Any) -> MediaRef:
    fields: dict[str, Any] = {
        "kind": "document",
        "ref": item["url_private_download"],
        "mime": item["mimetype"],
        "name": item["name"],
        "size": item["size"],
    }
    return MediaRef(**(fields | changes))


def get(fake: FakeSlack, http: httpx.Client, item_ref: MediaRef, **options: Any) -> bytes:
    return download_file(
        http,
        token=options.pop("token", BOT_TOKEN),
        api_url=fake.api_url,
        ref=item_ref,
        max_bytes=options.pop("max_bytes", 10_000),
    )


def test_the_connector_fetches_with_the_workspaces_token(
    fake: FakeSlack, slack: SlackConnector
) -> None:
    item = fake.add_file("minutes.pdf", PDF, "application/pdf")
    assert slack.download(p.TEAM, ref(item), max_bytes=10_000) == PDF
    assert fake.file_tokens == [BOT_TOKEN]


def test_a_slack_connect_file_is_looked_up_then_fetched(
    fake: FakeSlack, slack: SlackConnector
) -> None:
    connect = fake.behind_file_info(fake.add_file("minutes.pdf", PDF, "application/pdf"))
    [found] = refs_of(parse(shared("", connect)))
    assert found == MediaRef(kind="document", ref=connect["id"])
    assert slack.download(p.TEAM, found, max_bytes=10_000) == PDF
    assert [c.params["file"] for c in fake.calls_to("files.info")] == [connect["id"]]
    assert fake.file_tokens == [BOT_TOKEN]


def test_a_slack_connect_file_over_the_cap_is_refused_after_the_look_up(
    fake: FakeSlack, slack: SlackConnector
) -> None:
    connect = fake.behind_file_info(fake.add_file("minutes.pdf", PDF, "application/pdf"))
    with pytest.raises(DownloadError) as caught:
        slack.download(p.TEAM, MediaRef(kind="document", ref=connect["id"]), max_bytes=100)
    assert caught.value.too_big and fake.file_tokens == []


@pytest.mark.parametrize(
    ("status", "error", "retry"), [(200, "file_not_found", False), (429, "ratelimited", True)]
)
def test_a_refused_look_up_says_whether_to_try_again(
    fake: FakeSlack, slack: SlackConnector, status: int, error: str, retry: bool
) -> None:
    connect = fake.behind_file_info(fake.add_file("minutes.pdf", PDF, "application/pdf"))
    fake.fail_next("files.info", status=status, error=error, retry_after=3)
    with pytest.raises(DownloadError, match=r"files\.info") as caught:
        slack.download(p.TEAM, MediaRef(kind="document", ref=connect["id"]), max_bytes=10_000)
    assert (caught.value.retry_after is not None) is retry and fake.file_tokens == []


def test_no_token_for_the_workspace_fetches_nothing(fake: FakeSlack, http: httpx.Client) -> None:
    item = fake.add_file("minutes.pdf", PDF, "application/pdf")
    with pytest.raises(DownloadError, match="no bot token"):
        get(fake, http, ref(item), token=None)
    assert fake.file_tokens == []


def test_url_private_works_too(fake: FakeSlack, http: httpx.Client) -> None:
    item = fake.add_file("minutes.pdf", PDF, "application/pdf")
    assert get(fake, http, ref(item, ref=item["url_private"])) == PDF


def test_a_wrong_token_gets_the_sign_in_page_which_is_an_error(
    fake: FakeSlack, http: httpx.Client
) -> None:
    item = fake.add_file("minutes.pdf", PDF, "application/pdf")
    with pytest.raises(DownloadError, match="sign-in page") as caught:
        get(fake, http, ref(item), token="xoxb-someone-else")
    assert caught.value.retry_after is None


def test_a_declared_size_over_the_cap_is_refused_without_a_request(
    fake: FakeSlack, http: httpx.Client
) -> None:
    item = fake.add_file("big.pdf", PDF, "application/pdf", size=30_000_000)
    with pytest.raises(DownloadError) as caught:
        get(fake, http, ref(item), max_bytes=25_000_000)
    assert caught.value.too_big and fake.file_tokens == []


def test_bytes_past_the_cap_stop_the_download(fake: FakeSlack, http: httpx.Client) -> None:
    item = fake.add_file("liar.pdf", PDF * 10, "application/pdf", size=10)
    with pytest.raises(DownloadError) as caught:
        get(fake, http, ref(item), max_bytes=1_000)
    assert caught.value.too_big


def test_a_deleted_file_is_final(fake: FakeSlack, http: httpx.Client) -> None:
    item = fake.add_file("minutes.pdf", PDF, "application/pdf")
    missing = item["url_private_download"].replace(item["id"], "F000000999")
    with pytest.raises(DownloadError) as caught:
        get(fake, http, ref(item, ref=missing))
    assert caught.value.retry_after is None and "not found" in str(caught.value)


def test_a_rate_limit_says_when_to_try_again(fake: FakeSlack, http: httpx.Client) -> None:
    item = fake.add_file("minutes.pdf", PDF, "application/pdf")
    fake.fail_next("files", status=429, retry_after=12)
    with pytest.raises(DownloadError) as caught:
        get(fake, http, ref(item))
    assert caught.value.retry_after == 12.0
    assert get(fake, http, ref(item)) == PDF


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example.com/files-pri/T111-F1/download/x.pdf",
        "http://files.slack.com/files-pri/T111-F1/download/x.pdf",
        "https://files.slack.com.evil.example/x.pdf",
        "https://user:pw@files.slack.com/x.pdf",
    ],
)
def test_a_url_off_slacks_file_host_is_never_fetched(
    fake: FakeSlack, http: httpx.Client, url: str
) -> None:
    item = fake.add_file("x.pdf", PDF, "application/pdf")
    with pytest.raises(DownloadError, match="outside Slack"):
        get(fake, http, ref(item, ref=url))


def test_a_redirect_elsewhere_is_not_followed_and_the_token_stays_home(
    fake: FakeSlack, http: httpx.Client
) -> None:
    item = fake.add_file("x.pdf", PDF, "application/pdf")
    elsewhere = fake.add_file("other.pdf", b"%PDF-other", "application/pdf")
    fake.redirect_file(item, "https://cdn.example.net/x.pdf")
    with pytest.raises(DownloadError, match=r"redirect to cdn\.example\.net"):
        get(fake, http, ref(item))
    fake.redirect_file(item, elsewhere["url_private_download"])
    assert get(fake, http, ref(item)) == b"%PDF-other"
    assert fake.file_tokens == [BOT_TOKEN, BOT_TOKEN, BOT_TOKEN]


# -------------------------------------------------------------------------------- hostile payloads

HOSTILE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.text(max_size=40),
    st.lists(st.integers(), max_size=3),
)
_FIELDS = ("url_private", "url_private_download", "mimetype", "name", "size", "subtype", "mode")


@run(max_examples=80, deadline=None)
@given(
    files=st.one_of(
        HOSTILE,
        st.lists(
            st.one_of(HOSTILE, st.fixed_dictionaries({}, optional=dict.fromkeys(_FIELDS, HOSTILE))),
            max_size=4,
        ),
    )
)
@example(files=[{"mode": []}])
def test_any_files_list_parses_or_is_refused_and_each_ref_round_trips(files: Any) -> None:
    try:
        event = parse(p.dm("", subtype="file_share", files=files))
    except MalformedPayload:
        return
    for raw in event.raw.get("media_refs", []):
        ref = MediaRef.from_raw(raw)
        assert ref is not None and ref.to_raw() == raw and ref.ref
    json.dumps(dict(event.raw))
