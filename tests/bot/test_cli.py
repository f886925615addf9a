"""The `flowhub` command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _flowhub(*args: str, cwd: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FLOWHUB_")}
    return subprocess.run(
        [sys.executable, "-m", "flowhub", *args],
        cwd=cwd,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_help_lists_every_subcommand(tmp_path: Path) -> None:
    result = _flowhub("--help", cwd=tmp_path)
    assert result.returncode == 0
    for command in ("run", "migrate", "chat"):
        assert command in result.stdout


def test_migrate_creates_the_sqlite_file(tmp_path: Path) -> None:
    result = _flowhub("migrate", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "flowhub.db").exists()


def test_chat_in_the_terminal(tmp_path: Path) -> None:
    result = _flowhub(
        "chat", "--tz", "Berlin", cwd=tmp_path, stdin="book the venue for next week\n1\nmy tasks\n"
    )
    assert result.returncode == 0, result.stderr
    assert "[1] ✅ Confirm" in result.stdout
    assert "1. Book the venue" in result.stdout


def test_configuration_error_is_clear(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("FLOWHUB_TELEGRAM_BOT_TOKEN=1:abc\n")
    result = _flowhub("migrate", cwd=tmp_path)
    assert result.returncode == 2
    assert "FLOWHUB_TELEGRAM_SECRET_TOKEN" in result.stderr
