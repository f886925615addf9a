"""The files people send: stored when their event is processed, then read by the `read_media` job.

The job downloads the file through its platform's connector (`MediaSource`), reads it with
`flowhub.media.read` and runs what was read through the dispatcher as the sender's message in
that chat (caption first), so a voice note is captured, answered or ignored exactly as the same
words typed would be. A failure gets one specific reply (in a group only when the file was said
to the bot) and the item stays, for “try again”.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from sqlmodel import Session

from flowhub.bot import media_caption, media_replies, media_sides, media_store
from flowhub.connectors import DownloadError, Event, MediaRef, MediaSource, Reply
from flowhub.connectors.codec import event_from_dict
from flowhub.i18n import language_of, localized, use_locale
from flowhub.media import (
    MediaError,
    Reading,
    answered,
    captions,
    max_bytes,
    media_config,
    read,
)
from flowhub.media.layout import ME
from flowhub.skills import media_side
from flowhub.skills.media_retry import AGAIN, MADE_CARDS, READ_MEDIA
from flowhub.skills.media_words import SAME_FILE
from flowhub.storage import Chat, MediaItem, Person, id_of, inbox, media, people, session_scope

if TYPE_CHECKING:
    from flowhub.bot.runtime import Runtime

log = logging.getLogger(__name__)
# What names an event's files; the words read from them come back without it, as typed text.
_FILE_KEYS = frozenset({"media_ref", "media_refs"})
# Where a message made from a file keeps the words its sender typed beside it (the caption).
OWN_WORDS = "own_words"


@dataclass(frozen=True)
class _Claimed:
    """A media item taken for one reading, with what reading it needs."""

    media_id: int
    event: Event
    ref: MediaRef
    attempts: int
    language: str | None
    owner: str
    caption: str  # the message's text, read with its first file only
    team: tuple[str, ...]  # the names of the workspace's people, who items can be given to


def stored(
    *,
    session: Session,
    event: Event,
    inbox_id: int | None,
    person: Person,
    chat: Chat,
    now: datetime,
) -> list[int]:
    """Store the files an event carries as pending media items; their ids (none: no file)."""
    if inbox_id is None or event.kind not in ("media", "text"):
        return []
    listed = event.raw.get("media_refs")
    raws = listed if isinstance(listed, list) and listed else [event.raw.get("media_ref")]
    refs = [ref for ref in map(MediaRef.from_raw, raws) if ref is not None]
    return [
        _store(session, ref, position, inbox_id=inbox_id, person=person, chat=chat, now=now)
        for position, ref in enumerate(refs)
    ]


def _store(
    session: Session,
    ref: MediaRef,
    position: int,
    *,
    inbox_id: int,
    person: Person,
    chat: Chat,
    now: datetime,
) -> int:
    return media.create_media_item(
        session=session,
        row={
            "inbox_event_id": inbox_id,
            "position": position,
            "workspace_id": person.workspace_id,
            "person_id": id_of(person),
            "chat_id": id_of(chat),
            "kind": ref.kind,
            "ref": ref.to_raw(),
            "status": "pending",
            "attempts": 0,
            "text": "",
            "pages": [],
            "items": {},
            "created_at": now,
        },
    )


def read_media(runtime: Runtime, media_id: int) -> None:
    """Read one stored file and answer what it says; a pending item is read once."""
    media_store.sweep(runtime.settings)
    claimed = _claim(runtime, media_id)
    if claimed is None:
        return
    config = media_config(runtime.settings)
    try:
        data = _fetch(runtime, claimed, config_cap=max_bytes(claimed.ref.kind, config))
        reading = read(
            data,
            kind=claimed.ref.kind,
            declared_mime=claimed.ref.mime,
            name=claimed.ref.name,
            caption=claimed.caption,
            voice=claimed.ref.voice,
            language_hint=claimed.language,
            config=config,
            owner=claimed.owner,
            team=claimed.team,
        )
    except DownloadError as exc:
        if exc.too_big:
            _failed(runtime, claimed, "too_big")
        elif exc.retry_after is not None:
            _retry_or_fail(runtime, claimed, "download", exc.retry_after)
        else:
            _failed(runtime, claimed, "download")
        return
    except MediaError as exc:
        log.info("media %s not read (%s): %s", media_id, exc.reason, exc)
        if exc.retryable:
            _retry_or_fail(runtime, claimed, exc.reason, 0.0)
        else:
            _failed(runtime, claimed, exc.reason)
        return
    media_store.keep(runtime.settings, media_id, data)
    _answer(runtime, claimed, reading)


def _claim(runtime: Runtime, media_id: int) -> _Claimed | None:
    with session_scope(runtime.engine) as session:
        item = media.get_media_item(session=session, media_id=media_id)
        if item is None or item.status != "pending":
            return None
        if not media.claim_media_item(session=session, media_id=media_id, attempts=item.attempts):
            return None
        row = inbox.get_inbox_event(session=session, event_id=item.inbox_event_id)
        ref = MediaRef.from_raw(item.ref)
        person = session.get(Person, item.person_id)
        if row is None or ref is None or person is None:
            return None
        event = event_from_dict(row.event, row.raw)
        owner = person.display_name or event.sender_name or ME
        caption = event.text if item.position == 0 else ""
        language = language_of(person.locale)
        team = people.get_workspace_people(session=session, workspace_id=person.workspace_id)
        names = tuple(p.display_name for p in team if p.display_name)
        return _Claimed(media_id, event, ref, item.attempts + 1, language, owner, caption, names)


def _fetch(runtime: Runtime, claimed: _Claimed, *, config_cap: int) -> bytes:
    """The file's bytes: kept ones, else downloaded through the event's connector."""
    kept = media_store.kept(runtime.settings, claimed.media_id)
    if kept is not None:
        return kept
    ref = claimed.ref
    if ref.size is not None and ref.size > config_cap:
        raise DownloadError(f"the file is {ref.size} bytes, over {config_cap}", too_big=True)
    if ref.kind == "audio" and not media_store.can_transcribe(runtime.settings):
        raise MediaError("transcriber_off", "no transcriber is configured")
    connector = runtime.connectors.get(claimed.event.platform)
    if not isinstance(connector, MediaSource):
        raise DownloadError(f"{claimed.event.platform} files can't be downloaded")
    return connector.download(claimed.event.account, ref, max_bytes=config_cap)


def _retry_or_fail(runtime: Runtime, claimed: _Claimed, reason: str, asked: float) -> None:
    """Try again after the next of the settings' delays, or give up after the last."""
    delays = runtime.settings.job_retry_delays
    if claimed.attempts > len(delays):
        _failed(runtime, claimed, reason)
        return
    with session_scope(runtime.engine) as session:
        item = media.get_media_item(session=session, media_id=claimed.media_id, lock=True)
        if item is None:
            return
        media.update_media_item(session=session, item=item, status="pending", reason=reason)
    delay = max(float(delays[claimed.attempts - 1]), asked)
    log.info("media %s: %s, next try in %.0f s", claimed.media_id, reason, delay)
    runtime.queue.enqueue_in(delay, READ_MEDIA, claimed.media_id)


def _failed(runtime: Runtime, claimed: _Claimed, reason: str) -> None:
    """Mark the item failed and say why; its caption, if any, is still read as a message."""
    now = runtime.clock.now()
    event = claimed.event
    with session_scope(runtime.engine) as session:
        item = media.get_media_item(session=session, media_id=claimed.media_id, lock=True)
        if item is None:
            return
        told = list(item.items.get("told", []))
        caption_read = bool(item.items.get("caption_read"))
        items = {**item.items, "told": [*told, reason], "caption_read": True}
        media.update_media_item(
            session=session, item=item, status="failed", reason=reason, items=items
        )
        replies: list[Reply] = []
        jobs: tuple[tuple[str, int], ...] = ()
        if captions.task_words(claimed.caption) and not caption_read:
            before = media_caption.mark(session)
            outcome = runtime.dispatcher.dispatch(
                session=session,
                event=_as_text(event, claimed.caption, own=claimed.caption),
                inbox_id=item.inbox_event_id,
                now=now,
            )
            replies = media_caption.captured(session, before, list(outcome.replies))
            jobs = outcome.jobs
        quiet = reason == "picture" and event.chat_kind != "direct"  # a photo shared in a group
        if (event.chat_kind == "direct" or event.addressed) and not quiet:
            person = session.get(Person, item.person_id)
            locale = person.locale if person is not None else "en"
            again = reason in told or media.count_failed(
                session=session, person_id=item.person_id, reason=reason, before_id=item.id or 0
            )
            with use_locale(locale):
                replies.append(
                    media_replies.failure(
                        reason,
                        claimed.ref,
                        again=bool(again),
                        settings=runtime.settings,
                        retried=reason in told,
                    )
                )
        outbox_ids = runtime.queue_answer(session, event, replies, item.inbox_event_id, now)
    runtime.after_answer(event, outbox_ids, jobs)


def _answer(runtime: Runtime, claimed: _Claimed, reading: Reading) -> None:
    """Keep what was read and answer it as the sender's message in that chat."""
    now = runtime.clock.now()
    event = claimed.event
    with session_scope(runtime.engine) as session:
        item = media.get_media_item(session=session, media_id=claimed.media_id, lock=True)
        if item is None:
            return
        if _seen_before(session, item, media_replies.read_text(claimed.caption, reading)):
            _same_file(runtime, claimed, item, reading, session)
            return
        side = media_sides.side_of(session, item, reading, claimed.caption)
        asked = event.chat_kind == "direct" or event.addressed  # never asked in passing
        if reading.duties and side is None and asked:  # a contract: whose duties are tasks
            _ask_side(runtime, claimed, item, reading, session)
            return
        caption = claimed.caption
        if side is not None:  # what the sender's side of the contract owes
            reading = replace(reading, text=media_side.owed(reading.duties, side))
            caption = "" if media_side.said_side(caption, reading.duties) else caption
        if item.items.get("caption_read"):  # its caption was answered when the file failed
            said = media_replies.read_text(caption, reading)
        else:
            said = media_replies.said(caption, reading)
        if reading.chat:  # the owner's "yes, I'll call him after lunch" answers the ask above
            said = "\n".join(answered(said.splitlines(), claimed.owner))
        sided = media_sides.kept(reading, side)
        _mark_read(session, item, reading, now, source=reading.source, chat=reading.chat, **sided)
        outcome = runtime.dispatcher.dispatch(
            session=session,
            event=_as_text(event, said, chat=reading.chat, own=claimed.caption),
            inbox_id=item.inbox_event_id,
            now=now,
        )
        person = session.get(Person, item.person_id)
        replies = list(outcome.replies)
        made = any((r.ref or "").startswith("proposal:") for r in replies)
        media.update_media_item(session=session, item=item, items={**item.items, MADE_CARDS: made})
        with use_locale(person.locale if person is not None else "en"):
            replies = media_replies.quoted(
                session,
                replies,
                reading,
                claimed.ref,
                caption=claimed.caption,
                direct=event.chat_kind == "direct",
            )
            if side is not None:
                replies.append(media_side.taken(side, reading.duties))
        outbox_ids = runtime.queue_answer(session, event, replies, item.inbox_event_id, now)
    runtime.after_answer(event, outbox_ids, outcome.jobs)


def _ask_side(
    runtime: Runtime, claimed: _Claimed, item: MediaItem, reading: Reading, session: Session
) -> None:
    """Keep the contract's duties on its item and ask which side the sender is."""
    now = runtime.clock.now()
    _mark_read(session, item, reading, now, **media_sides.kept(reading, None))
    person = session.get(Person, item.person_id)
    with use_locale(person.locale if person is not None else "en"):
        replies = [media_side.question(claimed.media_id, reading.duties)]
    outbox_ids = runtime.queue_answer(session, claimed.event, replies, item.inbox_event_id, now)
    runtime.after_answer(claimed.event, outbox_ids, ())


def _mark_read(
    session: Session, item: MediaItem, reading: Reading, now: datetime, **items: object
) -> None:
    """Keep what was read from the file on its item, with `items` added to its notes."""
    media.mark_read(
        session=session,
        item=item,
        text=reading.text,
        language=reading.language,
        pages=[{"number": p.number, "text": p.text} for p in reading.pages],
        items={**item.items, **items},
        now=now,
    )


def _seen_before(session: Session, item: MediaItem, body: str) -> bool:
    """Whether the same file was read before in this workspace and made its cards then."""
    if item.items.get(AGAIN) or not body.strip():
        return False
    earlier = media.get_same_read(session=session, item=item, body=body)
    return earlier is not None and bool(earlier.items.get(MADE_CARDS))


def _same_file(
    runtime: Runtime, claimed: _Claimed, item: MediaItem, reading: Reading, session: Session
) -> None:
    """Say the file's cards were made when it was first read, rather than make them twice."""
    now = runtime.clock.now()
    _mark_read(session, item, reading, now, **{MADE_CARDS: False})
    person = session.get(Person, item.person_id)
    with use_locale(person.locale if person is not None else "en"):
        replies = [Reply(localized(SAME_FILE))]
    outbox_ids = runtime.queue_answer(session, claimed.event, replies, item.inbox_event_id, now)
    runtime.after_answer(claimed.event, outbox_ids, ())


def _as_text(event: Event, text: str, *, own: str, chat: bool = False) -> Event:
    """The event as a typed message saying `text`; a screenshot of a chat reads as a forward.

    Only `own`, the caption, is in the sender's words: the language they are answered in is
    read from it, never from the file's.
    """
    raw = {key: value for key, value in event.raw.items() if key not in _FILE_KEYS}
    raw[OWN_WORDS] = own
    forwarded = event.forwarded or chat
    return replace(event, kind="text", text=text, raw=raw, forwarded=forwarded)


__all__ = ["OWN_WORDS", "read_media", "stored"]
