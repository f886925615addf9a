"""Microsoft Graph's OData metadata (CSDL) turned into the OpenAPI shape the contract checker reads.

Run at development time only: ``python -m tests.contracts.trim_csdl microsoft_todo v1.0-Prod.csdl``.
Graph's published OpenAPI file is generated from this same CSDL; the CSDL is the smaller source.
Each entity or complex type becomes a schema (its base type through `allOf`, `Nullable="false"`
as not null, navigation properties that contain their target as nested objects, the way a deep
insert sends them), each enum a string enum; the calls are the navigation paths in `CALLS`.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from tests.contracts.trim_specs import SPECS, trim_openapi

_EDM = "{http://docs.oasis-open.org/odata/ns/edm}"
_NAMESPACE = "microsoft.graph"
_SCALARS: dict[str, dict[str, Any]] = {
    "Edm.String": {"type": "string"},
    "Edm.Boolean": {"type": "boolean"},
    "Edm.Int32": {"type": "integer"},
    "Edm.Int64": {"type": "integer"},
    "Edm.Double": {"type": "number"},
    "Edm.DateTimeOffset": {"type": "string", "format": "date-time"},
    "Edm.Date": {"type": "string", "format": "date"},
    "Edm.Guid": {"type": "string", "format": "uuid"},
}
# tool -> (method, path, request type, answer status, answer type; "[]" marks a collection).
CALLS: dict[str, list[tuple[str, str, str | None, str, str | None]]] = {
    "microsoft_todo": [
        ("get", "/me/todo/lists", None, "200", "todoTaskList[]"),
        ("get", "/me/todo/lists/{todoTaskList-id}", None, "200", "todoTaskList"),
        ("post", "/me/todo/lists/{todoTaskList-id}/tasks", "todoTask", "201", "todoTask"),
        (
            "patch",
            "/me/todo/lists/{todoTaskList-id}/tasks/{todoTask-id}",
            "todoTask",
            "200",
            "todoTask",
        ),
    ]
}


def schemas(csdl: str) -> dict[str, Any]:
    """Every type of the `microsoft.graph` namespace as an OpenAPI schema, by name."""
    root = ET.fromstring(csdl)
    out: dict[str, Any] = {}
    for schema in root.iter(f"{_EDM}Schema"):
        if schema.get("Namespace") != _NAMESPACE:
            continue
        for node in schema:
            name = node.get("Name", "")
            if node.tag == f"{_EDM}EnumType":
                members = [m.get("Name") for m in node.iter(f"{_EDM}Member")]
                out[name] = {"type": "string", "enum": members}
            elif node.tag in (f"{_EDM}EntityType", f"{_EDM}ComplexType"):
                out[name] = _structured(node)
    return out


def _structured(node: ET.Element) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    for prop in node:
        if prop.tag == f"{_EDM}Property" or (
            prop.tag == f"{_EDM}NavigationProperty" and prop.get("ContainsTarget") == "true"
        ):
            typed = _typed(prop.get("Type", ""))
            if prop.get("Nullable") != "false":
                typed = dict(typed, nullable=True)
            properties[prop.get("Name", "")] = typed
    own: dict[str, Any] = {"type": "object", "properties": properties}
    base = node.get("BaseType")
    if base:
        return {"allOf": [_typed(base), own]}
    return own


def _typed(name: str) -> dict[str, Any]:
    if name.startswith("Collection(") and name.endswith(")"):
        return {"type": "array", "items": _typed(name[len("Collection(") : -1])}
    if name in _SCALARS:
        return dict(_SCALARS[name])
    local = name.removeprefix("graph.").removeprefix(_NAMESPACE + ".")
    if local == name or "." in local:
        return {}  # another Edm primitive (a stream, a duration) or another namespace's type
    return {"$ref": f"#/components/schemas/{local}"}


def document(tool: str, csdl: str) -> dict[str, Any]:
    """The calls of `tool` as an OpenAPI 3.0 document over the CSDL's types."""
    paths: dict[str, Any] = {}
    for method, path, request, status, answer in CALLS[tool]:
        operation: dict[str, Any] = {
            "parameters": [
                {
                    "name": p.strip("{}"),
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string"},
                }
                for p in path.split("/")
                if p.startswith("{")
            ],
            "responses": {status: {"description": "OK"}},
        }
        if request:
            body = {"$ref": f"#/components/schemas/{request}"}
            operation["requestBody"] = {
                "required": True,
                "content": {"application/json": {"schema": body}},
            }
        if answer:
            one = {"$ref": f"#/components/schemas/{answer.removesuffix('[]')}"}
            shape = {"type": "object", "properties": {"value": {"type": "array", "items": one}}}
            schema = shape if answer.endswith("[]") else one
            operation["responses"][status]["content"] = {"application/json": {"schema": schema}}
        paths.setdefault(path, {})[method] = operation
    full = {
        "openapi": "3.0.3",
        "info": {"title": "Microsoft Graph v1.0", "version": "v1.0", "license": {"name": "MIT"}},
        "servers": [{"url": "https://graph.microsoft.com/v1.0"}],
        "paths": paths,
        "components": {"schemas": schemas(csdl)},
    }
    return trim_openapi(full, [(m, p) for m, p, *_ in CALLS[tool]])


def main(tool: str, source: str) -> None:
    """Write specs/<tool>.json from the downloaded CSDL `source`."""
    out = json.dumps(
        document(tool, Path(source).read_text(encoding="utf-8")), indent=1, sort_keys=True
    )
    (SPECS / f"{tool}.json").write_text(out + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
