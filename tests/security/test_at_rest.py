"""At rest: private database files, zeroed deletions, an emptied WAL after a pasted token is
blanked, and a calendar feed URL that is sealed in the outbox yet reaches the person."""

from __future__ import annotations

import sqlite3
import stat
import time
from pathlib import Path
from typing import Any

import httpx

from flowhub.storage import make_engine
from tests.auxil.fake_vendors import TOKENS
from tests.security import process

CHAT = "dm-ana"


def _say(http: httpx.Client, text: str, expect: str) -> str:
    """Type in Ana's playground chat; the first later bot message containing `expect`."""
    before = len(http.get("/playground/api/messages", params={"chat": CHAT}).json()["messages"])
    sent = http.post("/playground/api/send", json={"person": "ana", "chat": CHAT, "text": text})
    assert sent.status_code == 200, sent.text
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        messages = http.get("/playground/api/messages", params={"chat": CHAT}).json()["messages"]
        for message in messages[before:]:
            if message["from"] == "bot" and expect in message["text"]:
                return str(message["text"])
        time.sleep(0.1)
    raise AssertionError(f"no bot message with {expect!r} after {text!r}")


def _database_bytes(data: Path) -> bytes:
    return b"".join(path.read_bytes() for path in sorted(data.glob("flowhub.db*")))


def _outbox(data: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(f"file:{data / 'flowhub.db'}?mode=ro", uri=True) as db:
        return list(db.execute("SELECT body, reply FROM outbox"))


def test_pasted_tokens_and_feed_secrets_are_not_on_disk(server: process.Running) -> None:
    data = server.output.parent / "data"
    with httpx.Client(base_url=server.url, timeout=30) as http:
        _say(http, "connect todoist", "Todoist")
        token = TOKENS["todoist"]
        _say(http, token, "Todoist connected")
        ready = _say(http, "connect ical", "/ical/")
        feed = next(word for word in ready.split() if "/ical/" in word)
        secret = feed.rsplit("/", 1)[-1].removesuffix(".ics").split("-", 1)[1]
        assert http.get(feed[feed.index("/ical/") :]).status_code == 200

    rows = _outbox(data)
    assert any(body == "[sealed]" for body, _reply in rows)
    assert not [row for row in rows if secret in str(row)]
    on_disk = _database_bytes(data)  # the database, its WAL and shared memory, as they are now
    assert secret.encode() not in on_disk
    assert token.encode() not in on_disk


def test_database_files_are_private(server: process.Running) -> None:
    data = server.output.parent / "data"
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    files = sorted(data.glob("flowhub.db*"))
    assert {path.name for path in files} >= {"flowhub.db", "flowhub.db-wal", "flowhub.db-shm"}
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_files_are_private_whatever_the_umask_and_deletes_are_zeroed(tmp_path: Path) -> None:
    import os

    old = os.umask(0o022)
    try:
        engine = make_engine(f"sqlite:///{tmp_path / 'new' / 'flowhub.db'}")
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
            connection.exec_driver_sql("CREATE TABLE t (x TEXT)")
            connection.commit()
        engine.dispose()
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "new" / "flowhub.db").stat().st_mode) == 0o600

    loose = tmp_path / "old.db"
    loose.touch(mode=0o644)
    loose.chmod(0o644)
    engine = make_engine(f"sqlite:///{loose}")
    with engine.connect():
        pass
    engine.dispose()
    assert stat.S_IMODE(loose.stat().st_mode) == 0o600
