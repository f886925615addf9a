"""Telegram files: what an Update names (Bot API `Message`) and how the bytes are fetched
(`getFile`, then `/file/bot<token>/<file_path>`), against the fake Bot API."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import settings as run
from hypothesis import strategies as st

from flowhub.connectors import DownloadError, Event, MediaRef
from flowhub.connectors.telegram import (
    BotIdentity,
    MalformedUpdate,
    TelegramConnector,
    parse_update,
)
from tests.auxil.fake_telegram import FakeTelegram
from tests.conftest import FIXED_NOW
from tests.connectors.telegram import updates
from tests.connectors.telegram.conftest import TOKEN

BOT = BotIdentity(id="123456", username="FlowHubBot")
OGG = b"OggS" + bytes(range(256)) * 4
PDF = b"%PDF-1.4\n" + b"action: send the deck\n" * 50 + b"%%EOF\n"


def parse(update: Any, **options: Any) -> Event:
    return parse_update(update, bot=BOT, now=FIXED_NOW, **options)


def ref_of(event: Event) -> MediaRef | None:
    return MediaRef.from_raw(event.raw.get("media_ref"))


def sizes(*files: tuple[str, int, int | None]) -> list[dict[str, Any]]:
    out = []
    for file_id, side, size in files:
        item: dict[str, Any] = {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "width": side,
            "height": side,
        }
        if size is not None:
            item["file_size"] = size
        out.append(item)
    return out


# -------------------------------------------------------------------------------- parse


def test_a_photo_names_its_largest_size_and_keeps_the_caption() -> None:
    update = updates.message(
        20,
        None,
        photo=sizes(("small", 90, 1_000), ("big", 1280, 200_000), ("mid", 320, 20_000)),
        caption="whiteboard from standup",
    )
    event = parse(update)
    assert (event.kind, event.text, event.raw["media"]) == (
        "text",
        "whiteboard from standup",
        "photo",
    )
    assert ref_of(event) == MediaRef(kind="image", ref="big", mime="image/jpeg", size=200_000)


def test_a_photo_takes_the_largest_size_under_the_cap_or_else_the_largest() -> None:
    photo = sizes(("small", 90, 1_000), ("mid", 320, 20_000), ("big", 2560, 9_000_000))
    under = ref_of(parse(updates.message(21, None, photo=photo), photo_cap=100_000))
    assert under is not None and under.ref == "mid"
    none_fit = ref_of(parse(updates.message(22, None, photo=photo), photo_cap=10))
    assert none_fit is not None and none_fit.ref == "big"


def test_a_voice_note_is_audio_marked_as_voice() -> None:
    voice = {
        "file_id": "VOICE1",
        "file_unique_id": "v1",
        "duration": 4,
        "mime_type": "audio/ogg",
        "file_size": 7_000,
    }
    event = parse(updates.message(23, None, voice=voice))
    assert (event.kind, event.raw["media"]) == ("media", "voice")
    assert ref_of(event) == MediaRef(
        kind="audio", ref="VOICE1", mime="audio/ogg", size=7_000, voice=True
    )


def test_an_audio_file_and_a_document_keep_their_names() -> None:
    audio = {
        "file_id": "AUD1",
        "file_unique_id": "a1",
        "duration": 60,
        "file_name": "standup.m4a",
        "mime_type": "audio/mp4",
    }
    assert ref_of(parse(updates.message(24, None, audio=audio))) == MediaRef(
        kind="audio", ref="AUD1", mime="audio/mp4", name="standup.m4a"
    )
    document = {
        "file_id": "DOC1",
        "file_unique_id": "d1",
        "file_name": "minutes.pdf",
        "mime_type": "application/pdf",
        "file_size": 52_000,
    }
    event = parse(updates.message(25, None, document=document, caption="minutes"))
    assert (event.kind, event.text) == ("text", "minutes")
    assert ref_of(event) == MediaRef(
        kind="document", ref="DOC1", mime="application/pdf", name="minutes.pdf", size=52_000
    )


@pytest.mark.parametrize(
    "extra",
    [
        {"video": {"file_id": "V", "file_unique_id": "v", "width": 1, "height": 1, "duration": 1}},
        {"video_note": {"file_id": "N", "file_unique_id": "n", "length": 1, "duration": 1}},
        {
            "sticker": {
                "file_id": "S",
                "file_unique_id": "s",
                "type": "regular",
                "width": 1,
                "height": 1,
                "is_animated": False,
                "is_video": False,
            }
        },
        {
            "animation": {
                "file_id": "G",
                "file_unique_id": "g",
                "width": 1,
                "height": 1,
                "duration": 1,
            },
            "document": {"file_id": "G", "file_unique_id": "g", "mime_type": "video/mp4"},
        },
    ],
)
def test_video_notes_animations_and_stickers_stay_as_today(extra: dict[str, Any]) -> None:
    event = parse(updates.message(26, None, **extra))
    assert event.kind == "media" and "media_ref" not in event.raw


# -------------------------------------------------------------------------------- download


@pytest.fixture
def connector(fake: FakeTelegram) -> Iterator[TelegramConnector]:
    telegram = TelegramConnector(token=TOKEN, api_url=fake.api_url)
    yield telegram
    telegram.close()


def voice_ref(file_id: str = "VOICE1", size: int | None = None) -> MediaRef:
    return MediaRef(kind="audio", ref=file_id, mime="audio/ogg", size=size, voice=True)


def test_download_gets_the_path_then_the_bytes(
    connector: TelegramConnector, fake: FakeTelegram
) -> None:
    path = fake.add_file("VOICE1", OGG, path="voice/file_7.oga")
    assert connector.download(connector.bot_id, voice_ref(), max_bytes=10_000) == OGG
    [get_file] = fake.calls_to("getFile")
    assert get_file.params["file_id"] == "VOICE1"
    assert [c.params["path"] for c in fake.calls_to("file")] == [path]


def test_a_declared_size_over_the_cap_is_refused_without_a_call(
    connector: TelegramConnector, fake: FakeTelegram
) -> None:
    with pytest.raises(DownloadError) as caught:
        connector.download(connector.bot_id, voice_ref(size=5_000), max_bytes=1_000)
    assert caught.value.too_big and fake.calls_to("getFile") == []


def test_a_file_over_twenty_megabytes_is_too_big_for_a_bot(
    connector: TelegramConnector, fake: FakeTelegram
) -> None:
    fake.add_file("HUGE", b"x", file_size=21 * 1024 * 1024)
    with pytest.raises(DownloadError) as caught:
        connector.download(connector.bot_id, voice_ref("HUGE"), max_bytes=25 * 1024 * 1024)
    assert caught.value.too_big


def test_bytes_past_the_cap_stop_the_download(
    connector: TelegramConnector, fake: FakeTelegram
) -> None:
    fake.add_file("LIAR", PDF * 10, file_size=10)
    with pytest.raises(DownloadError) as caught:
        connector.download(connector.bot_id, voice_ref("LIAR"), max_bytes=2_000)
    assert caught.value.too_big


def test_an_unknown_file_id_is_final(connector: TelegramConnector, fake: FakeTelegram) -> None:
    with pytest.raises(DownloadError) as caught:
        connector.download(connector.bot_id, voice_ref("GONE"), max_bytes=10_000)
    assert caught.value.retry_after is None and not caught.value.too_big


def test_a_file_gone_from_its_path_is_final(
    connector: TelegramConnector, fake: FakeTelegram
) -> None:
    fake.add_file("VOICE1", OGG)
    fake.fail_next("file", 404, description="Not Found")
    with pytest.raises(DownloadError) as caught:
        connector.download(connector.bot_id, voice_ref(), max_bytes=10_000)
    assert caught.value.retry_after is None and "not found" in str(caught.value)


def test_the_download_needs_the_bot_token(fake: FakeTelegram) -> None:
    fake.add_file("VOICE1", OGG)
    telegram = TelegramConnector(token="123456:WRONG", api_url=fake.api_url)
    try:
        with pytest.raises(DownloadError) as caught:
            telegram.download(telegram.bot_id, voice_ref(), max_bytes=10_000)
    finally:
        telegram.close()
    assert caught.value.retry_after is None
    assert fake.calls_to("file") == []


@pytest.mark.parametrize("method", ["getFile", "file"])
def test_a_rate_limit_says_when_to_try_again(
    connector: TelegramConnector, fake: FakeTelegram, method: str
) -> None:
    fake.add_file("VOICE1", OGG)
    connector.identity()  # getMe first, so the scripted failure meets the download
    fake.fail_next(method, 429, retry_after=9)
    with pytest.raises(DownloadError) as caught:
        connector.download(connector.bot_id, voice_ref(), max_bytes=10_000)
    assert caught.value.retry_after == 9.0
    assert connector.download(connector.bot_id, voice_ref(), max_bytes=10_000) == OGG


@pytest.mark.parametrize(
    "path", ["../../bot123456:TEST-token_abc/getMe", "voice/../../x", "/etc/passwd"]
)
def test_a_path_that_leaves_the_file_url_is_refused(
    connector: TelegramConnector, fake: FakeTelegram, path: str
) -> None:
    fake.add_file("EVIL", OGG, path=path)
    with pytest.raises(DownloadError, match="outside"):
        connector.download(connector.bot_id, voice_ref("EVIL"), max_bytes=10_000)
    assert fake.calls_to("file") == []


def test_another_bots_file_is_refused(connector: TelegramConnector) -> None:
    with pytest.raises(DownloadError, match="not this one"):
        connector.download("999", voice_ref(), max_bytes=10_000)


# -------------------------------------------------------------------------------- hostile payloads

HOSTILE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False),
    st.text(max_size=40),
    st.lists(st.integers(), max_size=3),
)
_FIELDS = ("file_id", "file_unique_id", "file_name", "mime_type", "file_size", "duration")


@run(max_examples=80, deadline=None)
@given(
    media=st.sampled_from(["voice", "audio", "document", "photo"]),
    item=st.fixed_dictionaries({}, optional=dict.fromkeys(_FIELDS, HOSTILE)),
    caption=st.one_of(st.none(), st.text(max_size=20)),
)
@example(media="voice", item={"file_id": None, "file_size": False}, caption=None)
def test_any_file_object_parses_or_is_refused_and_its_ref_round_trips(
    media: str, item: dict[str, Any], caption: str | None
) -> None:
    extra: dict[str, Any] = {media: [item] if media == "photo" else item}
    if caption is not None:
        extra["caption"] = caption
    try:
        event = parse(updates.message(30, None, **extra))
    except MalformedUpdate:
        return
    raw = event.raw.get("media_ref")
    if raw is not None:
        ref = MediaRef.from_raw(raw)
        assert ref is not None and ref.to_raw() == raw
    json.dumps(dict(event.raw))
