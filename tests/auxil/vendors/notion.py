"""Notion API 2025-09-03: a database holds data sources; pages name their data source as parent."""

from __future__ import annotations

import re
from typing import Any

from tests.auxil.vendors.common import (
    TOKENS,
    Answer,
    Call,
    Reject,
    Store,
    auth,
    found,
    need,
)
from tests.contracts.samples import answer, component


def handle(fake: Store, call: Call) -> Answer:
    """Answer one request as the vendor would."""
    # Notion API 2025-09-03 (developers.notion.com, "Upgrade guide 2025-09-03"): a database
    # is a container of data sources; pages live in a data source and name it as parent.
    auth(call, "authorization", f"Bearer {TOKENS['notion']}")
    auth(call, "notion-version", "2025-09-03")
    pages = fake.items["notion"]
    database = "0123456789abcdef0123456789abcdef"
    sources = {s["id"]: s for s in _notion_data_sources(database)}
    if call.method == "GET" and call.path == f"/v1/databases/{database}":
        listed = [{"id": i, "name": s["title"][0]["plain_text"]} for i, s in sources.items()]
        container = component(
            "notion",
            "DatabaseObjectResponse",
            id=database,
            title=[_text("Tasks")],
            data_sources=listed,
        )
        return 200, container, {}
    if call.method == "GET" and call.path.startswith("/v1/databases/"):
        raise Reject("Could not find database", 404)
    if call.method == "GET" and (m := re.fullmatch(r"/v1/data_sources/([\w-]+)", call.path)):
        return 200, found(sources, m.group(1)), {}
    if call.method == "POST" and call.path == "/v1/pages":
        parent = need(call.json, "parent", dict)
        source = parent.get("data_source_id")
        if parent.get("type") != "data_source_id" or source not in sources:
            raise Reject("parent must be {type: data_source_id, data_source_id} in 2025-09-03")
        props = need(call.json, "properties", dict)
        title = need(props, "Name", dict)
        need(title["title"][0]["text"], "content", str)
        if props.get("Due") and props["Due"].get("date"):
            need(props["Due"]["date"], "start", str)
        page_id = f"{fake.new_id():0>8}-0000-4000-8000-000000000000"
        pages[page_id] = props
        return 200, _page(page_id, source), {}
    if call.method == "PATCH" and (m := re.fullmatch(r"/v1/pages/([\w-]+)", call.path)):
        page = found(pages, m.group(1))
        page.update(need(call.json, "properties", dict))
        return 200, _page(m.group(1), next(iter(sources))), {}
    raise Reject(f"not a Notion endpoint: {call.method} {call.path}", 404)


def _text(words: str) -> dict[str, Any]:
    """A rich text item as Notion answers it."""
    return component("notion", "RichTextItemResponse", plain_text=words, text={"content": words})


def _page(page_id: str, source: str) -> dict[str, Any]:
    """A page as Notion answers a create or an update (its property values left out)."""
    url = f"https://www.notion.so/{page_id.replace('-', '')}"
    parent = {"type": "data_source_id", "data_source_id": source, "database_id": "x"}
    return answer("notion", "POST", "/v1/pages", 200, id=page_id, url=url, parent=parent)


def _column(prop_id: str, name: str, kind: str, config: Any = None) -> dict[str, Any]:
    """A data source's property as Notion describes it."""
    return {"id": prop_id, "name": name, "description": None, "type": kind, kind: config or {}}


def _status(options: list[dict[str, Any]], groups: list[dict[str, Any]]) -> dict[str, Any]:
    colored = [dict(o, color="default", description=None) for o in options]
    grouped = [dict(g, id=f"g{i}", color="default") for i, g in enumerate(groups)]
    return _column("s1", "Status", "status", {"options": colored, "groups": grouped})


def _notion_data_sources(database: str) -> list[dict[str, Any]]:
    """The shared database's two data sources: the task table first, then an archive."""
    options = [
        {"id": "o1", "name": "Not started"},
        {"id": "o2", "name": "In progress"},
        {"id": "o3", "name": "Done"},
    ]
    groups = [
        {"name": "To-do", "option_ids": ["o1"]},
        {"name": "In progress", "option_ids": ["o2"]},
        {"name": "Complete", "option_ids": ["o3"]},
    ]
    tasks = {
        "object": "data_source",
        "id": "2f26ee68-df30-4251-aad4-8ddc420cba3d",
        "title": [_text("Tasks")],
        "parent": {"type": "database_id", "database_id": database},
        "properties": {
            "Name": _column("title", "Name", "title"),
            "Due": _column("d1", "Due", "date"),
            "Status": _status(options, groups),
        },
    }
    archive = {
        "object": "data_source",
        "id": "7a1f0c52-3b7e-4a53-9a0e-1d2b3c4d5e6f",
        "title": [_text("Archive")],
        "parent": {"type": "database_id", "database_id": database},
        "properties": {"Title": _column("title", "Title", "title")},
    }
    return [component("notion", "DataSourceObjectResponse", **s) for s in (tasks, archive)]
