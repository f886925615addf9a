"""Zoho CRM's API as Zoho publishes it (github.com/zoho/crm-oas, `v8.0/*.json`), cut down to
what FlowHub calls.

Run at development time only, from the repository root, with a checkout of crm-oas:

    python -m tests.contracts.trim_zoho /path/to/crm-oas/v8.0

Zoho splits its description into one file per resource that point into each other through
`https://raw.githubusercontent.com/Zohocorp-Pvt-Ltd/crm-oas/...` links; this keeps the
operations in `OPERATIONS`, inlines their parameters, bodies and answers, and keeps every
schema they reach under its file's name (`record.Record`, `users.Minified_User`). Where the
file disagrees with the API as Zoho's reference documents it, `_patch` says so and follows the
reference.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

SPECS = Path(__file__).parent / "specs"
COMMIT = "45dff2c"
# (file, method, path) of each call FlowHub makes.
OPERATIONS = [
    ("record", "post", "/crm/v8/{module_api_name}"),
    ("record", "get", "/crm/v8/{module_api_name}/{id}"),
    ("record", "put", "/crm/v8/{module_api_name}/{id}"),
    ("record", "delete", "/crm/v8/{module_api_name}/{id}"),
    ("record", "get", "/crm/v8/{module_api_name}/search"),
    ("org", "get", "/crm/v8/org"),
    ("users", "get", "/crm/v8/users"),
    ("notifications", "post", "/crm/v8/actions/watch"),
    ("notifications", "delete", "/crm/v8/actions/watch"),
]
_EXTERNAL = re.compile(r"^https://raw\.githubusercontent\.com/[^#]*/v8\.0/(\w+)\.json(#.*)$")


class _Files:
    """The description's files, read once, and the schemas kept from them."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.docs: dict[str, dict[str, Any]] = {}
        self.schemas: dict[str, Any] = {}

    def doc(self, name: str) -> dict[str, Any]:
        if name not in self.docs:
            self.docs[name] = json.loads((self.folder / f"{name}.json").read_text("utf-8"))
        return self.docs[name]

    def node(self, name: str, pointer: str) -> Any:
        found: Any = self.doc(name)
        for part in pointer.lstrip("#/").split("/"):
            found = found[part.replace("~1", "/").replace("~0", "~")]
        return found

    def inline(self, name: str, node: Any) -> Any:
        """`node` of file `name` with parameters, bodies and answers inlined and schema refs
        pointing at the kept schemas."""
        if isinstance(node, list):
            return [self.inline(name, v) for v in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            target, pointer = self._target(name, node["$ref"])
            if pointer.startswith("#/components/schemas/"):
                key = f"{target}.{pointer.rsplit('/', 1)[1]}"
                if key not in self.schemas:
                    self.schemas[key] = {}  # reserved first: schemas may point at themselves
                    self.schemas[key] = self.inline(target, self.node(target, pointer))
                return {"$ref": f"#/components/schemas/{key}"}
            return self.inline(target, self.node(target, pointer))
        return {k: self.inline(name, v) for k, v in node.items() if k != "example"}

    def _target(self, name: str, ref: str) -> tuple[str, str]:
        if ref.startswith("#"):
            return name, ref
        m = _EXTERNAL.match(ref)
        if m is None:
            raise ValueError(f"{name}: a reference outside the description: {ref}")
        return m.group(1), m.group(2)


def zoho(folder: str) -> dict[str, Any]:
    """The trimmed description."""
    files = _Files(Path(folder))
    paths: dict[str, dict[str, Any]] = {}
    for name, method, path in OPERATIONS:
        item = files.doc(name)["paths"][path]
        operation = files.inline(name, item[method])
        shared = files.inline(name, item.get("parameters", []))
        operation["parameters"] = [*shared, *operation.get("parameters", [])]
        paths.setdefault(path, {})[method] = operation
    doc = {
        "openapi": "3.0.0",
        "info": {"title": f"Zoho CRM API v8 (zoho/crm-oas {COMMIT})", "version": "v8.0"},
        "servers": [{"url": "https://www.zohoapis.com"}],
        "paths": paths,
        "components": {"schemas": dict(sorted(files.schemas.items()))},
    }
    _patch(doc)
    return doc


def _patch(doc: dict[str, Any]) -> None:
    """Where Zoho's file and Zoho's API reference part, follow the reference."""
    paths, schemas = doc["paths"], doc["components"]["schemas"]
    # "Insert Records" answers 201 Created, and a search that finds nothing 204 No Content.
    create = paths["/crm/v8/{module_api_name}"]["post"]["responses"]
    create["201"] = create["200"]
    paths["/crm/v8/{module_api_name}/search"]["get"]["responses"]["204"] = {"description": ""}
    # An answer's branches (records, or an error) require no field, so every answer would match
    # more than one `oneOf` branch: any one of them is what the reference means.
    _any_of(paths)
    # The file pins `notify_url` to a Zoho host and types `channel_id` as an object; the
    # reference takes any https URL of the app and a long number.
    notification = schemas["notifications.Notification"]["properties"]
    notification["notify_url"].pop("pattern", None)
    notification["channel_id"] = {"type": "integer", "format": "int64"}


def _any_of(node: Any) -> None:
    if isinstance(node, list):
        for value in node:
            _any_of(value)
    elif isinstance(node, dict):
        if "oneOf" in node and "schema" not in node:
            node["anyOf"] = node.pop("oneOf")
        for value in node.values():
            _any_of(value)


def main(folder: str) -> None:
    """Write specs/zoho.json from a crm-oas checkout's v8.0 folder."""
    out = json.dumps(zoho(folder), indent=1, ensure_ascii=False, sort_keys=True)
    (SPECS / "zoho.json").write_text(out + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
