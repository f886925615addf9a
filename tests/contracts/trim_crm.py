"""Pipedrive's API as its official SDK types it, cut down to what FlowHub calls.

Run at development time only, on files fetched by hand (tests/contracts/SOURCES.md says where
from). Pipedrive publishes its OpenAPI documents only on its developer site; its official SDK is
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
    if tool != "pipedrive":
        raise ValueError(f"{tool}: only pipedrive is trimmed here")
    doc = pipedrive(source)
    out = json.dumps(doc, indent=1, ensure_ascii=False, sort_keys=True)
    (SPECS / f"{tool}.json").write_text(out + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
