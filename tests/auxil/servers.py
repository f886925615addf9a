"""Start and stop real PostgreSQL and Redis servers for the test suite.

Every server listens on 127.0.0.1 on a free port, keeps its files in a
temporary directory and is shut down by ``Server.stop()``.

Environment variables:

``FLOWHUB_TEST_POSTGRES_URL``
    Use this PostgreSQL server instead of starting one, e.g.
    ``postgresql+psycopg://flowhub@127.0.0.1:5432/flowhub``. The role needs
    CREATEDB, because every test using ``fresh_postgres_url`` gets its own
    database.
``FLOWHUB_TEST_REDIS_URL``
    Use this Redis server instead of starting one, e.g.
    ``redis://127.0.0.1:6379/0``. It is FLUSHALLed before every test that uses
    the ``redis_url`` fixture, so never point it at data you care about.
``FLOWHUB_PG_BIN``
    Directory holding ``initdb``, ``pg_ctl`` and ``postgres`` (default: the
    directory of ``initdb`` on PATH, else the newest /usr/lib/postgresql/*/bin).
``FLOWHUB_REDIS_SERVER``
    Path of the ``redis-server`` binary (default: looked up on PATH).
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shlex
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import redis
from psycopg import sql
from sqlalchemy.engine import URL, make_url

PG_APT_PACKAGE = "postgresql"
REDIS_APT_PACKAGE = "redis-server"
PG_SUPERUSER = "flowhub"
PG_DATABASE = "flowhub"
START_TIMEOUT = 60.0
# Unix socket paths are limited to 107 bytes, including ".s.PGSQL.<port>".
_MAX_SOCKET_DIR_LEN = 80
_PG_BINARIES = ("initdb", "pg_ctl", "postgres")
REDIS_FALLBACK_PATHS = (
    "/usr/bin/redis-server",
    "/usr/sbin/redis-server",
    "/usr/local/bin/redis-server",
)


class ServerUnavailable(RuntimeError):
    """A test server could not be found, started or reached."""


def _no_op() -> None:
    return None


@dataclass(frozen=True)
class Server:
    """A running (or externally provided) server.

    ``url``: SQLAlchemy URL for PostgreSQL
    (``postgresql+psycopg://flowhub@127.0.0.1:PORT/flowhub``), ``redis://`` URL for Redis.
    ``admin_url``: for PostgreSQL a plain libpq URL (``postgresql://...``) for
    ``psycopg.connect`` to run CREATE/DROP DATABASE; for Redis the same as ``url``.
    """

    url: str
    admin_url: str
    log_path: Path | None = None
    _stop: Callable[[], None] = field(default=_no_op, repr=False, compare=False)

    def stop(self) -> None:
        """Stop the server and remove its files. Safe to call more than once."""
        self._stop()


def apt_hint(package: str) -> str:
    return f"apt-get install -y --no-install-recommends {package}"


def _once(func: Callable[[], None]) -> Callable[[], None]:
    done = False

    def wrapper() -> None:
        nonlocal done
        if not done:
            done = True
            func()

    return wrapper


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _log_tail(path: Path | None, lines: int = 40) -> str:
    if path is None:
        return ""
    try:
        text = path.read_text(errors="replace")
    except OSError as exc:
        return f"\n(could not read log {path}: {exc})"
    tail = "\n".join(text.splitlines()[-lines:])
    return f"\n--- last lines of {path} ---\n{tail}\n---"


# --------------------------------------------------------------------------- PostgreSQL


def _pg_version_key(bindir: Path) -> tuple[int, str]:
    version = bindir.parent.name
    return (int(version) if version.isdigit() else -1, version)


def find_pg_bindir() -> Path:
    """The directory holding ``initdb``, ``pg_ctl`` and ``postgres``."""
    env = os.environ.get("FLOWHUB_PG_BIN")
    if env:
        missing = [n for n in _PG_BINARIES if not os.access(Path(env, n), os.X_OK)]
        if missing:
            raise ServerUnavailable(
                f"FLOWHUB_PG_BIN={env} lacks {', '.join(missing)}; unset it or point it at a "
                f"PostgreSQL bin directory (install one with: {apt_hint(PG_APT_PACKAGE)})"
            )
        return Path(env)
    candidates: list[Path] = []
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    candidates += sorted(
        (Path(p) for p in glob.glob("/usr/lib/postgresql/*/bin")),
        key=_pg_version_key,
        reverse=True,
    )
    for bindir in candidates:
        if all(os.access(bindir / name, os.X_OK) for name in _PG_BINARIES):
            return bindir
    missing = [
        name
        for name in _PG_BINARIES
        if not shutil.which(name) and not any((d / name).exists() for d in candidates)
    ] or list(_PG_BINARIES)
    raise ServerUnavailable(
        f"PostgreSQL server binary {', '.join(missing)} not found (looked in PATH, "
        f"/usr/lib/postgresql/*/bin and $FLOWHUB_PG_BIN); install it with: "
        f"{apt_hint(PG_APT_PACKAGE)}"
    )


def _pg_os_user() -> pwd.struct_passwd | None:
    """The account to run PostgreSQL as: None (ourselves) unless we are root.

    initdb and postgres refuse to run as root, so as root use the ``postgres``
    account (created by the Debian package) or create ``flowhub-test``.
    """
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "flowhub-test"):
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    useradd = shutil.which("useradd") or "/usr/sbin/useradd"
    result = subprocess.run(
        [
            useradd,
            "--system",
            "--no-create-home",
            "--home-dir",
            "/nonexistent",
            "--shell",
            "/usr/sbin/nologin",
            "flowhub-test",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        return pwd.getpwnam("flowhub-test")
    except KeyError:
        raise ServerUnavailable(
            "running as root, PostgreSQL refuses to run as root, there is no 'postgres' "
            f"user and `useradd flowhub-test` failed: {result.stderr.strip()}"
        ) from None


def _as_user(cmd: Sequence[str | Path], user: pwd.struct_passwd | None) -> list[str]:
    args = [str(c) for c in cmd]
    if user is None:
        return args
    runuser = shutil.which("runuser") or "/usr/sbin/runuser"
    if not os.access(runuser, os.X_OK):
        raise ServerUnavailable(
            f"running as root needs `runuser` to start PostgreSQL as {user.pw_name}; "
            f"install it with: {apt_hint('util-linux')}"
        )
    return [runuser, "-u", user.pw_name, "--", *args]


def _run(
    cmd: Sequence[str | Path],
    *,
    user: pwd.struct_passwd | None,
    cwd: Path,
    timeout: float = START_TIMEOUT + 30,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        _as_user(cmd, user),
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
    )


def _describe_failure(what: str, result: subprocess.CompletedProcess[str]) -> str:
    output = "\n".join(s.strip() for s in (result.stdout, result.stderr) if s.strip())
    return f"{what} failed (exit {result.returncode}): {shlex.join(result.args)}\n{output}"


def _accessible_by(path: Path, user: pwd.struct_passwd | None) -> bool:
    if user is None:
        return True
    check = _run(["test", "-w", path, "-a", "-x", path], user=user, cwd=Path("/"))
    return check.returncode == 0


def _pg_root_dir(base_dir: Path, user: pwd.struct_passwd | None) -> tuple[Path, bool]:
    """A directory the PostgreSQL user can write; True if we created it outside base_dir."""
    base_dir.mkdir(parents=True, exist_ok=True)
    preferred = base_dir / "postgres"
    choices: list[tuple[Path | None, bool]] = []
    if len(str(preferred / "sock")) <= _MAX_SOCKET_DIR_LEN:
        choices.append((preferred, False))
    # pytest's tmp dirs are private to their owner (0700); when the server runs as
    # another user or the path is too long for a socket, use a short private dir in /tmp.
    choices.append((None, True))
    for path, is_tmp in choices:
        if path is None:
            path = Path(tempfile.mkdtemp(prefix="flowhub-pg-"))
        else:
            path.mkdir(exist_ok=True)
        if user is not None:
            os.chown(path, user.pw_uid, user.pw_gid)
        if _accessible_by(path, user):
            return path, is_tmp
        if is_tmp:
            shutil.rmtree(path, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                path.rmdir()
    assert user is not None
    raise ServerUnavailable(
        f"no directory writable by the {user.pw_name!r} user for PostgreSQL: neither "
        f"{preferred} nor a directory in {tempfile.gettempdir()} (check TMPDIR permissions)"
    )


def libpq_url(sqlalchemy_url: str | URL, database: str | None = None) -> str:
    """A plain ``postgresql://`` URL (for psycopg.connect) for a SQLAlchemy URL."""
    url = make_url(sqlalchemy_url).set(drivername="postgresql")
    if database is not None:
        url = url.set(database=database)
    return url.render_as_string(hide_password=False)


def database_url(server: Server, database: str) -> str:
    """The SQLAlchemy URL of another database on the same PostgreSQL server."""
    url = make_url(server.url).set(database=database)
    return url.render_as_string(hide_password=False)


def wait_for_postgres(conninfo: str, timeout: float, log_path: Path | None = None) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with psycopg.connect(conninfo, connect_timeout=2, autocommit=True) as conn:
                conn.execute("SELECT 1")
                return
        except psycopg.OperationalError as exc:
            if time.monotonic() > deadline:
                shown = make_url(conninfo).render_as_string(hide_password=True)
                raise ServerUnavailable(
                    f"PostgreSQL at {shown} did not accept connections within "
                    f"{timeout:.0f}s: {exc}{_log_tail(log_path)}"
                ) from exc
            time.sleep(0.05)


def create_database(admin_url: str, name: str, template: str = "template0") -> None:
    """Create database `name` as a copy of `template` (default: an empty one)."""
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE {} ENCODING 'UTF8'").format(
                sql.Identifier(name), sql.Identifier(template)
            )
        )


def drop_database(admin_url: str, name: str) -> None:
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


def _external_postgres(raw_url: str) -> Server:
    url = make_url(raw_url)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    admin_url = libpq_url(url)
    wait_for_postgres(admin_url, timeout=10)
    return Server(url=url.render_as_string(hide_password=False), admin_url=admin_url)


def start_postgres(base_dir: Path) -> Server:
    """Start a throwaway PostgreSQL server with database ``flowhub`` (superuser ``flowhub``).

    Honours ``FLOWHUB_TEST_POSTGRES_URL`` (then nothing is started).
    """
    override = os.environ.get("FLOWHUB_TEST_POSTGRES_URL")
    if override:
        return _external_postgres(override)

    bindir = find_pg_bindir()
    user = _pg_os_user()
    root, remove_root = _pg_root_dir(base_dir, user)
    data, sockdir, log_path = root / "data", root / "sock", root / "postgres.log"
    sockdir.mkdir(exist_ok=True)
    if user is not None:
        os.chown(sockdir, user.pw_uid, user.pw_gid)

    def cleanup() -> None:
        shutil.rmtree(root if remove_root else data, ignore_errors=True)
        if not remove_root:
            shutil.rmtree(sockdir, ignore_errors=True)

    initdb = _run(
        [
            bindir / "initdb",
            "-D",
            data,
            "-U",
            PG_SUPERUSER,
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
            "--no-instructions",
        ],
        user=user,
        cwd=root,
    )
    if initdb.returncode != 0:
        cleanup()
        raise ServerUnavailable(_describe_failure("initdb", initdb))

    pg_ctl = bindir / "pg_ctl"

    def pg_stop() -> None:
        _run([pg_ctl, "-D", data, "-m", "immediate", "-w", "stop"], user=user, cwd=root)

    failure = ""
    for _attempt in range(3):
        port = free_port()
        options = shlex.join(
            [
                "-c",
                "listen_addresses=127.0.0.1",
                "-c",
                f"port={port}",
                "-k",
                str(sockdir),
                "-c",
                "fsync=off",
                "-c",
                "synchronous_commit=off",
                "-c",
                "full_page_writes=off",
                "-c",
                "max_connections=200",
            ]
        )
        started = _run(
            [
                pg_ctl,
                "-D",
                data,
                "-l",
                log_path,
                "-o",
                options,
                "-w",
                "-t",
                str(int(START_TIMEOUT)),
                "start",
            ],
            user=user,
            cwd=root,
        )
        if started.returncode == 0:
            break
        failure = _describe_failure("pg_ctl start", started) + _log_tail(log_path)
        pg_stop()  # in case it came up after all; the port may have been taken meanwhile
    else:
        cleanup()
        raise ServerUnavailable(failure)

    def stop() -> None:
        pg_stop()
        cleanup()

    admin_url = f"postgresql://{PG_SUPERUSER}@127.0.0.1:{port}/postgres"
    try:
        wait_for_postgres(admin_url, timeout=START_TIMEOUT, log_path=log_path)
        create_database(admin_url, PG_DATABASE)
    except BaseException:
        stop()
        raise
    return Server(
        url=f"postgresql+psycopg://{PG_SUPERUSER}@127.0.0.1:{port}/{PG_DATABASE}",
        admin_url=admin_url,
        log_path=log_path,
        _stop=_once(stop),
    )


# --------------------------------------------------------------------------- Redis


def find_redis_server() -> str:
    env = os.environ.get("FLOWHUB_REDIS_SERVER")
    if env:
        if not os.access(env, os.X_OK):
            raise ServerUnavailable(f"FLOWHUB_REDIS_SERVER={env} is not an executable")
        return env
    found = shutil.which("redis-server")
    if found:
        return found
    for path in REDIS_FALLBACK_PATHS:
        if os.access(path, os.X_OK):
            return path
    raise ServerUnavailable(
        f"redis-server not found in PATH; install it with: {apt_hint(REDIS_APT_PACKAGE)}"
    )


def wait_for_redis(url: str, timeout: float, log_path: Path | None = None) -> None:
    deadline = time.monotonic() + timeout
    client = redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=2)
    try:
        while True:
            try:
                client.ping()
                return
            except redis.exceptions.RedisError as exc:
                if time.monotonic() > deadline:
                    raise ServerUnavailable(
                        f"Redis at {url} did not answer PING within {timeout:.0f}s: "
                        f"{exc}{_log_tail(log_path)}"
                    ) from exc
                time.sleep(0.02)
    finally:
        client.close()


def start_redis(base_dir: Path) -> Server:
    """Start a throwaway, non-persistent Redis server.

    Honours ``FLOWHUB_TEST_REDIS_URL`` (then nothing is started).
    """
    override = os.environ.get("FLOWHUB_TEST_REDIS_URL")
    if override:
        wait_for_redis(override, timeout=10)
        return Server(url=override, admin_url=override)

    exe = find_redis_server()
    workdir = base_dir / "redis"
    workdir.mkdir(parents=True, exist_ok=True)
    log_path = workdir / "redis.log"
    failure = ""
    for _attempt in range(3):
        port = free_port()
        url = f"redis://127.0.0.1:{port}/0"
        with log_path.open("ab") as log:
            proc = subprocess.Popen(
                [
                    exe,
                    "--port",
                    str(port),
                    "--bind",
                    "127.0.0.1",
                    "--save",
                    "",
                    "--appendonly",
                    "no",
                    "--dir",
                    str(workdir),
                    "--daemonize",
                    "no",
                ],
                cwd=workdir,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )

        def stop(proc: subprocess.Popen[bytes] = proc) -> None:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()

        deadline = time.monotonic() + START_TIMEOUT
        while proc.poll() is None and time.monotonic() < deadline:
            try:
                wait_for_redis(url, timeout=0.5)
            except ServerUnavailable:
                continue
            return Server(url=url, admin_url=url, log_path=log_path, _stop=_once(stop))
        stop()
        failure = (
            f"redis-server on port {port} exited with code {proc.returncode} or did not answer "
            f"PING within {START_TIMEOUT:.0f}s{_log_tail(log_path)}"
        )
    raise ServerUnavailable(failure)
