"""The protocol every task tool implements, the data it passes, and its errors.

An integration is built from a stored connection (its `config` and decrypted `secrets`) and
speaks the tool's documented REST or GraphQL API with httpx:

- `push(task, ref)` creates the task in the tool, or updates what `ref` names (the stored link),
  so a retried push never creates a second issue or card;
- `close(ref)` / `reopen(ref)` follow FlowHub's done and reopen;
- `check()` proves the credentials and the target still work, and names the target;
- round-trip tools also verify and parse the tool's webhooks (done, reopened, and edits as
  `ExternalEdit`), or `fetch` the item when a webhook only says that it changed.

Errors, drawn as a tree:

    IntegrationError               a call failed; the message says what happened and what to fix
     ├── RetryLater(retry_after)   429, 5xx, timeouts: try again after `retry_after` seconds
     │    └── SlowDown             the tool's rate limit (its 429, or FlowHub's own meter): the
     │                             job runs again then; waiting is never counted as a failure
     ├── Reconnect                 401/403: the token was revoked or expired; tell the person
     └── BadTarget                 other 4xx: the project, list or board in the config is wrong
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import socket
import ssl
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

import certifi
import httpx

from flowhub.integrations import outbound, rate_limits
from flowhub.meter import Meter
from flowhub.storage import Task

Refresher = Callable[[dict[str, str]], dict[str, str]]
ALL_DAY_GRAINS = frozenset(["day", "week", "month", "year"])


# Small API calls are written in two pieces (headers, body); don't let Nagle hold the second.
_NO_DELAY = [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]


@functools.cache
def _tls() -> ssl.SSLContext:
    """One TLS context for every call (building one per call costs more than the call)."""
    return ssl.create_default_context(cafile=certifi.where())


class IntegrationError(Exception):
    """A call to a task tool failed; the message is safe to show (it never holds a token)."""


class RetryLater(IntegrationError):
    """The tool is busy or down (429, 5xx, timeout); try again after `retry_after` seconds."""

    def __init__(self, message: str, *, retry_after: float = 30.0) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class SlowDown(RetryLater):
    """The tool's rate limit says wait `retry_after` seconds; the same call then goes through."""


class Reconnect(IntegrationError):
    """The tool refused the credentials (401/403): the person must connect it again."""


class BadTarget(IntegrationError):
    """The tool refused the request as configured (4xx): a wrong project, list or field."""


@dataclass(frozen=True, slots=True)
class ExternalRef:
    """What a task became in a tool: the tool's id for it and a link people can open.

    `unmatched` is a record the task names that a CRM tool has none of (it went in unlinked).
    """

    external_id: str
    url: str | None = None
    unmatched: str = ""


@dataclass(frozen=True, slots=True)
class ExternalStatus:
    """A status change a tool reported: done, reopened, or None when the tool must be asked.

    `at` is when the change happened by the tool's clock, where the tool says so: a change
    older than what FlowHub last saw of the task is a replay and is ignored.
    """

    external_id: str
    done: bool | None
    at: datetime | None = None
    edit: ExternalEdit | None = None


@dataclass(frozen=True, slots=True)
class ExternalEdit:
    """The fields of an item as a tool now has them; None (or empty) is "not said".

    `due` is a date where the tool keeps a day only, an aware datetime for an instant, or a
    naive one for a clock time in the task's own zone; `due_removed` says the tool took the
    due date away. `priority` lists the FlowHub words the tool's priority stands for, the one
    to take first ("normal" and "low" share Todoist's p4). `assignee` is the FlowHub name the
    tool's person is mapped to ("" when the tool's task has nobody).
    """

    title: str | None = None
    due: date | datetime | None = None
    due_removed: bool = False
    priority: tuple[str, ...] = ()
    assignee: str | None = None


@dataclass(frozen=True, slots=True)
class SetupField:
    """One value a person pastes to connect a tool, in the order the prompt lists them."""

    name: str
    label: str
    secret: bool = False
    optional: bool = False


@dataclass(frozen=True, slots=True)
class Due:
    """A task's due time as tools want it: the UTC instant, local date and zone, all-day or not."""

    at: datetime
    local: datetime
    day: date
    tz: str
    all_day: bool


def due_of(task: Task) -> Due | None:
    """The due time of a task, with its local date in the zone its author meant."""
    if task.due_at is None:
        return None
    tz = task.due_tz or "UTC"
    local = task.due_at.astimezone(ZoneInfo(tz))
    return Due(
        at=task.due_at.astimezone(UTC),
        local=local,
        day=local.date(),
        tz=tz,
        all_day=(task.due_grain or "day") in ALL_DAY_GRAINS,
    )


def calendar_rrule(task: Task) -> str | None:
    """The task's RRULE when it repeats by the calendar, else None.

    A repeat counted from completion ("every! 3 days") has no fixed dates: the next one is an
    interval after whenever this one is done, so no RRULE describes it.
    """
    return task.rrule if task.rrule and task.repeat_from != "completion" else None


def task_notes(task: Task) -> str:
    """The description FlowHub writes into the tool: the notes plus where the task came from."""
    lines = [task.notes.strip()] if task.notes.strip() else []
    if task.assignee_name and task.assignee_id != task.creator_id:  # not one's own task
        lines.append(f"Assigned in FlowHub to {task.assignee_name}.")
    lines.append(f"Created from chat by FlowHub (task {task.id}).")
    return "\n".join(lines)


def hmac_digest(secret: str, message: bytes, algorithm: str = "sha256") -> bytes:
    """The raw HMAC of `message` under `secret`."""
    return hmac.new(secret.encode(), message, getattr(hashlib, algorithm)).digest()


def same(expected: str | bytes, given: str | bytes | None) -> bool:
    """Compare a signature in constant time; a missing one never matches."""
    if given is None or not expected:
        return False
    left = expected.encode() if isinstance(expected, str) else expected
    right = given.encode() if isinstance(given, str) else given
    return hmac.compare_digest(left, right)


def event_time(value: object) -> datetime | None:
    """A tool's timestamp (ISO 8601 with "Z" or "+0000", or Unix milliseconds) in UTC, or None."""
    if isinstance(value, bool) or value is None or value == "":
        return None
    if isinstance(value, int | float) or (isinstance(value, str) and value.isdigit()):
        try:
            return datetime.fromtimestamp(float(value) / 1000, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    text = value.strip().replace("Z", "+00:00")
    if len(text) > 5 and text[-5] in "+-" and text[-4:].isdigit():
        text = f"{text[:-2]}:{text[-2:]}"  # Jira's "+0000"
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return None
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(UTC)


def retry_after_seconds(value: str | None, default: float) -> float:
    """Read a Retry-After header: seconds, or an HTTP date; `default` when absent or unreadable."""
    if not value:
        return default
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return default
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


class Integration:
    """Base class of the task tools; subclasses fill in the class fields and the API calls."""

    kind: ClassVar[str]
    title: ClassVar[str]
    api_url: ClassVar[str] = ""
    setup: ClassVar[tuple[SetupField, ...]] = ()
    help: ClassVar[str] = ""
    oauth: ClassVar[str | None] = None
    round_trip: ClassVar[bool] = False
    needs_due: ClassVar[bool] = False
    webhook_header: ClassVar[str] = ""
    # What a person does to bring "done" back when FlowHub cannot register the webhook: {url}
    # is the connection's webhook URL, {base} the same without the connection.
    hook_steps: ClassVar[str] = ""
    # The URL in `hook_steps` carries a key FlowHub chose (`key=`, kept as `webhook_secret`),
    # for a tool whose deliveries are signed by nothing.
    hook_key: ClassVar[bool] = False

    def __init__(
        self,
        *,
        config: Mapping[str, Any],
        secrets: Mapping[str, str],
        base_url: str | None = None,
        timeout: float = 10.0,
        refresh: Refresher | None = None,
        rules: outbound.Outbound | None = None,
        meter: Meter | None = None,
        daily_calls: int | None = None,
    ) -> None:
        self.config = dict(config)
        self.secrets = dict(secrets)
        self.base_url = (base_url or self.config.get("base_url") or self._default_url()).rstrip("/")
        self.timeout = timeout
        self._refresh = refresh
        self.rules = rules or outbound.Outbound()
        self._meter = meter
        # The account's calls a day where the server names its plan's (monday.com).
        self.daily_calls = daily_calls

    # --- the protocol ------------------------------------------------------------------------

    def push(self, task: Task, ref: ExternalRef | None = None) -> ExternalRef:
        """Create the task in the tool, or update the one `ref` names; return where it lives."""
        raise NotImplementedError

    def close(self, ref: ExternalRef) -> None:
        """Mark the task done (closed, completed) in the tool."""
        raise NotImplementedError

    def reopen(self, ref: ExternalRef) -> None:
        """Undo `close`; tools without a reopen leave the task as it is."""

    def discard(self, ref: ExternalRef) -> None:
        """Follow a task deleted in FlowHub; a tool with no delete of its own closes it."""
        self.close(ref)

    def check(self) -> str:
        """Prove the credentials and the target work; return a short name of the target."""
        raise NotImplementedError

    def discover(self) -> None:
        """Fill in the config's target after an OAuth sign-in (first project, list, ...)."""

    def find(self, task: Task) -> ExternalRef | None:
        """What an earlier, unrecorded push of `task` created, where the tool can tell."""
        return None

    def status(self, ref: ExternalRef) -> bool | None:
        """Whether the task is done in the tool, for webhooks that only say "changed"."""
        return None

    def fetch(self, ref: ExternalRef) -> ExternalStatus | None:
        """The item as the tool has it now (done, and its fields), for webhooks that only say
        "changed"; None where the client cannot read it."""
        return None

    def register_webhook(self, url: str) -> dict[str, str] | None:
        """Ask the tool to send its changes to `url`; the secrets to keep (`hook_id`, ...),
        or None where the tool's API cannot register one."""
        return None

    def delete_webhook(self, hook_id: str) -> None:
        """Delete the webhook `register_webhook` made."""

    def verify_webhook(self, headers: Mapping[str, str], body: bytes, *, url: str = "") -> bool:
        """Whether an inbound webhook carries this connection's valid signature."""
        return False

    def parse_webhook(self, body: bytes) -> list[ExternalStatus]:
        """The status changes in a verified webhook body; `ValueError` when it is malformed."""
        return []

    def webhook_delivery(self, headers: Mapping[str, str], body: bytes) -> str | None:
        """The tool's id of this delivery (the same for its retries), where it sends one."""
        return None

    def webhook_fresh(self, body: bytes, now: datetime) -> bool:
        """Whether a verified webhook is recent enough, where the tool signs its send time."""
        return True

    def guard(self, url: str) -> None:
        """Refuse (`BadTarget`) a person-supplied URL this server must not send to."""
        try:
            outbound.check_url(url, self.rules)
        except outbound.Refused as exc:
            raise BadTarget(str(exc)) from exc

    # --- helpers for subclasses --------------------------------------------------------------

    def _default_url(self) -> str:
        return self.api_url

    def _auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.secrets.get('token', '')}"}

    def _call(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        content: bytes | None = None,
    ) -> httpx.Response:
        """One API call; maps the tool's answer to the error tree (refreshing OAuth once)."""
        url = path if path.startswith(("http://", "https://")) else self.base_url + path
        call = {"json": json, "params": params, "headers": headers, "content": content}
        self._pace()
        response = self._send(method, url, **call)
        if (
            response.status_code == 401
            and self._refresh is not None
            and self.secrets.get("refresh_token")
        ):
            self.secrets = self._refresh(self.secrets)
            response = self._send(method, url, **call)
        self._raise_for(response, method, path)
        return response

    def _pace(self) -> None:
        """Wait for the account's slot under the tool's documented limits (`rate_limits`)."""
        if self._meter is None:
            return
        limits = rate_limits.limits_for(self.kind, self.config, self.secrets)
        wait = rate_limits.wait_for(self._meter, limits)
        if wait > 0:
            raise SlowDown(f"{self.title}'s rate limit: next call in {wait:.0f}s", retry_after=wait)

    def _send(
        self,
        method: str,
        url: str,
        *,
        json: Any,
        params: Mapping[str, Any] | None,
        headers: Mapping[str, str] | None,
        content: bytes | None,
    ) -> httpx.Response:
        sent = {"Accept": "application/json", **self._auth_headers(), **(headers or {})}
        transport = outbound.transport(self.rules, verify=_tls(), socket_options=_NO_DELAY)
        try:
            # Redirects are never followed: a 3xx is an answer, not a new address to try.
            with httpx.Client(transport=transport, timeout=self.timeout) as client:
                return client.request(
                    method, url, json=json, params=params, headers=sent, content=content
                )
        except outbound.Refused as exc:
            raise BadTarget(str(exc)) from exc
        except httpx.TimeoutException as exc:
            raise RetryLater(f"{self.title} did not answer in time", retry_after=5) from exc
        except httpx.TransportError as exc:
            raise RetryLater(
                f"{self.title} could not be reached ({type(exc).__name__})", retry_after=10
            ) from exc

    def _raise_for(self, response: httpx.Response, method: str, path: str) -> None:
        status = response.status_code
        if status < 400:
            return
        detail = self._detail(response)
        wait = self._slow_down(response)
        if wait is not None:
            raise SlowDown(f"{self.title} asked to slow down ({status})", retry_after=wait)
        if status >= 500:
            wait = retry_after_seconds(response.headers.get("Retry-After"), 10.0)
            raise RetryLater(f"{self.title} had an error ({status}): {detail}", retry_after=wait)
        if status in (401, 403):
            raise Reconnect(f"{self.title} refused the credentials ({status}): {detail}")
        raise BadTarget(f"{self.title} refused {method} {path} ({status}): {detail}")

    def _slow_down(self, response: httpx.Response) -> float | None:
        """Seconds to wait when `response` is a rate limit (429, `Retry-After`); else None."""
        if response.status_code != 429:
            return None
        return retry_after_seconds(response.headers.get("Retry-After"), 30.0)

    def _detail(self, response: httpx.Response) -> str:
        # Only the tool's own error message is shown; any other body (an HTML page, a proxy's
        # answer) stays out of the chat.
        try:
            data = response.json()
        except ValueError:
            return response.reason_phrase or "no reason given"
        for key in ("message", "error_description", "error", "errorMessages", "errors", "err"):
            value = data.get(key) if isinstance(data, dict) else None
            if value:
                return str(value)[:200]
        return response.reason_phrase or "no reason given"

    def assignee_named(self, tool_person: object) -> str | None:
        """The FlowHub name the connection maps a tool person (id, login, gid) to, else None."""
        if tool_person is None or tool_person == "":
            return None
        for name, mapped in (self.config.get("assignees") or {}).items():
            if str(mapped).casefold() == str(tool_person).casefold():
                return str(name)
        return None

    def _required(self, name: str) -> str:
        value = self.config.get(name) or self.secrets.get(name)
        if not value:
            raise BadTarget(f"{self.title} needs “{name}”; connect it again with that value")
        return str(value)


__all__ = [
    "BadTarget",
    "Due",
    "ExternalEdit",
    "ExternalRef",
    "ExternalStatus",
    "Integration",
    "IntegrationError",
    "Reconnect",
    "RetryLater",
    "SetupField",
    "SlowDown",
    "due_of",
    "event_time",
    "hmac_digest",
    "retry_after_seconds",
    "same",
    "task_notes",
]
