"""The files replies carry: their bytes loaded just before a send, and swept after a week.

A reply's `Attachment` is stored in the outbox without its bytes; they live in
`storage.outbound_files` so any worker can send them. A file that is gone by the time of the
send cannot come back, so that send fails for good rather than retrying.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime, timedelta

from sqlalchemy import Engine

from flowhub.connectors import Reply, SendError
from flowhub.storage import outbound_files, session_scope

log = logging.getLogger(__name__)
# Long enough for every retry of a send (the retry horizon is hours), short enough to hold
# no one's charts and exports for long.
KEEP = timedelta(days=7)


def loaded(engine: Engine, reply: Reply) -> Reply:
    """`reply` with its attachment's bytes filled in; raise a final `SendError` when gone."""
    attachment = reply.attachment
    if attachment is None or attachment.data:
        return reply
    with session_scope(engine) as session:
        row = outbound_files.get_outbound_file(session=session, file_id=attachment.file_id)
        data = row.data if row is not None else b""
    if not data:
        raise SendError(
            f"the file {attachment.name!r} ({attachment.file_id}) this reply carries is no "
            "longer stored (outbound files are kept 7 days); ask for it again"
        )
    return replace(reply, attachment=replace(attachment, data=data))


def sweep(engine: Engine, now: datetime) -> int:
    """Delete outbound files stored more than `KEEP` ago; how many went."""
    with session_scope(engine) as session:
        gone = outbound_files.delete_outbound_files_before(session=session, before=now - KEEP)
    if gone:
        log.info("deleted %d outbound files older than %s", gone, KEEP)
    return gone
