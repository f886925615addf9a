"""A contract read from a file: the side its sender took before for the same parties, and what
its item keeps so a side pressed later can make the cards."""

from __future__ import annotations

from sqlmodel import Session

from flowhub.media import Reading
from flowhub.skills.media_side import DUTIES, PARTIES, SIDE, parties_of, said_side
from flowhub.storage import MediaItem, media


def side_of(session: Session, item: MediaItem, reading: Reading, caption: str) -> str | None:
    """The side the caption says ("we're the client"), else the one taken in this chat for an
    earlier document between the same parties."""
    if not reading.duties:
        return None
    return said_side(caption, reading.duties) or media.get_side(
        session=session,
        chat_id=item.chat_id,
        parties=frozenset(parties_of(reading.duties)),
        before_id=item.id or 0,
    )


def kept(reading: Reading, side: str | None) -> dict[str, object]:
    """What a contract's item keeps: its duties, its parties and the side, when known."""
    if not reading.duties:
        return {}
    found = {DUTIES: [list(duty) for duty in reading.duties], PARTIES: parties_of(reading.duties)}
    return {**found, SIDE: side} if side is not None else found
