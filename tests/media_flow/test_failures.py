"""A file that can't be read gets one specific reply, loses nothing, and “try again” reads it."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from flowhub.bot.clock import FixedClock
from flowhub.bot.runtime import Runtime
from flowhub.connectors import DownloadError, MediaRef
from flowhub.storage import MediaItem, session_scope
from tests.conftest import ChatFactory
from tests.media_flow.files import FileConsole, picture, send_file

MB = 1024 * 1024


def _items(runtime: Runtime) -> list[MediaItem]:
    with session_scope(runtime.engine) as session:
        return list(session.exec(select(MediaItem).order_by(MediaItem.id)))  # type: ignore[arg-type]


def test_a_file_over_the_cap_is_refused_without_downloading(
    chat_as: ChatFactory, runtime: Runtime, console: FileConsole
) -> None:
    ana = chat_as("ana", "Ana")
    ref = MediaRef("document", "big-1", "application/pdf", "minutes.pdf", size=31 * MB)
    shown = send_file(ana, ref)
    assert len(shown) == 1 and "31 MB" in shown[0].text and "25 MB" in shown[0].text
    assert console.downloads == []
    (item,) = _items(runtime)
    assert (item.status, item.reason) == ("failed", "too_big")


def test_bytes_that_are_not_what_they_claim_are_refused(
    chat_as: ChatFactory, runtime: Runtime
) -> None:
    ana = chat_as("ana", "Ana")
    ref = MediaRef("image", "img-1", "image/jpeg", "photo.jpg")
    shown = send_file(ana, ref, b"MZ\x90\x00" + b"\x00" * 200)
    assert len(shown) == 1 and "kind it says" in shown[0].text
    assert _items(runtime)[0].reason == "wrong_type"


def test_a_download_that_fails_is_kept_and_read_on_try_again(
    chat_as: ChatFactory, runtime: Runtime, console: FileConsole
) -> None:
    ana = chat_as("ana", "Ana")
    console.failure = DownloadError("gateway timeout", retry_after=1.0)
    ref = MediaRef("image", "img-2", "image/png", "list.png")
    shown = send_file(ana, ref, picture(["call the plumber tomorrow"]))
    assert len(shown) == 1 and "download" in shown[0].text.lower()
    assert len(console.downloads) == 2  # the first try and one per retry delay
    assert _items(runtime)[0].status == "failed"

    console.failure = None
    again = ana.say("try again")
    assert "again" in again[0].text.lower()
    assert len(console.downloads) == 3
    assert _items(runtime)[0].status in ("read", "failed")
    assert _items(runtime)[0].reason != "download"


def test_someone_elses_try_again_leaves_the_file_alone(
    chat_as: ChatFactory, runtime: Runtime, console: FileConsole
) -> None:
    ana = chat_as("ana", "Ana", chat="group-team", group=True)
    sam = chat_as("sam", "Sam", chat="group-team", group=True)
    sam.say("morning all")
    console.failure = DownloadError("not found")
    ref = MediaRef("image", "img-3", "image/png", "board.png")
    shown = send_file(ana, ref, picture(["book the venue"]))
    assert len(shown) == 1  # said to the bot, so its failure is told
    console.failure = None
    sam.say("try again")
    assert len(console.downloads) == 1
    assert _items(runtime)[0].status == "failed"


def test_a_failed_file_not_said_to_the_bot_in_a_group_stays_quiet(
    chat_as: ChatFactory, runtime: Runtime, console: FileConsole
) -> None:
    ana = chat_as("ana", "Ana", chat="group-team", group=True)
    console.failure = DownloadError("not found")
    ref = MediaRef("image", "img-4", "image/png", "cat.png")
    assert send_file(ana, ref, picture(["hello"]), addressed=False) == []
    assert _items(runtime)[0].status == "failed"


def test_a_redelivered_message_reads_its_file_once(
    chat_as: ChatFactory, runtime: Runtime, console: FileConsole
) -> None:
    ana = chat_as("ana", "Ana")
    ref = MediaRef("image", "img-5", "image/jpeg", "photo.jpg")
    send_file(ana, ref, b"MZ" + b"\x00" * 100, message_id="same-1")
    send_file(ana, ref, message_id="same-1")
    assert console.downloads == ["img-5"]
    assert len(_items(runtime)) == 1


def test_a_caption_is_still_read_when_its_file_is_not(
    chat_as: ChatFactory, runtime: Runtime
) -> None:
    ana = chat_as("ana", "Ana")
    ref = MediaRef("image", "img-6", "image/jpeg", "photo.jpg")
    shown = send_file(ana, ref, b"MZ" + b"\x00" * 100, caption="call the plumber tomorrow")
    assert any("plumber" in s.text.lower() and s.buttons for s in shown)
    assert any("kind it says" in s.text for s in shown)


def test_try_again_while_a_file_is_still_being_read_waits_for_it(
    chat_as: ChatFactory, runtime: Runtime, console: FileConsole
) -> None:
    ana = chat_as("ana", "Ana")
    send_file(ana, MediaRef("image", "img-7", "image/jpeg", "p.jpg"), b"MZ" + b"\x00" * 100)
    with session_scope(runtime.engine) as session:
        item = session.exec(select(MediaItem)).one()
        item.status = "pending"  # as while its reading job has not run yet
        session.add(item)
    (reply,) = ana.say("retry")
    assert "still reading" in reply.text and not reply.buttons
    assert console.downloads == ["img-7"]


def test_try_again_with_no_file_is_what_it_was_before(
    chat_as: ChatFactory, runtime: Runtime, console: FileConsole
) -> None:
    ana = chat_as("ana", "Ana")
    shown = ana.say("try again")
    assert shown and not any("file" in s.text for s in shown)
    assert console.downloads == [] and _items(runtime) == []


def test_try_again_reads_a_file_whose_reading_was_lost(
    chat_as: ChatFactory, runtime: Runtime, console: FileConsole, clock: FixedClock
) -> None:
    ana = chat_as("ana", "Ana")
    send_file(ana, MediaRef("image", "img-8", "image/jpeg", "p.jpg"), b"MZ" + b"\x00" * 100)
    with session_scope(runtime.engine) as session:
        item = session.exec(select(MediaItem)).one()
        item.status = "pending"  # its job was lost in a restart
        session.add(item)
    clock.advance(timedelta(minutes=10))
    shown = ana.say("try again")
    assert "again" in shown[0].text and any("kind it says" in s.text for s in shown)
    assert console.downloads == ["img-8", "img-8"]
