"""A process killed mid-transaction releases its locks even when it had forked a child.

rq's worker forks its scheduler process; a child that keeps a copy of the parent's database
socket keeps the parent's transaction, and every lock it holds, alive after the parent dies.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import psycopg
import pytest
from sqlalchemy.engine import make_url

_HOLDER = textwrap.dedent(
    """
    import multiprocessing, sys, time
    from sqlalchemy import text
    from flowhub.storage import make_engine

    engine = make_engine(sys.argv[1])
    with engine.connect() as idle:  # a pooled connection the fork inherits, as in a worker
        idle.execute(text("select 1"))
    child = multiprocessing.get_context("fork").Process(target=time.sleep, args=(120,))
    child.start()
    with engine.connect() as connection:
        connection.execute(text("select * from held where id = 1 for update"))
        print(child.pid, flush=True)
        time.sleep(120)
    """
)


def _plain(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def test_locks_of_a_killed_parent_are_released_though_its_forked_child_lives(
    fresh_postgres_url: str,
) -> None:
    url = _plain(fresh_postgres_url)
    with psycopg.connect(url, autocommit=True) as setup:
        setup.execute("create table held (id int primary key)")
        setup.execute("insert into held values (1)")
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, url], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None
    child = int(holder.stdout.readline())
    try:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
        deadline = time.monotonic() + 10
        with psycopg.connect(url, autocommit=True) as other:
            while True:
                try:
                    other.execute("select * from held where id = 1 for update nowait")
                    break
                except psycopg.errors.LockNotAvailable:
                    if time.monotonic() > deadline:
                        pytest.fail("the killed process's row lock is still held by its child")
                    time.sleep(0.2)
    finally:
        os.kill(child, signal.SIGKILL)
