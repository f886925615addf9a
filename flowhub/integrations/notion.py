"""Notion: pages in one database, with its title, date and status (or checkbox) properties.

API version 2025-09-03: a database is a container of data sources, and pages are created in a
data source. At connect time (`check`) the database's data source is found (the one named in the
config, else the first) and its property names are kept in the config: the title property, the
first date property, and the first status, select or checkbox property.
"""

from __future__ import annotations

import re
from typing import Any

from flowhub.integrations.base import (
    BadTarget,
    ExternalRef,
    Integration,
    SetupField,
    due_of,
)
from flowhub.storage import Task

VERSION = "2025-09-03"
_HEX_ID = re.compile(r"[0-9a-f]{32}", re.I)
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)


class Notion(Integration):
    """Pages in one Notion database."""

    kind = "notion"
    title = "Notion"
    api_url = "https://api.notion.com"
    setup = (
        SetupField("database", "the database's link or id"),
        SetupField("token", "an internal integration secret", secret=True),
        SetupField(
            "data_source", "the data source's name (optional; default the first)", optional=True
        ),
    )
    help = (
        "Create an internal integration at https://www.notion.so/my-integrations, copy its "
        "secret, then open the database in Notion and add the integration under ••• → "
        "Connections. The database link is what “Copy link” gives."
    )

    def _auth_headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.secrets.get('token', '')}",
            "Notion-Version": VERSION,
        }

    def push(self, task: Task, ref: ExternalRef | None = None) -> ExternalRef:
        """Create a page in the database, or update its title and date."""
        schema = self._schema()
        properties: dict[str, Any] = {
            schema["title_property"]: {"title": [{"text": {"content": task.title[:2000]}}]}
        }
        if schema.get("date_property"):
            due = due_of(task)
            start = None
            if due is not None:
                start = due.day.isoformat() if due.all_day else due.local.isoformat()
            properties[schema["date_property"]] = {"date": {"start": start} if start else None}
        if ref is not None:
            self._call("PATCH", f"/v1/pages/{ref.external_id}", json={"properties": properties})
            return ref
        parent = {"type": "data_source_id", "data_source_id": schema["data_source_id"]}
        body = {"parent": parent, "properties": properties}
        data = self._call("POST", "/v1/pages", json=body).json()
        return ExternalRef(str(data["id"]), data.get("url"))

    def close(self, ref: ExternalRef) -> None:
        """Set the status to its done option (or tick the checkbox)."""
        self._set_status(ref, done=True)

    def reopen(self, ref: ExternalRef) -> None:
        """Set the status back to its first to-do option (or untick the checkbox)."""
        self._set_status(ref, done=False)

    def _set_status(self, ref: ExternalRef, *, done: bool) -> None:
        schema = self._schema()
        name, kind = schema.get("status_property"), schema.get("status_type")
        if not name:
            return  # a database without a status column: nothing to tick
        if kind == "checkbox":
            value: dict[str, Any] = {"checkbox": done}
        else:
            option = schema.get("done_option" if done else "open_option")
            if not option:
                return
            value = {str(kind): {"name": option}}
        self._call("PATCH", f"/v1/pages/{ref.external_id}", json={"properties": {name: value}})

    def check(self) -> str:
        """The secret works, the database is shared with it, and it has a title property."""
        schema = self._read_schema()
        self.config.update(schema)
        return f"database “{schema.get('database_title') or self._database_id()}”"

    def _schema(self) -> dict[str, Any]:
        if "data_source_id" not in self.config:  # also a connection made before 2025-09-03
            self.config.update(self._read_schema())
        return self.config

    def _read_schema(self) -> dict[str, Any]:
        database = self._call("GET", f"/v1/databases/{self._database_id()}").json()
        source_id = self._data_source(database.get("data_sources") or [])
        data = self._call("GET", f"/v1/data_sources/{source_id}").json()
        properties: dict[str, Any] = data.get("properties") or {}
        schema: dict[str, Any] = {
            "data_source_id": source_id,
            "database_title": _plain(database.get("title")) or _plain(data.get("title")),
        }
        for name, prop in properties.items():
            kind = prop.get("type")
            if kind == "title":
                schema["title_property"] = name
            elif kind == "date":
                schema.setdefault("date_property", name)
            elif kind in ("status", "select", "checkbox") and "status_property" not in schema:
                schema.update(status_property=name, status_type=kind)
                schema.update(_options(prop, kind))
        if "title_property" not in schema:
            raise BadTarget("that Notion database has no title property; pick another database")
        return schema

    def _data_source(self, sources: list[dict[str, Any]]) -> str:
        """The id of the data source named in the config, else of the database's first one."""
        if not sources:
            raise BadTarget("that Notion database has no data source; pick another database")
        wanted = str(self.config.get("data_source") or "").strip().casefold()
        for source in sources:
            if not wanted or str(source.get("name", "")).casefold() == wanted:
                return str(source["id"])
        names = ", ".join(f"“{s.get('name', '')}”" for s in sources)
        raise BadTarget(f"that Notion database has no data source “{wanted}”; it has {names}")

    def _database_id(self) -> str:
        raw = self._required("database").strip()
        path = raw.split("?", 1)[0].rstrip("/")
        if _UUID.fullmatch(path):
            return path
        # A link ends in "<Title>-<32 hex>"; a bare id is the 32 hex alone.
        last = path.rsplit("/", 1)[-1].rsplit("-", 1)[-1]
        if not _HEX_ID.fullmatch(last):
            raise BadTarget(f"“{raw}” is not a Notion database link or id; use “Copy link”")
        return last


def _plain(rich: list[dict[str, Any]] | None) -> str:
    return "".join(t.get("plain_text", "") for t in rich or [])


def _options(prop: dict[str, Any], kind: str) -> dict[str, str]:
    """The done and to-do options of a status or select property."""
    if kind == "checkbox":
        return {}
    spec = prop.get(kind) or {}
    options = [o.get("name", "") for o in spec.get("options") or []]
    groups = {
        g.get("name", "").casefold(): g.get("option_ids") or [] for g in spec.get("groups") or []
    }
    by_id = {o.get("id"): o.get("name", "") for o in spec.get("options") or []}
    done = next((o for o in options if o.casefold() in ("done", "complete", "completed")), "")
    if not done and groups.get("complete"):
        done = by_id.get(groups["complete"][0], "")
    todo = next((by_id.get(i, "") for i in groups.get("to-do", [])), "") or (
        options[0] if options else ""
    )
    return {"done_option": done, "open_option": todo}
