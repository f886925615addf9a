"""HubSpot's and Pipedrive's published API descriptions, cut down to what FlowHub calls.

Run at development time only, on files fetched by hand (tests/contracts/SOURCES.md says where
from). HubSpot publishes one OpenAPI document per API; the ones named in `HUBSPOT` are trimmed
to their calls and merged into specs/hubspot.json, each document's components kept under its
own prefix (the same name means slightly different things in different documents). The deals
document writes the object type as its id (`/crm/v3/objects/0-3/...`); HubSpot takes its name
in the same place, as its guides write it, so the paths say `deals`:

    python -m tests.contracts.trim_crm hubspot <folder with tasks.json, companies.json, ...>

Pipedrive publishes its OpenAPI documents only on its developer site; its official SDK is
generated from them and types every request body and answer. Its types become JSON Schema
(`ts-json-schema-generator`, as for Notion), then specs/pipedrive.json:

    npm install pipedrive@33.7.0 ts-json-schema-generator typescript
    (write `PIPEDRIVE_TS` below to contract.ts)
    npx ts-json-schema-generator --path contract.ts --type PipedriveContract \\
        --no-type-check --expose none -o pipedrive.schema.json
    python -m tests.contracts.trim_crm pipedrive pipedrive.schema.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from tests.contracts.trim_specs import SPECS, trim_openapi

# document -> (method, path template) of each call the client makes.
HUBSPOT: dict[str, list[tuple[str, str]]] = {
    "tasks": [
        ("get", "/crm/v3/objects/tasks"),
        ("post", "/crm/v3/objects/tasks"),
        ("get", "/crm/v3/objects/tasks/{taskId}"),
        ("patch", "/crm/v3/objects/tasks/{taskId}"),
        ("post", "/crm/v3/objects/tasks/search"),
    ],
    "companies": [("post", "/crm/v3/objects/companies/search")],
    "deals": [("post", "/crm/v3/objects/0-3/search")],
    "contacts": [("post", "/crm/v3/objects/contacts/search")],
    "accountInfo": [("get", "/account-info/v3/details")],
    "crmOwners": [("get", "/crm/v3/owners")],
}


def hubspot(folder: str) -> dict[str, Any]:
    """The HubSpot documents in `folder`, trimmed and merged into one."""
    out: dict[str, Any] = {}
    for name, calls in HUBSPOT.items():
        doc = json.loads((Path(folder) / f"{name}.json").read_text(encoding="utf-8"))
        trimmed = _prefixed(trim_openapi(doc, calls), name)
        trimmed["paths"] = {
            path.replace("/objects/0-3/", "/objects/deals/"): item
            for path, item in trimmed["paths"].items()
        }
        if not out:
            out = dict(trimmed, info={"title": "HubSpot CRM API v3", "version": "v3"})
            continue
        out["paths"].update(trimmed["paths"])
        for kind, items in trimmed["components"].items():
            out["components"].setdefault(kind, {}).update(items)
    out["info"]["license"] = {"name": "proprietary to HubSpot (see SOURCES.md)"}
    return out


def _prefixed(node: Any, prefix: str) -> Any:
    """`node` with every component renamed `<prefix>.<name>`, references included."""
    if isinstance(node, list):
        return [_prefixed(v, prefix) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: _prefixed(v, prefix) for k, v in node.items()}
    ref = out.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/"):
        kind, name = ref.removeprefix("#/components/").split("/", 1)
        out["$ref"] = f"#/components/{kind}/{prefix}.{name}"
    if isinstance(out.get("components"), dict):
        out["components"] = {
            kind: {f"{prefix}.{k}": v for k, v in items.items()}
            for kind, items in out["components"].items()
        }
    return out


PIPEDRIVE_TS = """\
import type {
  AddActivityRequest, UpsertActivityResponse, DeleteActivityResponse, GetActivitiesResponse,
  GetOrganizationSearchResponse, GetDealSearchResponse,
} from "pipedrive/dist/versions/v2";
import type {
  GetCurrentUserResponse, AddWebhookRequest, GetWebhookResponse, BaseResponse, GetUsersResponse,
} from "pipedrive/dist/versions/v1";
export type PipedriveContract = {
  AddActivityRequest: AddActivityRequest; UpsertActivityResponse: UpsertActivityResponse;
  DeleteActivityResponse: DeleteActivityResponse; GetActivitiesResponse: GetActivitiesResponse;
  GetOrganizationSearchResponse: GetOrganizationSearchResponse;
  GetDealSearchResponse: GetDealSearchResponse; GetCurrentUserResponse: GetCurrentUserResponse;
  AddWebhookRequest: AddWebhookRequest; GetWebhookResponse: GetWebhookResponse;
  BaseResponse: BaseResponse; GetUsersResponse: GetUsersResponse;
};
"""
_ID = {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
_TERM = [
    {"name": "term", "in": "query", "required": True, "schema": {"type": "string"}},
    {"name": "fields", "in": "query", "schema": {"type": "string"}},
    {"name": "exact_match", "in": "query", "schema": {"type": "boolean"}},
    {"name": "limit", "in": "query", "schema": {"type": "integer"}},
]
_FIND = [
    {"name": "term", "in": "query", "required": True, "schema": {"type": "string"}},
    {"name": "search_by_email", "in": "query", "schema": {"enum": [0, 1], "type": "integer"}},
]
_LIST = [
    {"name": "updated_since", "in": "query", "schema": {"type": "string"}},
    {
        "name": "sort_by",
        "in": "query",
        "schema": {"enum": ["id", "update_time", "add_time", "due_date"]},
    },
    {"name": "sort_direction", "in": "query", "schema": {"enum": ["asc", "desc"]}},
    {"name": "limit", "in": "query", "schema": {"type": "integer"}},
]
# (method, path, parameters, body type, answer type), as the SDK's API classes have them.
PIPEDRIVE_CALLS: list[tuple[str, str, list[dict[str, Any]], str | None, str]] = [
    ("get", "/v1/users/me", [], None, "GetCurrentUserResponse"),
    ("get", "/v1/users/find", _FIND, None, "GetUsersResponse"),
    ("get", "/api/v2/activities", _LIST, None, "GetActivitiesResponse"),
    ("post", "/api/v2/activities", [], "AddActivityRequest", "UpsertActivityResponse"),
    ("get", "/api/v2/activities/{id}", [_ID], None, "UpsertActivityResponse"),
    ("patch", "/api/v2/activities/{id}", [_ID], "AddActivityRequest", "UpsertActivityResponse"),
    ("delete", "/api/v2/activities/{id}", [_ID], None, "DeleteActivityResponse"),
    ("get", "/api/v2/organizations/search", _TERM, None, "GetOrganizationSearchResponse"),
    ("get", "/api/v2/deals/search", _TERM, None, "GetDealSearchResponse"),
    ("post", "/v1/webhooks", [], "AddWebhookRequest", "GetWebhookResponse"),
    ("delete", "/v1/webhooks/{id}", [_ID], None, "BaseResponse"),
]


def pipedrive(schema_file: str) -> dict[str, Any]:
    """The SDK's types (as JSON Schema) as an OpenAPI document of the calls FlowHub makes."""
    raw = json.loads(Path(schema_file).read_text(encoding="utf-8"))
    # v1 and v2 both name a type `BaseResponse`: each root type is generated whole instead.
    schemas = raw["definitions"]["PipedriveContract"]["properties"]
    paths: dict[str, Any] = {}
    for method, path, params, body, answer in PIPEDRIVE_CALLS:
        status = "201" if (method, path) == ("post", "/v1/webhooks") else "200"
        content = {"application/json": {"schema": {"$ref": f"#/components/schemas/{answer}"}}}
        operation: dict[str, Any] = {
            "parameters": params,
            "responses": {status: {"description": "OK", "content": content}},
        }
        if body is not None:
            operation["requestBody"] = {
                "required": True,
                "content": {
                    "application/json": {"schema": {"$ref": f"#/components/schemas/{body}"}}
                },
            }
        paths.setdefault(path, {})[method] = operation
    doc = {
        "openapi": "3.0.3",
        "info": {
            "title": "Pipedrive API (npm pipedrive 33.7.0 types)",
            "version": "v1 + v2",
            "license": {"name": "MIT"},
        },
        "servers": [{"url": "https://api.pipedrive.com"}],
        "paths": paths,
        "components": {"schemas": schemas},
    }
    calls = [(m, p) for m, p, *_ in PIPEDRIVE_CALLS]
    return trim_openapi(doc, calls)


def main(tool: str, source: str) -> None:
    """Write specs/<tool>.json from the downloaded `source`."""
    doc = hubspot(source) if tool == "hubspot" else pipedrive(source)
    out = json.dumps(doc, indent=1, ensure_ascii=False, sort_keys=True)
    (SPECS / f"{tool}.json").write_text(out + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
