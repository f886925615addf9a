"""`flowhub run` as a subprocess on a free loopback port, its output captured to a file."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from tests.auxil.servers import free_port


@dataclass
class Running:
    """A started `flowhub run`: its base URL, port and captured stdout+stderr."""

    url: str
    port: int
    process: subprocess.Popen[bytes]
    output: Path

    def log(self) -> str:
        """Everything the server printed so far."""
        return self.output.read_text(errors="replace")

    def stop(self) -> str:
        """Stop the server (as Ctrl-C would) and return everything it printed."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        return self.log()


def start(env: dict[str, str], *, cwd: Path, args: tuple[str, ...] = ()) -> Running:
    """Start `flowhub run` with these FLOWHUB_* variables only (log level INFO or lower); wait
    until it has bound its port and /healthz answers."""
    port = free_port()
    clean = {k: v for k, v in os.environ.items() if not k.startswith("FLOWHUB_")}
    output = cwd / "server.log"
    with output.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "flowhub", "run", "--port", str(port), *args],
            cwd=cwd,
            env={**clean, **env},
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    running = Running(f"http://127.0.0.1:{port}", port, process, output)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"flowhub run exited early:\n{running.log()}")
        # The port was free when picked; only our own server's "running on" line proves that
        # the answer comes from it and not from another process that took the port meanwhile.
        bound = f"Uvicorn running on {running.url}" in running.log()
        try:
            if bound and httpx.get(f"{running.url}/healthz", timeout=2).status_code == 200:
                return running
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    running.stop()
    raise RuntimeError(f"flowhub run did not answer within 60 s:\n{running.log()}")
