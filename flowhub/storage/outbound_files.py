"""Outbound files: the bytes of charts and exports the bot sends, by id."""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import datetime

from sqlalchemy import String, cast, delete
from sqlmodel import Session, col, select

from flowhub.storage.models import Outbox
from flowhub.storage.outbound_models import OutboundFile

_FILE_ID = re.compile(r"[0-9a-f]{32}")


def save_outbound_file(
    *, session: Session, name: str, mime: str, data: bytes, now: datetime
) -> str:
    """Store a file the bot is about to send; its new id."""
    file_id = secrets.token_hex(16)
    session.add(
        OutboundFile(
            id=file_id,
            name=name,
            mime=mime,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            data=data,
            created_at=now,
        )
    )
    session.flush()
    return file_id


def get_outbound_file(*, session: Session, file_id: str) -> OutboundFile | None:
    """One stored file by id, or None."""
    return session.exec(select(OutboundFile).where(OutboundFile.id == file_id)).first()


def delete_outbound_files_before(*, session: Session, before: datetime) -> int:
    """Drop files stored before `before`; how many went."""
    result = session.execute(delete(OutboundFile).where(col(OutboundFile.created_at) < before))
    return int(getattr(result, "rowcount", 0) or 0)


def get_outbound_file_sent_on(
    *, session: Session, platform: str, file_id: str
) -> OutboundFile | None:
    """A stored file that a reply queued for `platform` carries, or None."""
    if not _FILE_ID.fullmatch(file_id):
        return None  # not an id this module made; also keeps LIKE's wildcards out
    queued = select(Outbox.id).where(
        Outbox.platform == platform,
        cast(col(Outbox.reply), String).contains(f'"{file_id}"'),
    )
    if session.exec(queued.limit(1)).first() is None:
        return None
    return get_outbound_file(session=session, file_id=file_id)
