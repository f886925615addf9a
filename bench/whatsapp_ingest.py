"""WhatsApp webhook ingest: signed deliveries per second and ack latency, SQLite vs PostgreSQL.

What is measured: the app runs under uvicorn in a child process (one worker, then two); a client
process holding keep-alive connections (bench/_load.py) POSTs signed one-message deliveries
over loopback, each with a fresh wamid. The time of one request is the ack latency Meta
sees: verify the signature, parse, store the event in the inbox (deliveries that arrive
together share one transaction, see flowhub/webhooks/ingest.py), queue its processing,
answer 200. Processing itself is not run (the runtime gets a queue that only counts), so this
is the ingest path alone. A bare FastAPI endpoint that reads the body and answers is the
ceiling.
Loads are bounded in count and time and go to 127.0.0.1 only.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy import func
from sqlmodel import select

from bench._load import drive_in_process, post_request
from bench._util import REPO, table
from flowhub.connectors.whatsapp import sign

SECRET = "bench-app-secret"
NUMBER = "106540352242922"
CONNECTIONS = 16
# One server process, then one per core (`flowhub run --workers 2`, FLOWHUB_WEB_WORKERS).
WORKERS = (1, 2)
WARMUP = 200
MAX_REQUESTS = 6_000
MAX_SECONDS = 8.0
_MODE = "FLOWHUB_BENCH_INGEST_MODE"


class _CountingQueue:
    """A job queue that only counts: ingest is measured without processing."""

    def __init__(self) -> None:
        self.count = 0

    def enqueue(self, job: str, *args: int) -> None:
        self.count += 1

    def start(self, run: Any) -> None:
        return None

    def stop(self) -> None:
        return None


def make_app() -> FastAPI:
    """The app the child process serves: bare, or FlowHub with WhatsApp (uvicorn --factory)."""
    if os.environ.get(_MODE) == "bare":
        app = FastAPI()

        @app.post("/webhooks/whatsapp")
        async def nothing(request: Request) -> JSONResponse:
            await request.body()
            return JSONResponse({"status": "ok"})

        @app.get("/healthz")
        def healthz() -> dict[str, str]:
            return {"status": "ok"}

        return app
    from flowhub.bot.app import build_runtime, create_app
    from flowhub.settings import Settings

    settings = Settings(_env_file=None)
    runtime = build_runtime(settings, queue=_CountingQueue(), connectors={})
    return create_app(settings, runtime=runtime)


def _delivery(index: int) -> bytes:
    message = {
        "from": f"1650555{index % 5000:04d}",
        "id": f"wamid.BENCH{os.getpid()}x{time.monotonic_ns()}x{index}",
        "timestamp": "1772614800",
        "type": "text",
        "text": {"body": "pls send the Q4 deck to Sam by friday 5pm"},
    }
    value = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "15550783881", "phone_number_id": NUMBER},
        "contacts": [{"profile": {"name": "Bench User"}, "wa_id": message["from"]}],
        "messages": [message],
    }
    body = {
        "object": "whatsapp_business_account",
        "entry": [{"id": "102290129340398", "changes": [{"field": "messages", "value": value}]}],
    }
    return json.dumps(body, separators=(",", ":")).encode()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _serve(env: dict[str, str], workers: int) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    command = [
        sys.executable, "-m", "uvicorn", "bench.whatsapp_ingest:make_app", "--factory",
        "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning", "--no-access-log",
        "--workers", str(workers),
    ]  # fmt: skip
    child = subprocess.Popen(command, cwd=REPO, env={**os.environ, **env})
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if child.poll() is not None:
            raise RuntimeError(f"the bench server exited with {child.returncode}")
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return child, url
        except httpx.TransportError:
            time.sleep(0.1)
    child.terminate()
    raise RuntimeError("the bench server did not answer /healthz within 60 s")


def _drive(url: str) -> dict[str, Any]:
    host, port = url.removeprefix("http://").split(":")
    requests = [
        post_request(
            host,
            int(port),
            "/webhooks/whatsapp",
            body,
            {"Content-Type": "application/json", "X-Hub-Signature-256": sign(body, SECRET)},
        )
        for body in (_delivery(i) for i in range(WARMUP + MAX_REQUESTS))
    ]
    # Warm-up: connections, caches, the database pool.
    drive_in_process(host, int(port), requests[:WARMUP], connections=CONNECTIONS, seconds=30)
    result = drive_in_process(
        host, int(port), requests[WARMUP:], connections=CONNECTIONS, seconds=MAX_SECONDS
    )
    latencies = result.latencies
    cuts = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else latencies * 99
    return {
        "requests": len(latencies),
        "seconds": result.seconds,
        "rate": len(latencies) / result.seconds,
        "p50": statistics.median(latencies),
        "p99": cuts[98],
        "errors": sum(1 for status in result.statuses if status != 200),
    }


def _stored(database_url: str) -> int:
    """Inbox rows in the database, migrating it first (so server workers never race to)."""
    from flowhub.storage import InboxEvent, make_engine, migrate, session_scope

    engine = make_engine(database_url)
    try:
        migrate(engine)
        with session_scope(engine) as session:
            return int(session.exec(select(func.count()).select_from(InboxEvent)).one())
    finally:
        engine.dispose()


def _store_only(database_url: str) -> str:
    """Parse + `runtime.receive` in this process, one thread, no HTTP: the storage share."""
    from flowhub.bot.app import build_runtime
    from flowhub.connectors.whatsapp import parse_webhook
    from flowhub.settings import Settings

    settings = Settings(_env_file=None, database_url=database_url, playground=False)
    runtime = build_runtime(settings, queue=_CountingQueue(), connectors={})
    bodies = [_delivery(i) for i in range(2_000)]
    times: list[float] = []
    deadline = time.perf_counter() + 3.0
    for body in bodies:
        started = time.perf_counter()
        for event in parse_webhook(json.loads(body)).events:
            runtime.receive(event)
        times.append((time.perf_counter() - started) * 1000)
        if time.perf_counter() > deadline:
            break
    runtime.engine.dispose()
    return f"{statistics.median(times):.2f} ms ({1000 / statistics.mean(times):,.0f}/s)"


def _measure(
    name: str, env: dict[str, str], database_url: str | None, workers: int
) -> list[object]:
    before = _stored(database_url) if database_url else 0
    child, url = _serve(env, workers)
    try:
        result = _drive(url)
    finally:
        child.terminate()
        child.wait(timeout=30)
    stored = _stored(database_url) - before if database_url else "-"
    alone = _store_only(database_url) if database_url else "-"
    return [
        name,
        workers,
        result["requests"],
        f"{result['seconds']:.1f}",
        round(result["rate"]),
        f"{result['p50']:.1f}",
        f"{result['p99']:.1f}",
        result["errors"],
        stored,
        alone,
    ]


def main() -> None:
    """Measure the bare ceiling, then FlowHub on SQLite and on PostgreSQL; print a table."""
    sys.path.insert(0, str(REPO))
    from tests.auxil.servers import ServerUnavailable, start_postgres

    load = os.getloadavg()
    workdir = Path(tempfile.mkdtemp(prefix="flowhub-bench-wa-"))
    whatsapp = {
        "FLOWHUB_WHATSAPP_APP_SECRET": SECRET,
        "FLOWHUB_WHATSAPP_VERIFY_TOKEN": "bench-verify",
        "FLOWHUB_WHATSAPP_ACCESS_TOKEN": "bench-token",
        "FLOWHUB_WHATSAPP_PHONE_NUMBER_ID": NUMBER,
        "FLOWHUB_WHATSAPP_API_URL": "http://127.0.0.1:9",  # never called: nothing is processed
        "FLOWHUB_PLAYGROUND": "false",
        "FLOWHUB_LOG_LEVEL": "WARNING",
    }
    bare = {_MODE: "bare"}
    rows = [_measure("bare FastAPI endpoint (ceiling)", bare, None, w) for w in WORKERS]
    sqlite_url = f"sqlite:///{workdir / 'ingest.db'}"
    sqlite = {**whatsapp, "FLOWHUB_DATABASE_URL": sqlite_url}
    rows += [_measure("FlowHub, SQLite", sqlite, sqlite_url, w) for w in WORKERS]
    server = None
    try:
        server = start_postgres(workdir / "pg")
        postgres = {**whatsapp, "FLOWHUB_DATABASE_URL": server.url}
        rows += [_measure("FlowHub, PostgreSQL", postgres, server.url, w) for w in WORKERS]
    except ServerUnavailable as exc:
        rows.append(["FlowHub, PostgreSQL", "", f"skipped: {exc}"[:60], "", "", "", "", "", "", ""])
    finally:
        if server is not None:
            server.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    print(__doc__.split("\n\n")[1].replace("\n", " ") if __doc__ else "")
    print(
        f"\n{CONNECTIONS} keep-alive connections from a client process, {WARMUP} warm-up "
        f"requests, then up to {MAX_REQUESTS} "
        f"requests or {MAX_SECONDS:.0f} s per row; {os.cpu_count()} CPU cores shared by the "
        f"server and the client; load average before: {load[0]:.1f}, after: "
        f"{os.getloadavg()[0]:.1f} (above 1-2, other work on the machine skews the numbers).\n"
    )
    print(
        table(
            ["target", "uvicorn workers", "deliveries", "s", "deliveries/s", "p50 ms", "p99 ms",
             "non-200", "inbox rows", "store alone: p50 (rate)"],
            rows,
        )
    )  # fmt: skip
    print(
        "\nInbox rows include the warm-up deliveries: each delivery was stored exactly once. "
        "'store alone' is parse + runtime.receive in one thread without HTTP, i.e. what the "
        "database path costs by itself."
    )


if __name__ == "__main__":
    main()
