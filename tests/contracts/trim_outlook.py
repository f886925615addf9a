"""Microsoft Graph's calendar events and change notifications, from its OData metadata (CSDL).

Run at development time only: ``python -m tests.contracts.trim_outlook v1.0-Prod.csdl``.
Graph's OpenAPI files (`openapi/v1.0/openapi.yaml` in the same repository) are generated from
this CSDL; the types are read by `trim_csdl.schemas`, and the calls are the paths in `CALLS`,
with Graph's answers as its reference pages give them (201 for a create, 200 with the object for
an update, 204 for a delete). A complex type is sent whole, so its non-nullable properties are
required (`dateTimeTimeZone.dateTime`, a notification's `subscriptionId`...); an entity's are
not, since an update sends only what changes. An open complex type (`resourceData`) takes
properties it does not name.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from tests.contracts.trim_csdl import schemas
from tests.contracts.trim_specs import SPECS, trim_openapi

TOOL = "outlook_calendar"
_EDM = "{http://docs.oasis-open.org/odata/ns/edm}"
# (method, path, request type, answer status, answer type, OData query options taken).
CALLS: list[tuple[str, str, str | None, str, str | None, tuple[str, ...]]] = [
    ("get", "/me/calendar", None, "200", "calendar", ("$select",)),
    ("get", "/me/calendars/{calendar-id}", None, "200", "calendar", ("$select",)),
    ("post", "/me/events", "event", "201", "event", ()),
    ("post", "/me/calendars/{calendar-id}/events", "event", "201", "event", ()),
    ("get", "/me/events/{event-id}", None, "200", "event", ("$select",)),
    ("patch", "/me/events/{event-id}", "event", "200", "event", ()),
    ("delete", "/me/events/{event-id}", None, "204", None, ()),
    ("post", "/subscriptions", "subscription", "201", "subscription", ()),
    ("patch", "/subscriptions/{subscription-id}", "subscription", "200", "subscription", ()),
    ("delete", "/subscriptions/{subscription-id}", None, "204", None, ()),
]
# Kept though no call reaches them: what Graph POSTs to the notification URL.
PAYLOADS = ("changeNotificationCollection",)


def _complex(csdl: str, found: dict[str, Any]) -> None:
    """Mark the non-nullable properties of every complex type as required, and let an open
    complex type (`resourceData`) carry properties it does not name."""
    for node in ET.fromstring(csdl).iter(f"{_EDM}ComplexType"):
        name = node.get("Name", "")
        if node.get("OpenType") == "true" and isinstance(found.get(name), dict):
            found[name]["additionalProperties"] = True
        must = [
            p.get("Name", "") for p in node.iter(f"{_EDM}Property") if p.get("Nullable") == "false"
        ]
        schema = found.get(name)
        if must and isinstance(schema, dict) and "properties" in schema:
            schema["required"] = must


def document(csdl: str) -> dict[str, Any]:
    """The calls in `CALLS` and the payloads in `PAYLOADS` as an OpenAPI 3.0 document."""
    types = schemas(csdl)
    _complex(csdl, types)
    paths: dict[str, Any] = {}
    for method, path, request, status, answer, options in CALLS:
        parameters = [
            {"name": p.strip("{}"), "in": "path", "required": True, "schema": {"type": "string"}}
            for p in path.split("/")
            if p.startswith("{")
        ]
        parameters += [
            {
                "name": option,
                "in": "query",
                "description": "OData system query option: the properties to return.",
                "schema": {"type": "array", "items": {"type": "string"}},
            }
            for option in options
        ]
        operation: dict[str, Any] = {
            "parameters": parameters,
            "responses": {status: {"description": "OK"}},
        }
        if request:
            body = {"$ref": f"#/components/schemas/{request}"}
            operation["requestBody"] = {
                "required": True,
                "content": {"application/json": {"schema": body}},
            }
        if answer:
            one = {"$ref": f"#/components/schemas/{answer}"}
            operation["responses"][status]["content"] = {"application/json": {"schema": one}}
        paths.setdefault(path, {})[method] = operation
    full = {
        "openapi": "3.0.3",
        "info": {"title": "Microsoft Graph v1.0", "version": "v1.0", "license": {"name": "MIT"}},
        "servers": [{"url": "https://graph.microsoft.com/v1.0"}],
        "paths": paths,
        "components": {"schemas": types},
    }
    trimmed = trim_openapi(full, [(m, p) for m, p, *_ in CALLS])
    kept = trimmed["components"]["schemas"]
    todo = list(PAYLOADS)
    while todo:
        name = todo.pop()
        if name in kept:
            continue
        kept[name] = types[name]
        todo += [r.rsplit("/", 1)[-1] for r in _refs(types[name])]
    return trimmed


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return found + [r for v in node.values() for r in _refs(v)]
    if isinstance(node, list):
        return [r for v in node for r in _refs(v)]
    return []


def main(source: str) -> None:
    """Write specs/outlook_calendar.json from the downloaded CSDL `source`."""
    doc = document(Path(source).read_text(encoding="utf-8"))
    out = json.dumps(doc, indent=1, sort_keys=True)
    (SPECS / f"{TOOL}.json").write_text(out + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
