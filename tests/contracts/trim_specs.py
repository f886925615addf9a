"""Cut a vendor's published API description down to what FlowHub calls, into specs/<tool>.json.

Run at development time only, on a file fetched by hand (tests/contracts/SOURCES.md says where
from), e.g. ``python -m tests.contracts.trim_specs github api.github.com.json``. OpenAPI
documents keep the operations in `OPERATIONS` and every component they reach; a Google discovery
document becomes the same OpenAPI shape (its `annotations.required` become `required`); a GraphQL
schema is copied as it is (it is small enough, and partial schemas do not validate).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml

SPECS = Path(__file__).parent / "specs"
# tool -> (method, path template as the description writes it) for each call the client makes.
OPERATIONS: dict[str, list[tuple[str, str]]] = {
    "github": [
        ("get", "/repos/{owner}/{repo}"),
        ("post", "/repos/{owner}/{repo}/issues"),
        ("patch", "/repos/{owner}/{repo}/issues/{issue_number}"),
        ("post", "/repos/{owner}/{repo}/hooks"),
        ("delete", "/repos/{owner}/{repo}/hooks/{hook_id}"),
    ],
    "jira": [
        ("get", "/rest/api/3/myself"),
        ("get", "/rest/api/3/project/{projectIdOrKey}"),
        ("get", "/rest/api/3/project/search"),
        ("post", "/rest/api/3/issue"),
        ("put", "/rest/api/3/issue/{issueIdOrKey}"),
        ("get", "/rest/api/3/issue/{issueIdOrKey}/transitions"),
        ("post", "/rest/api/3/issue/{issueIdOrKey}/transitions"),
        ("post", "/rest/api/3/search/jql"),
    ],
    "asana": [
        ("get", "/users/{user_gid}"),
        ("get", "/workspaces"),
        ("get", "/workspaces/{workspace_gid}"),
        ("get", "/projects/{project_gid}"),
        ("post", "/tasks"),
        ("get", "/tasks/{task_gid}"),
        ("put", "/tasks/{task_gid}"),
        ("post", "/webhooks"),
        ("delete", "/webhooks/{webhook_gid}"),
    ],
    "clickup": [
        ("get", "/v2/team"),
        ("get", "/v2/team/{team_id}/space"),
        ("get", "/v2/space/{space_id}/list"),
        ("get", "/v2/list/{list_id}"),
        ("post", "/v2/list/{list_id}/task"),
        ("get", "/v2/task/{task_id}"),
        ("put", "/v2/task/{task_id}"),
        ("post", "/v2/team/{team_id}/webhook"),
        ("delete", "/v2/webhook/{webhook_id}"),
    ],
}
# Google discovery: tool -> the resource methods the client calls.
DISCOVERY_METHODS = {"google_calendar": ("events", ("list", "insert", "get", "patch", "delete"))}
_DROP = ("example", "examples", "x-github", "x-octokit", "x-readme", "x-codeSamples")


def trim_openapi(doc: dict[str, Any], operations: list[tuple[str, str]]) -> dict[str, Any]:
    """The document with only `operations` and the components they reach."""
    paths: dict[str, Any] = {}
    for method, template in operations:
        item = _inlined(doc, doc["paths"][template])
        kept = paths.setdefault(template, {k: v for k, v in item.items() if k == "parameters"})
        kept[method] = item[method]
    out: dict[str, Any] = {
        "openapi": doc["openapi"],
        "info": {k: doc["info"][k] for k in ("title", "version", "license") if k in doc["info"]},
        "servers": doc.get("servers", []),
        "paths": paths,
        "components": {},
    }
    todo = [paths]
    seen: set[str] = set()
    while todo:
        for ref in _refs(todo.pop()):
            if ref in seen:
                continue
            seen.add(ref)
            _, _, kind, name = ref.split("/", 3)
            target = doc["components"][kind][name]
            out["components"].setdefault(kind, {})[name] = target
            todo.append(target)
    return _without(out, _DROP)


def _inlined(doc: dict[str, Any], node: Any, depth: int = 0) -> Any:
    """`node` with each `$ref` into another operation (ClickUp reuses schemas that way) copied
    in, so only references into `components` remain."""
    if isinstance(node, list):
        return [_inlined(doc, v, depth) for v in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/paths/") and depth < 20:
        target: Any = doc
        for part in ref[2:].split("/"):
            part = unquote(part).replace("~1", "/").replace("~0", "~")
            target = target[int(part)] if isinstance(target, list) else target[part]
        return _inlined(doc, target, depth + 1)
    return {k: _inlined(doc, v, depth) for k, v in node.items()}


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return found + [r for v in node.values() for r in _refs(v)]
    if isinstance(node, list):
        return [r for v in node for r in _refs(v)]
    return []


def _without(node: Any, keys: tuple[str, ...]) -> Any:
    if isinstance(node, dict):
        return {k: _without(v, keys) for k, v in node.items() if k not in keys}
    if isinstance(node, list):
        return [_without(v, keys) for v in node]
    return node


def from_discovery(doc: dict[str, Any], resource: str, methods: tuple[str, ...]) -> dict[str, Any]:
    """A Google discovery document's `resource` methods as an OpenAPI 3.0 document."""
    paths: dict[str, Any] = {}
    schemas: dict[str, Any] = {}
    for name in methods:
        method = doc["resources"][resource]["methods"][name]
        operation: dict[str, Any] = {
            "operationId": method["id"],
            "description": method.get("description", ""),
            "parameters": [
                {
                    "name": key,
                    "in": param["location"],
                    "required": bool(param.get("required")),
                    "description": param.get("description", ""),
                    "schema": _discovery_schema(param),
                }
                for key, param in method.get("parameters", {}).items()
            ],
            "responses": {"204" if "response" not in method else "200": {"description": "OK"}},
        }
        if "request" in method:
            body = _required_for(doc["schemas"][method["request"]["$ref"]], method["id"])
            schemas[f"{method['request']['$ref']}.{name}"] = body
            ref = f"#/components/schemas/{method['request']['$ref']}.{name}"
            operation["requestBody"] = {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": ref}}},
            }
        if "response" in method:
            ref = f"#/components/schemas/{method['response']['$ref']}"
            operation["responses"]["200"]["content"] = {
                "application/json": {"schema": {"$ref": ref}}
            }
        paths.setdefault("/" + method["path"], {})[method["httpMethod"].lower()] = operation
    schemas.update({k: _discovery_schema(v) for k, v in doc["schemas"].items()})
    return {
        "openapi": "3.0.3",
        "info": {
            "title": doc["title"],
            "version": f"{doc['version']} (revision {doc['revision']})",
            "license": {"name": "Apache-2.0"},
        },
        "servers": [{"url": doc["rootUrl"] + doc["servicePath"].rstrip("/")}],
        "paths": paths,
        "components": {"schemas": schemas},
    }


def _required_for(schema: dict[str, Any], method_id: str) -> dict[str, Any]:
    """The schema with `required` listing the properties its annotations require for the call."""
    out = _discovery_schema(schema)
    required = [
        name
        for name, prop in schema.get("properties", {}).items()
        if method_id in prop.get("annotations", {}).get("required", [])
    ]
    if required:
        out["required"] = required
    return out


def _discovery_schema(node: Any) -> Any:
    """A discovery schema as OpenAPI: bare `$ref` names point into components, `any` is `{}`."""
    if isinstance(node, list):
        return [_discovery_schema(v) for v in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in ("id", "annotations", "location", "required", "repeated"):
            continue
        if key == "$ref":
            out["$ref"] = f"#/components/schemas/{value}"
        elif key == "type" and value == "any":
            continue
        elif key in ("minimum", "maximum") and isinstance(value, str):
            out[key] = float(value) if "." in value else int(value)
        elif key in ("properties", "additionalProperties", "items"):
            if key == "properties":
                out[key] = {k: _discovery_schema(v) for k, v in value.items()}
            else:
                out[key] = _discovery_schema(value)
        else:
            out[key] = value
    if node.get("repeated"):
        return {"type": "array", "items": out}
    return out


def main(tool: str, source: str) -> None:
    """Write specs/<tool>.json (or .graphql) from the downloaded `source`."""
    text = Path(source).read_text(encoding="utf-8")
    if source.endswith(".graphql"):
        (SPECS / f"{tool}.graphql").write_text(text, encoding="utf-8")
        return
    doc = yaml.safe_load(text) if source.endswith((".yaml", ".yml")) else json.loads(text)
    if tool in DISCOVERY_METHODS:
        converted = from_discovery(doc, *DISCOVERY_METHODS[tool])
        calls = [(m, path) for path, item in converted["paths"].items() for m in item]
        trimmed = trim_openapi(converted, calls)
    else:
        trimmed = trim_openapi(doc, OPERATIONS[tool])
    out = json.dumps(trimmed, indent=1, ensure_ascii=False, sort_keys=True)
    (SPECS / f"{tool}.json").write_text(out + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
