"""Notion's official SDK's request and response types, as JSON Schema, in the OpenAPI shape.

Notion publishes no OpenAPI file; `@notionhq/client` is generated from its API and types every
endpoint's body and answer. At development time only, in an empty folder:

    npm install @notionhq/client@5.26.0 ts-json-schema-generator typescript
    (write `CONTRACT_TS` below to contract.ts)
    npx ts-json-schema-generator --path contract.ts --type NotionContract --no-type-check \\
        -o notion.schema.json
    python -m tests.contracts.trim_notion notion.schema.json

Objects the SDK types without an index signature allow no other field, so a request or an
answer carrying a field the SDK does not know is refused.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from tests.contracts.trim_specs import SPECS, trim_openapi

CONTRACT_TS = """\
import type {
  CreatePageParameters, UpdatePageParameters, CreatePageResponse, UpdatePageResponse,
  GetDatabaseResponse, GetDataSourceResponse,
} from "@notionhq/client/build/src/api-endpoints";
export type CreatePageBody = Omit<CreatePageParameters, "filter_properties">;
export type UpdatePageBody = Omit<UpdatePageParameters, "filter_properties" | "page_id">;
export type NotionContract = {
  CreatePageBody: CreatePageBody; UpdatePageBody: UpdatePageBody;
  CreatePageAnswer: CreatePageResponse; UpdatePageAnswer: UpdatePageResponse;
  GetDatabaseAnswer: GetDatabaseResponse; GetDataSourceAnswer: GetDataSourceResponse;
};
"""
# (method, path, path parameter, body type, answer type), as the SDK's endpoint objects say.
CALLS = [
    ("get", "/databases/{database_id}", "database_id", None, "GetDatabaseAnswer"),
    ("get", "/data_sources/{data_source_id}", "data_source_id", None, "GetDataSourceAnswer"),
    ("post", "/pages", None, "CreatePageBody", "CreatePageAnswer"),
    ("patch", "/pages/{page_id}", "page_id", "UpdatePageBody", "UpdatePageAnswer"),
]


def document(generated: dict[str, Any]) -> dict[str, Any]:
    """The SDK's types for the calls in `CALLS` as an OpenAPI 3.1 document."""
    schemas = json.loads(
        json.dumps(generated["definitions"]).replace('"#/definitions/', '"#/components/schemas/')
    )
    schemas.pop("NotionContract", None)
    paths: dict[str, Any] = {}
    for method, path, param, body, answer in CALLS:
        ref = {"$ref": f"#/components/schemas/{answer}"}
        operation: dict[str, Any] = {
            "parameters": [
                {"name": param, "in": "path", "required": True, "schema": {"type": "string"}}
            ]
            if param
            else [],
            "responses": {
                "200": {"description": "OK", "content": {"application/json": {"schema": ref}}}
            },
        }
        if body:
            schema = {"$ref": f"#/components/schemas/{body}"}
            operation["requestBody"] = {
                "required": True,
                "content": {"application/json": {"schema": schema}},
            }
        paths.setdefault(path, {})[method] = operation
    full = {
        "openapi": "3.1.0",
        "info": {
            "title": "Notion API (@notionhq/client 5.26.0 types)",
            "version": "2025-09-03",
            "license": {"name": "MIT"},
        },
        "servers": [{"url": "https://api.notion.com/v1"}],
        "paths": paths,
        "components": {"schemas": schemas},
    }
    return trim_openapi(full, [(m, p) for m, p, *_ in CALLS])


def main(source: str) -> None:
    """Write specs/notion.json from ts-json-schema-generator's output `source`."""
    with open(source, encoding="utf-8") as handle:
        out = json.dumps(document(json.load(handle)), indent=1, sort_keys=True)
    (SPECS / "notion.json").write_text(out + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
