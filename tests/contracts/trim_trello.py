"""Cut Atlassian's Trello REST description down to what the client calls: specs/trello.json.

Run at development time only: ``python -m tests.contracts.trim_trello trello-openapi.json``.
Two changes to the vendor's words, each for a thing its description writes one way and the API
(and its own guides) does another:

- Trello reads a call's parameters from the query string or from a JSON body alike; the
  description lists them as query parameters only. For the calls the client sends a body to
  (`POST /cards`, `PUT /cards/{id}`), those query parameters become the JSON body's schema
  (same names, types and enums; `idList` stays required on create; nothing else allowed).
- `due` (and `start`) say `format: date`, but cards take and answer an ISO 8601 date-time
  ("2026-03-06T16:00:00.000Z", Trello's card object guide); they become `format: date-time`.
- `GET /lists/{id}` documents its 200 answer without a body, and the description has no list
  object; the answer gets the list fields of Trello's object definitions guide that the client
  reads (`id`, `name`) and a few beside them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from tests.contracts.trim_specs import SPECS, trim_openapi

OPERATIONS = [
    ("get", "/members/{id}"),
    ("get", "/lists/{id}"),
    ("post", "/cards"),
    ("put", "/cards/{id}"),
    ("post", "/webhooks/"),
    ("delete", "/webhooks/{id}"),
]
# The calls whose query parameters Trello also reads from a JSON body, as the client sends them.
BODIES = (("post", "/cards"), ("put", "/cards/{id}"))
_DATES = ("due", "start")
_ID = {"$ref": "#/components/schemas/TrelloID"}
_LIST = {
    "type": "object",
    "required": ["id", "name"],
    "properties": {
        "id": _ID,
        "name": {"type": "string"},
        "closed": {"type": "boolean"},
        "idBoard": _ID,
        "pos": {"type": "number"},
        "subscribed": {"type": "boolean"},
    },
}


def trim(doc: dict[str, Any]) -> dict[str, Any]:
    """The trimmed description, with the two changes in the module docstring."""
    out = trim_openapi(doc, OPERATIONS)
    for method, template in BODIES:
        operation = out["paths"][template][method]
        query = [p for p in operation.get("parameters", []) if p.get("in") == "query"]
        operation["parameters"] = [p for p in operation.get("parameters", []) if p not in query]
        schema: dict[str, Any] = {
            "type": "object",
            "properties": {p["name"]: _dated(p["name"], p["schema"]) for p in query},
            "additionalProperties": False,
        }
        required = [p["name"] for p in query if p.get("required")]
        if required:
            schema["required"] = required
        operation["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": schema}},
        }
    answer = out["paths"]["/lists/{id}"]["get"]["responses"]["200"]
    answer["content"] = {"application/json": {"schema": _LIST}}
    card = out["components"]["schemas"]["Card"]["properties"]
    for name in _DATES:
        if name in card:
            card[name] = _dated(name, card[name])
    return out


def _dated(name: str, schema: dict[str, Any]) -> dict[str, Any]:
    if name in _DATES and schema.get("format") == "date":
        return {**schema, "format": "date-time"}
    return schema


def main(source: str) -> None:
    """Write specs/trello.json from the downloaded `source`."""
    doc = json.loads(Path(source).read_text(encoding="utf-8"))
    out = json.dumps(trim(doc), indent=1, ensure_ascii=False, sort_keys=True)
    (SPECS / "trello.json").write_text(out + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
