"""monday.com: items on one board through the GraphQL API, with date and status columns.

The board's first date and status columns are found at connect time (`check`) and kept in the
config; done sets the status column to its "Done" label.

Inbound: at connect FlowHub registers two board webhooks (`create_webhook`: column values and
item names). monday first POSTs a `challenge` to the URL, which is answered with the same JSON
(`challenge`). A webhook made with a personal token is not signed, so its URL carries a key
FlowHub chose (`key=`, compared in constant time); one made by an app carries a JWT in
`Authorization`, signed HS256 with the app's signing secret, checked when the connection has it.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets as random
from collections.abc import Mapping
from datetime import UTC, date, datetime, time
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

from flowhub.integrations import monday_limits
from flowhub.integrations.base import (
    BadTarget,
    ExternalEdit,
    ExternalRef,
    ExternalStatus,
    Integration,
    Reconnect,
    SetupField,
    SlowDown,
    due_of,
    event_time,
    hmac_digest,
    retry_after_seconds,
    same,
)
from flowhub.storage import Task

# The "Current" stable version (developer.monday.com API versioning, September 2026); versions
# past maintenance are re-routed to a newer one without notice, so this moves every half year.
API_VERSION = "2026-07"
# Every operation asks what it cost and what is left of the token's budget (`monday_limits`).
_CREATE = """mutation ($board: ID!, $group: String, $name: String!, $values: JSON) {
  create_item(board_id: $board, group_id: $group, item_name: $name, column_values: $values) {
    id url
  }
  complexity { before after query reset_in_x_seconds }
}"""
_CHANGE = """mutation ($board: ID!, $item: ID!, $values: JSON!) {
  change_multiple_column_values(board_id: $board, item_id: $item, column_values: $values) { id }
  complexity { before after query reset_in_x_seconds }
}"""
_BOARD = """query ($board: [ID!]) {
  me { id account { id } }
  boards(ids: $board) { name columns { id type } }
  complexity { before after query reset_in_x_seconds }
}"""
_HOOK_CREATE = """mutation ($board: ID!, $url: String!, $event: WebhookEventType!) {
  create_webhook(board_id: $board, url: $url, event: $event) { id board_id }
  complexity { before after query reset_in_x_seconds }
}"""
_HOOK_DELETE = """mutation ($id: ID!) {
  delete_webhook(id: $id) { id board_id }
  complexity { before after query reset_in_x_seconds }
}"""
# Column values (status and date) and item names; one webhook per event.
_EVENTS = ("change_column_value", "change_name")


class Monday(Integration):
    """Items on one monday.com board."""

    kind = "monday"
    title = "monday.com"
    api_url = "https://api.monday.com"
    round_trip = True
    # Not always a header: a personal token's webhook is checked by the key in its URL.
    webhook_header = ""
    setup = (
        SetupField("board", "the board id (the number in its URL)"),
        SetupField("token", "your API token", secret=True),
        SetupField("signing_secret", "your monday app's signing secret", True, True),
    )
    help = "Copy your API token in monday.com: your avatar → Developers → My access tokens."

    def _auth_headers(self) -> dict[str, str]:
        return {"Authorization": self.secrets.get("token", ""), "API-Version": API_VERSION}

    def graphql(self, query: str, variables: dict[str, Any]) -> dict[str, Any]:
        """Run one GraphQL operation; monday's error answers map to the error tree, and what it
        reports left of the token's complexity budget is kept (`monday_limits`)."""
        data = self._call("POST", "/v2", json={"query": query, "variables": variables}).json()
        errors = data.get("errors") or (
            [{"message": data["error_message"]}] if data.get("error_message") else []
        )
        if errors:
            self._limited(data)
            text = "; ".join(_message(e) for e in errors)[:200]
            if "authenticat" in text.lower():
                raise Reconnect(f"monday.com refused the token: {text}")
            raise BadTarget(f"monday.com refused the request: {text}")
        result: dict[str, Any] = data.get("data") or {}
        if self._meter is not None:
            monday_limits.settle(self._meter, self.secrets, result.get("complexity"))
        return result

    def _pace(self) -> None:
        """The minute's queries (`rate_limits`), then the token's complexity budget and the
        account's calls today (`monday_limits`)."""
        super()._pace()
        if self._meter is None:
            return
        wait = monday_limits.admit(self._meter, self.config, self.secrets, self.daily_calls)
        if wait > 0:
            raise SlowDown(f"monday.com's budget: next call in {wait:.0f}s", retry_after=wait)

    def _limited(self, data: Any, retry_after: str | None = None) -> None:
        """Raise `SlowDown` for an answer that says a limit was hit, for as long as it says
        (the day's limit: until midnight UTC); an exhausted budget is kept so no worker calls
        before then."""
        hit = monday_limits.limit_error(data)
        if hit is None:
            return
        limit, wait = hit
        if wait is None and limit == "day":
            wait = monday_limits.until_midnight()
        if wait is None:
            wait = retry_after_seconds(retry_after, 30.0)
        if self._meter is not None:
            monday_limits.exhausted(self._meter, self.config, self.secrets, limit, wait)
        said = "; ".join(_message(e) for e in data.get("errors") or [data])[:200]
        raise SlowDown(f"monday.com asked to slow down ({limit}): {said}", retry_after=wait)

    def _raise_for(self, response: httpx.Response, method: str, path: str) -> None:
        if response.status_code == 200:
            return
        if response.status_code == 429:
            try:
                data = response.json()
            except ValueError:
                data = {"errors": [{"message": "Rate limit exceeded"}]}
            self._limited(data, response.headers.get("Retry-After"))
        super()._raise_for(response, method, path)

    def push(self, task: Task, ref: ExternalRef | None = None) -> ExternalRef:
        """Create the item with its date, or update its name and date."""
        board = self._required("board")
        values = self._values(task)
        if ref is not None:
            values["name"] = task.title
            self.graphql(
                _CHANGE, {"board": board, "item": ref.external_id, "values": json.dumps(values)}
            )
            return ref
        variables = {
            "board": board,
            "group": self.config.get("group"),
            "name": task.title,
            "values": json.dumps(values),
        }
        item = self.graphql(_CREATE, variables)["create_item"]
        return ExternalRef(str(item["id"]), item.get("url"))

    def _values(self, task: Task) -> dict[str, Any]:
        column = self._columns().get("date_column")
        due = due_of(task)
        if not column:
            return {}
        if due is None:
            return {column: None}
        if due.all_day:
            return {column: {"date": due.day.isoformat()}}
        # monday's date column keeps the time in UTC.
        return {column: {"date": f"{due.at:%Y-%m-%d}", "time": f"{due.at:%H:%M:%S}"}}

    def close(self, ref: ExternalRef) -> None:
        """Set the status column to the done label."""
        self._status(ref, str(self.config.get("done_label") or "Done"))

    def reopen(self, ref: ExternalRef) -> None:
        """Set the status column back to the open label."""
        self._status(ref, str(self.config.get("open_label") or "Working on it"))

    def _status(self, ref: ExternalRef, label: str) -> None:
        column = self._columns().get("status_column")
        if not column:
            return
        values = json.dumps({column: {"label": label}})
        self.graphql(
            _CHANGE, {"board": self._required("board"), "item": ref.external_id, "values": values}
        )

    def check(self) -> str:
        """The token works and the board exists; its date and status columns are noted."""
        self.config.update(self._read_columns())
        return f"board “{self.config.get('board_name') or self.config['board']}”"

    def _columns(self) -> dict[str, Any]:
        if "date_column" not in self.config:
            self.config.update(self._read_columns())
        return self.config

    def _read_columns(self) -> dict[str, Any]:
        answer = self.graphql(_BOARD, {"board": [self._required("board")]})
        boards = answer.get("boards") or []
        if not boards:
            raise BadTarget(f"monday.com has no board {self.config['board']} this token can see")
        found: dict[str, Any] = {"board_name": boards[0].get("name", ""), "date_column": ""}
        account = ((answer.get("me") or {}).get("account") or {}).get("id")
        if account:
            found["account_id"] = str(account)  # the day's calls are counted per account
        for column in boards[0].get("columns") or []:
            if column.get("type") == "date" and not found["date_column"]:
                found["date_column"] = column["id"]
            if column.get("type") == "status" and "status_column" not in found:
                found["status_column"] = column["id"]
        return found

    def register_webhook(self, url: str) -> dict[str, str] | None:
        """The board's webhooks for column values and names, sent to `url` with a key."""
        key = self.secrets.get("webhook_secret") or random.token_urlsafe(24)
        target = f"{url}{'&' if '?' in url else '?'}key={key}"
        board = self._required("board")
        made = [
            self.graphql(_HOOK_CREATE, {"board": board, "url": target, "event": event})
            for event in _EVENTS
        ]
        ids = [str((m.get("create_webhook") or {}).get("id") or "") for m in made]
        if not all(ids):
            raise BadTarget("monday.com did not create the webhook")
        return {"hook_id": ",".join(ids), "webhook_secret": key}

    def delete_webhook(self, hook_id: str) -> None:
        """Delete the board's webhooks."""
        for one in filter(None, hook_id.split(",")):
            self.graphql(_HOOK_DELETE, {"id": one})

    def verify_webhook(self, headers: Mapping[str, str], body: bytes, *, url: str = "") -> bool:
        """The app's JWT in `Authorization`, or the key FlowHub put in the webhook's URL."""
        signing = self.secrets.get("signing_secret")
        if signing and headers.get("authorization"):
            return _jwt_valid(headers["authorization"], signing)
        key = parse_qs(urlsplit(url).query).get("key", [""])[0]
        return same(self.secrets.get("webhook_secret", ""), key)

    def parse_webhook(self, body: bytes) -> list[ExternalStatus]:
        """An item whose status column, date column or name changed."""
        data = json.loads(body)
        event = data.get("event") if isinstance(data, dict) else None
        if not isinstance(event, dict):
            raise ValueError("a monday.com webhook body is an object with an event")
        item = str(event.get("pulseId") or event.get("itemId") or "")
        value = event.get("value") or {}
        at = event_time(event.get("triggerTime"))
        if not item:
            return []
        if event.get("type") == "update_name":
            name = value.get("name") if isinstance(value, dict) else None
            return [ExternalStatus(item, None, at, edit=ExternalEdit(title=name))] if name else []
        if event.get("type") != "update_column_value":
            return []
        column = event.get("columnId")
        if column and column == self.config.get("status_column"):
            return [ExternalStatus(item, self._is_done(value), at)]
        if column and column == self.config.get("date_column"):
            return [ExternalStatus(item, None, at, edit=_due_edit(value))]
        return []

    def _is_done(self, value: Any) -> bool:
        label = value.get("label") if isinstance(value, dict) else None
        if not isinstance(label, dict):
            return False
        if isinstance(label.get("is_done"), bool):
            return bool(label["is_done"])
        done = str(self.config.get("done_label") or "Done")
        return str(label.get("text") or "").casefold() == done.casefold()

    def webhook_delivery(self, headers: Mapping[str, str], body: bytes) -> str | None:
        """The event's `triggerUuid`: the same for monday's retries of one change."""
        try:
            data = json.loads(body)
        except ValueError:
            return None
        event = data.get("event") if isinstance(data, dict) else None
        found = event.get("triggerUuid") if isinstance(event, dict) else None
        return str(found) if found else None


def challenge(body: bytes) -> dict[str, str] | None:
    """monday's URL check (`{"challenge": ...}`), to be answered with the same JSON; else None."""
    try:
        data = json.loads(body)
    except ValueError:
        return None
    if not isinstance(data, dict) or set(data) != {"challenge"}:
        return None
    said = data["challenge"]
    return {"challenge": said} if isinstance(said, str) and len(said) <= 512 else None


def _message(error: Any) -> str:
    """An error's text: its `message`, or the error itself where monday sent plain text."""
    return str(error.get("message", error)) if isinstance(error, dict) else str(error)


def _due_edit(value: Any) -> ExternalEdit:
    """A date column's new value (its time, when set, in UTC) as an edit."""
    day = value.get("date") if isinstance(value, dict) else None
    if not day:
        return ExternalEdit(due_removed=True)
    when: date | datetime = date.fromisoformat(str(day)[:10])
    if value.get("time"):
        clock = time.fromisoformat(str(value["time"]))
        when = datetime.combine(when, clock, tzinfo=UTC)
    return ExternalEdit(due=when)


def _jwt_valid(header: str, secret: str) -> bool:
    """An HS256 JWT signed with `secret` and not expired (monday's app webhooks)."""
    token = header.removeprefix("Bearer ").strip()
    parts = token.split(".")
    if len(parts) != 3:
        return False
    try:
        head = json.loads(_b64(parts[0]))
        claims = json.loads(_b64(parts[1]))
        signature = _b64(parts[2])
    except (ValueError, binascii.Error):
        return False
    if not isinstance(head, dict) or head.get("alg") != "HS256":
        return False
    expected = hmac_digest(secret, f"{parts[0]}.{parts[1]}".encode())
    if not same(expected, signature):
        return False
    expires = claims.get("exp") if isinstance(claims, dict) else None
    return not isinstance(expires, int | float) or expires > datetime.now(UTC).timestamp()


def _b64(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
