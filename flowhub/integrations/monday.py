"""monday.com: items on one board through the GraphQL API, with date and status columns.

The board's first date and status columns are found at connect time (`check`) and kept in the
config; done sets the status column to its "Done" label.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from flowhub.integrations.base import (
    BadTarget,
    ExternalRef,
    Integration,
    Reconnect,
    RetryLater,
    SetupField,
    due_of,
)
from flowhub.storage import Task

# The "Current" stable version (developer.monday.com API versioning, September 2026); versions
# past maintenance are re-routed to a newer one without notice, so this moves every half year.
API_VERSION = "2026-07"
_CREATE = """mutation ($board: ID!, $group: String, $name: String!, $values: JSON) {
  create_item(board_id: $board, group_id: $group, item_name: $name, column_values: $values) {
    id url
  }
}"""
_CHANGE = """mutation ($board: ID!, $item: ID!, $values: JSON!) {
  change_multiple_column_values(board_id: $board, item_id: $item, column_values: $values) { id }
}"""
_BOARD = "query ($board: [ID!]) { me { id } boards(ids: $board) { name columns { id type } } }"


class Monday(Integration):
    """Items on one monday.com board."""

    kind = "monday"
    title = "monday.com"
    api_url = "https://api.monday.com"
    setup = (
        SetupField("board", "the board id (the number in its URL)"),
        SetupField("token", "your API token", secret=True),
    )
    help = "Copy your API token in monday.com: your avatar → Developers → My access tokens."

    def _auth_headers(self) -> dict[str, str]:
        return {"Authorization": self.secrets.get("token", ""), "API-Version": API_VERSION}

    def graphql(self, query: str, variables: dict[str, Any]) -> dict[str, Any]:
        """Run one GraphQL operation; monday's error answers map to the error tree."""
        data = self._call("POST", "/v2", json={"query": query, "variables": variables}).json()
        errors = data.get("errors") or (
            [{"message": data["error_message"]}] if data.get("error_message") else []
        )
        if errors:
            text = "; ".join(str(e.get("message", e)) for e in errors)[:200]
            if "complexity" in text.lower() or "rate limit" in text.lower():
                raise RetryLater(f"monday.com asked to slow down: {text}", retry_after=30)
            if "authenticat" in text.lower():
                raise Reconnect(f"monday.com refused the token: {text}")
            raise BadTarget(f"monday.com refused the request: {text}")
        result: dict[str, Any] = data.get("data") or {}
        return result

    def _raise_for(self, response: httpx.Response, method: str, path: str) -> None:
        if response.status_code == 200:
            return
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
        boards = self.graphql(_BOARD, {"board": [self._required("board")]}).get("boards") or []
        if not boards:
            raise BadTarget(f"monday.com has no board {self.config['board']} this token can see")
        found: dict[str, Any] = {"board_name": boards[0].get("name", ""), "date_column": ""}
        for column in boards[0].get("columns") or []:
            if column.get("type") == "date" and not found["date_column"]:
                found["date_column"] = column["id"]
            if column.get("type") == "status" and "status_column" not in found:
                found["status_column"] = column["id"]
        return found
