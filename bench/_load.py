"""A small HTTP/1.1 load generator: keep-alive connections on asyncio, prepared requests.

httpx is the right client for FlowHub, but as a load generator it spends more CPU per request
than the server under test, and on a 2-core machine that caps what can be measured. Here each
request is prepared bytes, each response is read by its Content-Length, and the client runs in
its own process (`drive_in_process`) so it does not share an interpreter with anything else.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Result:
    """What one load produced: a latency (ms) and a status per request, and the wall time."""

    latencies: list[float]
    statuses: list[int]
    seconds: float


def post_request(host: str, port: int, path: str, body: bytes, headers: dict[str, str]) -> bytes:
    """One POST as raw HTTP/1.1 bytes, keep-alive."""
    lines = [f"POST {path} HTTP/1.1", f"Host: {host}:{port}", f"Content-Length: {len(body)}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


async def _connection(
    host: str,
    port: int,
    requests: list[bytes],
    cursor: list[int],
    stop_at: float,
    result: Result,
) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    try:
        while cursor[0] < len(requests) and time.perf_counter() < stop_at:
            request = requests[cursor[0]]
            cursor[0] += 1
            started = time.perf_counter()
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            if length:
                await reader.readexactly(length)
            result.latencies.append((time.perf_counter() - started) * 1000)
            result.statuses.append(int(head.split(b" ", 2)[1]))
    finally:
        writer.close()


async def drive(
    host: str, port: int, requests: list[bytes], *, connections: int, seconds: float
) -> Result:
    """Send `requests` in order over `connections` keep-alive connections, for at most
    `seconds`; each connection sends its next request when the previous answer is in."""
    result = Result([], [], 0.0)
    cursor = [0]
    started = time.perf_counter()
    stop_at = started + seconds
    await asyncio.gather(
        *(_connection(host, port, requests, cursor, stop_at, result) for _ in range(connections))
    )
    return Result(result.latencies, result.statuses, time.perf_counter() - started)


def _child(
    coroutine: Callable[..., Coroutine[Any, Any, Any]],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    out: multiprocessing.connection.Connection,
) -> None:
    try:
        import uvloop

        uvloop.install()
    except ImportError:  # the plain event loop is slower but measures the same thing
        pass
    out.send(asyncio.run(coroutine(*args, **kwargs)))


def _in_child(coroutine: Callable[..., Coroutine[Any, Any, Any]], *args: Any, **kwargs: Any) -> Any:
    """Run `coroutine(*args, **kwargs)` in a spawned process of its own; return its result."""
    receiver, sender = multiprocessing.Pipe(duplex=False)
    child = multiprocessing.get_context("spawn").Process(
        target=_child, args=(coroutine, args, kwargs, sender)
    )
    child.start()
    sender.close()
    result = receiver.recv()
    child.join()
    return result


def drive_in_process(
    host: str, port: int, requests: list[bytes], *, connections: int, seconds: float
) -> Result:
    """`drive` in a child process, so the client has an interpreter of its own."""
    result: Result = _in_child(
        drive, host, port, requests, connections=connections, seconds=seconds
    )
    return result


@dataclass(frozen=True)
class Paced:
    """An open-loop run: per request, its scheduled wall time, ack latency (ms) and status."""

    scheduled: list[float]
    acked: list[float]
    statuses: list[int]
    seconds: float


async def _paced_sender(
    host: str, port: int, queue: asyncio.Queue[int | None], requests: list[bytes], out: Paced
) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    try:
        while (index := await queue.get()) is not None:
            writer.write(requests[index])
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            if length:
                await reader.readexactly(length)
            out.acked[index] = (time.time() - out.scheduled[index]) * 1000
            out.statuses[index] = int(head.split(b" ", 2)[1])
    finally:
        writer.close()


async def paced(
    host: str, port: int, requests: list[bytes], *, rate: float, connections: int
) -> Paced:
    """Send request i at start + i/rate (open loop: a slow answer does not slow the schedule,
    up to `connections` requests in flight); latencies count from the scheduled time."""
    started = time.time() + 0.05
    out = Paced(
        [started + i / rate for i in range(len(requests))],
        [0.0] * len(requests),
        [0] * len(requests),
        0.0,
    )
    queue: asyncio.Queue[int | None] = asyncio.Queue()
    senders = [
        asyncio.create_task(_paced_sender(host, port, queue, requests, out))
        for _ in range(connections)
    ]
    for index, at in enumerate(out.scheduled):
        delay = at - time.time()
        if delay > 0:
            await asyncio.sleep(delay)
        queue.put_nowait(index)
    for _ in senders:
        queue.put_nowait(None)
    await asyncio.gather(*senders)
    return Paced(out.scheduled, out.acked, out.statuses, time.time() - started)


def paced_in_process(
    host: str, port: int, requests: list[bytes], *, rate: float, connections: int
) -> Paced:
    """`paced` in a child process of its own."""
    result: Paced = _in_child(paced, host, port, requests, rate=rate, connections=connections)
    return result
